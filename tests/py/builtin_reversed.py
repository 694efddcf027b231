# reversed() iterates over a sequence backwards.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed([])))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(b"ab")))
print("".join(reversed("stressed")))
r = reversed([10, 20])
print(next(r), next(r), next(r, "end"))
lst = [1, 2, 3]
for x in reversed(lst):
    print(x, end=" ")
print()
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Custom())))
for bad in [5, {"a": 1}]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
