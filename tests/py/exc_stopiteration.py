# StopIteration signals the end of an iterator; its value is its first argument.
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
e = StopIteration("done")
print(e.value, e.args, str(e))
class Limited:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n
print(list(Limited()))
lim = Limited()
print(next(lim), next(lim), next(lim, "default"))
try:
    raise StopIteration
except StopIteration as e:
    print("raised directly", repr(e))
