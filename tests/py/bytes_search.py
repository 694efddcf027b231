# bytes find, rfind, index, rindex, count, startswith and endswith.
b = b"abracadabra"
print(b.find(b"bra"), b.rfind(b"bra"), b.find(b"z"), b.find(b""), b.find(b"a", 1, 4))
print(b.find(97), b.rfind(98), b.find(122), b.index(b"cad"), b.rindex(b"a"))
print(b.count(b"a"), b.count(b"bra"), b.count(b""), b.count(97), b.count(b"a", 5))
print(b.startswith(b"abra"), b.startswith(b"bra", 1), b.endswith(b"abra"), b.endswith((b"x", b"ra")))
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError", e)
try:
    b.find("a")
except TypeError as e:
    print("TypeError", e)
try:
    b.startswith("a")
except TypeError as e:
    print("TypeError", e)
print(bytearray(b"hello").find(b"l"), bytearray(b"hello").count(b"l"), b"l" in bytearray(b"hello"))
