# bytes strip, lstrip, rstrip and replace.
b = b"  \t data \n "
print(b.strip(), b.lstrip(), b.rstrip())
print(b"xxhixx".strip(b"x"), b"--a--".lstrip(b"-"), b"--a--".rstrip(b"-"), b"abc".strip(b"cab"))
print(b"one one one".replace(b"one", b"1"), b"one one one".replace(b"one", b"1", 1))
print(b"aaa".replace(b"a", b"bb"), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
print(bytearray(b"  ba  ").strip(), bytearray(b"xyx").replace(b"x", b"z"))
try:
    b"abc".replace("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".strip("a")
except TypeError as e:
    print("TypeError", e)
