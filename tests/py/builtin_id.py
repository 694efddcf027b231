# id() is the same for the same object and differs between live objects.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
x = None
print(id(x) == id(None), id(True) == id(True))
class C:
    pass
o = C()
p = o
print(id(o) == id(p), id(o) == id(C()))
t = (a, c)
print(id(t[0]) == id(a), id(t[1]) == id(c))
def f():
    return a
print(id(f()) == id(a), id(f) == id(f))
print(type(id(a)).__name__)
