# Ordering comparisons between unrelated types raise TypeError; equality is False.
cases = ["1 < 'a'", "'a' > 1", "[] < ()", "None < None", "1 <= None",
         "[1, 'a'] < [1, 2]", "{} < {}", "(1,) >= [1]"]
for source in cases:
    try:
        print(eval(source))
    except TypeError as e:
        print(source, "->", e)
print(1 == "a", [] == (), {} == [], None != 0)
print([1, "a"] == [1, 2], [1, "a"] < [2, 1])
