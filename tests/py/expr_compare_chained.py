# Chained comparisons: a < b < c means a < b and b < c, with b evaluated once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(x == 5 == 5.0, 0 <= x <= 5, 5 >= x > 4)
print(1 < 2 > 0, 3 != 4 != 3)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls = []
print(v(3) < v(2) < v(1))
print(calls)
print(1 in [1] in [[1]], "a" < "b" < "c")
a = [1]
print(a is not None is not False, a is a is not None)
