# __mul__ and __rmul__ with ints, and a class that acts like a sequence for repetition.
class Repeat:
    def __init__(self, text):
        self.text = text
    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return Repeat(self.text * n)
    def __rmul__(self, n):
        return self.__mul__(n)
    def __repr__(self):
        return "Repeat(" + repr(self.text) + ")"
r = Repeat("ab")
print(r * 3, 3 * r, r * 0, True * r)
try:
    r * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1.5 * r
except TypeError as e:
    print("TypeError", e)
class Scalar:
    def __init__(self, k):
        self.k = k
    def __rmul__(self, seq):
        return seq * self.k
print([1, 2] * Scalar(2), "xy" * Scalar(3))
