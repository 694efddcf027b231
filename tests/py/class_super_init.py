# super().__init__ runs the base class's initializer on the same instance.
class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
        self.tags = []
class Child(Base):
    def __init__(self, name, extra):
        print("Child.__init__ before super")
        super().__init__(name)
        self.extra = extra
        self.tags.append("child")
c = Child("c", 42)
print(c.name, c.extra, c.tags, isinstance(c, Base))
class NoInit(Base):
    pass
n = NoInit("inherited")
print(n.name, n.tags)
class Skips(Base):
    def __init__(self):
        self.only = "no super call"
s = Skips()
print(s.only, hasattr(s, "name"))
