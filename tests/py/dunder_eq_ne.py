# __eq__ decides ==; != uses __ne__, which by default inverts __eq__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented
a = Money(100)
b = Money(100)
c = Money(5)
print(a == b, a == c, a != b, a != c, a is b)
print(a == 100, a != 100, 100 == a)
print(a in [c, b], [a] == [b], (a, c) == (b, c))
print([Money(1), Money(100)].index(a), [a, b, c].count(Money(100)))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom ne"
x = AlwaysEqual()
print(x == 1, 1 == x, x == None, x != 1)
class WeirdEq:
    def __eq__(self, other):
        return "truthy string"
print(WeirdEq() == 1, bool(WeirdEq() == 1))
print(Money(3) == AlwaysEqual())
