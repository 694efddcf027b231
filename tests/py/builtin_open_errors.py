# Errors from open() and from file objects.
try:
    open("builtin_open_errors_no_such_file.tmp")
except OSError as e:
    print(type(e).__name__, isinstance(e, OSError), e.errno == 2)
name = "builtin_open_errors.tmp"
f = open(name, "w")
try:
    f.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    f.read()
except OSError as e:
    print("read on a write-only file:", isinstance(e, OSError))
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
f = open(name, "wb")
try:
    f.write("text")
except TypeError as e:
    print("TypeError", e)
f.close()
try:
    open(name, "z")
except ValueError as e:
    print("ValueError", e)
