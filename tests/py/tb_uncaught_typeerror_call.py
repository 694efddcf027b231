# Calling a function with a missing argument, uncaught.
def greet(greeting, name):
    return greeting + ", " + name
print(greet("Hello", "world"))
print(greet(name="you", greeting="Hi"))
try:
    greet()
except TypeError as e:
    print("caught once:", e)
print(greet("Hello"))
