# __len__ serves len() and truth tests; it must return a non-negative int.
class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Bag([1, 2, 3])), len(Bag([])))
print(bool(Bag([])), bool(Bag([0])))
if not Bag([]):
    print("empty bag is false")
class Negative:
    def __len__(self):
        return -1
try:
    len(Negative())
except ValueError as e:
    print("ValueError", e)
class NotInt:
    def __len__(self):
        return "3"
try:
    len(NotInt())
except TypeError as e:
    print("TypeError", e)
class Big:
    def __len__(self):
        return 2 ** 100
try:
    len(Big())
except OverflowError as e:
    print("OverflowError", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError", e)
