# enumerate() pairs items with counters, from an optional start.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate([10, 20])), list(enumerate([], 5)))
print(list(enumerate("xy", 1)), list(enumerate("xy", start=-2)))
print(list(enumerate(range(3), 2 ** 70)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "done"))
d = {}
for index, key in enumerate({"p": 1, "q": 2}):
    d[key] = index
print(d)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
print(type(enumerate([])).__name__)
