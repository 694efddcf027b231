# Word count: generate a deterministic text with a linear congruential generator,
# count its words in a dict and print the ten most frequent.
#
# Words are glued together from syllables (string concatenation), a few are
# capitalised or followed by punctuation, and each line is joined with " ". Counting
# splits every line, strips the punctuation, lower-cases each word and updates a dict
# with get(); a length histogram and a letter count on every eighth line walk the
# strings character by character. The top ten come from sorted() with a key function.
# What it stresses: str allocation, concatenation, slicing, join/split/strip/lower,
# dict lookups and inserts with string keys, and the collection of many short-lived
# strings (the text is never held whole: only one line at a time is alive).
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "en", "ar", "is", "dor",
             "pel", "qua", "ith", "zu"]
PUNCTUATION = [",", ".", ";", "!", "?", ":"]
WORDS_PER_LINE = 12


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 214013 + 2531011) % 4294967296
        return (self.state >> 16) % bound


def skewed(rng, bound):
    # Small values are much more likely than large ones (a product of two uniforms).
    return rng.below(bound) * rng.below(bound) // bound


def make_word(rng):
    word = SYLLABLES[skewed(rng, len(SYLLABLES))]
    parts = rng.below(3)
    while parts > 0:
        word = word + SYLLABLES[skewed(rng, len(SYLLABLES))]
        parts -= 1
    return word


def make_line(rng):
    words = []
    for i in range(WORDS_PER_LINE):
        word = make_word(rng)
        roll = rng.below(16)
        if i == 0 or roll == 0:
            word = word[0].upper() + word[1:]
        if roll > 13:
            word += PUNCTUATION[rng.below(len(PUNCTUATION))]
        words.append(word)
    return " ".join(words)


def by_count(item):
    return (-item[1], item[0])


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    lines = max(1, int(20000 * scale + 0.5))
    rng = Lcg(42)
    counts = {}
    lengths = [0] * 16
    letters = {}
    total_words = 0
    total_chars = 0
    for n in range(lines):
        line = make_line(rng)
        total_chars += len(line)
        for token in line.split():
            word = token.strip(",.;!?:").lower()
            counts[word] = counts.get(word, 0) + 1
            total_words += 1
            size = len(word)
            if size >= len(lengths):
                size = len(lengths) - 1
            lengths[size] += 1
        if n % 8 == 0:
            for ch in line:
                if "a" <= ch <= "z":
                    letters[ch] = letters.get(ch, 0) + 1
    ranked = sorted(counts.items(), key=by_count)
    print("wordcount lines=%d words=%d chars=%d distinct=%d" % (
        lines, total_words, total_chars, len(counts)))
    for word, count in ranked[:10]:
        print("%-10s %d" % (word, count))
    top_letters = sorted(letters.items(), key=by_count)[:5]
    parts = []
    for letter, count in top_letters:
        parts.append("{}={}".format(letter, count))
    sizes = []
    for k in lengths[1:]:
        sizes.append(str(k))
    print("lengths " + " ".join(sizes))
    print("letters " + ", ".join(parts))


main()
