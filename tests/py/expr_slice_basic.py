# Slices with start and stop, including negative and missing bounds.
lst = [0, 1, 2, 3, 4, 5]
print(lst[1:4], lst[:3], lst[3:], lst[:], lst[-2:], lst[:-2], lst[-4:-1])
s = "abcdef"
print(s[1:4], s[:3], s[3:], s[-2:], s[:-2], s[2:2], s[4:1])
t = (0, 1, 2, 3)
print(t[1:3], t[:0], t[::])
print(b"hello"[1:3], bytearray(b"hello")[3:])
print(range(10)[2:5], range(10)[-3:])
copy = lst[:]
print(copy == lst, copy is lst)
print(s[0:100], s[-100:2], s[100:])
