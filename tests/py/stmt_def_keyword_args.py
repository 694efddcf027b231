# Keyword arguments at call sites, in any order, mixed with positional ones.
def describe(name, age, city="nowhere"):
    return name + " " + str(age) + " " + city
print(describe("a", 1))
print(describe(age=2, name="b"))
print(describe("c", city="Paris", age=3))
print(describe("d", 4, city="Rome"))
def kw(a, b=2, c=3):
    return (a, b, c)
print(kw(1, c=30))
print(kw(b=20, a=10))
print(kw(1, 2, c=None))
print(sorted([3, 1, 2], reverse=True))
print("x", "y", sep="-", end="!\n")
