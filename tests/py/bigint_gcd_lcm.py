# Euclid's algorithm on big ints, and a least common multiple of 1..50.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(2 ** 100, 6 ** 50), gcd(10 ** 30 + 1, 10 ** 20 + 1), gcd(3 ** 60, 2 ** 60))
m = 1
for i in range(1, 51):
    m = lcm(m, i)
print(m)
ok = True
for i in range(1, 51):
    if m % i:
        ok = False
print(ok, len(str(m)))
print(gcd(12345678901234567890, 9876543210))
