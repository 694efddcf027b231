# Slice bounds are clipped to the sequence; slices never raise IndexError.
lst = [1, 2, 3]
print(lst[5:], lst[-10:], lst[:10], lst[-10:10], lst[2:1], lst[10:-10])
print(lst[5:10:-1], lst[10::-1], lst[:-10:-1], lst[-10::-1])
s = "abc"
print(repr(s[3:]), repr(s[100:200]), s[-100:100], s[::100])
print(lst[2 ** 100:], lst[-(2 ** 100):], lst[:2 ** 100])
print(range(3)[5:], range(3)[-10:10])
e = []
print(e[:], e[1:2], e[::-1])
