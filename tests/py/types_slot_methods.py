# Built-in types' special methods as attributes, and the classes that inherit them.
a, b = 6, 4
print(a.__add__(b), a.__sub__(b), a.__mul__(b), a.__floordiv__(b), a.__mod__(b), a.__pow__(2))
print((5).__rsub__(7), (2).__rpow__(3), 1.5.__add__(1), (1).__add__("x"))
print(int.__lt__(1, 2), int.__ge__(1, 2), (1).__eq__(1), (1).__eq__("x"), (1).__ne__(2))
print((-3).__neg__(), (3).__invert__(), (-2.5).__abs__(), (0).__bool__())
print([1, 2, 3].__len__(), "abc".__len__(), {1: 2}.__len__(), "abc".__contains__("b"))
print([5, 6].__getitem__(1), {"k": 1}.__getitem__("k"), "xyz".__getitem__(-1))
items = [1, 2, 3]
items.__setitem__(0, 10)
items.__delitem__(1)
print(items)
it = [7, 8].__iter__()
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print((42).__repr__(), "s".__repr__(), (1.5).__str__(), (7).__hash__() == hash(7))
for name in ["__len__", "__iter__", "__next__", "__add__", "__getitem__", "__contains__",
             "__bool__", "__neg__", "__eq__", "__hash__", "__repr__", "__lt__"]:
    print(name, hasattr(1, name), hasattr([], name), hasattr("", name), hasattr(iter([]), name))
class Base:
    def __repr__(self):
        return "Base()"
class Child(Base):
    def __repr__(self):
        return "Child<" + Base.__repr__(self) + "," + object.__repr__(self)[:15] + ">"
print(Child())
print(hasattr(Base(), "__add__"), hasattr(Base(), "__repr__"), hasattr(Base, "__len__"))
class Counter:
    def inc(self):
        return 1
c, d = Counter(), Counter()
print(c.inc == c.inc, c.inc == d.inc, c.inc != d.inc, hash(c.inc) == hash(c.inc), {c.inc: 5}[c.inc])
for a, b in [("a", 1), ([1], (2,)), ((1,), [2]), ("a", None)]:
    try:
        a + b
    except TypeError as e:
        print(e)
print("%(a)s" % {"a": 1})
for spec in ["%(a", "%(a)"]:
    try:
        spec % (1,)
    except TypeError as e:
        print("TypeError", e)
