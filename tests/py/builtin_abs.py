# abs() of ints, floats, bools and big ints.
print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(3.5))
print(abs(True), abs(False), abs(-(2 ** 100)), abs(2 ** 100))
print(abs(float("-inf")), abs(float("nan")), abs(-1e-320))
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(True)).__name__)
print(abs(-9223372036854775808), abs(-2147483648))
class Dist:
    def __abs__(self):
        return "absolute"
print(abs(Dist()))
for bad in ["-1", [1], None]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
