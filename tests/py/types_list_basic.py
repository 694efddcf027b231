# list: a mutable sequence; aliases see changes, copies do not.
a = [1, "two", 3.0, None, [5]]
print(a, len(a), type(a).__name__)
a[0] = "one"
a[-1].append(6)
print(a)
b = a
c = list(a)
d = a[:]
a.append("new")
print(len(a), len(b), len(c), len(d), b is a, c is a)
c[4].append(7)
print(a[4], "shallow copy shares the inner list")
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
print([1, 2] == [1, 2], [1, 2] is [1, 2], [[]] * 2)
e = [3, 1, 2]
e[1:2] = [10, 20, 30]
print(e)
e[0:0] = ["front"]
print(e)
print([1, [2, [3, [4]]]][1][1][1][0])
print(repr([]), str([1, "a"]), repr(["'"]))
