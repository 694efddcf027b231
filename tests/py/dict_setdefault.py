# dict.setdefault returns the value, inserting the default first if the key is missing.
d = {"a": 1}
print(d.setdefault("a", 100), d)
print(d.setdefault("b", 2), d)
print(d.setdefault("c"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
lst = d.setdefault("list", [])
lst.append("x")
print(d["list"], d.setdefault("list", ["ignored"]) is lst)
try:
    d.setdefault({}, 1)
except TypeError as e:
    print("TypeError", e)
print(list(d))
