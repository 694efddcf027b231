# Several except clauses and tuples of types; the first match wins.
def trigger(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["x"]
    if kind == 3:
        return int("bad")
    return "fine"
for kind in range(5):
    try:
        print(trigger(kind))
    except ZeroDivisionError:
        print(kind, "zero")
    except (IndexError, KeyError) as e:
        print(kind, "lookup", type(e).__name__)
    except Exception:
        print(kind, "other")
try:
    trigger(1)
except LookupError:
    print("base class first")
except IndexError:
    print("never")
types = (ValueError, TypeError)
try:
    trigger(3)
except types as e:
    print("tuple in a variable", type(e).__name__)
