# int() of floats truncates toward zero; inf and nan cannot be converted.
print(int(2.9), int(-2.9), int(0.5), int(-0.5), int(-0.0), int(1e0))
print(int(1e20), int(-1.5e19), int(2.0 ** 70), int(1e100) == 10 ** 100)
print(int(123456789.999), int(9007199254740993.0))
print(int(True), int(False), int(7))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(int("3") + int(3.7), type(int(3.7)).__name__)
print(int(), int(0.0), int(-1e-300))
