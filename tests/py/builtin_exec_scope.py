# exec() and eval() see the caller's names, or the dicts they are given.
def in_function(a):
    b = a * 2
    exec("print('exec sees', a, b)")
    return eval("a + b")
print(in_function(5))
namespace = {"x": 3}
exec("y = x * 2\ndef f():\n    return y + 1\nz = f()", namespace)
print(namespace["y"], namespace["z"], "f" in namespace)
print(eval("x + y", namespace), eval("x", {"x": 1}, {"x": 2}))
exec("import sys\nseen = sys.maxsize > 0", namespace)
print(namespace["seen"])
total = 0
for i in range(3):
    exec("total = total + i")
print(total)
for bad in [1, None]:
    try:
        eval(bad)
    except TypeError:
        print("TypeError for", bad)
try:
    exec("x = 1", [])
except TypeError:
    print("TypeError for a list as globals")
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("KeyError", e)
print(eval("\t 1 + 1"))
