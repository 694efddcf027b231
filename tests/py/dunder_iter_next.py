# A class with __iter__ and __next__ is an iterator; StopIteration ends loops.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
print(list(Countdown(5)), sum(Countdown(4)), sorted(Countdown(3)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it = Countdown(3)
print(iter(it) is it)
for x in it:
    if x == 2:
        break
print(list(it))
a, b, c = Countdown(3)
print(a, b, c)
print(max(Countdown(6)), tuple(Countdown(2)), "-".join(["x"] * len(list(Countdown(3)))))
