# Indexing bytes gives ints; slicing gives bytes (or bytearray); iteration gives ints.
b = b"\x00\x01ABC\xff"
print(b[0], b[2], b[-1], b[1:4], b[::-1], b[::2], b[10:])
ba = bytearray(b)
print(ba[2], ba[1:3], type(ba[1:3]).__name__, ba[-2])
values = []
for x in b"hi!":
    values.append(x)
print(values)
print(list(b"xyz"), tuple(bytearray(b"\x01\x02")))
try:
    b[6]
except IndexError as e:
    print("IndexError", e)
try:
    ba[100] = 1
except IndexError as e:
    print("IndexError", e)
print(b[0] == 0, b[2] == ord("A"), b[2:3] == b"A")
