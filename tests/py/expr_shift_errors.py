# Shifts: negative counts and non-int operands are errors.
for source in ["1 << -1", "1 >> -1", "1.0 << 1", "1 << 1.0", "'a' >> 1", "[] & 1"]:
    try:
        print(eval(source))
    except (ValueError, TypeError) as e:
        print(source, "->", type(e).__name__, e)
print(0 << 1000, 5 >> 1000, -5 >> 1000)
print(1 << 100 >> 99)
print(3 & 5 | 2 ^ 1)
