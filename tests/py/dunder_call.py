# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(2, scale=10), add5(x=3), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable("s"))
class Plain:
    pass
print(callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print("TypeError", e)
funcs = [add5, abs, Adder(-1)]
for f in funcs:
    print(f(-10))
print(sorted([3, 1, 2], key=Adder(0)))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
