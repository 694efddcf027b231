# globals() is the module's namespace dict: reading and writing it affects names.
g = globals()
value = 1
print(g["value"], "value" in g, g["__name__"])
g["created"] = "via globals()"
print(created)
value = 2
print(g["value"])
def f():
    return globals() is g
print(f(), "f" in g, type(g).__name__)
del g["created"]
try:
    print(created)
except NameError as e:
    print("NameError", e)
def set_global():
    globals()["from_function"] = 99
set_global()
print(from_function)
print(g.get("no_such_global", "missing"))
