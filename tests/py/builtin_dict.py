# dict(): from mappings, pairs and keyword arguments.
print(dict(), dict({"a": 1}), dict([("a", 1), ("b", 2)]), dict((("x", 0),)))
print(dict(a=1, b=2), dict({"a": 1}, b=2), dict([("a", 1)], a=5))
print(dict(zip("abc", range(3))), dict(["xy", "zw"]))
print(dict([(1, "one"), (1, "uno")]))
src = {"k": [1]}
copy = dict(src)
copy["k"].append(2)
copy["new"] = 0
print(src, copy)
for bad in [[1, 2], [("a",)], [("a", 1, 2)], 5, ["abc"]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
