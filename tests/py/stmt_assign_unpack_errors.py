# Unpacking the wrong number of values raises ValueError; non-iterables TypeError.
def attempt(source):
    try:
        exec(source)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

attempt("a, b = 1, 2, 3")
attempt("a, b, c = 1, 2")
attempt("a, b = [1]")
attempt("a, = ()")
attempt("a, b = 5")
attempt("a, b = None")
attempt("a, *b, c = [1]")
attempt("*a, b, c, d = 'xy'")
attempt("a, *b = 1")
