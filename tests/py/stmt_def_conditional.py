# def and class are statements: they can run conditionally and be redefined.
flag = True
if flag:
    def f():
        return "first"
else:
    def f():
        return "second"
print(f())
for i in range(2):
    def g():
        return "g"
print(g())
def f():
    return "redefined"
print(f())
try:
    h()
except NameError as e:
    print("NameError", e)
def h():
    return "h"
print(h())
