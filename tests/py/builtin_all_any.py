# all() and any(): empty cases, truthiness, and stopping at the deciding item.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), all(["a", ""]), any(["", None, 0.0]), any([[], [0]]))
print(all(range(1, 5)), all(range(0, 5)), any(range(0)), any(range(2)))
print(type(all([1])).__name__, any(["x"]) is True, all([0]) is False)
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  checked", self.v)
        return self.v
print(all([Loud(True), Loud(False), Loud(True)]))
print(any([Loud(False), Loud(True), Loud(False)]))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
