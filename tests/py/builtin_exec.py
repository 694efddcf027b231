# exec() runs statements, in the current globals or in a given dict.
exec("x = 5")
print(x)
exec("def made(n):\n    return n * 3\n")
print(made(4))
env = {}
exec("a = 1\nb = a + 1", env)
print(env["a"], env["b"], "a" in globals())
exec("for i in range(3):\n    total = total + i", {"total": 10, "range": range}, env)
print(env["total"], env["i"])
print(exec("1 + 1"))
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    exec("if True print(1)")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
code = "result = 6 * 7"
exec(code)
print(result)
