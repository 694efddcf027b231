# Adjacent string literals are joined at compile time.
s = "abc" 'def' """ghi"""
print(s, len(s))
t = ("one "
     "two "
     "three")
print(t)
print("a" r"\n" "b")
print(b"x" b"y" b"z")
try:
    eval('"a" b"b"')
except SyntaxError:
    print("SyntaxError mixing str and bytes")
x = 5
print("x=" f"{x}" "!")
print(len("" "" ""))
