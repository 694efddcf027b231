# encode and decode between str and UTF-8 (or ASCII) bytes.
s = "héllo €😀"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode("utf-8") == s, s.encode() == b)
print("abc".encode(), "abc".encode("ascii"), b"abc".decode(), b"abc".decode("ascii"))
print(bytearray("é", "utf-8").decode(), "".encode(), b"".decode())
print(b"\xc3\xa9".decode("utf-8"), b"\xe2\x82\xac".decode(), b"\xf0\x9f\x98\x80".decode())
print("UTF-8".encode("UTF-8"), "x".encode("utf8"))
for bad in [b"\xff", b"\xc3", b"\xc3\x28", b"\xed\xa0\x80"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError from ascii")
print(issubclass(UnicodeError, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
