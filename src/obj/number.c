#include "obj/number.h"

#include <math.h>

#include "obj/exception.h"
#include "obj/float_text.h"
#include "obj/qstr.h"
#include "obj/tuple.h"
#include "obj/type.h"
#include "obj/unicode.h"
#include "obj/utf8.h"

// ---- The repr of a str, for the messages of int() and float() ---------------------------
//
// Python's repr: single quotes unless the text holds ' and no ", backslash escapes for the
// quote, backslash, \t \n \r and other control characters, \xNN, \uNNNN or \UNNNNNNNN for
// the code points that str.isprintable() rejects (approximated without the Unicode database:
// obj/utf8.h); other non-ASCII characters are printed as they are.

typedef struct repr_writer {
    char *out;        // NULL: measure only
    size_t length;    // bytes written (or measured)
    size_t chars;     // code points written
    size_t max_chars; // 0: no cut
} repr_writer_t;

// Appends one code point of the repr, `size` bytes of UTF-8.
static void repr_put(repr_writer_t *writer, const char *bytes, size_t size) {
    if (writer->max_chars != 0 && writer->chars >= writer->max_chars) {
        return;
    }
    if (writer->out != NULL) {
        memcpy(writer->out + writer->length, bytes, size);
    }
    writer->length += size;
    writer->chars++;
}

static void repr_put_ascii(repr_writer_t *writer, const char *text) {
    for (; *text != '\0'; text++) {
        repr_put(writer, text, 1);
    }
}

static void repr_put_escape(repr_writer_t *writer, uint32_t code_point) {
    static const char hex[] = "0123456789abcdef";
    char escape[11] = {'\\'};
    unsigned digits = code_point <= 0xff ? 2 : code_point <= 0xffff ? 4 : 8;
    escape[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (unsigned i = 0; i < digits; i++) {
        escape[2 + i] = hex[(code_point >> (4 * (digits - 1 - i))) & 0xf];
    }
    escape[2 + digits] = '\0';
    repr_put_ascii(writer, escape);
}

// Writes the repr of text[0, length) (UTF-8) and returns its length in bytes.
static size_t repr_text(repr_writer_t *writer, const char *text, size_t length) {
    bool has_single = memchr(text, '\'', length) != NULL;
    bool has_double = memchr(text, '"', length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    repr_put(writer, &quote, 1);
    for (size_t i = 0; i < length;) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)quote || c == '\\') {
                char escaped[3] = {'\\', (char)c, '\0'};
                repr_put_ascii(writer, escaped);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                repr_put_ascii(writer, c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r");
            } else if (c < 0x20 || c == 0x7f) {
                repr_put_escape(writer, c);
            } else {
                repr_put(writer, (const char *)&text[i - 1], 1);
            }
            continue;
        }
        // A multi-byte sequence (str holds valid UTF-8).
        size_t size = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        if (i + size > length) {
            size = length - i;
        }
        uint32_t code_point = c & (0x7f >> size);
        for (size_t k = 1; k < size; k++) {
            code_point = code_point << 6 | ((unsigned char)text[i + k] & 0x3f);
        }
        if (mn_unicode_flags(code_point) & MN_UNICODE_PRINTABLE) {
            repr_put(writer, text + i, size);
        } else {
            repr_put_escape(writer, code_point);
        }
        i += size;
    }
    repr_put(writer, &quote, 1);
    return writer->length;
}

mn_value_t mn_number_raise_text_error(mn_runtime_t *runtime, const char *message,
                                      const mn_value_t *text, size_t max_chars) {
    // Measure, allocate, then write: the text may move only during the allocation.
    repr_writer_t writer = {NULL, 0, 0, max_chars};
    const mn_str_t *str = mn_qstr_str(*text);
    size_t length = repr_text(&writer, str->bytes, mn_str_length(str));
    mn_str_t *repr = mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(length));
    if (repr == NULL) {
        return mn_raise_memory_error(runtime);
    }
    str = mn_qstr_str(*text);
    writer = (repr_writer_t){repr->bytes, 0, 0, max_chars};
    (void)repr_text(&writer, str->bytes, mn_str_length(str));
    bool ascii = true;
    for (size_t i = 0; i < length && ascii; i++) {
        ascii = (unsigned char)repr->bytes[i] < 0x80;
    }
    repr->length_flags = (mn_word_t)length << 2 | (ascii ? MN_STR_ASCII : 0);
    return mn_raise(runtime, &mn_type_ValueError, "%s%q", message, mn_object_value(repr));
}

// ---- Numbers ------------------------------------------------------------------------------
//
// This file is the one that sees ints and floats together, so the VM's entry points for
// numbers are here: both ints go to int.c; an int with a float becomes a float.

mn_value_t mn_number_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                            const mn_value_t *right) {
    bool left_int = mn_int_is(*left);
    bool right_int = mn_int_is(*right);
    if (left_int && right_int) {
        return mn_int_binary(runtime, op, left, right);
    }
    if ((left_int || mn_float_is(*left)) && (right_int || mn_float_is(*right))) {
        return mn_float_binary(runtime, op, left, right);
    }
    return MN_NOT_IMPLEMENTED;
}

mn_value_t mn_number_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *operand) {
    if (mn_int_is(*operand)) {
        return mn_int_unary(runtime, op, operand);
    }
    if (!mn_float_is(*operand)) {
        return MN_NOT_IMPLEMENTED;
    }
    double x = mn_float_get(*operand);
    switch (op) {
    case MN_UNARY_NEGATIVE:
        return mn_float_new(runtime, -x);
    case MN_UNARY_POSITIVE:
        return *operand; // immutable: the same object
    case MN_UNARY_ABSOLUTE:
        return signbit(x) ? mn_float_new(runtime, fabs(x)) : *operand;
    default:
        return MN_NOT_IMPLEMENTED; // ~1.5
    }
}

