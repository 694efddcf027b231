// Fuzz target: the parsers of data, int() and float() from strings, with oracles.
//
// The first byte picks the parser and its options, the rest is the text:
//   below 128, int(text, base) for base 0, 2..36: when it succeeds, str() of the result parses back
//   to
//     the same int, and so do bin(), oct() and hex() with base 0;
//   from 128, float(text): when it succeeds, repr() of the result parses back to the same bits;
//   when
//     the text is a plain decimal literal ([+-]digits[.digits][e[+-]digits]) the result is
//     the C library's strtod, which is correctly rounded.
// Later parsers get their own selector values here: json.loads and struct.unpack when those
// modules land, then the bytecode loader. A failed oracle aborts; so does a crash.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obj/exception.h"
#include "obj/float.h"
#include "obj/float_text.h"
#include "obj/int.h"
#include "obj/protocol.h"
#include "obj/str.h"

#define ARENA_BYTES (256 * 1024)
#define TEXT_MAX 8192

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static mn_word_t arena[ARENA_BYTES / sizeof(mn_word_t)];
static mn_runtime_t runtime;

static void fail(const char *what, const uint8_t *text, size_t length) {
    fprintf(stderr, "fuzz_parse: %s for %.*s\n", what, (int)(length > 200 ? 200 : length),
            (const char *)text);
    abort();
}

// slots: [0] the text, [1] the value, [2] its text, [3] the value read back.
static void check_int(mn_value_t *slots, int64_t base, const uint8_t *text, size_t length) {
    slots[1] = mn_int_parse(&runtime, &slots[0], base);
    if (slots[1] == MN_EXCEPTION) {
        return;
    }
    static const struct {
        unsigned base;
        int64_t parse_base;
    } forms[] = {{10, 10}, {2, 0}, {8, 0}, {16, 0}, {36, 36}};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        bool prefix = forms[i].parse_base == 0;
        slots[2] = mn_int_to_str(&runtime, &slots[1], forms[i].base, prefix);
        if (slots[2] == MN_EXCEPTION) {
            mn_exception_clear(&runtime); // the 4300-digit limit, or memory
            continue;
        }
        slots[3] = mn_int_parse(&runtime, &slots[2], forms[i].parse_base);
        if (slots[3] == MN_EXCEPTION) {
            fail("an int's text does not parse back", text, length);
        }
        if (mn_equal(&runtime, &slots[1], &slots[3]) != MN_TRUE) {
            fail("an int's text parses back to another int", text, length);
        }
    }
}

static bool plain_decimal(const uint8_t *text, size_t length) {
    size_t i = 0;
    if (i < length && (text[i] == '+' || text[i] == '-')) {
        i++;
    }
    size_t digits = 0;
    while (i < length && text[i] >= '0' && text[i] <= '9') {
        i++, digits++;
    }
    if (i < length && text[i] == '.') {
        i++;
        while (i < length && text[i] >= '0' && text[i] <= '9') {
            i++, digits++;
        }
    }
    if (digits == 0) {
        return false;
    }
    if (i < length && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        if (i < length && (text[i] == '+' || text[i] == '-')) {
            i++;
        }
        size_t exponent_digits = 0;
        while (i < length && text[i] >= '0' && text[i] <= '9') {
            i++, exponent_digits++;
        }
        if (exponent_digits == 0) {
            return false;
        }
    }
    return i == length;
}

static bool same_float(double a, double b) {
    return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

static void check_float(mn_value_t *slots, const uint8_t *text, size_t length) {
    double value;
    bool parsed = mn_float_parse((const char *)text, length, &value);
    slots[1] = mn_float_parse_str(&runtime, &slots[0]);
    if (slots[1] == MN_EXCEPTION) {
        mn_exception_clear(&runtime);
    } else {
        double from_str;
        if (!mn_float_value(&runtime, slots[1], &from_str) ||
            (parsed && !same_float(value, from_str))) {
            fail("float() and mn_float_parse disagree", text, length);
        }
    }
    if (!parsed) {
        if (plain_decimal(text, length)) {
            fail("a plain decimal literal is refused", text, length);
        }
        return;
    }
    if (plain_decimal(text, length)) {
        char copy[TEXT_MAX + 1];
        memcpy(copy, text, length);
        copy[length] = '\0';
        if (!same_float(value, strtod(copy, NULL))) {
            fail("float() differs from strtod", text, length);
        }
    }
    slots[2] = mn_float_to_str(&runtime, value);
    if (slots[2] == MN_EXCEPTION) {
        mn_exception_clear(&runtime);
        return;
    }
    const mn_str_t *repr = mn_object(slots[2]);
    double back;
    if (!mn_float_parse(repr->bytes, mn_str_length(repr), &back) || !same_float(value, back)) {
        fail("a float's repr does not read back", text, length);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1 || size > TEXT_MAX + 1) {
        return 0;
    }
    if (!mn_runtime_init(&runtime, arena, sizeof arena)) {
        abort();
    }
    mn_value_t *slots = mn_heap_reserve_top(&runtime.heap, 4);
    const uint8_t *text = data + 1;
    size_t length = size - 1;
    mn_str_t *str = slots == NULL ? NULL : mn_str_new(&runtime, (const char *)text, length);
    if (str == NULL) {
        abort();
    }
    slots[0] = mn_object_value(str);
    unsigned selector = data[0];
    if (selector < 128) {
        int64_t base = selector % 37 == 1 ? 10 : selector % 37; // 0 or 2..36, 10 more often
        check_int(slots, base, text, length);
    } else {
        check_float(slots, text, length);
    }
    mn_exception_clear(&runtime);
    if (runtime.heap.refs != NULL) {
        fail("a GC reference was left pushed", text, length);
    }
    return 0;
}
