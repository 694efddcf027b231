# list.insert places an item before an index; out-of-range indices clamp.
a = [1, 2, 3]
a.insert(0, "first")
print(a)
a.insert(2, "middle")
print(a)
a.insert(len(a), "end")
print(a)
a.insert(-1, "before last")
print(a)
a.insert(100, "far")
a.insert(-100, "far front")
print(a)
e = []
e.insert(5, "x")
print(e)
for i in range(3):
    e.insert(0, i)
print(e)
try:
    a.insert("0", 1)
except TypeError as e2:
    print("TypeError", e2)
