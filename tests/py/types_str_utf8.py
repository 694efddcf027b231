# Strings of non-ASCII characters are counted, indexed and sliced by character.
s = "héllo wörld"
print(len(s), s[1], s[7], s[-4], s[1:4], s[::-1])
e = "€uro"
print(len(e), e[0], e[1:], e.upper())
mixed = "a€😀b"
print(len(mixed), mixed[0], mixed[1], mixed[2], mixed[3], mixed[-2])
print(mixed[1:3], mixed[::2], mixed[::-1])
for ch in "ñ日":
    print(ch, ord(ch))
print("日本語テキスト"[2:5], len("日本語テキスト"))
print("ü" * 3, "é" + "è", "ä" in "bär", "bär".find("r"), "bär".index("ä"))
print(chr(233), chr(8364), chr(128512), chr(233) == "é")
print(len("é".encode("utf-8")), len("€".encode()), len("😀".encode()))
print("café" == "caf\xe9", "x😀y".split("😀"))
