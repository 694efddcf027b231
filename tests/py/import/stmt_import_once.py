# A module's code runs once; later imports return the same module object.
print("first import")
import _simple
print("second import")
import _simple
import _simple as again
from _simple import NAME
print(again is _simple)
_simple.VALUES.append(4)
import _simple as third
print(third.VALUES)
def load_in_function():
    import _simple
    return _simple.VALUES
print(load_in_function() is _simple.VALUES)
