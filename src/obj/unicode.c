// Unicode properties and case mappings over the tables of unicode_table.c (unicode.h).
// tools/gen_unicode.py runs a copy of these lookups over every code point before it writes
// the tables; a change here must be made there too.
#include "obj/unicode.h"

#include "obj/unicode_table.h"
#include "obj/utf8.h"

// ---- Classes ---------------------------------------------------------------------------------

// The class flags of a code point, AUTO_CASE unresolved.
static unsigned class_flags(uint32_t c) {
    uint32_t chunk;
    if (c < MN_UNICODE_CHUNKED_LIMIT) {
        chunk = c >> MN_UNICODE_CHUNK_SHIFT;
    } else if (c >= MN_UNICODE_PLANE14_FIRST && c < MN_UNICODE_PLANE14_LIMIT) {
        chunk = (MN_UNICODE_CHUNKED_LIMIT >> MN_UNICODE_CHUNK_SHIFT) +
                ((c - MN_UNICODE_PLANE14_FIRST) >> MN_UNICODE_CHUNK_SHIFT);
    } else {
        return 0;
    }
    const uint8_t *run = mn_unicode_runs + mn_unicode_chunk_offsets[mn_unicode_chunk_index[chunk]];
    uint32_t position = c & ((1u << MN_UNICODE_CHUNK_SHIFT) - 1);
    for (;;) { // the runs of a chunk cover it: this ends inside the chunk
        unsigned byte = *run++;
        uint32_t length = byte >> 5;
        if (length == 0) {
            length = 8 + *run++;
        }
        if (position < length) {
            return mn_unicode_class_flags[byte & 31];
        }
        position -= length;
    }
}

unsigned mn_unicode_flags(uint32_t code_point) {
    unsigned flags = class_flags(code_point);
    if (flags & MN_UNICODE_AUTO_CASE) {
        uint32_t lower[3];
        size_t count = mn_unicode_lower(code_point, lower);
        flags &= ~(unsigned)MN_UNICODE_AUTO_CASE;
        flags |= count == 1 && lower[0] == code_point ? MN_UNICODE_LOWER : MN_UNICODE_UPPER;
    }
    return flags;
}

// ---- Case mappings ---------------------------------------------------------------------------

