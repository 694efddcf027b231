# hash(): equal numbers hash equally; small ints hash to themselves; unhashables fail.
print(hash(0), hash(1), hash(-5), hash(12345), hash(True), hash(False))
print(hash(-1) == hash(-2), hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0))
print(hash(2 ** 100) == hash(2 ** 100), hash(2 ** 100) == hash(float(2 ** 100)))
print(hash(1.5) == hash(1.5), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(type(hash(2 ** 200)).__name__, type(hash((1,))).__name__)
a = "some text"
b = "some " + "text"
print(hash(a) == hash(b), hash(b"xy") == hash(b"x" + b"y"))
for bad in [[1], {}, (1, [2]), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
