# Attributes set on built-in exception instances, and the ones each type derives from its args.
e = KeyError("k")
e.extra = 1
e.note = "n"
print(e.extra, e.note, e.args, str(e))
e.extra = 2
print(e.extra)
del e.extra
try:
    e.extra
except AttributeError as error:
    print("AttributeError", error)
try:
    del e.missing
except AttributeError as error:
    print("AttributeError", error)
try:
    ValueError().missing
except AttributeError as error:
    print("AttributeError", error)
print(getattr(e, "note"), hasattr(e, "extra"), hasattr(e, "note"))
setattr(e, "value", 5)
print(e.value)
s = StopIteration()
print(s.value, StopIteration(1, 2).value, StopIteration(None).value)
s.value = 3
print(s.value, s.args)
print(SystemExit().code, SystemExit("bye").code)
x = SyntaxError("bad thing", ("dir/file.py", 4, 2, "the text\n"))
print(x.msg, x.filename, x.lineno, x.offset, repr(x.text), x.end_lineno, x.end_offset)
print(str(x), repr(x))
x.lineno = 9
print(str(x))
print(str(SyntaxError("m", ("f.py", None, None, None))), str(SyntaxError("m", (None, 3, None, None))))
print(str(SyntaxError()), str(SyntaxError("only")), SyntaxError("only").lineno)
print(str(IndentationError("i", ("a/b/c.py", 1, 1, "x"))), IndentationError("i").msg)
o = OSError(2, "No such file", "name.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, o.args, str(o))
o.filename = "other"
print(str(o))
o = OSError(13, "Denied")
print(o.errno, o.strerror, o.filename, str(o))
o.custom = [1]
print(o.custom)
class MyError(ValueError):
    kind = "mine"
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code
m = MyError(7)
m.more = 8
print(m.code, m.more, m.kind, m.args, str(m), repr(m))
m.__cause__ = e
print(m.__cause__ is e, m.__suppress_context__)
try:
    open("no_such_file_exc_attributes.txt")
except OSError as error:
    print(type(error).__name__, error.errno, error.filename, error)
