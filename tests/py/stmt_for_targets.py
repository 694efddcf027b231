# for targets can unpack, be starred, or be subscripts and attributes.
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for first, *rest in ["abc", "de"]:
    print(first, rest)
lst = [0, 0, 0]
for lst[0] in range(3):
    pass
print(lst)
class Holder:
    pass
h = Holder()
for h.value in "xyz":
    pass
print(h.value)
for [p, q] in ["ab", "cd"]:
    print(p, q)
