# Floats that equal ints are the same dict key; other floats are keys of their own.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[0.5] = "half"
d[2 ** 60] = "big"
d[float(2 ** 60)] = "big float"
print(d, len(d))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-2.0) == hash(-2), hash(2.0 ** 60) == hash(2 ** 60))
print(d[1], d[1.0], d.get(0.5), d.get(0.25, "absent"))
counts = {}
for x in [1, 1.0, 2, 2.0, 2.5, True]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
