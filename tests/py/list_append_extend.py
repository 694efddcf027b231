# list.append adds one item; list.extend adds every item of an iterable.
a = [1]
print(a.append(2), a)
a.append([3, 4])
print(a, len(a))
a.extend([5, 6])
a.extend((7,))
a.extend("ab")
a.extend(range(2))
a.extend({"k": 1})
a.extend([])
print(a)
b = [0]
b.extend(b)
print(b)
c = [1]
c.append(c)
print(len(c), c[1] is c)
try:
    a.extend(5)
except TypeError as e:
    print("TypeError", e)
try:
    a.append(1, 2)
except TypeError as e:
    print("TypeError", e)
big = []
for i in range(1000):
    big.append(i)
print(len(big), big[-1], sum(big))
