# repr and str of floats: the shortest text that reads back the same value.
values = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e17, 1.5e-7,
          1e-4, 1e-5, 123456789.123, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
          3.14159, 100.0, 12345678901234567.0, 0.000123, 2.5, -1.25e-10]
for v in values:
    print(repr(v), str(v))
print(repr(float("inf")), repr(float("-inf")), repr(float("nan")), str(-float("nan")))
print(float(10 ** 16), float(10 ** 15), float(2 ** 53))
print(1e16 == 10 ** 16, repr(1e300 * 1e10))
