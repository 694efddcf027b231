# Bytes literals: prefixes, escapes, ASCII only.
print(b"abc", B"abc", b'x', b"")
print(b"\x00\x7f\x80\xff", len(b"\x00\x7f\x80\xff"))
print(b"\n\t\\\'\"", len(b"\n\t"))
print(b"""triple
bytes""")
print(type(b"").__name__, b"ab"[0], b"ab"[1])
print(b"\u0041", len(b"\u0041"))
try:
    eval("b'caf\u00e9'")
except SyntaxError:
    print("SyntaxError non-ASCII bytes literal")
print(b"a" b"b", b"a" == b'a')
print(rb"\x41", Rb"\n")
