# repr() gives the source-like text of values; containers use repr for their items.
print(repr(1), repr(-2.5), repr(True), repr(None), repr(2 ** 70))
print(repr("abc"), repr("it's"), repr('say "x"'), repr("both ' \""), repr("tab\t"))
print(repr("\x00\x7f\x80"), repr("é€😀"), repr("\u200b"), repr("\\n"))
print(repr(b"abc"), repr(b"\x00\xff'"), repr(bytearray(b"q")))
print(repr([1, "a", [None]]), repr((1,)), repr(()), repr({"k": (1, "v")}))
print(repr(range(1, 5, 2)), repr(slice(None, 2)), repr(int), repr(ValueError("e")))
print(repr(float("inf")), repr(-0.0), repr(1e-10), repr(123.0))
nested = [1]
nested.append(nested)
print(repr(nested))
d = {}
d["self"] = d
print(repr(d))
