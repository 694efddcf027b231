# Wrong argument counts for built-in functions and methods, worded as CPython words them.
def attempt(label, f, *args):
    try:
        f(*args)
    except TypeError as e:
        print(label, "->", e)
attempt("len()", len)
attempt("len(1, 2)", len, 1, 2)
attempt("divmod(1)", divmod, 1)
attempt("getattr(1)", getattr, 1)
attempt("isinstance(1)", isinstance, 1)
attempt("[].append()", [].append)
attempt("[].append(1, 2)", [].append, 1, 2)
attempt("{}.get()", {}.get)
attempt("{}.get(1, 2, 3)", {}.get, 1, 2, 3)
attempt("{}.pop()", {}.pop)
attempt("'a'.split(1, 2, 3)", "a".split, 1, 2, 3)
