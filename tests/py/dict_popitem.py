# dict.popitem removes and returns the most recently inserted pair.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["z"] = 26
print(d.popitem(), d.popitem(), d)
d["b"] = "again"
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
e = {}
for i in range(5):
    e[i] = i * i
out = []
while e:
    out.append(e.popitem())
print(out)
