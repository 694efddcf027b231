# upper, lower, and the other case conversions.
s = "Hello World 123 _!"
print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
print("".upper(), "ABC".lower(), "abc".upper(), "mIxEd".capitalize())
print("hello world".title(), "they're bill's".title(), "x1y2".title())
print("123".upper(), "!@#".lower())
print("éàü".upper(), "ÉÀÜ".lower(), "ñ".upper(), "Ç".lower())
print("ΑΒΓ".lower(), "αβγ".upper())
t = "Same"
print(t.upper().lower() == "same", t.lower() == t)
