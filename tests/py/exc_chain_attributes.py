# __cause__, __context__ and __suppress_context__ set from Python, and the chain they make.
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__cause__, e.__suppress_context__)
e.__context__ = TypeError("t")
print(repr(e.__context__))
e.__context__ = None
print(e.__context__)
for name, value in [("__cause__", 5), ("__context__", "x"), ("__suppress_context__", 1)]:
    try:
        setattr(e, name, value)
    except TypeError as error:
        print(name, "TypeError", error)
for name in ["__cause__", "__context__", "args"]:
    try:
        delattr(e, name)
    except TypeError as error:
        print("del", "TypeError", error)
e.args = [1, 2]
print(e.args)
# A function called from a handler raises with the handled exception as context.
def fail():
    raise IndexError("inner")
try:
    try:
        raise KeyError("outer")
    except KeyError:
        fail()
except IndexError as caught:
    print(repr(caught.__context__))
# An exception caught and handled leaves no context behind.
try:
    raise KeyError("gone")
except KeyError:
    pass
try:
    raise ValueError("after")
except ValueError as caught:
    print(caught.__context__)
# Raising the handled exception's own context again cuts the cycle.
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise a
except KeyError as caught:
    print(repr(caught), repr(caught.__context__), repr(caught.__context__.__context__))
# A handler that raises a caught exception keeps the chain in order.
try:
    try:
        [][1]
    except IndexError:
        try:
            int("x")
        except ValueError as inner:
            raise TypeError("t") from inner
except TypeError as caught:
    print(type(caught.__cause__).__name__, type(caught.__context__).__name__,
          type(caught.__cause__.__context__).__name__)
# Exceptions raised inside finally blocks and with_traceback.
try:
    try:
        raise KeyError("x")
    finally:
        try:
            raise ValueError("in finally")
        except ValueError as inner:
            print("inner context", type(inner.__context__).__name__)
except KeyError as caught:
    print("outer", repr(caught), caught.__context__)
e = ValueError("w")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
