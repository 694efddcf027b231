# list equality, ordering and membership use the items' comparisons.
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1] == [1.0], [] == [], [[]] == [[]])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0])
print(3 in [1, 2, 3], [1] in [[1], [2]], "a" in ["abc"], None in [0, None])
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan))
a = [1, [2, [3]]]
b = [1, [2, [3]]]
print(a == b, a is b, a[1] == b[1])
print([1, 2] != [1, 2], [1, "a"] == [1, "a"], [1, "a"] != [1, 2])
