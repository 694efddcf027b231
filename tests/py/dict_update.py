# dict.update merges another dict, pairs, or keyword arguments; later values win.
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 3})
print(d)
d.update([("d", 4), ("a", 10)])
print(d)
d.update(e=5, a=100)
print(d)
d.update({"f": 6}, g=7)
print(d)
print(d.update(), d.update({}), len(d))
d.update(zip("xy", [8, 9]))
print(list(d))
for bad in [5, [1, 2], [("a",)]]:
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = {}
e.update(e)
print(e)
