# float() of strings, including special values, spacing and underscores.
texts = ["1.5", "  -2.25  ", "3", "1e5", "1E-3", ".5", "5.", "-.5e1", "inf", "-Inf",
         "INFINITY", "nan", "-nan", "+1.0", "1_000.5", "0x10", "1e", "", "1.2.3", "nan1",
         "1_", "in f", "- 1"]
for t in texts:
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
print(float(), float(5), float(-0), float(2 ** 80), float(True))
print(float(b"2.5"), float("  7e-1\n"))
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError", e)
