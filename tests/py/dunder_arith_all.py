# Every binary arithmetic operator calls its method; reflected forms for int on the left.
class Sym:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def op(self, symbol, other):
        return "(" + self.name + symbol + str(other) + ")"
    def rop(self, symbol, other):
        return "(" + str(other) + symbol + self.name + ")"
    def __sub__(self, o):
        return self.op("-", o)
    def __mul__(self, o):
        return self.op("*", o)
    def __truediv__(self, o):
        return self.op("/", o)
    def __floordiv__(self, o):
        return self.op("//", o)
    def __mod__(self, o):
        return self.op("%", o)
    def __pow__(self, o):
        return self.op("**", o)
    def __lshift__(self, o):
        return self.op("<<", o)
    def __rshift__(self, o):
        return self.op(">>", o)
    def __and__(self, o):
        return self.op("&", o)
    def __or__(self, o):
        return self.op("|", o)
    def __xor__(self, o):
        return self.op("^", o)
    def __rsub__(self, o):
        return self.rop("-", o)
    def __rmul__(self, o):
        return self.rop("*", o)
    def __rtruediv__(self, o):
        return self.rop("/", o)
    def __rfloordiv__(self, o):
        return self.rop("//", o)
    def __rmod__(self, o):
        return self.rop("%", o)
    def __rpow__(self, o):
        return self.rop("**", o)
    def __rlshift__(self, o):
        return self.rop("<<", o)
    def __rrshift__(self, o):
        return self.rop(">>", o)
    def __rand__(self, o):
        return self.rop("&", o)
    def __ror__(self, o):
        return self.rop("|", o)
    def __rxor__(self, o):
        return self.rop("^", o)
x = Sym("x")
print(x - 1, x * 2, x / 3, x // 4, x % 5, x ** 6)
print(x << 7, x >> 8, x & 9, x | 10, x ^ 11)
print(1 - x, 2 * x, 3 / x, 4 // x, 5 % x, 6 ** x)
print(7 << x, 8 >> x, 9 & x, 10 | x, 11 ^ x)
print(x - x, "s" * x, 1.5 * x)
