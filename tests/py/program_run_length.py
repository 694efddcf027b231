# Run-length encoding of strings and bytes, with decoding back.
def encode(text):
    if not text:
        return []
    runs = []
    current = text[0]
    count = 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current = ch
            count = 1
    runs.append((current, count))
    return runs
def to_text(runs):
    out = ""
    for ch, n in runs:
        out += (str(n) if n > 1 else "") + ch
    return out
def decode(text):
    out = ""
    n = ""
    for ch in text:
        if ch.isdigit():
            n += ch
        else:
            out += ch * (int(n) if n else 1)
            n = ""
    return out
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa", "éééx"]:
    enc = to_text(encode(s))
    print(repr(s), enc, decode(enc) == s)
data = b"\x00\x00\x00\xff\xff\x01"
print(encode(data))
