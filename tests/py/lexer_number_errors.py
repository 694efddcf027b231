# Malformed numbers are syntax errors.
sources = ["1.2.3", "0x", "0xg", "1e", "1e+", "0b102", "0o9", "1__2", "07"]
for source in sources:
    try:
        eval(source)
        print(source, "ok")
    except SyntaxError:
        print(source, "SyntaxError")
print(eval("1 + 2"), eval("1.5e1"))
print(eval("0x1e"), eval("0x1e+1"))
