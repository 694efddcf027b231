# Class attributes are shared; instance attributes shadow them.
class Counter:
    count = 0
    kind = "counter"
    def __init__(self):
        Counter.count += 1
        self.number = Counter.count
a = Counter()
b = Counter()
print(Counter.count, a.count, b.count, a.number, b.number)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
Counter.kind = "changed"
print(a.kind, b.kind)
class Shared:
    items = []
s1 = Shared()
s2 = Shared()
s1.items.append(1)
print(s2.items, Shared.items)
try:
    print(a.missing)
except AttributeError as e:
    print("AttributeError", e)
