# A module's globals change through its functions; from-imported names are copies of bindings.
import _state
from _state import count, history
print(_state.bump(1), _state.bump(2))
print(_state.count, count)
print(history, history is _state.history)
_state.count = 100
print(_state.read())
import _uses_sibling
print(_uses_sibling.bump_twice(5))
print(_state.history)
