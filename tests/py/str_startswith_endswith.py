# startswith and endswith, with tuples of prefixes and start/end positions.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.endswith("world"), s.endswith("o"))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".startswith("a"))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("hello", 0, 5), s.endswith("hell", 0, 5), s.endswith("d", -1))
print(s.startswith("lo", -8), s.startswith("h", 100), s.endswith("", 100))
print("é€".startswith("é"), "é€".endswith("€"))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError", e)
try:
    s.endswith(5)
except TypeError as e:
    print("TypeError", e)
