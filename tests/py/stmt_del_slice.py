# del on slices of lists and bytearrays.
lst = list(range(10))
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[-2:]
print(lst)
del lst[5:100]
print(lst)
del lst[:]
print(lst)
lst = list(range(10))
del lst[::-3]
print(lst)
ba = bytearray(b"abcdef")
del ba[1:3]
print(ba)
s = "abc"
try:
    del s[0:1]
except TypeError as e:
    print("TypeError", e)
