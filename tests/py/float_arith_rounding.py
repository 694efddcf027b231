# Float arithmetic rounds each result to the nearest double.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1.1 + 2.2)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1, 2.0 ** 53 + 2)
print(1.0 - 0.9, 0.3 - 0.1, 100.0 * 1.1, 3 * 0.1)
print(1 / 10, 2 / 3, 1e-1 * 3, 0.7 + 0.1, 0.1 * 0.1)
print(1e308 + 1e308, -1e308 - 1e308, 1e-308 / 1e10, 5e-324 / 2)
print(1.0 / 3.0 * 3.0 == 1.0, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(123456789.0 * 1000000000.0, 1.0e-10 * 1.0e-10)
