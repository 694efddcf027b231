# Starred targets collect the remaining items into a list.
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = (1, 2, 3)
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = [1]
print(h, i)
*j, = "abc"
print(j)
k, *l, m = "xy"
print(k, l, m)
[n, *o] = b"\x01\x02"
print(n, o)
first, *middle, last = "hello"
print(first, middle, last, type(middle).__name__)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
