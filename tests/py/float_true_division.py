# True division of ints gives correctly rounded floats.
print(1 / 3, 2 / 3, 10 / 3, 22 / 7, 1 / 7, 1 / 1024, 7 / 7)
print(-1 / 3, 1 / -3, -1 / -3, 0 / 5, 0 / -5)
print(10 ** 20 / 10 ** 10, (2 ** 60 + 1) / 2, 2 ** 60 / 3, 1 / 2 ** 60)
print(9007199254740993 / 1, 9007199254740993 / 3)
print(6 / 2, type(6 / 2).__name__, 6 // 2, type(6 // 2).__name__)
print(1.5 / 0.5, 1 / 0.1, 0.3 / 0.1, 3.0 / 1e-300)
