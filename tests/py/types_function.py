# Functions are objects: they can be stored, passed, compared and renamed.
def square(x):
    return x * x
def cube(x):
    return x * x * x
print(square.__name__, type(square).__name__, callable(square))
f = square
print(f(4), f is square, f == square, square == cube, square != cube)
table = {"sq": square, "cu": cube}
print(table["cu"](3))
def apply_all(funcs, value):
    results = []
    for fn in funcs:
        results.append(fn(value))
    return results
print(apply_all([square, cube, abs, str], -2))
def compose(first, second, x):
    return second(first(x))
print(compose(square, cube, 2))
g = cube
def cube(x):
    return "new"
print(g(2), cube(2), g.__name__)
print(sorted([3, -1, 2], key=square))
