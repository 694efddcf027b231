# keys(), values() and items() in insertion order.
d = {"b": 2, "a": 1, "c": 3}
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("c", 3) in d.items(), ("c", 4) in d.items())
for k in d.keys():
    print(k, end=" ")
print()
for v in d.values():
    print(v, end=" ")
print()
for k, v in d.items():
    print(k + "=" + str(v), end=" ")
print()
print(sorted(d.keys()), sorted(d.values(), reverse=True), max(d.items()))
e = {}
print(list(e.keys()), list(e.values()), list(e.items()))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(list(d.keys()) == list(d), list(zip(d.keys(), d.values())) == list(d.items()))
