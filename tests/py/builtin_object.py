# object(): the base of every class; bare instances take no attributes.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o == object(), o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
class Child(object):
    pass
c = Child()
c.x = 1
print(c.x, issubclass(Child, object), Child.__bases__ == (object,))
print(isinstance(5, object), isinstance(None, object), isinstance(int, object))
print(object.__name__, type(object) is type)
s = object()
t = object()
print(s is t, s is s, bool(s))
