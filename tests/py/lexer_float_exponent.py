# Float literals with exponents, both cases and signs.
print(1e0, 1e1, 1E2, 1e+3, 1e-3)
print(2.5e10, 2.5E-10, .5e2, 5.e2)
print(1e16, 1e15, 1e22, 1e-5, 1e-4)
print(1e308, 1e-308)
print(1e309, -1e309)
print(0e0, 0e100)
print(123e-2, 1_5e1)
print(type(1e2).__name__)
