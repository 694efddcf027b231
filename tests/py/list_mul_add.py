# + and * create new lists; += and *= change the list in place.
a = [1, 2]
b = a + [3]
print(a, b, a * 2, 2 * a, a * 0, a * -1)
c = a
a += [4]
print(a, c, a is c)
a *= 2
print(a, c is a)
a *= 0
print(a, c)
d = [None] * 4
print(d, len([[]] * 5))
try:
    [1] + "a"
except TypeError as e:
    print("TypeError", e)
e = [1]
e += "ab"
e += (3,)
e += range(2)
print(e)
