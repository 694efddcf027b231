# The power operator: negative exponents give floats, negative bases and zero cases.
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 2, (-2) ** 3, -2 ** 2)
print(0 ** 0, 0.0 ** 0, 0 ** 5)
print(1.5 ** 2, 9 ** 0.5, 2 ** 0.5)
print(2 ** 100, (-3) ** 41)
print(4 ** -0.5, (-8) ** 2.0)
for base, exp in [(0, -1), (0.0, -1), (0, -2.0)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError")
print(1 ** -1, (-1) ** -1, (-1) ** -2)
