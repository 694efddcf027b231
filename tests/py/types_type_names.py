# type() of values of every built-in kind.
values = [None, True, 1, 2 ** 100, 1.5, "s", b"b", bytearray(), [], (), {}, range(1),
          slice(1), ValueError("x"), ValueError, object(), type]
for v in values:
    print(type(v).__name__)
def f():
    pass
class C:
    def m(self):
        pass
print(type(f).__name__, type(C).__name__, type(C()).__name__, type(C().m).__name__)
print(type(f) is type(C.m), type(print) is type(len))
print(type(1) == type(2), type(1) == type(1.0), type("") is str)
