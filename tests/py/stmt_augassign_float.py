# Augmented assignment with floats and mixed int/float operands.
x = 1.5
x += 1; print(x)
x -= 0.25; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 0.5; print(x)
x %= 0.75; print(x)
x **= 2; print(x)
n = 7
n /= 2; print(n, type(n).__name__)
n = 7
n += 0.0; print(n, type(n).__name__)
m = -5.5
m //= 2; print(m)
m %= 2; print(m)
