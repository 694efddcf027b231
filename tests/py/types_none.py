# None: the single value of NoneType, false, equal only to itself.
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x != 0, x == False, bool(x))
def f():
    pass
print(f() is None, print("side") is None)
print([None, None].count(None), None in (1, None))
d = {None: "none key"}
print(d[None])
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    for i in None:
        pass
except TypeError as e:
    print("TypeError", e)
