# range objects: length, indexing, slicing, membership, equality and repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -2))
print(list(range(0)), list(range(-3)), list(range(5, 2)), list(range(-5, -1)))
print(len(range(10, 0, -3)), list(range(10, 0, -3)), len(range(0, 10, 100)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 7, 3) == range(1, 8, 3))
print(r[1:3], r[::-1], r.index(8), r.count(8), r.count(9))
print(11 in r, 12 in r, -1 in range(-5, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
print(range(2 ** 40)[-1], 2 ** 39 in range(2 ** 40), range(2 ** 40)[2 ** 39])
print(type(range(3)).__name__, bool(range(0)), bool(range(1)))
