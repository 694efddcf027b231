# Floor division and modulo of floats: results keep the divisor's sign; -0.0 appears.
for a, b in [(5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (-5.5, -2.0), (1.0, 0.1), (0.0, -3.0), (-0.0, 3.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.0 // 0.5, 7.0 % 0.5, -7.0 % 0.5, 1e300 // 1e-10)
print(-1e-20 % 1.0, 1e-20 % -1.0, 3.0 % float("inf"), -3.0 % float("inf"))
print(5 % 2.5, -5 % 2.5, 2.5 % 5, -2.5 % 5)
for a in [7.25, -7.25]:
    q, r = divmod(a, 0.5)
    print(a, q, r, q * 0.5 + r == a)
print(type(7.0 // 2).__name__, type(7 // 2.0).__name__, type(7 % 2.0).__name__)
