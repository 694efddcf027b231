# A return in finally overrides the try's return and swallows an exception.
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def value_computed_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)
def return_in_except():
    try:
        raise KeyError
    except KeyError:
        return "from except"
    finally:
        print("finally after except return")
print(override())
print(swallow())
print(value_computed_first())
print(return_in_except())
