# upper(), lower(), title(), casefold(), swapcase() and capitalize() of single characters,
# for every code point of the blocks with case and for a sample of all the others: per
# block, how many characters each method changes and a checksum of the results (made with
# ord(), so the same in every implementation).
blocks = [
    ("Latin-1", 0x80, 0x100),
    ("Latin Extended-A/B, IPA", 0x100, 0x2B0),
    ("Combining, Greek, Coptic", 0x300, 0x400),
    ("Cyrillic", 0x400, 0x530),
    ("Armenian", 0x530, 0x590),
    ("Georgian", 0x10A0, 0x1100),
    ("Cherokee", 0x13A0, 0x1400),
    ("Cyrillic Extended-C, Georgian Extended", 0x1C80, 0x1CC0),
    ("Latin Extended Additional", 0x1E00, 0x1F00),
    ("Greek Extended", 0x1F00, 0x2000),
    ("Letterlike, Number Forms", 0x2100, 0x2190),
    ("Enclosed Alphanumerics", 0x2460, 0x2500),
    ("Glagolitic, Latin Extended-C, Coptic", 0x2C00, 0x2D30),
    ("Cyrillic Extended-B, Latin Extended-D", 0xA640, 0xA800),
    ("Latin Extended-E, Cherokee Supplement", 0xAB30, 0xABC0),
    ("Alphabetic Presentation Forms", 0xFB00, 0xFB50),
    ("Halfwidth and Fullwidth Forms", 0xFF00, 0xFFF0),
    ("Deseret, Osage", 0x10400, 0x10500),
    ("Vithkuqi", 0x10570, 0x105C0),
    ("Old Hungarian", 0x10C80, 0x10D00),
    ("Warang Citi", 0x118A0, 0x11900),
    ("Medefaidrin", 0x16E40, 0x16EA0),
    ("Mathematical Alphanumeric", 0x1D400, 0x1D800),
    ("Adlam", 0x1E900, 0x1E960),
]


def digest(first, stop, step):
    counts = [0, 0, 0, 0, 0, 0]
    sums = [0, 0, 0, 0, 0, 0]
    c = first
    while c < stop:
        s = chr(c)
        results = [s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize()]
        i = 0
        while i < 6:
            r = results[i]
            if r != s:
                counts[i] += 1
                h = sums[i] * 31 + len(r)
                for x in r:
                    h = h * 31 + ord(x)
                sums[i] = h % 1000000007
            i += 1
        c += step
    return counts, sums


for name, first, stop in blocks:
    counts, sums = digest(first, stop, 1)
    print(name, counts, sums)

# A sample of all code points.
counts, sums = digest(0, 0x110000, 101)
print("every 101st", counts, sums)

# Characters whose mappings have more than one code point, and the ones that differ by method.
for s in ["ß", "ẞ", "İ", "ŉ", "ǰ", "ΐ", "ΰ", "և", "ẖ", "ẚ", "ᾀ", "ᾈ", "ᾲ", "ᾳ", "ᾼ", "ᾷ",
          "ῒ", "ῤ", "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ", "ﬓ", "ﬗ", "ǅ", "ǆ", "Ǆ", "ſ", "ı",
          "K", "Å", "Ω", "ς", "ϐ", "ϑ", "ϕ", "ϖ", "ϰ", "ϱ", "ϵ", "ϴ", "ẛ", "ι", "ᲀ", "ꙋ",
          "Ꭰ", "ꭰ", "ᏸ", "ა", "Ა", "µ", "ÿ", "Ÿ", "Ɐ", "ɐ", "𐐀", "𐐨", "𞤀"]:
    print(s, s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize(),
          len(s.upper()), len(s.lower()), len(s.title()), len(s.casefold()))
