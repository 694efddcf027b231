# bytes() and bytearray() from ints, iterables, strings with an encoding, and each other.
print(bytes(2), bytes([1, 2]), bytes(range(65, 68)), bytes("hé", "utf-8"), bytes(bytearray(b"ab")))
print(bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("hé", "utf-8"), bytearray(bytes(1)))
b = bytes(bytearray(b"x"))
ba = bytearray(b)
ba.append(121)
print(b, ba, type(b).__name__, type(ba).__name__)
print(bytes(b"abc") == bytearray(b"abc"), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print(bytes(0), bytearray(0), len(bytes(100)))
for source in ["bytes('x')", "bytearray('x')", "bytes([300])", "bytearray([-1])", "bytes(2.5)"]:
    try:
        eval(source)
    except (TypeError, ValueError) as e:
        print(source, "->", type(e).__name__, e)
