# str basics: length, indexing, concatenation, immutability and iteration.
s = "hello"
print(len(s), s[0], s[-1], s[1:3], s + " world", s * 2)
print(s == "hello", s != "Hello", s < "help", "" == str())
print(type(s).__name__, str(5), str(None), str([1, "a"]), str(1.5))
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
chars = []
for c in s:
    chars.append(c)
print(chars, len(chars[0]), type(chars[0]).__name__)
t = s
s += "!"
print(s, t)
print(repr(""), repr("a'b"), repr('a"b'), repr("a\nb"), repr("\\"))
print(str("text") is not None, str() + "x")
