# iter() and next(), with and without a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(iter(r) is r, list(r))
t = iter((7,))
print(next(t), next(t, 0))
for bad in [5, None]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
