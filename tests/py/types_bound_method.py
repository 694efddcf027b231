# Bound methods remember their instance; the function is reachable from the class.
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
a = Counter(0)
b = Counter(100)
inc_a = a.inc
inc_b = b.inc
print(inc_a(), inc_a(), inc_b(5), a.n, b.n)
print(type(inc_a).__name__, callable(inc_a))
print(a.inc == a.inc, a.inc == b.inc)
methods = [a.inc, b.inc, a.inc]
for m in methods:
    m(10)
print(a.n, b.n)
unbound = Counter.inc
print(unbound(a, 1000), type(unbound).__name__)
m = [1, 2].append
m(3)
s = "a-b".split
print(s("-"))
