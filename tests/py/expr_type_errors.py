# Binary operators on unsupported operand types raise TypeError with both type names.
cases = ["1 + 'a'", "'a' - 'b'", "[] * []", "None + 1", "{} + {}", "1.5 % 'x'",
         "[1] - [1]", "'a' ** 2", "3 // 'x'", "(1,) & (1,)", "b'a' * 2.0"]
for source in cases:
    try:
        print(eval(source))
    except TypeError as e:
        print(source, "->", e)
class Thing:
    pass
try:
    Thing() + 1
except TypeError as e:
    print("Thing + 1 ->", e)
try:
    1 < Thing()
except TypeError as e:
    print("1 < Thing ->", e)
