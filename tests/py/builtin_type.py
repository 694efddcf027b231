# type() returns an object's class; the class can be compared and called.
print(type(1), type("s"), type([]), type(None))
print(type(1) is int, type(True) is bool, type(True) == int, type(1.0) is float)
class Mine:
    pass
m = Mine()
print(type(m) is Mine, type(m).__name__, type(Mine) is type)
t = type(5)
print(t("42") + 1, type("x")(12) + "!", type([])("ab"))
print(type(type), type(object), type(int))
print(type(m) == type(Mine()), type(1) != type(1.0))
print(repr(type("")), str(type(b"")), str(Mine).endswith("Mine'>"))
try:
    type()
except TypeError as e:
    print("TypeError", e)
