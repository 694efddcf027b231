# Indexing sequences with positive and negative indices; out of range is an error.
lst = [10, 20, 30]
s = "abc"
t = (1, 2, 3)
print(lst[0], lst[2], lst[-1], lst[-3])
print(s[0], s[-1], t[1], t[-2])
print(b"xyz"[1], range(5, 10)[2], range(10)[-1])
print([[1, 2], [3, 4]][1][0], "abc"[1][0][0])
for source in ["lst[3]", "lst[-4]", "s[10]", "t[5]", "range(3)[3]", "b'a'[1]"]:
    try:
        print(eval(source))
    except IndexError as e:
        print(source, "->", e)
five = 5
for source in ["lst['a']", "lst[1.0]", "s[None]", "five[0]"]:
    try:
        print(eval(source))
    except TypeError as e:
        print(source, "->", e)
print(lst[True], s[False])
print(lst[2 ** 3 - 8])
