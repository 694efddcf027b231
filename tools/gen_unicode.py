#!/usr/bin/env python3
"""Generates src/obj/unicode_table.c: the Unicode tables of str's case mappings and predicates.

usage: python3 tools/gen_unicode.py > src/obj/unicode_table.c

Run by hand and committed (the build never runs it, so it does not depend on the host's
Python): every property is read from the running Python's own str methods and
`unicodedata`, so the tables reproduce that Python's behaviour, and its Unicode version is
recorded in the file's header. The layout is described in src/obj/unicode_table.h; the
lookup is src/obj/unicode.c. Before writing anything, the generator runs a copy of that
lookup over the tables for every code point and fails if any answer differs from Python's.

The tables:
- classes: every code point has one of at most 32 classes, a combination of the flags of
  unicode_table.h. The code points up to CHUNKED_LIMIT (and the plane 14 block at
  0xE0000) are cut into chunks of 512; each chunk is a run-length list of classes (one byte
  a run: class in the low 5 bits, the length 1..7 in the high 3, or 0 there and the length
  minus 8 in the next byte); identical chunks are stored once. Everything else has class 0
  (unassigned, private use: no flag set).
- case pairs: ranges of uppercase letters U (every one, or every other one) whose lowercase
  is U + delta and whose lowercase maps back to U; the deltas are in a separate table.
- overrides: for each of upper, lower, title and casefold, ranges of code points whose
  mapping is code point + delta, where the rules below would give something else.
- specials: the one-to-many mappings (SpecialCasing.txt): strings of 2 or 3 code points.
"""
import sys
import unicodedata

CHUNK_SHIFT = 9
CHUNK_SIZE = 1 << CHUNK_SHIFT
CHUNKED_LIMIT = 0x32400       # code points below are chunked ...
PLANE14_FIRST = 0xE0000       # ... and the chunks of [PLANE14_FIRST, PLANE14_LIMIT)
PLANE14_LIMIT = 0xE0200
MAX_CODE_POINT = 0x10FFFF

# Class flags (unicode_table.h).
ALPHA = 1 << 0
DECIMAL = 1 << 1
DIGIT = 1 << 2
NUMERIC = 1 << 3
LOWER = 1 << 4
UPPER = 1 << 5
TITLE = 1 << 6
AUTO_CASE = 1 << 7            # LOWER or UPPER: UPPER when the lowercase mapping differs
CASE_IGNORABLE = 1 << 8
XID_START = 1 << 9
XID_CONTINUE = 1 << 10
PRINTABLE = 1 << 11
FLAG_NAMES = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "LOWER", "UPPER", "TITLE", "AUTO_CASE",
              "CASE_IGNORABLE", "XID_START", "XID_CONTINUE", "PRINTABLE"]

# Special title index meaning: the first code point of the upper string, then the lowercase
# of the others.
TITLE_DERIVED = 255


def fail(message):
    sys.exit("gen_unicode.py: " + message)


# ---- What Python says ----------------------------------------------------------------------

def python_flags(c):
    """The flags of code point c, read from Python's own str methods."""
    s = chr(c)
    # Cased: title() lowers a letter that follows a cased character.
    cased = (s + "a").title()[-1] == "a"
    # Case_Ignorable, from the final sigma rule of lower(): a sigma after a cased letter and
    # case-ignorable characters is final.
    if not cased:
        ignorable = ("A" + s + "\u03a3").lower()[-1] == "\u03c2"
    else:
        ignorable = (" " + s + "\u03a3").lower()[-1] != "\u03c2"
    flags = 0
    if s.isalpha():
        flags |= ALPHA
    if s.isdecimal():
        flags |= DECIMAL
    if s.isdigit():
        flags |= DIGIT
    if s.isnumeric():
        flags |= NUMERIC
    lower, upper = s.islower(), s.isupper()
    title = unicodedata.category(s) == "Lt"
    if cased != (lower or upper or title):
        fail("Cased is not Lowercase | Uppercase | Lt at U+%04X" % c)
    if title:
        flags |= TITLE
    elif (lower, upper) == (s.lower() == s, s.lower() != s):
        flags |= AUTO_CASE
    elif lower:
        flags |= LOWER
    elif upper:
        flags |= UPPER
    if ignorable:
        flags |= CASE_IGNORABLE
    if s.isidentifier() and s != "_":
        flags |= XID_START
    if ("a" + s).isidentifier():
        flags |= XID_CONTINUE
    if s.isprintable():
        flags |= PRINTABLE
    return flags


