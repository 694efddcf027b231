# find and rfind return the position of a substring, or -1; with start and end.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("abra", 1))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("abra", 0, 10))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("c", 0, 4), s.find("c", 0, 5))
print(s.rfind("a", 0, 5), s.rfind("a", -3, -1), s.find("a", 100), s.find("", 100), s.find("", 11))
print("".find(""), "".find("a"), "aaa".find("aa"), "aaa".rfind("aa"))
print("héllo wörld".find("ö"), "日本語日本".rfind("日本"), "日本語".find("語"))
try:
    s.find(1)
except TypeError as e:
    print("TypeError", e)
