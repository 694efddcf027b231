# Unpacking into tuples of targets, with and without parentheses.
a, b = 1, 2
print(a, b)
(c, d) = (3, 4)
print(c, d)
e, = [5]
print(e)
f, g, h = "xyz"
print(f, g, h)
i, j = range(2)
print(i, j)
k, l = {"one": 1, "two": 2}
print(k, l)
m, n = b"AB"
print(m, n)
(o, p), q = (6, 7), 8
print(o, p, q)
() = []
print("empty target ok")
