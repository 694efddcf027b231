# A failed assert ends the program with an AssertionError.
def ratio(a, b):
    assert b != 0, "denominator must not be zero"
    return a / b
print(ratio(1, 4))
try:
    ratio(2, 0)
except AssertionError as e:
    print("caught once:", e)
print(ratio(3, 4))
print(ratio(1, 0))
