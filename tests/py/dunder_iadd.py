# __iadd__ serves +=; without it += falls back to __add__ and rebinds.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return Acc(self.v + other)
a = Acc(1)
alias = a
a += 5
print(a.v, alias.v, a is alias)
a = a + 1
print(a.v, alias.v, a is alias)
class AddOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return AddOnly(self.v + other)
b = AddOnly(1)
alias = b
b += 5
print(b.v, alias.v, b is alias)
class ReturnsOther:
    def __iadd__(self, other):
        return "replaced"
c = ReturnsOther()
c += 1
print(c)
class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fell back to __add__"
d = NotImpl()
d += 1
print(d)
class Others:
    def __init__(self):
        self.log = []
    def __isub__(self, o):
        self.log.append("isub")
        return self
    def __imul__(self, o):
        self.log.append("imul")
        return self
    def __ior__(self, o):
        self.log.append("ior")
        return self
o = Others()
o -= 1
o *= 2
o |= 3
print(o.log)
