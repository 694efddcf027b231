# Special methods are inherited and can be overridden in subclasses.
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return type(self).__name__ + "(" + str(self.v) + ")"
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return self.v
    def __len__(self):
        return self.v
    def __add__(self, other):
        return type(self)(self.v + other.v)
class Child(Base):
    def __len__(self):
        return 100
class GrandChild(Child):
    def __repr__(self):
        return "GC<" + Base.__repr__(self) + ">"
a = Base(1)
b = Child(2)
c = GrandChild(3)
print(a, b, c, [a, b, c])
print(len(a), len(b), len(c))
print(b + b, c + c, a + c)
print(Child(3) == c, {c: "found"}[Child(3)])
