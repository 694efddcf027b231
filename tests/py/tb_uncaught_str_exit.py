# raise SystemExit with a non-int value prints it to stderr with status 1.
def check(values):
    total = 0
    for v in values:
        total += v
    return total
print("total", check([1, 2, 3]))
print("stopping")
raise SystemExit("stopped: " + str(3 * 7))
