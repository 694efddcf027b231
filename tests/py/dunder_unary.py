# __neg__, __pos__, __abs__ and __invert__.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return "pos of " + str(self.v)
    def __abs__(self):
        if self.v < 0:
            return Num(-self.v)
        return self
    def __invert__(self):
        return Num(~self.v)
n = Num(5)
print((-n).v, (--n).v, +n, abs(Num(-3)).v, abs(n) is n, (~n).v)
print((-abs(Num(-7))).v)
class Bare:
    pass
for source in ["-Bare()", "+Bare()", "abs(Bare())", "~Bare()"]:
    try:
        eval(source)
    except TypeError as e:
        print(source, "->", e)
class Odd:
    def __neg__(self):
        return "negated"
    def __abs__(self):
        return 42
print(-Odd(), abs(Odd()))
