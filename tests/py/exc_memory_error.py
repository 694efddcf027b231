# MemoryError is an ordinary exception class that can be raised and caught.
try:
    raise MemoryError("simulated")
except MemoryError as e:
    print(type(e).__name__, e, e.args)
try:
    raise MemoryError
except Exception as e:
    print("caught by Exception", type(e).__name__, repr(str(e)))
print(issubclass(MemoryError, Exception), isinstance(MemoryError(), BaseException))
print(repr(MemoryError()), repr(MemoryError("x")))
def allocate():
    raise MemoryError("out of memory")
try:
    allocate()
except (MemoryError, OverflowError) as e:
    print("tuple handler", type(e).__name__)
