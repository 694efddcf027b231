# !r, !s and !a conversions in f-strings.
s = "text"
print(f"{s!r}", f"{s!s}", f"{s}")
n = 5
print(f"{n!r}", f"{n!s}")
print(f"{s!r:>10}|")
print(f"{[1, 'a']!r}", f"{[1, 'a']!s}")
class P:
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}")
print(f"{p!r:>8}|")
