# An uncaught NameError from a name that was never bound.
def compute():
    total = 10
    return total * qqzzyyxx
print("computing")
try:
    compute()
except NameError as e:
    print("caught once:", e)
print("computing again")
compute()
