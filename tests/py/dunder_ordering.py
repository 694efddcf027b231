# The ordering methods, used by operators, sorted, min and max.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def key(self):
        return (self.major, self.minor)
    def __lt__(self, other):
        return self.key() < other.key()
    def __le__(self, other):
        return self.key() <= other.key()
    def __gt__(self, other):
        return self.key() > other.key()
    def __ge__(self, other):
        return self.key() >= other.key()
    def __eq__(self, other):
        return self.key() == other.key()
    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)
a = Version(1, 2)
b = Version(1, 10)
c = Version(2, 0)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a < b < c, c > b > a, a <= Version(1, 2) >= a)
vs = [c, a, b, Version(0, 9)]
print(sorted(vs), sorted(vs, reverse=True))
print(min(vs), max(vs))
vs.sort()
print(vs)
print([a, b] < [a, c], (c,) > (b,))
