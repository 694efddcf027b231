# locals() in a function returns its local names and values.
def f(a, b=2):
    c = a + b
    loc = locals()
    return loc
d = f(1)
print(d["a"], d["b"], d["c"], sorted(d))
def g():
    x = 1
    y = "two"
    names = locals()
    return names["x"], names["y"], len(names)
print(g())
def empty():
    return locals()
print(empty())
print(locals() is globals())
