# Octal escapes: one to three octal digits.
print(ord("\0"), ord("\7"), ord("\10"), ord("\101"), ord("\177"))
print("\101\102\103")
print(len("\1234"), repr("\1234"))
print(ord("\377"))
print(repr("\08"), len("\08"))
print(b"\101\0", len(b"\1\2\3"))
print(ord("\400"))
