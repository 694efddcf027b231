# The is...() predicates of single characters: per range, how many characters each one
# accepts, for every code point of planes 0, 1 and 14 and a sample of the rest, then the
# accepted characters of a few blocks spelled out.
names = ["alpha", "alnum", "decimal", "digit", "numeric", "upper", "lower", "title", "space",
         "identifier", "printable"]


def counts(first, stop, step):
    n = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    c = first
    while c < stop:
        s = chr(c)
        if s.isalpha():
            n[0] += 1
        if s.isalnum():
            n[1] += 1
        if s.isdecimal():
            n[2] += 1
        if s.isdigit():
            n[3] += 1
        if s.isnumeric():
            n[4] += 1
        if s.isupper():
            n[5] += 1
        if s.islower():
            n[6] += 1
        if s.istitle():
            n[7] += 1
        if s.isspace():
            n[8] += 1
        if s.isidentifier():
            n[9] += 1
        if s.isprintable():
            n[10] += 1
        c += step
    return n


print(names)
first = 0
while first < 0x3400:
    print(hex(first), counts(first, first + 0x400, 1))
    first += 0x400
while first < 0x20000:
    print(hex(first), counts(first, first + 0x1000, 1))
    first += 0x1000
print("planes 2-3, every 7th", counts(0x20000, 0x40000, 7))
print("plane 14", counts(0xE0000, 0xE0200, 1))
print("the rest, every 997th", counts(0x40000, 0x110000, 997))


def spell(first, stop, test):
    out = ""
    c = first
    while c < stop:
        if test(chr(c)):
            out += chr(c)
        c += 1
    return out


print(spell(0x80, 0x250, str.isupper))
print(spell(0x80, 0x250, str.islower))
print(spell(0x370, 0x400, str.isalpha))
print(spell(0x2150, 0x2190, str.isnumeric))
print(spell(0x660, 0x6FF, str.isdecimal))
print(spell(0xB0, 0xC0, str.isdigit))
print(spell(0x1C0, 0x1F5, str.istitle))
