# Default parameter values, used when the argument is missing.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="."))
print(greet(greeting="Hey", name="Ed"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2))
def none_default(x=None):
    if x is None:
        return "got None"
    return x
print(none_default(), none_default(0))
try:
    exec("def bad(a=1, b):\n    pass")
except SyntaxError as e:
    print("SyntaxError")
