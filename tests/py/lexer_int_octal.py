# Octal literals; a leading zero alone is not allowed.
print(0o0, 0o7, 0o10, 0O777, 0o_17)
print(0o7777777777777777777777)
print(-0o17)
for source in ("012", "0o8", "0o", "08"):
    try:
        print(eval(source))
    except SyntaxError as e:
        print("SyntaxError", source)
print(eval("00"), eval("0_0"))
