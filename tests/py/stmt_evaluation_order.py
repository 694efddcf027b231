# Python evaluates operands, arguments and assignments in a fixed order.
log = []
def t(x):
    log.append(x)
    return x
t(1) + t(2) * t(3)
print(log); log.clear()
print(t("a"), t("b"), sep=t("s"))
print(log); log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
lst = [0, 0]
lst[t(0)] = t("value")
print(log, lst); log.clear()
t(1) < t(2) < t(0) < t(3)
print(log); log.clear()
x = t([1])[t(0)]
print(log); log.clear()
def f(a, b, c):
    return a
f(t(1), c=t(3), b=t(2))
print(log)
