# Big integers: digits of pi from Machin's formula in fixed point, a factorial,
# Fibonacci numbers by doubling and a search for probable primes, with conversions
# between ints and decimal strings.
#
# pi = 16 arctan(1/5) - 4 arctan(1/239); each arctan is summed as a Taylor series of
# integers scaled by 10**(digits + 10), so every term is a division of a
# several-thousand-bit int by a small one. The factorial multiplies a growing big int
# by small ones; the Fibonacci doubling multiplies big ints by big ones; a Fermat test
# over 270-bit numbers divides big ints by big ones. Results are checked by
# converting to str and back and by Cassini's identity. What it stresses: big-int
# multiply, divide, add and subtract, int-to-str and str-to-int conversion, and the
# allocation of many large short-lived ints.
import sys

GUARD = 10


def arctan_inverse(x, unity):
    # unity * arctan(1 / x), truncated.
    x2 = x * x
    power = unity // x
    total = power
    n = 3
    negative = True
    while power:
        power //= x2
        term = power // n
        if negative:
            total -= term
        else:
            total += term
        negative = not negative
        n += 2
    return total


def pi_digits(digits):
    unity = 10 ** (digits + GUARD)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return pi // 10 ** GUARD


def factorial(n):
    result = 1
    k = 2
    while k <= n:
        result *= k
        k += 1
    return result


def fibonacci(n):
    # (F(n), F(n + 1)) by the doubling identities, from the top bit of n down.
    a = 0
    b = 1
    bit = 1
    while bit <= n:
        bit <<= 1
    bit >>= 1
    while bit:
        c = a * (2 * b - a)
        d = a * a + b * b
        if n & bit:
            a = d
            b = c + d
        else:
            a = c
            b = d
        bit >>= 1
    return a, b


def power_mod(base, exponent, modulus):
    # base ** exponent % modulus by squaring and multiplying, from the low bit up.
    result = 1
    base %= modulus
    while exponent:
        if exponent & 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result


def probable_primes(start, count):
    # How many odd numbers from start on pass Fermat's test to base 2.
    found = 0
    n = start | 1
    for k in range(count):
        if power_mod(2, n - 1, n) == 1:
            found += 1
        n += 2
    return found


def digit_sum(text):
    total = 0
    for ch in text:
        total += ord(ch) - 48
    return total


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rounds = max(1, int(30 * scale + 0.5))
    checksum = 0
    pi_text = ""
    fact_text = ""
    primes = 0
    for r in range(rounds):
        pi = pi_digits(3000 + 10 * r)
        pi_text = str(pi)
        if int(pi_text) != pi:
            print("pi does not survive str and int")
        fact = factorial(1000 + 10 * r)
        fact_text = str(fact)
        zeros = len(fact_text) - len(fact_text.rstrip("0"))
        fa, fb = fibonacci(20000 + 100 * r)
        # Cassini: F(n - 1) F(n + 1) - F(n)^2 = (-1)^n, here with n even.
        if (fb - fa) * fb - fa * fa != 1:
            print("Cassini's identity fails")
        found = probable_primes(10 ** 80 + 1000 * r, 40)
        primes += found
        checksum = (checksum * 1000003 + digit_sum(pi_text) + zeros + fa % 1000000007
                    + fb % 998244353 + found) % 2147483647
    print("bigint rounds=%d checksum %d probable primes %d" % (rounds, checksum, primes))
    print("pi %s...%s (%d digits)" % (pi_text[:12], pi_text[-12:], len(pi_text)))
    print("factorial digits %d, sum %d" % (len(fact_text), digit_sum(fact_text)))


main()
