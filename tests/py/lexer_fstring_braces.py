# Doubled braces are literal braces in f-strings; errors for lone braces.
x = 1
print(f"{{}}", f"{{x}}", f"{{{x}}}")
print(f"{{", f"}}")
print(f"a{{b}}c{x}")
for source in ['f"{"', 'f"}"', 'f"{}"', 'f"{x!z}"']:
    try:
        eval(source)
        print("ok", source)
    except SyntaxError:
        print("SyntaxError", source)
