# Values around machine-word boundaries behave like any other ints.
bounds = [2 ** 15, 2 ** 16, 2 ** 30, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64]
for b in bounds:
    print(b - 1, b, b + 1, -b, -b - 1, (b - 1) * 2 + 2 == 2 * b, -b // 1, abs(-b - 1))
x = 2 ** 31 - 1
print(x + 1 - 1 == x, type(x + 1).__name__)
y = -(2 ** 63)
print(y - 1, -y, y * -1, y // -1, y % 7)
print(2 ** 62 + 2 ** 62, 2 ** 63 - 2 ** 62, 4611686018427387904 * 2)
print((2 ** 32) * (2 ** 32), (2 ** 31) * (2 ** 33), 65536 * 65536 * 65536 * 65536)
print(1 << 62, 1 << 63, 1 << 64, (1 << 64) >> 1)