def resolve(flags, c, lower_of):
    """The flags the lookup reports: AUTO_CASE made LOWER or UPPER."""
    if flags & AUTO_CASE:
        flags &= ~AUTO_CASE
        flags |= UPPER if lower_of(c) != [c] else LOWER
    return flags


def expected_flags(c):
    s = chr(c)
    flags = python_flags(c)
    if flags & AUTO_CASE:
        flags = (flags & ~AUTO_CASE) | (LOWER if s.islower() else UPPER)
    return flags


# ---- Classes -------------------------------------------------------------------------------

def build_classes(flags_of):
    by_frequency = {}
    for c in range(MAX_CODE_POINT + 1):
        by_frequency[flags_of[c]] = by_frequency.get(flags_of[c], 0) + 1
    if by_frequency.get(0, 0) == 0:
        fail("no code point without flags")
    classes = [0] + sorted((f for f in by_frequency if f != 0), key=lambda f: -by_frequency[f])
    if len(classes) > 32:
        fail("%d classes: more than 5 bits" % len(classes))
    number = {f: i for i, f in enumerate(classes)}
    for c in range(MAX_CODE_POINT + 1):
        chunked = c < CHUNKED_LIMIT or PLANE14_FIRST <= c < PLANE14_LIMIT
        if not chunked and flags_of[c] != 0:
            fail("U+%04X has flags outside the chunked ranges" % c)
    starts = list(range(0, CHUNKED_LIMIT, CHUNK_SIZE)) + \
        list(range(PLANE14_FIRST, PLANE14_LIMIT, CHUNK_SIZE))
    unique = {}
    index = []
    runs = bytearray()
    offsets = []
    for start in starts:
        chunk = tuple(number[flags_of[c]] for c in range(start, start + CHUNK_SIZE))
        if chunk not in unique:
            unique[chunk] = len(offsets)
            offsets.append(len(runs))
            i = 0
            while i < CHUNK_SIZE:
                j = i
                while j < CHUNK_SIZE and chunk[j] == chunk[i] and j - i < 8 + 255:
                    j += 1
                length = j - i
                if length <= 7:
                    runs.append(chunk[i] | length << 5)
                else:
                    runs.append(chunk[i])
                    runs.append(length - 8)
                i = j
        index.append(unique[chunk])
    if len(offsets) > 256:
        fail("more than 256 distinct chunks")
    if len(runs) > 0xFFFF:
        fail("run list beyond 16-bit offsets")
    return classes, index, offsets, bytes(runs)


def class_lookup(c, index, offsets, runs):
    if c < CHUNKED_LIMIT:
        chunk = c >> CHUNK_SHIFT
    elif PLANE14_FIRST <= c < PLANE14_LIMIT:
        chunk = (CHUNKED_LIMIT >> CHUNK_SHIFT) + ((c - PLANE14_FIRST) >> CHUNK_SHIFT)
    else:
        return 0
    p = offsets[index[chunk]]
    position = c & (CHUNK_SIZE - 1)
    while True:
        byte = runs[p]
        p += 1
        length = byte >> 5
        if length == 0:
            length = 8 + runs[p]
            p += 1
        if position < length:
            return byte & 31
        position -= length


# ---- Case mappings -------------------------------------------------------------------------

