# Displays with *iterables and **mappings, and starred assignment targets.
a = [1, 2]
t = (3,)
print([*a, *t, *"xy", *range(2), 0], (*a, *t), (*a,), [*[]], [*a])
print({**{"k": 1}, "j": 2, **{"k": 3}}, {**{}}, {"a": 0, **{"b": 1}, "a": 2})
d = {"one": 1}
merged = {**d}
merged["two"] = 2
print(d, merged)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(x, *y), z = (1, 2, 3), 4
print(x, y, z)
[p, *q] = (9, 8, 7)
print(p, q)
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
nums = [5, 6, 7, 8]
one, two, *_ = nums
print(one, two)
for bad in ["[*5]", "{**5}", "{**[1]}", "unpack int", "too short"]:
    try:
        if bad == "[*5]":
            print([*5])
        elif bad == "{**5}":
            print({**5})
        elif bad == "{**[1]}":
            print({**[1]})
        elif bad == "unpack int":
            m, *n = 5
        else:
            m, *n, o = "a"
    except (TypeError, ValueError) as e:
        print(bad, "->", repr(e))
