# Positional parameters are bound in order; functions are values.
def add(a, b):
    return a + b
def noargs():
    return "none"
def three(x, y, z):
    return [x, y, z]
print(add(1, 2), add("a", "b"), add([1], [2]))
print(noargs())
print(three(3, 2, 1))
f = add
print(f(10, 20), f is add, f.__name__)
ops = [add, three]
print(ops[0](5, 5))
def apply(func, x, y):
    return func(x, y)
print(apply(add, 2, 3))
def shadow(add):
    return add * 2
print(shadow(4), add(1, 1))