def build_pairs():
    pairs = []
    for c in range(MAX_CODE_POINT + 1):
        s = chr(c)
        lower = s.lower()
        if len(lower) == 1 and lower != s and lower.upper() == s:
            pairs.append((c, ord(lower) - c))
    ranges = []
    i = 0
    while i < len(pairs):
        c, delta = pairs[i]
        best = (1, 1)
        for stride in (1, 2):
            n = 1
            while i + n < len(pairs) and pairs[i + n] == (c + n * stride, delta) and n < 128:
                n += 1
            if n > best[0]:
                best = (n, stride)
        ranges.append((c, best[0], best[1], delta))
        i += best[0]
    deltas = sorted(set(r[3] for r in ranges))
    if len(deltas) > 128:
        fail("more than 128 case pair deltas")
    for c, count, stride, delta in ranges:
        if c + (count - 1) * stride >= 1 << 17:
            fail("case pair beyond 17 bits")
    # The lowercase sides, in order, must be disjoint spans for bisection.
    lower_order = sorted(range(len(ranges)), key=lambda i: ranges[i][0] + ranges[i][3])
    previous_end = -1
    for i in lower_order:
        c, count, stride, delta = ranges[i]
        if c + delta <= previous_end:
            fail("lowercase spans of case pairs overlap")
        previous_end = c + delta + (count - 1) * stride
    previous_end = -1
    for c, count, stride, delta in ranges:
        if c <= previous_end:
            fail("uppercase spans of case pairs overlap")
        previous_end = c + (count - 1) * stride
    return ranges, deltas, lower_order


def pair_lookup(c, ranges, lower_order, upper_side):
    """The partner of c in a case pair (upper_side: c is the uppercase), or None: the last
    span that starts at or before c, by bisection as in unicode.c."""
    low, high = 0, len(ranges)
    while low < high:
        middle = (low + high) // 2
        start, count, stride, delta = ranges[middle if upper_side else lower_order[middle]]
        first = start if upper_side else start + delta
        if first <= c:
            low = middle + 1
        else:
            high = middle
    if low == 0:
        return None
    start, count, stride, delta = ranges[low - 1 if upper_side else lower_order[low - 1]]
    first = start if upper_side else start + delta
    if c <= first + (count - 1) * stride and (c - first) % stride == 0:
        return c + delta if upper_side else c - delta
    return None


def build_specials():
    """The code points with a one-to-many upper, lower or title mapping."""
    keys = []
    for c in range(MAX_CODE_POINT + 1):
        s = chr(c)
        if len(s.upper()) > 1 or len(s.lower()) > 1 or len(s.title()) > 1:
            if c > 0xFFFF:
                fail("one-to-many mapping beyond the BMP")
            keys.append(c)
    strings = [None]  # index 0: none
    number = {}

    def intern(text):
        if text not in number:
            if len(text) > 3 or any(ord(x) > 0xFFFF for x in text):
                fail("special mapping %r does not fit" % text)
            number[text] = len(strings)
            strings.append(text)
        return number[text]

    upper, lower, title = [], [], []
    for c in keys:
        s = chr(c)
        upper.append(intern(s.upper()) if len(s.upper()) > 1 else 0)
        lower.append(intern(s.lower()) if len(s.lower()) > 1 else 0)
    for c in keys:
        s = chr(c)
        t = s.title()
        u = s.upper()
        if len(t) > 1:
            derived = len(u) > 1 and t == u[0] + "".join(x.lower() for x in u[1:])
            title.append(TITLE_DERIVED if derived else intern(t))
        else:
            title.append(0)
    return keys, upper, lower, title, strings


class Tables:
    pass


def make_overrides(field, wrong):
    """Ranges [start, start + count) of code points whose `field` mapping is c + delta."""
    items = sorted(wrong.items())
    out = []
    i = 0
    while i < len(items):
        c, delta = items[i]
        n = 1
        while i + n < len(items) and items[i + n] == (c + n, delta) and n < 2048:
            n += 1
        out.append((c, n, delta))
        i += n
    return out


