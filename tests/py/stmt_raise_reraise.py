# A bare raise re-raises the exception being handled, unchanged.
def inner():
    raise KeyError("original")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it")
        raise
try:
    middle()
except KeyError as e:
    print("outer got", e, type(e).__name__)
saved = None
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        saved = e
        raise
except ValueError as e2:
    print(e2 is saved)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except Exception as e:
    print("re-raised", type(e).__name__, e)
