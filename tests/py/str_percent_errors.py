# Errors of printf-style formatting.
cases = [("%s %s", ("one",)), ("%s", ("a", "b")), ("%d", ("x",)), ("%z", (1,)),
         ("%", (1,)), ("%c", ("ab",)), ("%c", (-1,)), ("%x", (1.5,)), ("%(a", ({"a": 1},))]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
try:
    print("%s" % 5 % 6)
except TypeError as e:
    print("TypeError", e)
print("%s" % "%s")
