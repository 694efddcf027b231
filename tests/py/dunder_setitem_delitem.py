# __setitem__ and __delitem__ handle item assignment and deletion, with any keys.
class Recorder:
    def __init__(self):
        self.data = {}
        self.log = []
    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self.log.append(("set slice", key.start, key.stop, value))
            return
        self.log.append(("set", key, value))
        self.data[key] = value
    def __getitem__(self, key):
        return self.data[key]
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
r = Recorder()
r["a"] = 1
r[0] = [2]
r[1:3] = "slice"
r["a"] += 10
del r[0]
print(r.log)
print(r.data)
try:
    del r["missing"]
except KeyError as e:
    print("KeyError", e)
class ReadOnly:
    def __getitem__(self, key):
        return key
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del ReadOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
