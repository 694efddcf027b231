# dict.copy makes a shallow copy; dict.clear empties the dict for every alias.
d = {"k": [1], "n": 0}
c = d.copy()
print(c, c == d, c is d)
c["n"] = 99
c["k"].append(2)
print(d, c)
alias = d
print(d.clear(), d, alias, len(alias))
e = {}
print(e.copy(), e.copy() is e)
f = {1: "a", 2: "b"}
g = f.copy()
del g[1]
g[3] = "c"
print(f, g, list(g))
