# Bitwise operators on non-negative and negative ints (two's complement semantics).
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10)
print(1 << 0, 1 << 31, 1 << 32, 1 << 64, -1 << 10)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 7 >> 10)
print(0xff & ~0x0f, 0xf0 | 0x0f, 0xff ^ 0xff)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True << 3, 5 & True)
big = 2 ** 100 + 5
print(big & 0xff, big >> 98, big | 1, -big & 0xffff, -big >> 99)
print((2 ** 70 - 1) ^ (2 ** 69), ~(2 ** 70))
