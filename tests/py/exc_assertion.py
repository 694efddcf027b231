# AssertionError from assert statements and raised directly.
def check_positive(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n
print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert isinstance("s", int)
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    raise AssertionError("direct", 2)
except AssertionError as e:
    print(e.args)
x = [1, 2]
try:
    assert len(x) == 3, x
except AssertionError as e:
    print(e.args[0] is x)
print(issubclass(AssertionError, Exception))
