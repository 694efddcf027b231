# Special methods working together: iteration, containers, hashing, __getattr__, __init__'s
# result, reflected and in-place operators, unpacking, type() with three arguments.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
print(list(Countdown(4)), tuple(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
class Sq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Sq()), 4 in Sq(), 5 in Sq())
class Rec:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
r = Rec()
r["a"] = 1
r["b"] = 2
r["a"] += 10
del r["b"]
print(r.d, len(r), "a" in r, "b" in r, not r)
class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, K) and self.n == o.n
    def __hash__(self):
        return hash(self.n)
d = {K(1): "one"}
print(d[K(1)], K(1) in d, K(2) in d)
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
except TypeError as e:
    print(e)
class G:
    def __getattr__(self, name):
        return name * 2
g = G()
print(g.ab, g.x)
g.x = 5
print(g.x)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError")
class Bad:
    def __init__(self):
        return 3
try:
    Bad()
except TypeError as e:
    print(e)
class M(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
try:
    raise M(5)
except Exception as e:
    print(e, e.code, e.args, repr(e), type(e).__name__)
o = object()
print(type(o), o == o, isinstance(o, object))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __neg__(self):
        return Num(-self.v)
    def __repr__(self):
        return "Num(%d)" % self.v
    def __lt__(self, o):
        return self.v < o.v
print(Num(1) + Num(2), 5 + Num(1), -Num(3), Num(1) < Num(2), Num(3) > Num(2))
x = Num(1)
x += 4
print(x)
try:
    Num(1) * 2
except TypeError as e:
    print(e)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print(e)
class Call:
    def __call__(self, a, b=2):
        return a + b
print(Call()(1), Call()(1, b=5))
class P:
    pass
p = P()
p.a = 1
del p.a
try:
    p.a
except AttributeError as e:
    print(e)
try:
    del p.zz
except AttributeError as e:
    print(e)
try:
    P.nothing
except AttributeError as e:
    print(e)
print(type(3), type("s"), type(type), type(P).__name__)
T = type("T", (P,), {"k": 3})
print(T.k, T.__name__, isinstance(T(), P))
class Str:
    def __str__(self):
        return "S!"
print(Str(), str(Str()), [Str()][0].__class__.__name__)
print(P() == P(), P() != P())
