# Indentation mistakes are SyntaxErrors (IndentationError is a subclass) found at compile time.
def show(source):
    try:
        exec(source)
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError), e.lineno)

show("if 1:\nx = 1\n")
show("x = 1\n  y = 2\n")
show("if 1:\n    a = 1\n  b = 2\n")
show("def f():\n    return 1\n        return 2\n")
show("if 1:\n    a = 1\nb = 2\n")
show("for i in range(2):\n\n    pass\n")
print(issubclass(IndentationError, SyntaxError))
