# bytearray: a mutable bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], type(ba[0]).__name__, ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[0:1] = b""
print(ba)
print(ba.pop(), ba)
ba.insert(0, 104)
print(ba, bytes(ba), ba == b"hEYlo!?")
for source in ["ba.append(256)", "ba[0] = -1", "ba.append('a')", "ba[0] = 1.0"]:
    try:
        exec(source)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray())
c = ba
c += b"+"
print(ba is c, ba[-1])
print(ba.decode(), list(bytearray(b"\x00\x01")))
