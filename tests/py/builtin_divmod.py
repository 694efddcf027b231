# divmod() returns (a // b, a % b) for ints and floats.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2 ** 70, 7), (-(2 ** 70), 7)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(1, 0.3))
print(divmod(True, True), type(divmod(5, 2)).__name__)
for bad in ["divmod(1, 0)", "divmod(1.0, 0)", "divmod('a', 1)", "divmod(1)"]:
    try:
        eval(bad)
    except (ZeroDivisionError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
