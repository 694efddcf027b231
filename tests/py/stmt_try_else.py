# else runs only when the try block raised nothing; its exceptions are not caught.
def run(fail):
    try:
        if fail:
            raise ValueError("fail")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
try:
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise KeyError("from else")
except KeyError as e:
    print("outer caught", e)
for i in range(2):
    try:
        n = 10 // i
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("n =", n)
