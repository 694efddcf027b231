# An exception raised inside an except block and never caught.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        print("handling the KeyError")
        raise LookupError("no entry for " + key)
print(lookup({"x": 1}, "x"))
lookup({}, "y")
