# OSError and its subclass FileNotFoundError: errno and args.
try:
    open("exc_oserror_missing_file.tmp", "r")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, isinstance(e, OSError), len(e.args))
try:
    open("exc_oserror_missing_file.tmp")
except OSError as e:
    print("caught by OSError", type(e).__name__)
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args, isinstance(e, OSError))
e = OSError("just a message")
print(e.errno, e.args, str(e))
try:
    raise OSError(13, "Permission denied")
except OSError as err:
    print(err.errno, err.strerror)
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception))