mn_value_t mn_number_compare(mn_compare_op_t op, mn_value_t left, mn_value_t right) {
    bool left_int = mn_int_is(left);
    bool right_int = mn_int_is(right);
    if (left_int && right_int) {
        return mn_bool(mn_compare_op_holds(op, mn_int_compare(left, right)));
    }
    bool left_float = mn_float_is(left);
    bool right_float = mn_float_is(right);
    if (!(left_int || left_float) || !(right_int || right_float)) {
        return MN_NOT_IMPLEMENTED;
    }
    double x = left_float ? mn_float_get(left) : 0.0;
    double y = right_float ? mn_float_get(right) : 0.0;
    if (isnan(x) || isnan(y)) {
        return mn_bool(op == MN_COMPARE_NOT_EQUAL);
    }
    int order;
    if (left_float && right_float) {
        order = (x > y) - (x < y);
    } else if (left_float) {
        order = -mn_int_compare_double(right, x); // exact: no conversion of the int
    } else {
        order = mn_int_compare_double(left, y);
    }
    return mn_bool(mn_compare_op_holds(op, order));
}

intptr_t mn_number_hash(mn_value_t value) {
    return mn_float_is(value) ? mn_float_hash(mn_float_get(value)) : mn_int_hash(value);
}

bool mn_number_truth(mn_value_t value) {
    if (mn_float_is(value)) {
        return mn_float_get(value) != 0.0; // nan is true
    }
    return value != mn_small_int(0) && value != MN_FALSE; // big ints are never zero
}

mn_value_t mn_number_divmod(mn_runtime_t *runtime, const mn_value_t *left,
                            const mn_value_t *right) {
    bool left_int = mn_int_is(*left);
    bool right_int = mn_int_is(*right);
    if (left_int && right_int) {
        return mn_int_divmod(runtime, left, right);
    }
    if (!(left_int || mn_float_is(*left)) || !(right_int || mn_float_is(*right))) {
        return MN_NOT_IMPLEMENTED;
    }
    double x;
    double y;
    if (!mn_float_value(runtime, *left, &x) || !mn_float_value(runtime, *right, &y)) {
        return MN_EXCEPTION;
    }
    double quotient;
    double remainder;
    if (!mn_float_divmod(x, y, &quotient, &remainder)) {
        return mn_raise(runtime, &mn_type_ZeroDivisionError, "float divmod()");
    }
    mn_gc_ref_t quotient_ref;
    mn_gc_ref_t remainder_ref;
    mn_value_t *quotient_slot = mn_root_push(&runtime->heap, &quotient_ref);
    mn_value_t *remainder_slot = mn_root_push(&runtime->heap, &remainder_ref);
    mn_value_t result = MN_EXCEPTION;
    if ((*quotient_slot = mn_float_new(runtime, quotient)) != MN_EXCEPTION &&
        (*remainder_slot = mn_float_new(runtime, remainder)) != MN_EXCEPTION) {
        mn_tuple_t *tuple = mn_tuple_new(runtime, 2);
        if (tuple == NULL) {
            result = mn_raise_memory_error(runtime);
        } else {
            tuple->items[0] = *quotient_slot;
            tuple->items[1] = *remainder_slot;
            result = mn_object_value(tuple);
        }
    }
    mn_root_pop(&runtime->heap, &remainder_ref);
    mn_root_pop(&runtime->heap, &quotient_ref);
    return result;
}

// The value of an int ndigits clamped into int64_t, as CPython clamps it into Py_ssize_t.
static int64_t clamped_int64(mn_value_t value) {
    int64_t n;
    if (mn_int_to_int64(value, &n)) {
        return n;
    }
    return mn_int_compare(value, mn_small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
}

mn_value_t mn_number_round(mn_runtime_t *runtime, const mn_value_t *value,
                           const mn_value_t *ndigits) {
    bool value_int = mn_int_is(*value);
    if (!value_int && !mn_float_is(*value)) {
        return MN_NOT_IMPLEMENTED;
    }
    bool without_ndigits = ndigits == NULL || *ndigits == MN_NULL || *ndigits == MN_NONE;
    if (!without_ndigits && !mn_int_is(*ndigits)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", *ndigits);
    }
    if (value_int) {
        return without_ndigits ? mn_int_unary(runtime, MN_UNARY_POSITIVE, value)
                               : mn_int_round(runtime, value, ndigits);
    }
    double x = mn_float_get(*value);
    if (without_ndigits) {
        // nan and inf raise in the conversion
        return mn_int_from_double(runtime, isfinite(x) ? mn_float_round_half_even(x) : x);
    }
    double result;
    if (!mn_float_round(x, clamped_int64(*ndigits), &result)) {
        return mn_raise(runtime, &mn_type_OverflowError, "rounded value too large to represent");
    }
    return mn_float_new(runtime, result);
}

mn_value_t mn_number_to_int(mn_runtime_t *runtime, const mn_value_t *value) {
    if (mn_int_is(*value)) {
        return mn_int_unary(runtime, MN_UNARY_POSITIVE, value);
    }
    if (mn_float_is(*value)) {
        return mn_int_from_double(runtime, mn_float_get(*value));
    }
    return MN_NOT_IMPLEMENTED;
}
