# from-import binds names from the module, not the module itself.
from _simple import NAME, double
from _simple import Thing as T, VALUES as V
print(NAME, double(4), T(3).get(), V)
try:
    print(_simple)
except NameError as e:
    print("NameError", e)
try:
    from _simple import does_not_exist
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError))
from _simple import (
    NAME as N2,
    double as d2,
)
print(N2, d2 is double)
