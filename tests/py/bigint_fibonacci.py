# Fibonacci numbers computed iteratively into big ints.
def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
for n in [0, 1, 2, 10, 50, 90, 93, 100]:
    print(n, fib(n))
f300 = fib(300)
print(len(str(f300)), f300 % 1000000007)
print(fib(200) * fib(202) - fib(201) ** 2)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib(120), fib(90)) == fib(30))
