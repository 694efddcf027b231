# __hash__ and __eq__ let instances be dict keys; __eq__ alone makes them unhashable.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return len(self.name)
d = {Key("Alpha"): 1}
print(d[Key("ALPHA")], Key("alpha") in d, Key("beta") in d)
d[Key("aLpHa")] = 2
print(len(d), d[Key("alpha")])
print(hash(Key("abc")), hash(Key("abc")) == hash(Key("xyz")))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: "ok"}[p])
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
