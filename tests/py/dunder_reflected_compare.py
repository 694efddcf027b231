# If the left operand does not know how, Python tries the reflected method of the right.
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  OnlyLt.__lt__")
        if isinstance(other, OnlyLt):
            return self.v < other.v
        return self.v < other
    def __gt__(self, other):
        print("  OnlyLt.__gt__")
        if isinstance(other, OnlyLt):
            return self.v > other.v
        return self.v > other
x = OnlyLt(5)
print(x < 10)
print(10 > x)
print(3 < x)
print(x > 3)
class Greater:
    def __ge__(self, other):
        print("  Greater.__ge__")
        return True
g = Greater()
print(1 <= g)
class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__")
        return True
print(5 == Eq(), "s" != Eq())
