# str() and repr() of ints are their decimal text.
values = [0, 1, -1, 42, -42, 255, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 10 ** 30, -(7 ** 50)]
for v in values:
    print(str(v), repr(v), len(str(v)))
print(str(10 ** 100)[:10], len(str(10 ** 100)), str(10 ** 100)[-5:])
print(str(-0), repr(+5), str(0x10), str(0o10), str(0b10))
print(str(1_000_000), int(str(2 ** 200)) == 2 ** 200)
print(str(-(2 ** 64)), repr(2 ** 64 - 1), str(-1 - 2 ** 32))
print("%s|%r" % (2 ** 70, -(2 ** 70)))
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
