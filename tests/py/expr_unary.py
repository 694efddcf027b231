# Unary minus, plus and invert.
x = 5
print(-x, +x, ~x, --x, -+-x, ~~x)
print(-0, +0, ~0, ~-1)
print(-2.5, +2.5, -(-2.5), -0.0)
print(-True, +True, ~True, ~False)
print(-(2 ** 100), ~(2 ** 100))
print(type(-True).__name__, type(+False).__name__)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
try:
    -"s"
except TypeError as e:
    print("TypeError", e)
try:
    +[]
except TypeError as e:
    print("TypeError", e)
