# The errors of min() and max().
cases = ["min([])", "max(())", "max()", "min(5)", "max(1, 'a')", "max([1, None])",
         "min(1, 2, default=0)", "max('')"]
for source in cases:
    try:
        print(eval(source))
    except (ValueError, TypeError) as e:
        print(source, "->", type(e).__name__, e)
def bad_key(x):
    raise KeyError("from key")
try:
    max([1, 2], key=bad_key)
except KeyError as e:
    print("KeyError", e)
try:
    print(max([1], key=bad_key))
except KeyError as e:
    print("key called for a single item", e)
