# pow() with two and three arguments.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(4, 0.5))
print(pow(2, 10, 1000), pow(3, 200, 1000007), pow(7, 0, 5), pow(5, 1, 1), pow(-2, 3, 5))
print(pow(2, 100, 2 ** 61 - 1), pow(10, 30, 7))
print(pow(3, -1, 7), pow(2, -2, 5), pow(38, -1, 97))
print(pow(2, 3, -5), pow(-3, 3, -7))
cases = ["pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow(2, 3.0, 5)", "pow(2, -1, 4)", "pow(0, -1)",
         "pow(2, 3, 1.5)"]
for source in cases:
    try:
        print(eval(source))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(source, "->", type(e).__name__, e)
