# Word frequencies with a dict, ties broken alphabetically.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox
runs! A quick brown dog? No -- a lazy, lazy fox. The end."""
def words(text):
    result = []
    current = ""
    for ch in text.lower():
        if ch.isalpha():
            current += ch
        elif current:
            result.append(current)
            current = ""
    if current:
        result.append(current)
    return result
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
def order(item):
    return (-item[1], item[0])
ranked = sorted(counts.items(), key=order)
for word, n in ranked[:6]:
    print(word.ljust(6), n, "#" * n)
print(len(counts), sum(counts.values()))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
print(list(counts)[:5])
