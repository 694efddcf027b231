# The views returned by keys(), values() and items() follow later changes to the dict.
d = {"a": 1}
k = d.keys()
v = d.values()
i = d.items()
d["b"] = 2
print(list(k), list(v), list(i), len(k))
del d["a"]
print(list(k), list(v), list(i))
d.clear()
print(list(k), len(v), bool(i))
d["z"] = 26
print("z" in k, 26 in v, ("z", 26) in i)
it = iter(k)
print(next(it))
d["y"] = 25
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
