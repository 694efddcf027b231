# Recursion 200 calls deep works and unwinds correctly.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(200))
def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)
print(total(200))
def build(n):
    if n == 0:
        return []
    lst = build(n - 1)
    lst.append(n)
    return lst
b = build(200)
print(len(b), b[0], b[-1], sum(b))
def countdown(n, acc):
    if n == 0:
        return acc
    return countdown(n - 1, acc + str(n % 10))
print(countdown(200, "")[:20])
