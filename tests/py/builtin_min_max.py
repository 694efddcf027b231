# min() and max() of several arguments or of one iterable.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"))
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(True, 1), max(-1, -1.5))
print(min([[2], [1, 5], [1]]), max([(1, "b"), (1, "a"), (0, "z")]))
print(min(range(5, 10)), max(range(5, 10)), max({"a": 1, "c": 0, "b": 2}))
print(max(2 ** 100, 2 ** 99, -(2 ** 101)), min(0.5, float("inf")))
print(max([5]), min(7, 7))
print(max(["apple", "Banana", "cherry"]), min(b"hello"))
first = [1]
second = [1]
print(max(first, second) is first, min(first, second) is first)
