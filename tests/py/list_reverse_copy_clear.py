# list.reverse reverses in place; copy makes a shallow copy; clear empties.
a = [1, 2, 3, 4]
print(a.reverse(), a)
b = []
b.reverse()
print(b)
c = a.copy()
print(c, c == a, c is a)
c.append(0)
print(a, c)
inner = [[1], [2]]
shallow = inner.copy()
shallow[0].append(9)
print(inner)
alias = a
print(a.clear(), a, alias, len(alias))
d = [1, 2]
d[:] = []
print(d)
e = ["x", "y"]
del e[:]
print(e)
