# Calling with the wrong arguments raises TypeError with CPython's messages.
def f(a, b, c=3):
    return a + b + c
def g():
    return 0
def attempt(source):
    try:
        print(eval(source))
    except TypeError as e:
        print("TypeError", e)
attempt("f(1, 2)")
attempt("f(1)")
attempt("f()")
attempt("f(1, 2, 3, 4)")
attempt("f(1, 2, d=4)")
attempt("f(1, 2, a=1)")
attempt("g(1)")
attempt("f(b=1, c=2)")
five = 5
word = "str"
nothing = None
attempt("five()")
attempt("word(1)")
attempt("nothing()")
