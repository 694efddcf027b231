# sys.getsizeof(): heap bytes, header included, with the internal blocks an object owns.
import sys

WORD = 8 if sys.maxsize > 2 ** 32 else 4


class Empty:
    pass


class Three:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


# Values that take no heap.
print(sys.getsizeof(1), sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(len),
      sys.getsizeof(int), sys.getsizeof(sys))

# In words: header + payload, rounded up to whole words.
def words(n):
    return n * WORD


expected = [
    ('float', 1.5, WORD + 8),
    ('str of 10', 'abcdefghij' * 1, None),
    ('bytes(10)', bytes(10), None),
    ('tuple of 3', (1, 2, 3), words(4)),
    ('empty instance', Empty(), words(3)),
    ('instance with 3 attributes', Three(), words(6)),
]
for name, value, size in expected:
    got = sys.getsizeof(value)
    print(name, got == size if size is not None else got > 10)

# A list owns its item array; a dict its entries and index; a bytearray its data.
small = [1, 2, 3]
print(sys.getsizeof(small) >= words(3) + words(4))
print(sys.getsizeof(bytearray(100)) >= 100 + words(3))
print(sys.getsizeof({'a': 1}) > words(4))
big = list(range(100))
print(sys.getsizeof(big) >= 100 * WORD)
print(sys.getsizeof(1.5, 0) == WORD + 8)
try:
    sys.getsizeof()
except TypeError:
    print('TypeError')
