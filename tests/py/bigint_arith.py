# Addition, subtraction and multiplication of big ints with every sign combination.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b)]:
    print(x + y, x - y, x * y)
print((2 ** 64 - 1) + 1, 2 ** 64 - 2 ** 64, (2 ** 128) - 1)
print(2 ** 64 * 2 ** 64 == 2 ** 128, (2 ** 64 + 1) * (2 ** 64 - 1) == 2 ** 128 - 1)
print(a * 0, a * 1, a * -1, 0 - a, a - a)
print(a + 1 - 1 == a, (a + b) - b == a)
print(99999999999999999999 + 1, -99999999999999999999 - 1)
n = 10 ** 40 + 7
print(n * n, -n * n)
print(123456789 * 987654321 * 111111111 * 999999999)
