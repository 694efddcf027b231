# Instances: their own attributes, their class, and identity-based equality by default.
class Empty:
    pass
a = Empty()
b = Empty()
print(type(a) is Empty, isinstance(a, object), a == a, a == b, a != b, a is not b)
a.x = 1
a.y = [1, 2]
print(a.x, a.y, hasattr(a, "x"), hasattr(b, "x"))
setattr(b, "z", "zed")
print(getattr(b, "z"), getattr(b, "missing", "default"))
print(bool(a), str(type(a).__name__))
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
lst = [a, b]
print(lst.index(b), a in lst, Empty() in lst)
class WithInit:
    def __init__(self):
        self.items = []
w1 = WithInit()
w2 = WithInit()
w1.items.append(1)
print(w1.items, w2.items)
