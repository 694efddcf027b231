# Containers that contain themselves print with [...] and {...} instead of recursing.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"name": "d"}
d["self"] = d
print(d)
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
print(str(a) == repr(a))
