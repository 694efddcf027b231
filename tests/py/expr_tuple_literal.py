# Tuple displays: the comma makes the tuple, parentheses only group.
a = ()
b = (1)
c = (1,)
d = 1,
e = 1, 2
print(a, b, c, d, e, type(b).__name__, type(d).__name__)
print(len(()), len((1,)), len((1, 2, 3)))
print((1, 2) + (3,), (0,) * 3, (1, (2, (3, ()))))
t = ([1], 2)
t[0].append(5)
print(t)
try:
    t[1] = 3
except TypeError as e:
    print("TypeError", e)
print(((1, 2),), ("a",), ("a"))
def pair():
    return 3, 4
print(pair())
for x in 1, 2:
    print(x)
