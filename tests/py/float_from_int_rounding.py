# Converting ints to float rounds half to even at 53 bits.
for k in range(6):
    n = 2 ** 53 + k
    print(n, float(n), int(float(n)) - n)
for k in range(0, 9, 2):
    n = 2 ** 54 + k
    print(n, int(float(n)))
print(float(2 ** 63 - 1), float(-(2 ** 63) + 1), float(2 ** 64 - 1))
print(float(123456789012345678), float(-98765432109876543210))
print(int(float(2 ** 70 + 2 ** 17)) == 2 ** 70, int(float(2 ** 70 + 2 ** 18)) - 2 ** 70)
