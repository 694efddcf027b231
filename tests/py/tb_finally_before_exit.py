# finally blocks run before an uncaught exception ends the program.
def inner():
    try:
        raise ValueError("escaping")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    outer()
finally:
    print("module finally")
