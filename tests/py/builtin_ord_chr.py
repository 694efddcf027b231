# ord() and chr() convert between characters and code points.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("\x00"))
print(ord("é"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print(chr(65), chr(97), chr(48), repr(chr(0)), chr(233), chr(8364), chr(128512))
print(chr(0x10FFFF) == "\U0010FFFF", ord(chr(1000)) == 1000)
s = ""
for code in range(ord("a"), ord("f")):
    s += chr(code)
print(s)
for source in ["ord('')", "ord('ab')", "ord(5)", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)"]:
    try:
        print(eval(source))
    except (TypeError, ValueError) as e:
        print(source, "->", type(e).__name__, e)
