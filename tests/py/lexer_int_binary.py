# Binary literals, with underscores, and large ones.
print(0b0, 0b1, 0b1010, 0B11)
print(0b1111_0000, 0b_1)
print(0b1 << 40, 0b11111111111111111111111111111111)
print(0b10000000000000000000000000000000000000000000000000000000000000000)
print(-0b101)
for source in ("0b2", "0b", "0b1_"):
    try:
        print(eval(source))
    except SyntaxError:
        print("SyntaxError", source)
