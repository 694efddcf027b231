# Names that look like keywords, names with underscores and digits.
_ = 1
__x = 2
x1_y2 = 3
If = 4
none = 5
true_value = 6
print(_, __x, x1_y2, If, none, true_value)
for source in ["if = 1", "class = 2", "None = 3", "True = 4", "1x = 5"]:
    try:
        exec(source)
        print("ok", source)
    except SyntaxError:
        print("SyntaxError", source)
print(True, False, None)
print(type(None).__name__)
