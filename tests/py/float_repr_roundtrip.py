# repr() of a float reads back as the same float.
values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e23, 1e-23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 123456.789, 9007199254740993.0, 0.1 + 0.2, 1e15 + 0.3,
          3.141592653589793, 2.718281828459045, 100.0, 1e16, 12345678912345678.0]
ok = 0
for v in values:
    text = repr(v)
    back = float(text)
    if back == v:
        ok += 1
    print(text, back == v)
print(ok, len(values))
print(repr(0.1 * 3), repr(1.1 * 1.1), repr(1e22 + 1), repr(2.0 ** -30))
