# Parentheses group and allow expressions to span lines.
x = (1 +
     2)
print(x)
print(((((5)))), (-(-(5))))
y = (
    "a"
    "b"
)
print(y)
print((1, 2)[0], ([1, 2])[1], ("abc")[2])
print((2 + 3) * (4 - 1), 2 + 3 * 4 - 1)
z = (True
     and
     False)
print(z)
