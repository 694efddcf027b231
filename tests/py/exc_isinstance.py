# isinstance checks on caught exceptions.
def catch(source):
    try:
        exec(source)
    except BaseException as e:
        return e
e = catch("1 // 0")
print(type(e).__name__, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError),
      isinstance(e, Exception), isinstance(e, ValueError))
e = catch("[][1]")
print(type(e).__name__, isinstance(e, LookupError), isinstance(e, KeyError))
e = catch("{}[1]")
print(type(e).__name__, isinstance(e, LookupError), isinstance(e, IndexError))
e = catch("undefined_name_xyz")
print(type(e).__name__, isinstance(e, NameError))
e = catch("int('x')")
print(type(e).__name__, isinstance(e, (TypeError, ValueError)))
e = catch("None.attr")
print(type(e).__name__, isinstance(e, AttributeError))
e = catch("import sys\nsys.exit(4)")
print(type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
e = catch("assert False")
print(type(e).__name__, isinstance(e, AssertionError))
e = catch("2.0 ** 10000")
print(type(e).__name__, isinstance(e, ArithmeticError))
