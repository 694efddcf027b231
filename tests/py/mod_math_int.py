# math's functions of ints: any size, ints as results (floor, ceil, trunc), CPython's errors.
import math

print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9))
print(math.floor(7), math.ceil(-7), math.trunc(True), math.floor(False), type(math.floor(1.0)).__name__)
print(math.floor(1e20), math.ceil(-1e30), math.trunc(2.0 ** 70), math.floor(10 ** 30), math.ceil(-(10 ** 30)))
print(math.floor(-0.0), math.ceil(0.5), math.trunc(0.999))

class Number:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
print(math.floor(Number()), math.ceil(Number()), math.trunc(Number()))

i = 0
while i < 25:
    print(i, math.factorial(i), math.isqrt(i), math.isqrt(i * i), math.isqrt(i * i - 1) if i else 0)
    i += 1
print(math.factorial(100))
print(len(str(math.factorial(500))), math.factorial(500) % (10 ** 20 + 39))
print(math.isqrt(10 ** 60), math.isqrt(10 ** 60 - 1), math.isqrt(2 ** 127), math.isqrt(2 ** 64 - 1), math.isqrt(2 ** 64))
print(math.isqrt(2 ** 62), math.isqrt(2 ** 63 - 1), math.isqrt(2 ** 63), math.isqrt(3 ** 101))
print(math.isqrt(True), math.isqrt(99999999999999999999999999999999999999))

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 30 + 1, 10 ** 20 + 1))
print(math.gcd(3 ** 60, 2 ** 60), math.gcd(12345678901234567890, 9876543210), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 0, 6), math.lcm(-4, 6))
print(math.lcm(2 ** 40, 3 ** 30, 5 ** 20), math.lcm(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))

print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(0, 0))
print(math.comb(100, 50), math.comb(1000, 3), math.comb(10 ** 20, 2), math.comb(60, 30))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(5, 0), math.perm(5, 6))
print(math.perm(30, 20), math.perm(10 ** 20, 2), math.perm(0))

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2.5, 4]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10), math.prod(['a'], start=3), math.prod([[1], 2]), math.prod((1 << 40, 1 << 40)))

def error(function, *args):
    try:
        print(repr(function(*args)))
    except Exception as e:
        print(type(e).__name__, e)

error(math.factorial, -1)
error(math.factorial, 2.0)
error(math.factorial, 'x')
error(math.factorial, 10 ** 30)
error(math.isqrt, -1)
error(math.isqrt, 1.5)
error(math.gcd, 1.5)
error(math.gcd, 4, 'x')
error(math.lcm, 4, 2.0)
error(math.comb, -1, 2)
error(math.comb, 5, -2)
error(math.comb, 5.0, 2)
error(math.perm, -1)
error(math.perm, 5, -2)
error(math.perm, 5, 2.0)
error(math.floor, 'x')
error(math.floor, math.inf)
error(math.ceil, -math.inf)
error(math.floor, math.nan)
error(math.trunc, math.nan)
error(math.trunc, 'x')
error(math.prod, 5)
error(math.prod, [1, 'a', 'b'])
