# float(): from ints, strings and bools; the result of arithmetic conversions.
print(float(), float(3), float(-3), float(True), float("2.5"), float("  -1e3  "))
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 20), float(-(10 ** 30)))
print(float("inf"), float("-infinity"), float("nan"), float("1e400"), float("-1e400"))
print(float("1e-400"), float("0.1"), float(".1e1"), float("1_0.0_1"))
print(float(1.5) is not None, type(float(1)).__name__)
class Number:
    def __float__(self):
        return 2.5
print(float(Number()))
for bad in ["", "abc", "1.2.3", "1e", "--1", "0b1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [[1], None]:
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
