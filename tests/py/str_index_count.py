# index and rindex are find and rfind that raise; count counts non-overlapping matches.
s = "mississippi"
print(s.index("ss"), s.rindex("ss"), s.index("i", 2), s.rindex("i", 0, 5))
for source in ["s.index('x')", "s.rindex('x')", "s.index('m', 1)"]:
    try:
        eval(source)
    except ValueError as e:
        print(source, "->", e)
print(s.count("s"), s.count("ss"), s.count("i"), s.count("issi"), s.count(""), s.count("x"))
print("aaaa".count("aa"), "aaaa".count("a", 1), "aaaa".count("a", 1, 3), "".count(""))
print("ababab".count("ab", -4), "日本日本".count("日"))
