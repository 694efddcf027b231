# __bool__ decides truth; without it __len__ is used; otherwise instances are true.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__")
        return self.on
print(bool(Flag(True)), bool(Flag(False)))
if Flag(False):
    print("no")
else:
    print("false flag")
print(not Flag(True), Flag(False) or "fallback", Flag(True) and "second")
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError", e)
count = 0
f = Flag(True)
while f:
    count += 1
    if count == 3:
        f.on = False
print(count)
