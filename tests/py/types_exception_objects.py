# Exceptions are ordinary objects until raised.
e = ValueError("bad value", 42)
print(type(e).__name__, e.args, str(e), repr(e))
print(isinstance(e, Exception), isinstance(e, BaseException))
errors = [KeyError("k"), IndexError(), TypeError("t")]
for err in errors:
    print(type(err).__name__, repr(str(err)), err.args)
e.note = "extra attribute"
print(e.note)
try:
    raise errors[0]
except KeyError as caught:
    print(caught is errors[0])
print(repr(ValueError()), repr(ValueError("x")), repr(KeyError("x")))
print(str(ValueError(1)), str(ValueError(1, 2)), str(ValueError([1])))
print(ValueError("a") == ValueError("a"))
print(type(e) is ValueError, ValueError.__name__, ValueError.__bases__[0].__name__)
