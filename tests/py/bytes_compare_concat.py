# bytes and bytearray comparisons, concatenation and repetition.
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), b"a" < b"b", b"ab" < b"abc", b"b" > b"abc")
print(b"abc" == "abc", b"" == b"", bytearray() == b"", b"\x00" > b"")
print(b"ab" + b"cd", bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), b"x" * 3, 2 * bytearray(b"yz"))
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
print(sorted([b"b", b"a", b"ab", b""]), max(b"az"), min([b"z", b"y"]))
for source in ["b'a' + 'b'", "'a' + b'b'", "b'a' < 'b'", "b'a' + 1"]:
    try:
        print(eval(source))
    except TypeError as e:
        print(source, "->", e)
print(b"a" in b"cat", b"at" in b"cat", 99 in b"cat", b"" in b"x")
