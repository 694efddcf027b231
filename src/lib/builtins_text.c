// The builtins about characters and formatting: ord, chr and format.
#include "lib/builtins.h"
#include "obj/int.h"
#include "obj/str_format.h"
#include "obj/utf8.h"

// ord(c): the code point of a one-character str, or the byte of a one-byte bytes/bytearray.
static mn_value_t ord_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_text_kind_t kind = mn_text_kind(args[0]);
    if (kind == MN_TEXT_NONE) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "ord() expected string of length 1, but %T found", args[0]);
    }
    size_t length;
    const char *bytes = mn_text_data(args[0], &length);
    size_t characters = kind == MN_TEXT_STR ? mn_utf8_count(bytes, length) : length;
    if (characters != 1) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "ord() expected a character, but string of length %z found", characters);
    }
    if (kind != MN_TEXT_STR) {
        return mn_small_int((unsigned char)bytes[0]);
    }
    uint32_t code_point;
    (void)mn_utf8_decode(bytes, length, &code_point);
    return mn_small_int((mn_small_int_t)code_point);
}

// chr(i): the str of one code point.
static mn_value_t chr_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_int_is(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", args[0]);
    }
    int64_t code_point;
    if (!mn_int_to_int64(args[0], &code_point) || code_point > INT32_MAX ||
        code_point < INT32_MIN) { // CPython converts to a C int first
        return mn_raise(runtime, &mn_type_OverflowError,
                        "Python int too large to convert to C int");
    }
    if (code_point < 0 || code_point > 0x10ffff) {
        return mn_raise(runtime, &mn_type_ValueError, "chr() arg not in range(0x110000)");
    }
    char utf8[4];
    size_t length = mn_utf8_encode((uint32_t)code_point, utf8);
    return mn_text_new(runtime, MN_TEXT_STR, utf8, length);
}

// format(value, format_spec='')
static mn_value_t format_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)keywords;
    if (!mn_builtin_check_count(runtime, "format", count, 1, 2)) {
        return MN_EXCEPTION;
    }
    mn_value_t empty = mn_qstr_value(MN_QSTR__empty_);
    const mn_value_t *spec = count == 2 ? &args[1] : &empty;
    if (mn_text_kind(*spec) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "format() argument 2 must be str, not %T",
                        *spec);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, 16) &&
        mn_format_value(runtime, &buffer, &args[0], spec)) {
        result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

MN_NATIVE(mn_builtin_ord, MN_QSTR_ord, 1, 1, 0, ord_native);
MN_NATIVE(mn_builtin_chr, MN_QSTR_chr, 1, 1, 0, chr_native);
MN_NATIVE(mn_builtin_format, MN_QSTR_format, 0, MN_ARGS_ANY, 0, format_native);
