# center, ljust, rjust and zfill pad to a width.
print("[" + "ab".center(6) + "]", "[" + "ab".center(7) + "]", "[" + "abc".center(6, "*") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".ljust(5, ".") + "]")
print("[" + "toolong".center(3) + "]", "[" + "x".rjust(0) + "]", "[" + "x".ljust(-5) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("[" + "é".center(5, "€") + "]", "[" + "".center(4, "-") + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
