# Nested try statements: inner handlers first, re-raising to outer ones.
def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("inner")
            if n == 2:
                raise TypeError("middle")
            if n == 3:
                raise KeyError("outer")
            return "none"
        except ValueError as e:
            return "inner handled " + str(e)
        finally:
            print("  inner finally", n)
    except TypeError as e:
        return "outer handled " + str(e)
for n in range(3):
    print(level(n))
try:
    level(3)
except KeyError as e:
    print("top handled", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("handled inside handler:", e)
        print("still in first handler")
except Exception:
    print("not reached")
print("done")