def override_lookup(overrides, c):
    low, high = 0, len(overrides)
    while low < high:
        middle = (low + high) // 2
        if overrides[middle][0] <= c:
            low = middle + 1
        else:
            high = middle
    if low > 0:
        start, count, delta = overrides[low - 1]
        if c < start + count:
            return c + delta
    return None


class Mapper:
    """A copy of the lookup of src/obj/unicode.c over the tables."""

    def __init__(self, t):
        self.t = t
        self.special = {c: i for i, c in enumerate(t.special_keys)}

    def upper(self, c, use_overrides=True):
        t = self.t
        i = self.special.get(c)
        if i is not None and t.special_upper[i]:
            return [ord(x) for x in t.strings[t.special_upper[i]]]
        if use_overrides:
            v = override_lookup(t.overrides["upper"], c)
            if v is not None:
                return [v]
        v = pair_lookup(c, t.pairs, t.lower_order, False)
        return [v if v is not None else c]

    def lower(self, c, use_overrides=True):
        t = self.t
        i = self.special.get(c)
        if i is not None and t.special_lower[i]:
            return [ord(x) for x in t.strings[t.special_lower[i]]]
        if use_overrides:
            v = override_lookup(t.overrides["lower"], c)
            if v is not None:
                return [v]
        v = pair_lookup(c, t.pairs, t.lower_order, True)
        return [v if v is not None else c]

    def title(self, c, use_overrides=True):
        t = self.t
        i = self.special.get(c)
        if i is not None and t.special_title[i]:
            if t.special_title[i] == TITLE_DERIVED:
                u = self.upper(c)
                out = [u[0]]
                for x in u[1:]:
                    out += self.lower(x)
                return out
            return [ord(x) for x in t.strings[t.special_title[i]]]
        if use_overrides:
            v = override_lookup(t.overrides["title"], c)
            if v is not None:
                return [v]
        if i is not None and t.special_upper[i]:
            return [c]
        v = override_lookup(t.overrides["upper"], c)
        if v is not None:
            return [v]
        v = pair_lookup(c, t.pairs, t.lower_order, False)
        return [v if v is not None else c]

    def fold(self, c, use_overrides=True):
        t = self.t
        if c in t.fold_special:
            return [ord(x) for x in t.strings[t.fold_special[c]]]
        if use_overrides:
            v = override_lookup(self.t.overrides["fold"], c)
            if v is not None:
                return [v]
        out = []
        for x in self.upper(c):
            out += self.lower(x)
        return out


def build_case():
    t = Tables()
    t.pairs, t.deltas, t.lower_order = build_pairs()
    (t.special_keys, t.special_upper, t.special_lower, t.special_title,
     t.strings) = build_specials()
    t.overrides = {"upper": [], "lower": [], "title": [], "fold": []}
    t.fold_special = {}
    mapper = Mapper(t)
    # The one-to-many case folds that are not the lowercase of the uppercase (U+1E9E).
    for c in range(MAX_CODE_POINT + 1):
        want = chr(c).casefold()
        if len(want) > 1 and [ord(x) for x in want] != mapper.fold(c, use_overrides=False):
            if want not in t.strings:
                t.strings.append(want)
            t.fold_special[c] = t.strings.index(want)
    python = {"upper": str.upper, "lower": str.lower, "title": str.title,
              "fold": str.casefold}
    # Overrides in this order: title and fold fall back on upper and lower.
    for field in ("upper", "lower", "title", "fold"):
        method = getattr(mapper, field)
        wrong = {}
        for c in range(MAX_CODE_POINT + 1):
            want = [ord(x) for x in python[field](chr(c))]
            if method(c, use_overrides=False) != want:
                if len(want) != 1:
                    fail("U+%04X: %s is one-to-many without a special entry" % (c, field))
                wrong[c] = want[0] - c
        t.overrides[field] = make_overrides(field, wrong)
    if len(t.strings) >= TITLE_DERIVED:
        fail("too many special strings")
    return t


# ---- Verification --------------------------------------------------------------------------

