# Raising something that is not an exception, and re-raising with none active.
def attempt(source):
    try:
        exec(source)
    except Exception as e:
        print(type(e).__name__, e)
attempt("raise 5")
attempt("raise 'text'")
attempt("raise None")
attempt("raise int")
attempt("raise")
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print("TypeError", e)
try:
    raise NotAnError
except TypeError as e:
    print("TypeError", e)
