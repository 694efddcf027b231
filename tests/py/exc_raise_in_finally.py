# An exception raised in finally replaces the one in flight.
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replace()
except KeyError as e:
    print("KeyError", e, "context:", type(e.__context__).__name__)
except ValueError:
    print("not reached")
def after_return():
    try:
        return "value"
    finally:
        raise RuntimeError("finally beats return")
try:
    after_return()
except RuntimeError as e:
    print("RuntimeError", e, e.__context__)
def finally_handles():
    try:
        raise ValueError("x")
    finally:
        try:
            raise TypeError("y")
        except TypeError:
            print("handled inside finally")
try:
    finally_handles()
except ValueError as e:
    print("original still propagates:", e)
