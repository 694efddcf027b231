# del removes a binding; using it afterwards is a NameError.
x = 1
y = 2
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
print(y)
a, b, c = 1, 2, 3
del a, b
print(c)
def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(f())
try:
    del never_bound
except NameError as e:
    print("NameError", e)
x = 10
print(x)
