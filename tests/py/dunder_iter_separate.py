# An iterable whose __iter__ returns a fresh iterator can be looped over many times.
class RangeIter:
    def __init__(self, lo, hi):
        self.i = lo
        self.hi = hi
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1
class MyRange:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __iter__(self):
        return RangeIter(self.lo, self.hi)
r = MyRange(1, 4)
print(list(r), list(r))
for a in r:
    for b in r:
        print(a * b, end=" ")
print()
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError", e)
