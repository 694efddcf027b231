# del on attributes: instance attributes uncover class attributes.
class C:
    shared = "class value"
c = C()
c.shared = "instance value"
c.other = 1
print(c.shared)
del c.shared
print(c.shared)
del c.other
print(hasattr(c, "other"))
try:
    del c.other
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.shared
except AttributeError as e:
    print("AttributeError", e)
del C.shared
print(hasattr(c, "shared"))
