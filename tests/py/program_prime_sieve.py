# The sieve of Eratosthenes, and a few facts about the primes it finds.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes
primes = sieve(1000)
print(len(primes), primes[:15], primes[-5:])
twins = []
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
print(len(twins), twins[:5], twins[-1])
gaps = {}
for i in range(len(primes) - 1):
    gap = primes[i + 1] - primes[i]
    gaps[gap] = gaps.get(gap, 0) + 1
print(sorted(gaps.items()))
def factorize(n):
    factors = []
    for p in primes:
        while n % p == 0:
            factors.append(p)
            n //= p
        if n == 1:
            break
    if n > 1:
        factors.append(n)
    return factors
print(factorize(360), factorize(9973), factorize(2 ** 10 * 3 ** 5 * 997), factorize(1000003))
