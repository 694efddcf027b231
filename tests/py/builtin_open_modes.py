# open() modes: checks of the mode string, the file types and attributes, closed files,
# reading and writing in the wrong mode, text read sizes counted in characters.
name = "builtin_open_modes.tmp"
for mode in ["z", "rw", "", "rr", "U", "bt", "rbt", "wa+"]:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), "ValueError", e)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
try:
    open(5.5)
except TypeError as e:
    print("TypeError", e)
try:
    open(name, 5)
except TypeError as e:
    print("TypeError", e)
try:
    open("builtin_open_modes_missing.tmp")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
    print(e)
try:
    open("builtin_open_modes_missing.tmp", "r+")
except OSError as e:
    print("r+ on a missing file:", type(e).__name__)
f = open(name, "w")
print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.write(""), f.write("añb€"))
print(f.flush())
f.close()
f.close()
print(f.closed)
for method in ["read", "readline", "readlines", "flush"]:
    try:
        getattr(f, method)()
    except ValueError as e:
        print(method, "ValueError", e)
try:
    f.write("x")
except ValueError as e:
    print("write ValueError", e)
try:
    iter(f)
except ValueError as e:
    print("iter ValueError", e)
f = open(name, "rb")
print(type(f).__name__, f.mode, f.read(3), f.readable(), f.writable())
try:
    f.write(b"x")
except OSError as e:
    print("OSError", e)
f.close()
for method in ["read", "readline"]:
    try:
        getattr(f, method)()
    except ValueError as e:
        print(method, "ValueError", e)
f = open(name)
print(repr(f.read(2)), repr(f.read(1)), repr(f.read(1)), repr(f.read(5)), repr(f.read(1)))
f.close()
f = open(name, "r")
try:
    f.write("x")
except OSError as e:
    print("OSError", e)
try:
    f.writelines(["x"])
except OSError as e:
    print("OSError", e)
print(f.read(None))
f.close()
try:
    open(name, "x")
except OSError as e:
    print(type(e).__name__ == "FileExistsError" or type(e).__name__ == "OSError", e.errno, e.filename)
f = open(name, "w")
try:
    f.write(5)
except TypeError as e:
    print("TypeError", e)
try:
    f.writelines([b"x"])
except TypeError as e:
    print("TypeError", e)
f.close()
f = open(name, "wb")
print(type(f).__name__, f.mode, f.write(bytearray(b"ab\ncd")))
f.close()
f = open(name, "r+b")
print(type(f).__name__, f.mode, f.readline(), f.readline(), f.readline())
f.close()
f = open(name, "ab")
print(type(f).__name__, f.mode)
f.close()
f = open(name, "a+")
print(type(f).__name__, f.mode)
f.close()
f = open(name, mode="rt", encoding="utf-8")
print(f.readlines())
print(f.readable(), f.writable())
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)
f = open(name, "rb")
f.close()
try:
    f.readable()
except ValueError as e:
    print("ValueError", e)
