# and/or return one of their operands and evaluate the right one only when needed.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "never")
print(None or 0, 0 or None, "a" and "b" and "c", "a" and 0 and "c")
print(0 or "" or [] or {}, 1 and [] or "x")
log = []
def f(x):
    log.append(x)
    return x
f(0) and f(1)
f(1) or f(2)
f(1) and f(0) and f(3)
f(0) or f(0) or f(4)
print(log)
x = None
name = x or "anonymous"
print(name)
print(type(1 and 2.5).__name__, type(True or 1).__name__)
print(True and False or True, False or True and False)
