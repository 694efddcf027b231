# hex(), oct() and bin() of ints, including negatives and big ints.
for n in [0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2 ** 32, -(2 ** 64), 2 ** 100]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), bin(False))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-99), 0))
class Index:
    def __index__(self):
        return 42
print(hex(Index()), bin(Index()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
