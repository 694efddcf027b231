# list.index finds the first position of a value (within start/stop); count counts them.
a = ["a", "b", "c", "b", "a"]
print(a.index("b"), a.index("b", 2), a.index("a", 1), a.index("c", -3), a.index("b", 0, 2))
for source in ["a.index('z')", "a.index('a', 1, 4)", "a.index('c', 3)"]:
    try:
        eval(source)
    except ValueError as e:
        print(source, "->", e)
print(a.count("a"), a.count("b"), a.count("z"), [].count(0))
print([1, 1.0, True, 2].count(1), [[1], [1], 1].count([1]), [None, None].count(None))
print([0, False, 0.0, ""].index(False), [1, 2, 3].index(3.0))
