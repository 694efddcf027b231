# round(): ties go to the even neighbour; ndigits may be negative.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, 0))
print(round(-1234.5678, -3), round(5.5, -1), round(15.0, -1), round(25.0, -1))
print(round(1e300, 2), round(0.1, 20))
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(5, 1))
print(type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2), round(float("nan"), 1))
