# Floor division rounds down and the remainder takes the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, -100)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (0.5, -1)]:
    print(a, b, a // b, a % b)
print(2 ** 70 // -3, 2 ** 70 % -3, -(2 ** 70) // 7, -(2 ** 70) % 7)
print(-1 // 2 ** 70, -1 % 2 ** 70)
