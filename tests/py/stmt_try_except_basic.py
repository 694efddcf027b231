# try/except catches exceptions raised directly or in called functions.
def divide(a, b):
    return a / b
try:
    divide(1, 0)
    print("not reached")
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][0]
except IndexError as e:
    print("caught", type(e).__name__, e)
try:
    x = 1
except ValueError:
    print("not reached")
print("x is", x)
try:
    try:
        {}["k"]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("outer caught KeyError", e)
try:
    int("x")
except Exception as e:
    print("caught by base", type(e).__name__)
