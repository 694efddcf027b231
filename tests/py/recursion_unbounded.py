# Unbounded recursion raises RecursionError, a RuntimeError, which can be caught.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError caught", isinstance(e, RuntimeError))
def also_forever():
    return 1 + also_forever()
try:
    also_forever()
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
print(issubclass(RecursionError, RuntimeError))
print("still running")
