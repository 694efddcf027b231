# Looking up a missing key raises KeyError whose argument is the key.
d = {"a": 1}
for key in ["b", 0, (1, 2), None, ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e.args[0]), str(e))
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
print(issubclass(KeyError, LookupError), isinstance(KeyError("x"), LookupError))
try:
    del d["zz"]
except LookupError as e:
    print("caught as LookupError", type(e).__name__, e)
