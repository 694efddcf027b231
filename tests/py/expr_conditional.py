# Conditional expressions evaluate only the chosen branch.
x = 5
print("big" if x > 3 else "small", "big" if x > 10 else "small")
print(1 if 0 else 2 if 0 else 3)
print((1 if True else 2) + 10)
log = []
def f(v):
    log.append(v)
    return v
r = f("yes") if f(True) else f("no")
print(r, log)
y = [] if x else {}
print(y)
sign = "negative" if x < 0 else "zero" if x == 0 else "positive"
print(sign)
print(x if x else None, None if None else "fallback")
