# An exception raised while a module loads propagates out of the import.
try:
    import _raising
except ValueError as e:
    print("ValueError", e)
try:
    print(_raising)
except NameError as e:
    print("NameError", e)
try:
    import _raising
except ValueError as e:
    print("runs again:", e)
print("still running")
