# Ints grow past machine words without overflow and shrink back when small.
x = 2 ** 30
print(x, x * 2, x * 4, x * x)
y = 2 ** 62
print(y * 2, y * 4, (y * 4) // 4, (y * 4) // 4 == y)
z = 2 ** 64 + 1
print(z - 2 ** 64, type(z - 2 ** 64).__name__, z - z)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(2147483647 + 1, -2147483648 - 1, 1073741823 + 1, -1073741824 - 1)
n = 1
for i in range(70):
    n *= 2
print(n)
for i in range(70):
    n //= 2
print(n, n == 1)
print((2 ** 100 - 2 ** 100) == 0, (2 ** 100 + 1) % 2)
print(-(2 ** 63), -(2 ** 63) // -1, abs(-(2 ** 63)))
print(4611686018427387904 * 2 == 2 ** 63)
