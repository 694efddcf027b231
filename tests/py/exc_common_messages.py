# The messages of common errors raised by the interpreter.
class C:
    attr = 1
nothing = None
sources = ["C().missing", "C.missing", "undefined_name_q", "[1, 2][5]", "(1,)[-2]", "'ab'[9]",
           "{'a': 1}['b']", "int('z')", "float('z')", "len(5)", "1 + None", "nothing()",
           "[].pop()", "[1].index(2)", "'abc'.index('z')", "range(3)[7]"]
for source in sources:
    try:
        eval(source)
    except Exception as e:
        print(type(e).__name__ + ":", e)
