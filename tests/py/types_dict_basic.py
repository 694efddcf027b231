# dict: keys keep insertion order; values can be anything.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = "uno"
print(d, len(d))
print(d["two"], "three" in d, "four" in d, list(d), list(d.values()))
try:
    d["four"]
except KeyError as e:
    print("KeyError", e)
mixed = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float"}
print(mixed[1], mixed["1"], mixed[(1,)], mixed[None], mixed[2.5])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"z": 0}))
e = d
f = dict(d)
d["new"] = 0
print(len(e), len(f))
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 2}, {} == {})
print(repr({}), str({"k": "v"}), repr({1: [1, {2: ()}]}))
