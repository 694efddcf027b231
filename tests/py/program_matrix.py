# Matrix multiplication, transpose and identity with lists of lists.
def zeros(rows, cols):
    m = []
    for r in range(rows):
        m.append([0] * cols)
    return m
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shapes do not match")
    out = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            total = 0
            for k in range(len(b)):
                total += a[i][k] * b[k][j]
            out[i][j] = total
    return out
def transpose(m):
    out = zeros(len(m[0]), len(m))
    for i in range(len(m)):
        for j in range(len(m[0])):
            out[j][i] = m[i][j]
    return out
def show(m):
    for row in m:
        cells = []
        for x in row:
            cells.append(str(x).rjust(4))
        print("".join(cells))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(multiply(a, b))
show(multiply(b, a))
print(transpose(a), multiply(a, identity(3)) == a)
fib = [[1, 1], [1, 0]]
p = identity(2)
for i in range(90):
    p = multiply(p, fib)
print(p[0][1])
try:
    multiply(a, a)
except ValueError as e:
    print("ValueError", e)
