# super().__init__ through three levels of single inheritance.
class A:
    def __init__(self, x):
        print("A.__init__", x)
        self.trail = ["A"]
        self.x = x
class B(A):
    def __init__(self, x, y):
        print("B.__init__", x, y)
        super().__init__(x)
        self.trail.append("B")
        self.y = y
class C(B):
    def __init__(self):
        print("C.__init__")
        super().__init__(1, 2)
        self.trail.append("C")
c = C()
print(c.trail, c.x, c.y)
print(type(c).__name__, isinstance(c, A), C.__bases__[0].__name__)
class D(C):
    pass
d = D()
print(d.trail)
