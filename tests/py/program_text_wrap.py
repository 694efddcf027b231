# Greedy text wrapping and justification to a fixed width.
TEXT = ("Minnow is a Python implementation for microcontrollers that aims to use "
        "less memory than its rivals while keeping the behaviour of CPython for the "
        "programs people actually write on small boards.")
def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - len("".join(words))
    out = ""
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += words[i] + " " * n
    return out + words[-1]
for width in [30, 45]:
    lines = wrap(TEXT, width)
    print(len(lines), "lines at width", width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
