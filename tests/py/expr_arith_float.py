# Float arithmetic.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1)
print(1.0 / 3.0, 2.0 / 3.0, 10.0 / 4)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(2.0 ** -1, 2.0 ** 0.5, 4 ** 0.5, 0.5 ** 2)
print(1e308 * 10, -1e308 * 10)
print(1e-320 / 10)
print(3.0 * 0, 0.0 * -1)
print(1.5 + 1.5 == 3, 0.1 + 0.2 == 0.3)
print(float("inf") - float("inf"))
