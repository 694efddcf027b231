# dict.fromkeys builds a dict from keys with one shared value.
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xyz", 0), dict.fromkeys([]), dict.fromkeys(range(3), "v"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict.fromkeys(["a", "a", "b"], 1))
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError", e)
print({}.fromkeys("ab", True))
