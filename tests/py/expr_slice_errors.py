# A zero step is a ValueError; non-integer bounds are TypeErrors.
lst = [1, 2, 3]
for source in ["lst[::0]", "'abc'[::0]", "lst[1.5:]", "lst['a':]", "lst[:None]", "lst[None:None:None]"]:
    try:
        print(source, eval(source))
    except (ValueError, TypeError) as e:
        print(source, "->", type(e).__name__, e)
try:
    lst[0:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    lst[::2] = [9]
except ValueError as e:
    print("ValueError", e)
lst[::2] = [7, 8]
print(lst)
