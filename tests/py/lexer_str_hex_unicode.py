# \x, \u and \U escapes in strings.
print(repr("\x41\x62"), ord("\x7f"), ord("\xff"))
print(len("\xe9"), ord("\xe9"))
print("\u0041", ord("\u00e9"), ord("\u20ac"), len("\u20ac"))
print("\U00000041", ord("\U0001F600"), len("\U0001F600"))
print("\u00e9" == "\xe9", "\U000020ac" == "\u20ac")
print(repr("\x00\x1f"))
for bad in ("'\\x4'", "'\\u12'", "'\\U1234'", "'\\x'"):
    try:
        eval(bad)
        print("ok")
    except SyntaxError:
        print("SyntaxError", bad)
