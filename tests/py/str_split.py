# str.split: on whitespace runs by default, or on an exact separator; maxsplit.
print("a b  c".split(), "  lead and trail  ".split(), "".split(), "   ".split())
print("a\tb\nc\r\nd\x0be\x0cf".split())
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split(","))
print("a::b::c".split("::"), "aaa".split("a"), "abcabc".split("bc"))
print("a b c d".split(None, 2), "a b c d".split(" ", 1), "a,b,c".split(",", 0))
print("a,b,c".split(",", -1), "a,b,c".split(sep=",", maxsplit=1))
print("  x  y  ".split(None, 1), "x  y".split(" "))
print("é€日".split("€"), "1 2 3".split(" "))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
