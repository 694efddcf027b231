# Chained assignment binds every target to the same object, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d["j"] = 0
print(d)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 1
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
