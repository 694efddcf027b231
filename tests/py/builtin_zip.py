# zip() pairs items and stops at the shortest iterable.
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")), list(zip("a", [1, 2, 3])))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
keys = ["a", "b"]
values = [1, 2]
print(dict(zip(keys, values)))
for x, y in zip("ab", "cd"):
    print(x + y)
z = zip([1, 2], [3, 4])
print(next(z), next(z), next(z, "end"))
try:
    zip([1], 5)
except TypeError as e:
    print("TypeError", e)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(pairs[0], pairs[1])
print(nums, names)
