# Slices with steps, positive and negative.
lst = list(range(10))
print(lst[::2], lst[1::2], lst[::3], lst[2:8:2])
print(lst[::-1], lst[::-2], lst[8:2:-2], lst[-1:-5:-1])
print(lst[2:8:-1], lst[8:2:2])
s = "hello world"
print(s[::-1], s[::2], s[-1::-3])
print((1, 2, 3, 4)[::-1], b"abcd"[::-2])
print(range(10)[::3], range(10)[::-4], range(0, 20, 2)[::-1])
print(lst[:5:-1], lst[5::-1], lst[-3::-3])
