# bytes case conversion and is... predicates (ASCII only).
b = b"Hello World 123 \xe9"
print(b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hello".capitalize())
for t in [b"", b"abc", b"ABC", b"abc123", b"123", b" \t\n", b"a b", b"\xe9", b"Title Case"]:
    print(t, t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle())
print(bytearray(b"MiXeD").lower(), bytearray(b"abc").isalpha())
print(b"\xc3\xa9".upper(), b"\xc3\x89".lower(), b"123abc".upper())
print(b"a1".isalnum(), b"a_1".isalnum(), b"\x0b\x0c\r".isspace())
print(bytearray(b"UP").isupper(), bytearray(b"UP").lower().islower())
