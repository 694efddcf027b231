# isinstance() with single types, tuples of types and nested tuples.
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float), isinstance("s", str))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1, (str, int)), isinstance(1, (str, float)), isinstance(1, ()))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance((), (list, tuple)))
print(isinstance(1, (str, (float, (int,)))))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance({}, dict))
print(isinstance(int, type), isinstance(5, object), isinstance(object, object))
print(isinstance(ValueError(), Exception), isinstance(ValueError, Exception))
print(isinstance(range(1), range), isinstance(len, object))
for bad in [5, "int", (int, 5), None]:
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError", e)
