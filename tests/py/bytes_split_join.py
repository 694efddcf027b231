# bytes split, rsplit and join.
print(b"a b  c".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"".split())
print(b"a,b,c".rsplit(b",", 1), b"  x  y ".rsplit(None, 1), b"a\tb\nc".split())
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b", ".join([]))
print(bytearray(b",").join([b"1", b"2"]), type(bytearray(b",").join([b"1"])).__name__)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
try:
    b"a b".split(" ")
except TypeError as e:
    print("TypeError", e)
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
