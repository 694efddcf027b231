# frozenset: hashable, immutable, equal to sets with the same items.
f = frozenset([3, 1, 2])
print(type(f).__name__, len(f), sorted(f), 1 in f, 5 in f)
print(frozenset(f) is f, frozenset(), frozenset([]) == frozenset())
g = frozenset({1, 2, 3})
print(f == g, f == {1, 2, 3}, f != {1}, hash(f) == hash(g))
d = {}
d[f] = "value"
print(d[g], d[frozenset([2, 3, 1])], frozenset([1, 2, 3]) in d)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), frozenset([1]) in nested)
outer = frozenset([frozenset([1, 2]), frozenset()])
print(len(outer), frozenset() in outer, frozenset([2, 1]) in outer)
print(frozenset("aab") == frozenset("ab"), sorted(frozenset("hello")))
print(frozenset([1]), frozenset(), repr(frozenset([5])))
print(frozenset(range(5)) | frozenset(range(3, 8)) == frozenset(range(8)))
big = frozenset(range(100))
print(len(big), 99 in big, 100 in big, hash(big) == hash(frozenset(range(99, -1, -1))))
print(sorted(frozenset(["b", "a"])), isinstance(f, frozenset), isinstance(f, set))
t = (frozenset([1]), 2)
print(hash(t) == hash((frozenset([1]), 2)))
