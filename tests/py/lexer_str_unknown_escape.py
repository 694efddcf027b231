# A backslash before a character that is not an escape stays in the string.
s = eval(r'"\q"')
print(len(s), s[0] == "\\", s[1])
s = eval(r'"\d\w"')
print(len(s), repr(s))
b = eval(r'b"\q"')
print(len(b), b)
print(repr("\\"), len("\\"))
