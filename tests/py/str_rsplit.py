# str.rsplit splits from the right, which matters only with maxsplit.
print("a b c d".rsplit(), "a b c d".rsplit(None, 1), "a b c d".rsplit(" ", 2))
print("a,b,c".rsplit(","), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(",", 0))
print("  a  b  ".rsplit(None, 1), "path/to/file.txt".rsplit("/", 1))
print("file.tar.gz".rsplit(".", 1), "file.tar.gz".split(".", 1))
print("".rsplit(), "x".rsplit("x"), "aaaa".rsplit("aa"), "aaa".rsplit("aa"))
print("key=value=x".rsplit("=", maxsplit=1))
try:
    "a".rsplit("")
except ValueError as e:
    print("ValueError", e)
