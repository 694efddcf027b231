# assert raises AssertionError when the condition is false, with an optional message.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError", e)
count = 0
def side():
    global count
    count += 1
    return "message"
assert count == 0, side()
print(count)
try:
    assert [], side()
except AssertionError as e:
    print(e, count)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args)
