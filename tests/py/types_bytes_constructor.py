# The ways to make bytes, and the errors for bad input.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(97, 100)))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes(b"copy"), bytes(bytearray(b"ba")))
for source in ["bytes([256])", "bytes([-1])", "bytes('abc')", "bytes(-1)", "bytes([1.5])", "bytes(None)"]:
    try:
        print(eval(source))
    except (ValueError, TypeError) as e:
        print(source, "->", type(e).__name__, e)
print(bytes([104, 105]).decode(), len(bytes(10)))
print(b"%d-%s" % (5, b"x"))
