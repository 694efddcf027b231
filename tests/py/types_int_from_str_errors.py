# Invalid strings and bases for int() raise ValueError with the literal in the message.
cases = [("", 10), ("abc", 10), ("12a", 10), ("1.5", 10), ("0x10", 10), ("12", 2),
         ("1__0", 10), ("_1", 10), ("1_", 10), ("- 1", 10), ("08", 0), ("0b2", 0),
         ("9", 8), ("g", 16), ("++1", 10)]
for text, base in cases:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
