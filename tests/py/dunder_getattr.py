# __getattr__ runs only when normal lookup fails.
class Defaults:
    real = "real attribute"
    def __init__(self):
        self.inst = "instance attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no attribute " + name)
d = Defaults()
print(d.real, d.inst)
print(d.x_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "x_abc"), getattr(d, "missing", "default"))
print(hasattr(d, "x_y"), hasattr(d, "nope"))
d.x_set = "assigned"
print(d.x_set)
class Everything:
    def __getattr__(self, name):
        return len(name)
e = Everything()
print(e.a, e.abc, e.method_name)
