# not always returns a bool.
print(not 0, not 1, not "", not "x", not [], not [0], not None)
print(not True, not False, not not 5, not not "")
print(type(not 5).__name__)
print(not 1 == 2, (not 1) == 2, not 1 < 2)
print(not 0.0, not {}, not (), not range(0))
x = [1]
print(not x and "empty" or "non-empty")
print(not (1 and 0), not 1 and 0)
