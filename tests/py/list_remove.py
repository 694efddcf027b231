# list.remove deletes the first item equal to the value.
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
a.remove(1)
print(a)
b = [1, 1.0, True]
b.remove(True)
print(b)
try:
    a.remove(99)
except ValueError as e:
    print("ValueError", e)
c = ["x", [1], None]
c.remove([1])
c.remove(None)
print(c)
class Eq:
    def __eq__(self, other):
        return other == "target"
d = ["a", "target", "b"]
d.remove(Eq())
print(d)
e = [5, 5, 5]
while 5 in e:
    e.remove(5)
print(e)
