# A handler for a base class catches every subclass.
def fail(kind):
    if kind == "index":
        [][0]
    if kind == "key":
        {}["k"]
    if kind == "zero":
        1 / 0
    if kind == "overflow":
        raise OverflowError("too big")
    if kind == "unicode":
        b"\xff".decode()
    if kind == "module":
        import no_such_module_anywhere
for kind in ["index", "key", "zero", "overflow", "unicode", "module"]:
    try:
        fail(kind)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__)
    except ValueError as e:
        print(kind, "ValueError", type(e).__name__)
    except ImportError as e:
        print(kind, "ImportError", type(e).__name__)
try:
    fail("key")
except Exception as e:
    print("Exception catches", type(e).__name__)
try:
    fail("zero")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
