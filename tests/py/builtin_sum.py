# sum() of numbers with an optional start value.
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([True, True, False]))
print(sum([1, 2], 10), sum([], 5), sum([0.1] * 10), sum([1, 2.5]), sum(range(5), start=100))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([2 ** 64, 2 ** 64]), sum([-1, 1, -1]), sum([1e308, 1e308]))
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, type(sum([])).__name__)
for bad in ["sum(['a', 'b'], '')", "sum(['a'])", "sum(5)", "sum([1, 'x'])", "sum([[1]])"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "->", e)
