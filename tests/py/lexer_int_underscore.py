# Underscores between digits of every kind of numeric literal.
print(1_000_000, 1_0, 0x_a_b, 0o_1_2, 0b_1_0)
print(1_0.5, 1.0_5, 1e1_0, 1_0e2)
print(100_000 + 1)
for source in ("1__0", "1_", "_1", "1_.5", "1._5", "1e_5", "0x_"):
    try:
        value = eval(source)
        print(source, "->", value)
    except SyntaxError:
        print(source, "SyntaxError")
    except NameError as e:
        print(source, "NameError", e)
