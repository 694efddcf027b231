# Changing a list while iterating over it: the iteration sees the changes by index.
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x == 1:
        items.append(4)
print(seen)
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 5
print(d)
