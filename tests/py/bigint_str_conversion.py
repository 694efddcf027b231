# Converting big ints to and from text in several bases.
n = 3 ** 300
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
print(int("-" + s) == -n, int("  " + s + "  ") == n)
h = hex(n)
print(h[:20], int(h, 16) == n, int(h, 0) == n)
print(int(bin(n), 0) == n, int(oct(n), 0) == n, len(bin(n)) - 2)
print(int("1" * 50), int("z" * 20, 36))
print(int("123456789" * 5) % 97)
print(repr(-(10 ** 25)), str(10 ** 25 + 1))
print("%d" % 2 ** 80, "%x" % 2 ** 80, "{:,}".format(2 ** 80), format(-(2 ** 80), "o"))
