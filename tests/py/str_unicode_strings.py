# Case mapping and predicates of whole non-ASCII strings: the final sigma, title case
# after cased and uncased characters, one-to-many mappings inside words, and bytes staying
# ASCII-only.
for s in ["ΣΑΣ", "ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ", "ΑΣ.", "ΑΣ'Σ", "Α'Σ", "ΑΣΑ", "Σ Σ", " ΑΣ ", "ΑΣ\u0301",
          "ΑΣ\u0301Β", "1Σ", "ǅΣ", "ªΣ", "ᾼΣ", "Σ'", "Α\u00adΣ", "ΑΣ\U0001d400"]:
    print(s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())

words = ["straße", "STRASSE", "ǆungla ǅungla ǄUNGLA", "ﬁre ﬂy ﬀ", "ŉ", "ǰa", "ᾳ ᾷ ᾀ", "ı i İ I",
         "mañana ÉCOLE élan", "добрый ВЕЧЕР", "Ἀθῆναι", "ԱՐԵՎ և", "ნინო", "ᲜᲘᲜᲝ",
         "ＡＢＣ ｘｙｚ", "𐐷𐐯𐐻 𐐏𐐆", "Ꭰꭰ ᏸ", "ǈ ǋ ǲ", "x²y ½ ⅷ", "αΒγΔ", "a\u0301b\u0301"]
for s in words:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isprintable(),
          len(s.upper()), len(s.casefold()))

for s in ["Ǆ", "ǅ", "ǅa", "ǅA", "Aǅ", "ᾈ", "ᾈa", "Σσ ς", "Ωmega", "ΩMEGA", "ⅷ", "Ⅷ", "Ⅷa", "ⓐ",
          "Ⓐⓑ", "ꟸ", "ª", "ᵃ", "ǅ1", "1ǅ", "ǆ ǅ"]:
    print(s, s.isupper(), s.islower(), s.istitle(), s.isalpha())

for s in ["٣٤", "٣x", "²", "½", "Ⅻ", "九", "〇", "𝟙", "①", "፩", "٣.", "", "1²", "x"]:
    print(s, s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())

for s in ["été", "_été", "日本", "x²", "²x", "ℌ", "℘", "℮", "a\u0301", "\u0301a", "١", "x١",
          "a\u200d", "ǅ", "ⅷ", "𝔘", "\U000e0100", "x\U000e0100", "a-b", "", "_", "a b", "·",
          "a·", "゛", "a゛", "ⅰ_1"]:
    print(s.isidentifier(), end=" ")
print()

for s in ["\u0378", "\u00ad", "\u200b", "\ue000", "\U000e0001", "\U0001f600", "\u2028", "\u3000",
          "\U00030000", "\U0003134a", "\U0003134b", "\U00010ffff"[:1], "é\n", "ok"]:
    print(s.isprintable(), end=" ")
print()

# bytes and bytearray map and test ASCII only, as CPython does.
b = "éa".encode()
print(b.upper(), b.title(), b.swapcase(), bytearray(b).upper(), b.isalpha(), b"a\xc3".isalpha())
print(b"\xc9T\xc9".lower(), b"ABC".lower(), b"a1".isalnum(), b"\xaa".islower(), b"\xb2".isdigit())
