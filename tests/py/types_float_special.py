# inf and nan: arithmetic, comparisons and conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -1, inf - 1e308, 1 / inf, -1 / inf)
print(inf * 0, inf - inf, inf / inf, nan + 1, nan * 0)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan is nan)
print(inf == float("infinity"), str(inf), str(-inf))
print(max(1, inf), min(-inf, 0), abs(-inf))
print(nan in [nan], [nan] == [nan])
x = nan
print(x == x, x != x)
print(1e308 * 10 == inf, -1e308 * 10 == -inf, 2.0 ** 1023 * 2 == inf)
print(0.0 == -0.0, str(-0.0), 1 / -inf, -0.0 + 0.0)
