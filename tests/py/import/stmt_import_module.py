# import runs a module and binds its name; attributes are the module's globals.
import _simple
print(_simple.NAME, _simple.VALUES)
print(_simple.double(21))
t = _simple.Thing(5)
print(t.get(), type(t).__name__)
print(_simple.__name__)
print(type(_simple).__name__)
_simple.NAME = "changed"
print(_simple.NAME)
_simple.new_attr = 1
print(_simple.new_attr)
try:
    _simple.missing
except AttributeError as e:
    print("AttributeError", e)
