# Assigning to slices replaces, inserts or deletes runs of items.
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[1:5] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [6, 7]
print(a)
a[::2] = ["x", "y", "z", "w"]
print(a)
a[-2:] = "ST"
print(a)
a[2:2] = range(2)
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
c = list(range(6))
c[::-2] = [10, 30, 50]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError", e)
