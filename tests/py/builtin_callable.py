# callable() is true for functions, classes, methods and instances with __call__.
def f():
    pass
class C:
    def m(self):
        pass
class WithCall:
    def __call__(self):
        return 1
print(callable(f), callable(C), callable(C().m), callable(C.m), callable(WithCall()))
print(callable(len), callable(print), callable(int), callable(str.upper), callable("a".upper))
print(callable(5), callable("f"), callable(None), callable([f]), callable(C()))
print(callable(ValueError), callable(ValueError()), callable(type), callable(object()))
print(callable(callable))
