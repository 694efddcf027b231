# Modular exponentiation with big numbers: a toy RSA round trip.
p = 1000000007
q = 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n, d * e % phi)
message = 123456789012345
cipher = pow(message, e, n)
print(cipher, pow(cipher, d, n) == message)
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(3, 2 ** 100, 2 ** 61 - 1))
print(pow(-5, 3, 10 ** 20), pow(7, 0, 10 ** 30), pow(2 ** 200, 2, 2 ** 100 + 1))
print(pow(123, 456, 789) == (123 ** 456) % 789)
