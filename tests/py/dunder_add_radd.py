# __add__ and __radd__: the reflected method is tried when the left one cannot.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", other)
        return self.__add__(other)
    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"
a = Vec(1, 2)
b = Vec(10, 20)
print(a + b, a + 1, 1 + a)
print(sum([a, b]), sum([a, b], Vec(0, 0)))
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError", e)
class Left:
    def __add__(self, other):
        return "Left.__add__"
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
print(Left() + Right(), 5 + Right(), [1] + Right())
