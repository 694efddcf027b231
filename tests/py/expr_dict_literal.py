# Dict displays keep insertion order; a repeated key keeps its first position, last value.
print({}, {"a": 1}, {"a": 1, "b": 2,})
d = {"x": 1, "y": 2, "x": 3}
print(d, len(d))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple", None: "none", "s": [1]})
print({"b": 1, "a": 2, "c": 3})
k = "key"
print({k: k * 2, k + "2": len(k)})
print({1: {2: {3: {}}}})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
print({0: 0} == {0: 0.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
