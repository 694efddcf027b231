# raise an instance or a class; raising a class instantiates it.
def attempt(n):
    try:
        if n == 0:
            raise ValueError
        if n == 1:
            raise ValueError("with message")
        if n == 2:
            raise ValueError("two", "args")
        if n == 3:
            e = KeyError("stored")
            raise e
        raise RuntimeError()
    except Exception as e:
        print(n, type(e).__name__, repr(str(e)), e.args)
for n in range(5):
    attempt(n)
class MyError(Exception):
    pass
try:
    raise MyError
except MyError as e:
    print("custom", type(e).__name__, e.args)
