# A failed assert ends the program with an AssertionError.
def ratio(a, b):
    assert b != 0, "denominator must not be zero"
    return a / b
print(ratio(1, 4))
print(ratio(1, 0))
