# Float powers, including special cases with zero, one, infinity and nan.
inf = float("inf")
nan = float("nan")
print(2.0 ** 10, 2.0 ** -1, 2.0 ** 0.5, 10.0 ** -2, (-2.0) ** 3, (-2.0) ** 2, (-8.0) ** 1.0)
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** inf, 1.0 ** nan, nan ** 0, inf ** 0)
print(inf ** 2, inf ** -1, (-inf) ** 3, (-inf) ** 2, 0.5 ** inf, 2.0 ** -inf, 2.0 ** inf)
print(1e200 ** 0.5, 4 ** 0.5, 0.25 ** 0.5, 2 ** 0.5 * 2 ** 0.5)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(10.0 ** 1000)
except OverflowError:
    print("OverflowError")
print(pow(2.0, 3), pow(9.0, 0.5), pow(1.5, 2))
