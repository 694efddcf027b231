# len() of every sized built-in.
print(len(""), len("abc"), len("日本"), len(b"ab"), len(bytearray(5)))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)))
print(len("a" * 1000), len([0] * 500))
d = {"x": 1}
d["y"] = 2
del d["x"]
print(len(d))
for bad in [5, 1.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len("a", "b")
except TypeError as e:
    print("TypeError", e)
