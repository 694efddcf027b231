# Keys that compare equal are the same key: 1, 1.0 and True.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "a", False: "b", 0.0: "c"}
print(d2)
print({2 ** 70: "big"}[2 ** 70], {-1: "neg"}[-1], {-0.0: "z"}[0])
print({(1, (2, 3)): "nested"}[(1, (2, 3))])
print({"é": 1}["é"], {"": "empty"}[""])
for bad in ["{[]: 1}", "{{}: 1}", "{(1, []): 1}", "{bytearray(): 1}"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e)
d3 = {}
try:
    d3[[1]] = 2
except TypeError as e:
    print("TypeError", e)
print(b"k" in {b"k": 1}, "k" in {b"k": 1})
