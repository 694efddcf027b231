# Decimal integer literals, including zero forms and big values.
print(0, 00, 0_0, 7, 123456789)
print(2147483647, 2147483648, 4294967296)
print(9223372036854775807, 9223372036854775808)
print(123456789012345678901234567890)
print(-0, -1, +5, - 3)
print(type(10).__name__, type(10 ** 30).__name__)
print(1073741823 + 1, 1073741824 * 2)
