# Modules are objects with attributes.
import sys
print(type(sys).__name__, sys.__name__)
m = sys
print(m is sys, m.byteorder == sys.byteorder)
print(hasattr(sys, "argv"), hasattr(sys, "no_such_attribute"))
print(getattr(sys, "maxsize") == sys.maxsize)
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError", e)
def uses_module(mod):
    return type(mod.argv).__name__
print(uses_module(sys))
print(__name__)
modules = [sys]
print(modules[0].__name__)
