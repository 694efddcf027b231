# Non-ASCII characters written directly in the source (UTF-8).
s = "café"
print(s, len(s))
print("日本語", len("日本語"))
print("€", ord("€"), len("€"))
print("😀", len("😀"), ord("😀"))
print("naïve"[2], "naïve"[3])
print(repr("é"), repr("中"))
print("αβγ".upper())
# comment with non-ASCII: ñ ü ß
print("ok")
