# is and is not compare identity, not value.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None)
print(True is True, (1 == 1) is True, bool(0) is False)
t = (a, c)
print(t[0] is a, t[1] is c)
d = {"k": a}
print(d["k"] is a)
print(int is int, type(5) is int, type(True) is bool, type(True) is int)
def f():
    return a
print(f() is a)
print([] is [], {} is {})
