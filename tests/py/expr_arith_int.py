# Integer arithmetic with the basic operators.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(b - a, -a * b, a * -b, -a * -b)
print(0 + 0, 0 * 12345, 1 * -1)
print(10 / 2, type(10 / 2).__name__, 7 / 7)
print(2 ** 0, 2 ** 1, 0 ** 0, 1 ** 1000, (-1) ** 999)
print(2 ** 10 - 1, 3 ** 4 * 2)
print(100 // 10 // 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1000000 * 1000000, 123456789 * 987654321)
print(7 % 1, 0 % 5, 0 // 5)
print(True + True, True * 10, False - 1)
