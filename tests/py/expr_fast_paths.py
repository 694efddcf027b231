# The operators the VM computes without dispatch, at their edges: small-int overflow into
# big ints, flooring division and remainder signs, float/int mixes, division by zero, and
# list indexing in and out of range.
big = 2 ** 62 - 1
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (big, 1), (big, -1), (-big - 1, -1)]:
    print(a // b, a % b, a * b, a + b, a - b, a & b, a | b, a ^ b)
print(2 ** 31 * 2 ** 31, 3037000500 * 3037000500, -(2 ** 62) * 2, (2 ** 30) * (2 ** 32))
for a, b in [(1.5, 2), (2, 1.5), (0.1, 0.2), (-3.0, 2), (1e308, 10), (7, 0.5)]:
    print(a + b, a - b, a * b, a / b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (5, 0)]:
    for op in ["/", "//", "%"]:
        try:
            print(eval("a " + op + " b"))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError", e)
items = [10, 20, 30]
print(items[0], items[2], items[-1], items[-3])
items[1] = 99
items[-1] = 77
print(items)
for index in [3, -4, 10 ** 20]:
    try:
        items[index]
    except IndexError as e:
        print("IndexError", e)
    try:
        items[index] = 0
    except IndexError as e:
        print("IndexError", e)
print(True + True, True * 3, 2 * 2.5, 10 // 4.0, 10 % 4.0)
