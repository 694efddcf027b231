# Big ints converted to floats round correctly; true division of big ints is correctly rounded.
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(float(2 ** 64), float(10 ** 22), float(10 ** 23), float(2 ** 1023))
print(float(-(2 ** 70) - 1), float(3 ** 100))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
print(int(float(2 ** 80)) == 2 ** 80, int(1e22), int(1.5e300) % 1000)
print(10 ** 30 / 10 ** 29, (2 ** 100 + 1) / 2 ** 100, 1 / 3 == 10 ** 50 / (3 * 10 ** 50))
print(2 ** 1100 / 2 ** 1090, (10 ** 400) / (10 ** 399))
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 64 + 0.5, 2 ** 100 * 1.0 == float(2 ** 100))
