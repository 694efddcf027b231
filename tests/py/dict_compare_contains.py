# dict equality ignores order; in checks keys; values can be compared through views.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: "a"} == {1.0: "a"})
print("x" in a, 1 in a, "z" not in a, 2 in a.values())
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print({"k": [1, 2]} == {"k": [1, 2]}, {"k": {"n": 1}} == {"k": {"n": 2}})
print(a == [("x", 1), ("y", 2)], list(a.items()) == [("x", 1), ("y", 2)])
try:
    [] in a
except TypeError as e:
    print("TypeError", e)
