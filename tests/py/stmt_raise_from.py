# raise ... from sets __cause__; from None suppresses the context.
try:
    try:
        1 / 0
    except ZeroDivisionError as zde:
        raise ValueError("converted") from zde
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__)
    print(e.__cause__ is e.__context__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("clean") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("r") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError("class cause") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
