# strip, lstrip and rstrip remove whitespace or any of the given characters.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".strip("ab"), "hello".strip("lo"))
print("--a--".lstrip("-"), "--a--".rstrip("-"), "aaa".strip("a") == "")
print(repr("".strip()), repr("   ".strip()), "no change".strip(), "x".strip(""))
print("0012300".strip("0"), "www.example.com".lstrip("w.").rstrip(".moc"))
print(repr("\x0b\x0c\r\n a \x1c".strip()), "é hé é".strip("é "))
print("  mid  ".strip(None), "abc".strip("xyz"))
