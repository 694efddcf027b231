# Negative zero: equal to zero, but with its own repr and sign behaviour.
nz = -0.0
print(nz, repr(nz), str(nz), nz == 0.0, nz == 0, nz < 0.0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 - 0.0, -(0.0))
print(1 / float("inf"), -1 / float("inf"), round(-0.4), round(-0.4, 1), int(nz))
print(abs(nz), -nz, nz * 5, float("-0"), float("-0.0"))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
print({0.0: "zero"}[nz], hash(nz) == hash(0.0))
print("{:f} {:+.1f} {:g}".format(nz, nz, nz), "%.2f" % nz)
