# Summing floats: the order of additions changes the rounding.
values = [1e16, 1.0, -1e16]
print(sum(values), sum(sorted(values)), 1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0)
small = [0.1] * 10
print(sum(small), sum(small) == 1.0)
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
rev = 0.0
for i in range(1000, 0, -1):
    rev += 1.0 / i
print(rev, total == rev)
print(sum([0.5, 0.25, 0.125]), sum([1e308, 1e308, -1e308]))
