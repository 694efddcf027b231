# Decoding bytes and bytearrays to str.
print(b"plain".decode(), b"caf\xc3\xa9".decode("utf-8"), bytearray(b"\xe2\x82\xac").decode())
print(b"".decode(), len(b"\xf0\x9f\x98\x80".decode()), b"ascii".decode("ascii"))
data = "naïve €".encode()
print(data, data.decode() == "naïve €", len(data))
print(bytes("abc", "utf-8").decode("utf-8"), str(b"xy", "ascii"))
for bad in [b"\x80", b"\xe2\x82", b"\xc0\xaf", b"a\xffb"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", bad)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError:
    print("UnicodeDecodeError ascii")
print(b"\x00\x7f".decode(), repr(b"\x00\x7f".decode()))
