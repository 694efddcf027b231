# sorted() returns a new sorted list from any iterable.
src = [5, 2, 9, 1]
out = sorted(src)
print(out, src, out is src)
print(sorted("banana"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))
print(sorted([]), sorted([1]), sorted([2, 1.5, True, 0]))
print(sorted(["b", "B", "a", "A", "_", "1"]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([-(2 ** 70), 2 ** 70, 0, -1]))
print(sorted([3, 1, 2], reverse=True), sorted("cab", reverse=False))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", "not supported between instances of" in str(e))
try:
    sorted(5)
except TypeError as e:
    print("TypeError", e)
