# __repr__ and __str__: print and str() use __str__, falling back to __repr__.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<" + str(1) + ">"
b = Both()
r = ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class Sub(Both):
    def __str__(self):
        return "Sub:" + Both.__str__(self)
print(Sub(), repr(Sub()))
