# dict.get returns a default (None unless given) for missing keys.
d = {"a": 1, "b": None, 0: "zero"}
print(d.get("a"), d.get("b"), d.get("missing"), d.get("missing", "default"))
print(d.get("b", "not used"), d.get(0), d.get(False), d.get(0.0), d.get(1, []))
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
print(len(d), "missing" in d)
