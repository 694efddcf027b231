# Factorials grow into big ints; check values, lengths and digit sums.
def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
for n in [0, 1, 5, 20, 21, 25, 30]:
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), str(f100)[:15], str(f100)[-30:])
digits = 0
for ch in str(f100):
    digits += int(ch)
print(digits)
print(fact(100) // fact(98), fact(50) % 1000003, fact(30) // 2 ** 26)
zeros = 0
n = f100
while n % 10 == 0:
    n //= 10
    zeros += 1
print(zeros)
