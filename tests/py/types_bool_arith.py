# Arithmetic with bools gives ints (bitwise operators on two bools give bools).
print(True + True, True - False, True * 7, False * 7, True / 2, True // 1)
print(-True, +True, ~True, True ** 10, 10 ** False, 7 % True)
print(type(True + False).__name__, type(True & False).__name__, type(True | 1).__name__)
print(True & True, True | False, True ^ True, False ^ False)
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(True + 0.5, divmod(True, 2), abs(-True), abs(True))
count = 0
for v in [1, 0, 3, 0]:
    count += v != 0
print(count, type(count).__name__)
print(True << 4, True >> 1, 3 * (5 > 2))
print(str(True + True), repr(True * 1))
