# list() and tuple() build sequences from any iterable.
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list(b"\x01\x02"))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(2)), tuple({"k": 0}))
print(list({"a": 1}.items()), tuple({"a": 1}.values()))
src = [1, 2]
copy = list(src)
print(copy == src, copy is src)
t = (1, 2)
print(tuple(t) is t or tuple(t) == t)
print(list(enumerate("ab")), list(zip("ab", "cd")), list(reversed([1, 2, 3])))
for bad in [5, None, 1.5]:
    try:
        list(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    tuple(7)
except TypeError as e:
    print("TypeError", e)
print(list([[1]])[0] is list([[1]])[0])
