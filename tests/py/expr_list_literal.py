# List displays: empty, nested, trailing commas, elements evaluated in order.
print([], [1], [1, 2, 3], [1, 2, 3,])
print([[], [[]]], [1, "a", None, 2.5, (1,)])
x = 5
print([x, x + 1, x * 2])
print(len([0] * 0), len([[]] * 3))
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
print(type([]).__name__, [] == [], [1, 2] != [2, 1])
print([(1, 2), [3, 4], {"k": 5}])
nested = [[1, 2], [3, 4]]
print(nested[1], nested[1][1], nested[-1][-1])
