# Building strings piece by piece: a table renderer and a number speller.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
def spell(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = "" if n % 100 == 0 else " and " + spell(n % 100)
        return ONES[n // 100] + " hundred" + rest
    rest = "" if n % 1000 == 0 else " " + spell(n % 1000)
    return spell(n // 1000) + " thousand" + rest
for n in [0, 7, 13, 40, 42, 99, 100, 101, 999, 1000, 12345, 900009]:
    print(n, spell(n))
def table(rows):
    widths = [0] * len(rows[0])
    for row in rows:
        for i in range(len(row)):
            widths[i] = max(widths[i], len(str(row[i])))
    sep = "+"
    for w in widths:
        sep += "-" * (w + 2) + "+"
    out = sep + "\n"
    for row in rows:
        line = "|"
        for i in range(len(row)):
            line += " " + str(row[i]).ljust(widths[i]) + " |"
        out += line + "\n"
    return out + sep
print(table([["name", "qty", "price"], ["apple", 3, 0.5], ["watermelon", 1, 3.25]]))
