# The largest and smallest doubles, and what happens past them.
big = 1.7976931348623157e308
tiny = 5e-324
normal_min = 2.2250738585072014e-308
print(big, tiny, normal_min)
print(big * 2, big + 1, big * 1.0000000000000002, -big * 2)
print(tiny / 2, tiny * 0.5, tiny * 0.6, normal_min / 2, normal_min / 2 > 0)
print(float("1.7976931348623159e308"), float("2.4703282292062328e-324"), float("2e-324"))
print(1e309, 1e-400, -1e-400)
print(big == float("1.7976931348623157e308"), tiny > 0, tiny * 1e300)
