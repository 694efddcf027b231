# printf-style formatting with a mapping: %(key)s.
data = {"name": "Bob", "n": 3, "price": 9.5}
print("%(name)s has %(n)d items at %(price).2f" % data)
print("%(name)s %(name)s %(name)r" % data)
print("%(n)05d|%(n)-5d|%(price)+.1f" % data)
print("%(a)s" % {"a": [1]}, "%%(a)s" % {})
try:
    print("%(missing)s" % data)
except KeyError as e:
    print("KeyError", e)
try:
    print("%(name)s %s" % data)
except TypeError as e:
    print("TypeError", e)
