# Bitwise operations and shifts on big ints, including negatives.
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 75 - 1
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b, -a & -b, -a | -b)
print(~a, ~-a, a & -a, a & ~b)
print(a >> 50, a >> 99, a >> 101, -a >> 50, -a >> 200)
print(1 << 100, 3 << 70, -1 << 65, (a << 10) >> 10 == a)
print((2 ** 64 - 1) & 0xffffffff, (2 ** 64 - 1) >> 32, 0xffffffffffffffff ^ (2 ** 63))
print(-(2 ** 64) >> 64, -(2 ** 64) >> 65, (-(2 ** 64) - 1) >> 64)
mask = (1 << 128) - 1
print(hex(mask & -1), hex(-1 & 0xff), bin(-a & 0xf))
