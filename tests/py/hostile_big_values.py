# Values too big to make: a clean exception with CPython's message, then business as usual.

# int() from text: CPython 3.11 refuses more than 4300 digits before doing any work.
for text in ["9" * 100000, "-" + "1" * 4301, "1" * 4300]:
    try:
        print(len(str(int(text))))
    except ValueError as e:
        print("ValueError", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
print(len(hex(1 << 100000)), int("f" * 5000, 16) % 1000)

# A range longer than any index: indexing and iteration work, len() cannot.
r = range(10 ** 20)
print(r[-1], r[10 ** 19], 10 ** 19 in r, r.index(12345), r[::10 ** 19][3])
for i in r:
    if i == 3:
        break
print(i)
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)

# Negative sizes and counts.
for maker in [bytearray, bytes]:
    try:
        maker(-1)
    except ValueError as e:
        print(maker.__name__, "ValueError", e)
print(bytearray(0), "x" * -5, [1] * -3)

# Repeat counts past any size: OverflowError for counts past an index.
for count in [2 ** 64, 10 ** 30]:
    for value in ["x", b"x", [0], (0,)]:
        try:
            value * count
        except OverflowError as e:
            print(type(value).__name__, "OverflowError", e)
try:
    "a\tb".expandtabs(10 ** 12)
except OverflowError as e:
    print("OverflowError", e)

# Conversions that cannot be done.
for value in [float("inf"), float("nan")]:
    try:
        int(value)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(float("1" * 1000), float("0." + "0" * 1000 + "1"))
try:
    chr(10 ** 12)
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print("done")
for code in [2 ** 31, -2 ** 31 - 1, 2 ** 31 - 1, -1]:
    try:
        chr(code)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
