# Iterating over a dict yields its keys in insertion order.
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key])
print(list(d), tuple(d), sorted(d), len(list(iter(d))))
keys = []
for k in d:
    keys.append(k.upper())
print(keys)
inverted = {}
for k, v in d.items():
    inverted[v] = k
print(inverted)
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
nested = {"x": {"y": {"z": 1}}}
for outer in nested:
    for inner in nested[outer]:
        print(outer, inner, nested[outer][inner])
