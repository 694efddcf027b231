# Explicit line joining with a backslash.
total = 1 + \
    2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
s = "abc" \
    "def"
print(s)
x = \
7
print(x)
def f(a,
      b):
    return a * \
        b
print(f(6, \
        7))
print("a\
b")
print(len("one\
two"))
