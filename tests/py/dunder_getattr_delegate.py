# A wrapper forwards unknown attributes to the object it wraps.
class Logged:
    def __init__(self, target):
        self.target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
wrapped = Logged([3, 1, 2])
wrapped.append(0)
wrapped.sort()
print(wrapped.target, wrapped.index(3), wrapped.log)
s = Logged("Hello")
print(s.upper(), s.lower(), s.startswith("He"), s.log)
try:
    s.no_such_method()
except AttributeError as e:
    print("AttributeError", e)
print(s.log)
class Proxy:
    def __init__(self, data):
        self.data = data
    def __getattr__(self, name):
        return self.data[name]
p = Proxy({"host": "localhost", "port": 8080})
print(p.host, p.port)
try:
    p.user
except KeyError as e:
    print("KeyError", e)
