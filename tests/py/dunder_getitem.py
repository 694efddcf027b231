# __getitem__ gives indexing, slicing and (by IndexError) iteration.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "slice " + str(i.start) + ":" + str(i.stop) + ":" + str(i.step)
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("out of range")
        return i * i
s = Squares(5)
print(s[0], s[3], s[-1], s[1:4], s[::2])
print(list(s), 9 in s, 10 in s)
for v in Squares(3):
    print(v, end=" ")
print()
try:
    s[5]
except IndexError as e:
    print("IndexError", e)
class Table:
    def __getitem__(self, key):
        return str(key) * 2
t = Table()
print(t["ab"], t[3], t[1, 2], t[None])
class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print("TypeError", e)
