# Division by zero in every form, with CPython's messages.
cases = [
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 / 0.0", "1.0 // 0.0",
    "1.0 % 0.0", "divmod(1, 0)", "divmod(1.0, 0.0)", "2 ** 100 // 0", "0 / 0",
]
for source in cases:
    try:
        print(eval(source))
    except ZeroDivisionError as e:
        print(source, "->", type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError))
x = 0
try:
    x /= 0
except ZeroDivisionError:
    print("augmented too", x)
