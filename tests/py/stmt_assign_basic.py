# Simple assignment rebinds names; values are shared, not copied.
a = 1
b = a
a = 2
print(a, b)
x = [1, 2]
y = x
y.append(3)
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
s = "text"
t = s
s = s + "!"
print(s, t)
n = None
print(n)
n = 10
n = n * n
print(n)
