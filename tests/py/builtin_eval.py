# eval() evaluates an expression, in the current scope or given dicts.
print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[1, 2][1]"), eval("  7  "))
y = 10
print(eval("y * 2"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a * n", {"a": 3}, {"n": 4}))
print(eval("len('abc')"), eval("(1, 2)"), eval("{'k': 1}")["k"])
def scope():
    local_value = 5
    return eval("local_value + 1")
print(scope())
for bad in ["x = 1", "1 +", "def f(): pass", ""]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError", repr(bad))
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
print(eval("2 ** 100"), eval("1e3"), eval("None"), eval("True and 'x'"))
