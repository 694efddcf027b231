# Floor division and modulo of big ints follow the same sign rules as small ints.
a = 10 ** 30 + 12345
for b in [7, -7, 10 ** 15 + 3, -(10 ** 15 + 3)]:
    for x in [a, -a]:
        q, r = divmod(x, b)
        print(x // b, x % b, q * b + r == x, (r == 0) or ((r > 0) == (b > 0)))
print(2 ** 200 // 2 ** 100 == 2 ** 100, 2 ** 200 % (2 ** 100 - 1))
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) // -3, (2 ** 100) % -3)
print(12345 // 10 ** 20, -12345 // 10 ** 20, 12345 % 10 ** 20, -12345 % 10 ** 20)
print(10 ** 40 // 10 ** 20, 10 ** 40 // (10 ** 20 + 1))
print(2 ** 100 / 2 ** 50, 2 ** 100 / 3, 10 ** 30 / 10 ** 10)
