# sys.modules holds every module imported from source, under its full name; a module that
# fails while loading is taken out of it.
import sys
print("_state" in sys.modules)
import _state
print(sys.modules["_state"] is _state)
import pkg.sub.deep
print("pkg" in sys.modules, "pkg.sub" in sys.modules, "pkg.sub.deep" in sys.modules)
print(sys.modules["pkg.sub.deep"] is pkg.sub.deep)
try:
    import _raising
except ValueError as e:
    print("ValueError", e)
print("_raising" in sys.modules)
print(sys.modules["__main__"].__name__)
main = sys.modules["__main__"]
main_value = 42
print(main.main_value)
