# return: with and without values, early returns, returning several values.
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, 2
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return i
    return "end"
print(nothing(), implicit())
print(pair(), type(pair()).__name__)
a, b = pair()
print(a, b)
print(early(-1), early(10), early(2))
def returns_function():
    return early
print(returns_function()(5))
def nested_return(x):
    while True:
        while True:
            return x * 2
print(nested_return(21))
