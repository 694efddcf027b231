# __init__ receives the constructor's arguments; it must return None.
class Pair:
    def __init__(self, a, b=0):
        print("init called with", a, b)
        self.a = a
        self.b = b
p = Pair(1)
q = Pair(2, b=3)
print(p.a, p.b, q.a, q.b)
try:
    Pair()
except TypeError as e:
    print("TypeError", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class Returns:
    def __init__(self):
        return 5
try:
    Returns()
except TypeError as e:
    print("TypeError", e)
class Child(Pair):
    pass
c = Child(7, 8)
print(c.a + c.b, type(c).__name__)
p.__init__(10, 20)
print(p.a, p.b)