// The override of the code point in a sorted list of ranges, by bisection; false if none.
static bool find_override(const mn_unicode_override_t *overrides, size_t count, uint32_t c,
                          uint32_t *out) {
    size_t low = 0;
    size_t high = count;
    while (low < high) { // the first entry starting after c
        size_t middle = low + (high - low) / 2;
        if ((overrides[middle].range >> 11) <= c) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    if (low == 0) {
        return false;
    }
    const mn_unicode_override_t *entry = &overrides[low - 1];
    if (c - (entry->range >> 11) > (entry->range & 0x7ff)) {
        return false;
    }
    *out = (uint32_t)((int32_t)c + entry->delta);
    return true;
}

// The partner of c in a case pair: its lowercase when upper_side (c is the uppercase), else
// its uppercase; false if c is not on that side of a pair.
static bool find_pair(uint32_t c, bool upper_side, uint32_t *out) {
    size_t low = 0;
    size_t high = mn_unicode_case_pair_count;
    uint32_t pair = 0;
    uint32_t first = 0;
    while (low < high) { // the last span whose first code point is at most c
        size_t middle = low + (high - low) / 2;
        pair =
            mn_unicode_case_pairs[upper_side ? middle : mn_unicode_case_pair_lower_order[middle]];
        first = (pair & 0x1ffff) + (uint32_t)(upper_side ? 0 : mn_unicode_case_deltas[pair >> 25]);
        if (first <= c) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    if (low == 0) {
        return false;
    }
    pair = mn_unicode_case_pairs[upper_side ? low - 1 : mn_unicode_case_pair_lower_order[low - 1]];
    int32_t delta = mn_unicode_case_deltas[pair >> 25];
    first = (pair & 0x1ffff) + (uint32_t)(upper_side ? 0 : delta);
    uint32_t stride = pair >> 24 & 1 ? 2 : 1;
    uint32_t offset = c - first;
    if (offset > ((pair >> 17) & 0x7f) * stride || offset % stride != 0) {
        return false;
    }
    *out = (uint32_t)((int32_t)c + (upper_side ? delta : -delta));
    return true;
}

// The index of c among the one-to-many mappings, or -1.
static int find_special(uint32_t c) {
    size_t low = 0;
    size_t high = mn_unicode_special_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (mn_unicode_special_code_points[middle] < c) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low < mn_unicode_special_count && mn_unicode_special_code_points[low] == c ? (int)low
                                                                                      : -1;
}

// Copies special string `index` to out; returns its length.
static size_t copy_special(unsigned index, uint32_t out[3]) {
    const uint16_t *string = mn_unicode_special_strings[index];
    size_t count = 0;
    while (count < 3 && string[count] != 0) {
        out[count] = string[count];
        count++;
    }
    return count;
}

size_t mn_unicode_upper(uint32_t c, uint32_t out[3]) {
    if (c < 0x80) {
        out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
        return 1;
    }
    int special = find_special(c);
    if (special >= 0 && mn_unicode_special_upper[special] != 0) {
        return copy_special(mn_unicode_special_upper[special], out);
    }
    if (!find_override(mn_unicode_upper_overrides, mn_unicode_upper_override_count, c, out) &&
        !find_pair(c, false, out)) {
        out[0] = c;
    }
    return 1;
}

size_t mn_unicode_lower(uint32_t c, uint32_t out[3]) {
    if (c < 0x80) {
        out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return 1;
    }
    int special = find_special(c);
    if (special >= 0 && mn_unicode_special_lower[special] != 0) {
        return copy_special(mn_unicode_special_lower[special], out);
    }
    if (!find_override(mn_unicode_lower_overrides, mn_unicode_lower_override_count, c, out) &&
        !find_pair(c, true, out)) {
        out[0] = c;
    }
    return 1;
}

size_t mn_unicode_title(uint32_t c, uint32_t out[3]) {
    if (c < 0x80) {
        return mn_unicode_upper(c, out);
    }
    int special = find_special(c);
    if (special >= 0 && mn_unicode_special_title[special] != 0) {
        unsigned index = mn_unicode_special_title[special];
        if (index != MN_UNICODE_TITLE_DERIVED) {
            return copy_special(index, out);
        }
        // The upper string's first code point, then the lowercase of the others (each of
        // them single: the generator checks the result).
        uint32_t upper[3];
        size_t count = mn_unicode_upper(c, upper);
        out[0] = upper[0];
        for (size_t i = 1; i < count; i++) {
            uint32_t lower[3];
            mn_unicode_lower(upper[i], lower);
            out[i] = lower[0];
        }
        return count;
    }
    if (find_override(mn_unicode_title_overrides, mn_unicode_title_override_count, c, out)) {
        return 1;
    }
    // The title case is the upper case when that is one code point.
    if ((special >= 0 && mn_unicode_special_upper[special] != 0) ||
        (!find_override(mn_unicode_upper_overrides, mn_unicode_upper_override_count, c, out) &&
         !find_pair(c, false, out))) {
        out[0] = c;
    }
    return 1;
}

size_t mn_unicode_fold(uint32_t c, uint32_t out[3]) {
    if (c < 0x80) {
        return mn_unicode_lower(c, out);
    }
    for (size_t i = 0; i < mn_unicode_fold_special_count; i++) {
        if (mn_unicode_fold_special_code_points[i] == c) {
            return copy_special(mn_unicode_fold_special_strings[i], out);
        }
    }
    if (find_override(mn_unicode_fold_overrides, mn_unicode_fold_override_count, c, out)) {
        return 1;
    }
    // The lowercase of the uppercase: each code point of an upper string has a single
    // lowercase, but for U+0130 which is its own uppercase (the generator checks that the
    // result has at most 3 code points).
    uint32_t upper[3];
    size_t count = mn_unicode_upper(c, upper);
    size_t length = 0;
    for (size_t i = 0; i < count; i++) {
        uint32_t lower[3];
        size_t lower_count = mn_unicode_lower(upper[i], lower);
        for (size_t j = 0; j < lower_count && length < 3; j++) {
            out[length++] = lower[j];
        }
    }
    return length;
}

// ---- Final sigma -----------------------------------------------------------------------------

size_t mn_unicode_lower_in_context(const char *text, size_t length, size_t offset,
                                   uint32_t code_point, uint32_t out[3]) {
    if (code_point != 0x3a3) {
        return mn_unicode_lower(code_point, out);
    }
    // CPython's handle_capital_sigma: final when preceded by a cased character (skipping
    // case-ignorable ones) and not followed by one.
    bool final_sigma = false;
    size_t position = offset;
    while (position > 0) {
        uint32_t c;
        position -= mn_utf8_decode_last(text, position, &c);
        unsigned flags = mn_unicode_flags(c);
        if (!(flags & MN_UNICODE_CASE_IGNORABLE)) {
            final_sigma = (flags & MN_UNICODE_CASED) != 0;
            break;
        }
    }
    position = offset + 2; // U+03A3 is 2 bytes of UTF-8
    while (final_sigma && position < length) {
        uint32_t c;
        position += mn_utf8_decode(text + position, length - position, &c);
        unsigned flags = mn_unicode_flags(c);
        if (!(flags & MN_UNICODE_CASE_IGNORABLE)) {
            final_sigma = (flags & MN_UNICODE_CASED) == 0;
            break;
        }
    }
    out[0] = final_sigma ? 0x3c2 : 0x3c3;
    return 1;
}
