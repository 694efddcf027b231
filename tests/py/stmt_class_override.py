# Overriding methods and calling the base version explicitly.
class Base:
    def __init__(self, value):
        self.value = value
    def show(self):
        return "Base(" + str(self.value) + ")"
    def twice(self):
        return self.show() + self.show()
class Derived(Base):
    def __init__(self, value, extra):
        Base.__init__(self, value)
        self.extra = extra
    def show(self):
        return "Derived[" + Base.show(self) + "," + str(self.extra) + "]"
d = Derived(1, 2)
print(d.show())
print(d.twice())
print(Base.show(d))
class Again(Derived):
    def twice(self):
        return "once: " + self.show()
print(Again(5, 6).twice())
print(Again(5, 6).value)
