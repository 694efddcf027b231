# Default values are evaluated once, when the def runs.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
counter = 0
def next_value():
    global counter
    counter += 1
    return counter
def f(v=next_value()):
    return v
print(f(), f(), counter)
base = 10
def g(x=base):
    return x
base = 20
print(g())
