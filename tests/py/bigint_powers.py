# Powers of small bases into big ints, with negative bases and exact results.
for e in [31, 32, 63, 64, 65, 100, 128, 200]:
    print(e, 2 ** e, -(2 ** e), (-2) ** e)
print(3 ** 100)
print(10 ** 50, 10 ** 50 - 1)
print(7 ** 77 % 1000, (-7) ** 77 % 1000)
print((2 ** 100) ** 2 == 2 ** 200, 2 ** 100 * 2 ** 100 == 4 ** 100)
print(16 ** 25 == 2 ** 100, len(str(9 ** 99)))
x = 1
for i in range(100):
    x *= 3
print(x == 3 ** 100)
