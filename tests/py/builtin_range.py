# range() with one, two and three arguments, and invalid arguments.
print(list(range(5)), list(range(2, 5)), list(range(2, 10, 3)), list(range(5, 0, -1)))
print(list(range(-3, 3)), list(range(3, -3, -2)), list(range(0, -5, -1)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(True, 3)), list(range(2 ** 64, 2 ** 64 + 2)))
total = 0
for i in range(101):
    total += i
print(total)
for args in [(1.0,), ("3",), (1, 2, 0), (None,)]:
    try:
        if len(args) == 1:
            range(args[0])
        else:
            range(args[0], args[1], args[2])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
