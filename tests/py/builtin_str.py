# str(): the printable text of a value, and str(bytes, encoding) decoding.
print(str(), str(12), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 1}))
print(str("already"), str(b"ab"), str(bytearray(b"c")), str(range(2)))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "utf-8"))
print(str(ValueError("msg")), str(KeyError("k")), str(int), str(1e100))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", isinstance(e, ValueError))
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError", e)
print(type(str(1)).__name__, len(str(2 ** 100)))
