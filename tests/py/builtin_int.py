# int(): from numbers, strings and bools; the base argument.
print(int(), int(5), int(-5.9), int(True), int("  12 "), int("-0"), int(2 ** 80))
print(int("101", 2), int("z", 36), int("0x1A", 16), int("1A", 16), int("0", 8))
print(int(3.999999), int(-3.999999), int(1e19))
print(type(int(True)).__name__, int(False) + 1)
class Number:
    def __int__(self):
        return 77
print(int(Number()))
for bad in ["", "1.0", "1e3", "0x10", " ", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [[1], None, (1,)]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError", e)
