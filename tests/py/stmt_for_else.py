# for/else: else runs when the iterable is exhausted, not after break.
for i in range(3):
    pass
else:
    print("completed", i)
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for x in []:
    print("never")
else:
    print("empty loop else")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
primes = []
for n in range(30):
    if is_prime(n):
        primes.append(n)
print(primes)
