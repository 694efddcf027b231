# list.sort sorts in place and returns None.
a = [5, 2, 8, 1, 9, 3]
print(a.sort(), a)
b = ["pear", "Apple", "fig", "apple"]
b.sort()
print(b)
c = [3.5, -1, 2, 0.5, True]
c.sort()
print(c)
d = [[2, 1], [1, 2], [1], [], [1, 1]]
d.sort()
print(d)
e = []
e.sort()
f = [1]
f.sort()
print(e, f)
g = [3, 1, 2]
g.sort(reverse=True)
print(g)
h = list(range(20, 0, -3))
h.sort()
print(h)
try:
    [1, "a", 2].sort()
except TypeError as e2:
    print("TypeError", "not supported" in str(e2))
