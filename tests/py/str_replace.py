# replace substitutes every (or the first count) occurrences.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("three", "3"), s.replace("one", ""), s.replace(" ", ""))
print("aaa".replace("a", "aa"), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("héllo".replace("é", "e"), "a€b€".replace("€", "EUR"), s.replace("one", "1", -1))
t = "unchanged"
print(t.replace("x", "y") == t)
try:
    "abc".replace(1, "x")
except TypeError as e:
    print("TypeError", e)
