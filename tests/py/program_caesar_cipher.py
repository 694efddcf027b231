# A Caesar cipher and a Vigenere cipher, with frequency-based cracking of the Caesar one.
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch
def caesar(text, k):
    out = ""
    for ch in text:
        out += shift_char(ch, k)
    return out
def vigenere(text, key, sign):
    out = ""
    i = 0
    for ch in text:
        if ch.isalpha():
            out += shift_char(ch, sign * (ord(key[i % len(key)]) - ord("a")))
            i += 1
        else:
            out += ch
    return out
plain = "Meet me near the old tree at seven, the eagle has landed."
secret = caesar(plain, 11)
print(secret)
print(caesar(secret, -11) == plain)
def crack(text):
    counts = [0] * 26
    for ch in text.lower():
        if ch.isalpha():
            counts[ord(ch) - ord("a")] += 1
    top = counts.index(max(counts))
    return (top - (ord("e") - ord("a"))) % 26
k = crack(secret)
print("guessed key", k, caesar(secret, -k)[:20])
v = vigenere(plain, "lemon", 1)
print(v)
print(vigenere(v, "lemon", -1) == plain)