def verify(flags_of, classes, index, offsets, runs, t):
    mapper = Mapper(t)
    for c in range(MAX_CODE_POINT + 1):
        s = chr(c)
        flags = classes[class_lookup(c, index, offsets, runs)]
        if flags != flags_of[c]:
            fail("class of U+%04X" % c)
        if resolve(flags, c, mapper.lower) != expected_flags(c):
            fail("flags of U+%04X" % c)
        for name, method in (("upper", str.upper), ("lower", str.lower),
                             ("title", str.title), ("fold", str.casefold)):
            want = [ord(x) for x in method(s)]
            if getattr(mapper, name)(c) != want:
                fail("%s of U+%04X" % (name, c))


# ---- Output --------------------------------------------------------------------------------

def rows(values, per_line, width):
    out = []
    for i in range(0, len(values), per_line):
        out.append("    " + " ".join(("%s," % v).ljust(width) for v in values[i:i + per_line]).rstrip())
    return "\n".join(out)


def main():
    flags_of = [python_flags(c) for c in range(MAX_CODE_POINT + 1)]
    classes, index, offsets, runs = build_classes(flags_of)
    t = build_case()
    verify(flags_of, classes, index, offsets, runs, t)

    sizes = {}
    w = sys.stdout.write
    w("// Generated by tools/gen_unicode.py from Python %s's str methods and unicodedata\n"
      % sys.version.split()[0])
    w("// (Unicode %s). Do not edit: run `python3 tools/gen_unicode.py > src/obj/unicode_table.c`\n"
      % unicodedata.unidata_version)
    w("// and commit the result. The layout is described in unicode_table.h.\n")
    w("// clang-format off\n")
    w('#include "obj/unicode_table.h"\n\n')
    w('_Static_assert(MN_UNICODE_CHUNK_SHIFT == %d, "chunk size");\n' % CHUNK_SHIFT)
    w('_Static_assert(MN_UNICODE_CHUNKED_LIMIT == 0x%X, "chunked limit");\n' % CHUNKED_LIMIT)
    w('_Static_assert(MN_UNICODE_PLANE14_FIRST == 0x%X && MN_UNICODE_PLANE14_LIMIT == 0x%X, '
      '"plane 14 chunks");\n' % (PLANE14_FIRST, PLANE14_LIMIT))
    w('_Static_assert(MN_UNICODE_TITLE_DERIVED == %d, "derived title");\n\n' % TITLE_DERIVED)

    def flag_expr(f):
        names = ["MN_UNICODE_" + FLAG_NAMES[b] for b in range(len(FLAG_NAMES)) if f >> b & 1]
        return " | ".join(names) if names else "0"

    w("const char mn_unicode_version[] = \"%s\";\n\n" % unicodedata.unidata_version)
    w("// The flags of each class (class 0: none).\n")
    w("const uint16_t mn_unicode_class_flags[%d] = {\n" % len(classes))
    for f in classes:
        w("    %s,\n" % flag_expr(f))
    w("};\n\n")
    sizes["class flags"] = 2 * len(classes)

    w("// The distinct chunk of each 512 code points.\n")
    w("const uint8_t mn_unicode_chunk_index[%d] = {\n%s\n};\n\n"
      % (len(index), rows(index, 20, 4)))
    sizes["chunk index"] = len(index)
    w("// The offset of each distinct chunk's runs in mn_unicode_runs.\n")
    w("const uint16_t mn_unicode_chunk_offsets[%d] = {\n%s\n};\n\n"
      % (len(offsets), rows(offsets, 12, 6)))
    sizes["chunk offsets"] = 2 * len(offsets)
    w("// Runs of classes: class | length << 5 (1..7), or class then length - 8.\n")
    w("const uint8_t mn_unicode_runs[%d] = {\n%s\n};\n\n"
      % (len(runs), rows(["0x%02x" % b for b in runs], 16, 5)))
    sizes["class runs"] = len(runs)

    w("// Case pairs: first uppercase | (count - 1) << 17 | (stride 2) << 24 | delta index << 25.\n")
    packed = []
    for c, count, stride, delta in t.pairs:
        packed.append("0x%08x" % (c | (count - 1) << 17 | (stride == 2) << 24
                                  | t.deltas.index(delta) << 25))
    w("const uint32_t mn_unicode_case_pairs[%d] = {\n%s\n};\n"
      % (len(packed), rows(packed, 6, 11)))
    w("const uint16_t mn_unicode_case_pair_count = %d;\n" % len(packed))
    w("const int32_t mn_unicode_case_deltas[%d] = {\n%s\n};\n"
      % (len(t.deltas), rows(t.deltas, 10, 7)))
    w("// The case pairs in the order of their lowercase sides.\n")
    w("const uint8_t mn_unicode_case_pair_lower_order[%d] = {\n%s\n};\n\n"
      % (len(t.lower_order), rows(t.lower_order, 20, 4)))
    sizes["case pairs"] = 4 * len(packed) + 4 * len(t.deltas) + len(t.lower_order)

    total_overrides = 0
    for field in ("upper", "lower", "title", "fold"):
        entries = t.overrides[field]
        w("// %s: code points [first, first + count) map to code point + delta; first << 11 |"
          " (count - 1).\n" % field.capitalize())
        w("const mn_unicode_override_t mn_unicode_%s_overrides[%d] = {\n"
          % (field, len(entries)))
        for c, count, delta in entries:
            w("    {0x%08x, %d},\n" % (c << 11 | (count - 1), delta))
        w("};\n")
        w("const uint16_t mn_unicode_%s_override_count = %d;\n\n" % (field, len(entries)))
        total_overrides += 8 * len(entries)
    sizes["overrides"] = total_overrides

    w("// One-to-many mappings: code points, and for each the index of its upper, lower and\n"
      "// title string (0: none; %d for title: the upper's first code point, then the\n"
      "// lowercase of the others).\n" % TITLE_DERIVED)
    n = len(t.special_keys)
    w("const uint16_t mn_unicode_special_code_points[%d] = {\n%s\n};\n"
      % (n, rows(["0x%04x" % c for c in t.special_keys], 12, 7)))
    w("const uint16_t mn_unicode_special_count = %d;\n" % n)
    for name, values in (("upper", t.special_upper), ("lower", t.special_lower),
                         ("title", t.special_title)):
        w("const uint8_t mn_unicode_special_%s[%d] = {\n%s\n};\n" % (name, n, rows(values, 20, 4)))
    fold_keys = sorted(t.fold_special)
    w("// One-to-many case folds other than the lowercase of the uppercase, and their strings.\n")
    w("const uint32_t mn_unicode_fold_special_code_points[%d] = {%s};\n"
      % (len(fold_keys), ", ".join("0x%04x" % c for c in fold_keys)))
    w("const uint8_t mn_unicode_fold_special_strings[%d] = {%s};\n"
      % (len(fold_keys), ", ".join(str(t.fold_special[c]) for c in fold_keys)))
    w("const uint16_t mn_unicode_fold_special_count = %d;\n" % len(fold_keys))
    sizes["specials"] = 5 * len(fold_keys)
    w("const uint16_t mn_unicode_special_strings[%d][3] = {\n" % len(t.strings))
    w("    {0, 0, 0},\n")
    for text in t.strings[1:]:
        cps = [ord(x) for x in text] + [0] * (3 - len(text))
        w("    {%s},\n" % ", ".join("0x%04x" % x for x in cps))
    w("};\n")
    sizes["specials"] += 2 * n + 3 * n + 6 * len(t.strings)
    w("\n// Sizes in bytes: %s; total %d.\n"
      % (", ".join("%s %d" % kv for kv in sizes.items()), sum(sizes.values())))
    print("gen_unicode.py: %d bytes of tables (%s)"
          % (sum(sizes.values()), ", ".join("%s %d" % kv for kv in sizes.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
