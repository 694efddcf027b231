# for iterates over every built-in iterable kind.
for c in "abc":
    print(c, end=" ")
print()
for x in [1, 2]:
    print(x, end=" ")
for x in (3, 4):
    print(x, end=" ")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
for b in b"AZ":
    print(b, end=" ")
for b in bytearray(b"az"):
    print(b, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end="; ")
print()
for ch in "日本":
    print(ch, end=".")
print()
