# tuple: an immutable sequence, usable as a dict key when its items are.
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], type(t).__name__)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple((1,)))
print(t.count(1), t.index("a"), (1, 2, 1, 1).count(1))
try:
    t.index("missing")
except ValueError as e:
    print("ValueError", e)
d = {(1, 2): "a", (3,): "b", (): "empty"}
print(d[(1, 2)], d[3,], d[()])
try:
    {([1],): 1}
except TypeError as e:
    print("TypeError", e)
print((1, 2) + (3,), (1,) * 3, 2 in (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 3))
x, y = (10, 20)
print(x, y)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
print(repr((1,)), repr(()), str(("a", 1)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
