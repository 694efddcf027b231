# The name bound by 'except ... as' is removed at the end of the handler.
e = "before"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
s = f()
print(type(s).__name__, s)
try:
    raise KeyError("x")
except KeyError as k:
    k2 = k
print(k2.args)
