# An exception raised while handling another gets it as __context__.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
except ValueError as e:
    print("from finally:", type(e.__context__).__name__)
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__, e.__cause__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise KeyError("k")
        except KeyError:
            raise IndexError("i")
except IndexError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
