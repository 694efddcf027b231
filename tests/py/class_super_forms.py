# super() without arguments in any method, and super(cls, obj); attributes through the bases.
class A:
    x = 1
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + super().f()
class C(B):
    def f(self):
        return "C.f+" + super(C, self).f()
print(C().f(), C.x, C.__bases__[0].__name__, C.__name__, C.__module__)
print(type(C()) is C, type(C) is type, isinstance(C(), A), issubclass(C, (int, A)))
print(C.f.__name__, C.f.__qualname__, B.f.__qualname__)
class Base:
    def __init__(self):
        self.log = ["Base"]
    def who(self):
        return "Base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def who(self):
        return "Mid>" + super().who()
class Leaf(Mid):
    def who(self):
        return "Leaf>" + super(Leaf, self).who()
leaf = Leaf()
print(leaf.log, leaf.who(), super(Mid, leaf).who())
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError", e)
class Plain:
    def __init__(self, x):
        super().__init__()
        self.x = x
print(Plain(3).x)
