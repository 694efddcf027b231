# A module's repr names it and its file; its __file__ and __dict__.
import sys
import _state
import pkg
print(repr(sys))
text = repr(_state)
print(text.startswith("<module '_state' from '"), text.endswith("_state.py'>"))
print(_state.__file__.endswith("_state.py"))
print(pkg.__file__.endswith("__init__.py"), repr(pkg).startswith("<module 'pkg' from "))
print(_state.__dict__["count"], "bump" in _state.__dict__)
_state.__dict__["added"] = "through __dict__"
print(_state.added)
print(str(_state) == repr(_state))
