# A helper module imported by _circular_a: it sees the partially initialized _circular_a.
import _circular_a
print("_circular_b sees", _circular_a.BEFORE)
try:
    from _circular_a import AFTER
except ImportError:
    print("_circular_b: AFTER is not defined yet")


def read_after():
    return _circular_a.AFTER
