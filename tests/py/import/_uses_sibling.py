# A helper module that imports another helper from the same folder.
import _state
from _simple import double


def bump_twice(n):
    _state.bump(n)
    return _state.bump(double(n))
