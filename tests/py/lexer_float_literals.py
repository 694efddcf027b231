# Float literals without exponents.
print(0.0, 1.0, 1., .5, 00.5, 0.25)
print(3.14159, 100.0, 123456.789)
print(1.5 + 2.25, .1 + .2)
print(type(1.).__name__, type(.0).__name__)
print(09.5, 007.0)
print(-2.5, +2.5)
print(12345678901234567890.0)
print(0.000001, 0.0000001)
