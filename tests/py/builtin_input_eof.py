# input() with nothing on stdin raises EOFError.
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print("EOFError", type(e).__name__, isinstance(e, Exception))
try:
    input()
except EOFError:
    print("EOFError again")
print(issubclass(EOFError, Exception))
print("after input")
