# in uses __contains__, else iterates with __iter__, else with __getitem__.
class Evens:
    def __contains__(self, x):
        print("  __contains__", x)
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly())
class Neither:
    pass
try:
    1 in Neither()
except TypeError as e:
    print("TypeError", e)
