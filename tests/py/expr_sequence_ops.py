# + and * on sequences; repetition by zero or negative numbers gives empty.
print([1] + [2, 3], (1,) + (2,), "ab" + "cd", b"a" + b"b")
print([0] * 3, 3 * [0], "ab" * 3, (1, 2) * 2, b"x" * 4)
print([1] * 0, "a" * -5, (1,) * -1, 0 * "abc")
print(True * "ab", "ab" * False)
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
for source in ["[1] + (2,)", "'a' + 1", "[1] * 1.5", "'a' * 'b'", "(1,) + [2]", "b'a' + 'b'"]:
    try:
        print(eval(source))
    except TypeError as e:
        print(source, "->", e)
print(len("ab" * 1000), ("x" * 3 + "y") * 2)
