# Functions can call themselves and each other through global names.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(0), fact(5), fact(20))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(50))
old = fact
def fact(n):
    return "replaced"
print(old(3))
