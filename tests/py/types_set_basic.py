# Set displays, set() and frozenset() from iterables, len, in, iteration, truth, repr.
s = {1, 2, 3}
print(type(s).__name__, len(s), s)
print(1 in s, 4 in s, 4 not in s)
print(set(), frozenset(), repr(set()), {5})
print(sorted({3, 1, 2, 3, 1}), len({1, 1, 1}), {1, 1.0, True})
print(sorted(set([4, 5, 4, 6])), sorted(set("hello")), sorted(set((1, 2))))
print(sorted(set(range(20))) == list(range(20)), len(set(range(100))))
print(sorted(set({"a": 1, "b": 2})), sorted(frozenset("abca")))
print(bool(set()), bool({0}), bool(frozenset()), bool(frozenset([0])))
total = 0
for x in {10, 20, 30}:
    total += x
print(total)
print(sorted({"x", "y", "z"}), "x" in {"x", "y"}, "w" in {"x", "y"})
print({(1, 2), (1, 2), (3, 4)} == {(3, 4), (1, 2)})
print({None, None}, {(1,)}, {-1})
items = [1, 2]
print(sorted({*items, 3, *"ab"}, key=str), {*()}, {*[], *[1]})
print(list({7}), tuple({8}), sorted(list(frozenset([3, 1, 2]))))
print(frozenset({1, 2}), frozenset([1]), repr(frozenset()))
print({1.5, 2.5} == {2.5, 1.5}, {"a"} == {"a"}, {1} == {1.0})
big = set()
for i in range(1000):
    big.add(i * 7 % 1009)
print(len(big), 0 in big, 7 in big, 1008 in big, min(big), max(big), sum(big))
for i in range(0, 1000, 2):
    big.discard(i * 7 % 1009)
print(len(big), sum(big))
strs = set()
for i in range(50):
    strs.add("k" + str(i))
print(len(strs), "k10" in strs, "k50" in strs, sorted(strs)[:3])
print(isinstance(s, set), isinstance(frozenset(), frozenset), type(frozenset()).__name__)
print(set.__name__, frozenset.__name__, type({1}) is set)
