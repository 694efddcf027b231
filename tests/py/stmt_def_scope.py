# Assigned names are local to the function; reading before assigning is an error.
x = "global"
def read():
    return x
def write():
    x = "local"
    return x
print(read(), write(), x)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(issubclass(UnboundLocalError, NameError))
def uses_missing():
    return not_defined_anywhere
try:
    uses_missing()
except NameError as e:
    print("NameError", e)
def param_shadow(x):
    x = x + 1
    return x
print(param_shadow(1), x)
