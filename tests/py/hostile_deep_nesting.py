# Data nested deeper than any C recursion may go: repr, str, comparisons and hashes raise
# RecursionError (CPython's messages) instead of overflowing the C stack, and the
# interpreter goes on as before.


def nest(depth, tuples):
    value = []
    for i in range(depth):
        if tuples:
            value = (value,)
        else:
            value = [value]
    return value


def attempt(name, operation, left, right):
    try:
        if operation == "repr":
            repr(left)
        elif operation == "str":
            str(left)
        elif operation == "format":
            "%s" % (left,)
        elif operation == "==":
            left == right
        elif operation == "<":
            left < right
        elif operation == "in":
            left in [right]
        elif operation == "index":
            [right].index(left)
        print(name, operation, "no error")
    except RecursionError as e:
        print(name, operation, "RecursionError", e)


a = nest(2000, False)
b = nest(2000, False)
for operation in ["repr", "str", "format", "==", "<", "in", "index"]:
    attempt("list", operation, a, b)
t = nest(2000, True)
u = nest(2000, True)
for operation in ["repr", "==", "<"]:
    attempt("tuple", operation, t, u)

d = {}
for i in range(2000):
    d = {"k": d}
attempt("dict", "repr", d, d)

e = ValueError("innermost")
for i in range(2000):
    e = ValueError(e)
attempt("exception", "str", e, e)

# Shallow nesting still works, and so does everything after the errors.
print(repr(nest(50, False))[:10], nest(50, True) == nest(50, True))
x = [1, [2, (3, {4: [5]})]]
print(x, x == [1, [2, (3, {4: [5]})]])
x.append(x)
print(x)

# (Chains of operators too long to compile are in tests/hostile: chain_*.)
print(eval("1" + "+1" * 99))
