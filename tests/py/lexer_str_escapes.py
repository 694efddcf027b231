# The simple escape sequences.
print(repr("\n"), repr("\t"), repr("\r"), repr("\\"))
print(repr("\'"), repr("\""), repr("\a"), repr("\b"), repr("\f"), repr("\v"))
print(len("\n\t\r\\\'\"\a\b\f\v"))
print(ord("\a"), ord("\b"), ord("\f"), ord("\v"), ord("\r"))
print("a\tb")
print("line1\nline2")
print("escaped\
newline")
print(repr("\0"), ord("\0"))
