# Deleting a key and inserting it again puts it at the end; updates keep the place.
d = {}
for k in ["c", "a", "b", "d"]:
    d[k] = k.upper()
print(list(d))
del d["a"]
d["a"] = "again"
print(list(d), d)
d["c"] = "updated"
print(list(d))
d.pop("b")
d["b"] = 1
d["e"] = 2
print(list(d.items()))
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
print(list(d))
d[0] = "zero"
print(list(d)[-1], len(d))
big = {}
for i in range(100):
    big[i] = i
for i in range(95):
    del big[i]
print(big)
