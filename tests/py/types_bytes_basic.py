# bytes: immutable sequences of small ints.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]).__name__, type(b[1:2]).__name__)
print(b + b" world", b * 2, b"l" in b, 104 in b)
print(list(b"abc"), tuple(b"\x00\xff"))
try:
    b[0] = 72
except TypeError as e:
    print("TypeError", e)
print(b == b"hello", b == "hello", b < b"help", b"" == bytes())
print(repr(b"\x00\x01\x7f\x80\xfe\xff"), repr(b"'"), repr(b'"'), repr(b"'\""))
print(repr(b"\t\n\r\\"), str(b"ab"))
total = 0
for byte in b"\x01\x02\x03":
    total += byte
print(total)
print(b[::-1], b[::2], b[10:])
