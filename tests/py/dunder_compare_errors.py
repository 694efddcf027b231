# When both sides return NotImplemented, ordering raises TypeError and == compares identity.
class Nothing:
    def __lt__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
a = Nothing()
b = Nothing()
print(a == a, a == b, a != b)
for source in ["a < b", "a > b", "a <= 1", "1 < a", "a >= 'x'"]:
    try:
        print(eval(source))
    except TypeError as e:
        print(source, "->", e)
class Plain:
    pass
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("sorted ->", e)
try:
    max(Plain(), Plain())
except TypeError as e:
    print("max ->", e)
