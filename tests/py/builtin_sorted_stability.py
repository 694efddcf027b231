# Sorting is stable: equal keys keep their order, also with reverse=True.
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
def age(p):
    return p[1]
def name(p):
    return p[0]
print(sorted(people, key=age))
print(sorted(people, key=age, reverse=True))
by_name = sorted(people, key=name, reverse=True)
print(sorted(by_name, key=age))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
def parity(n):
    return n % 2
print(sorted(range(10), key=parity), sorted(range(10), key=parity, reverse=True))
