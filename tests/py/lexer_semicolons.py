# Several simple statements on one line, and one-line compound statements.
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("big"); print("still big")
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21))
class K: v = 7
print(K.v)
x = 1;
print(x);
