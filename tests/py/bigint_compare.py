# Comparisons between big ints, small ints and floats.
big = 2 ** 100
print(big > 2 ** 99, big < 2 ** 101, big == 2 ** 100, big != big + 1, -big < -big + 1)
print(big > 1, 1 < big, -big < -1, -big < 0 < big)
print(big == float(big), big + 1 == float(big), big + 1 > float(big), big - 1 < float(big))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(sorted([2 ** 65, -(2 ** 65), 2 ** 64, 0, -1, 2 ** 64 + 1]))
print(max(2 ** 70, 2 ** 70 - 1), min(-(2 ** 70), -(2 ** 70) + 1))
print(2 ** 63 == 9223372036854775808, 2 ** 63 - 1 == 9223372036854775807)
print((2 ** 64) in [2 ** 64], {2 ** 64: "found"}[2 ** 64])
