// The str type: slots, repr and ascii(), encode(), and its attribute table (str_type.h).
#include "obj/str_type.h"

#include <string.h>

#include "obj/bytes.h"
#include "obj/int.h"
#include "obj/qstr.h"
#include "obj/str_format.h"
#include "obj/unicode.h"
#include "obj/utf8.h"

// ---- repr and ascii() ------------------------------------------------------------------------

// Writes \xNN, \uNNNN or \UNNNNNNNN for code_point at out (NULL: measure); returns its size.
// no allocation is done
static size_t write_escape(uint32_t code_point, char *out) {
    unsigned digits = code_point <= 0xff ? 2 : code_point <= 0xffff ? 4 : 8;
    if (out != NULL) {
        out[0] = '\\';
        out[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (unsigned i = 0; i < digits; i++) {
            out[2 + i] = "0123456789abcdef"[(code_point >> (4 * (digits - 1 - i))) & 0xf];
        }
    }
    return 2 + digits;
}

// Writes the repr of text[0, length) at out (NULL: measure); returns its length.
// no allocation is done
static size_t repr_text(const char *text, size_t length, bool ascii, char *out) {
    bool has_single = memchr(text, '\'', length) != NULL;
    bool has_double = memchr(text, '"', length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    size_t n = 0;
#define PUT(c)                                                                                     \
    do {                                                                                           \
        if (out != NULL) {                                                                         \
            out[n] = (c);                                                                          \
        }                                                                                          \
        n++;                                                                                       \
    } while (0)
    PUT(quote);
    for (size_t i = 0; i < length;) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)quote || c == '\\') {
                PUT('\\');
                PUT((char)c);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                PUT('\\');
                PUT(c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
            } else if (c < 0x20 || c == 0x7f) {
                n += write_escape(c, out != NULL ? out + n : NULL);
            } else {
                PUT((char)c);
            }
            continue;
        }
        uint32_t code_point;
        size_t size = mn_utf8_decode(text + i, length - i, &code_point);
        if (!ascii && (mn_unicode_flags(code_point) & MN_UNICODE_PRINTABLE)) {
            if (out != NULL) {
                memcpy(out + n, text + i, size);
            }
            n += size;
        } else {
            n += write_escape(code_point, out != NULL ? out + n : NULL);
        }
        i += size;
    }
    PUT(quote);
#undef PUT
    return n;
}

bool mn_str_print_repr(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *str, bool ascii) {
    size_t length;
    const char *data = mn_text_data(*str, &length);
    size_t repr_length = repr_text(data, length, ascii, NULL);
    char *room = mn_text_extend(runtime, out, repr_length);
    if (room == NULL) {
        return false;
    }
    data = mn_text_data(*str, &length); // re-read after the allocation
    repr_text(data, length, ascii, room);
    return true;
}

// Writes text[0, length) with every non-ASCII character escaped (NULL: measure).
// no allocation is done
static size_t escape_non_ascii(const char *text, size_t length, char *out) {
    size_t n = 0;
    for (size_t i = 0; i < length;) {
        uint32_t code_point;
        size_t size = mn_utf8_decode(text + i, length - i, &code_point);
        if (code_point < 0x80) {
            if (out != NULL) {
                out[n] = text[i];
            }
            n++;
        } else {
            n += write_escape(code_point, out != NULL ? out + n : NULL);
        }
        i += size;
    }
    return n;
}

mn_value_t mn_str_ascii(mn_runtime_t *runtime, const mn_value_t *value) {
    mn_gc_ref_t refs[2];
    mn_value_t *repr = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *slot = mn_root_push(&runtime->heap, &refs[1]);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_kind(*value) == MN_TEXT_STR) {
        if (mn_text_buffer_init(runtime, &buffer, slot, 16) &&
            mn_str_print_repr(runtime, &buffer, value, true)) {
            result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
        }
    } else if ((*repr = mn_format_convert(runtime, value, 'r')) != MN_EXCEPTION) {
        size_t length;
        const char *data = mn_text_data(*repr, &length);
        size_t escaped = escape_non_ascii(data, length, NULL);
        char *room;
        if (escaped == length) {
            result = *repr;
        } else if (mn_text_buffer_init(runtime, &buffer, slot, escaped) &&
                   (room = mn_text_extend(runtime, &buffer, escaped)) != NULL) {
            data = mn_text_data(*repr, &length);
            escape_non_ascii(data, length, room);
            result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// ---- Slots -----------------------------------------------------------------------------------

// str(object='') and str(object=b'', encoding='utf-8', errors='strict'). may trigger a gc
static mn_value_t str_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                               size_t count, mn_value_t keywords) {
    (void)type;
    static const uint16_t allowed[] = {MN_QSTR_object, MN_QSTR_encoding, MN_QSTR_errors};
    if (count > 3) {
        return mn_raise(runtime, &mn_type_TypeError, "str() takes at most 3 arguments (%z given)",
                        count + mn_native_keyword_count(keywords));
    }
    mn_value_t *object;
    mn_value_t *encoding;
    mn_value_t *errors;
    if (!mn_native_check_keywords(runtime, "str", keywords, allowed, 3) ||
        !mn_text_constructor_argument(runtime, "str", args, count, keywords, 0, MN_QSTR_object,
                                      &object) ||
        !mn_text_constructor_argument(runtime, "str", args, count, keywords, 1, MN_QSTR_encoding,
                                      &encoding) ||
        !mn_text_constructor_argument(runtime, "str", args, count, keywords, 2, MN_QSTR_errors,
                                      &errors)) {
        return MN_EXCEPTION;
    }
    if (encoding == NULL && errors == NULL) {
        return object == NULL ? mn_qstr_value(MN_QSTR__empty_)
                              : mn_format_convert(runtime, object, 's');
    }
    if (encoding != NULL && mn_text_kind(*encoding) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "str() argument 'encoding' must be str, not %s",
                        mn_text_argument_type(*encoding));
    }
    if (errors != NULL && mn_text_kind(*errors) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "str() argument 'errors' must be str, not %s",
                        mn_text_argument_type(*errors));
    }
    if (object == NULL) {
        return mn_qstr_value(MN_QSTR__empty_);
    }
    if (mn_text_kind(*object) == MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "decoding str is not supported");
    }
    if (!mn_text_is_binary(*object)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "decoding to str: need a bytes-like object, %T found", *object);
    }
    return mn_bytes_decode(runtime, object, encoding != NULL ? *encoding : MN_NULL,
                           errors != NULL ? *errors : MN_NULL);
}

static bool str_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    if (repr) {
        return mn_str_print_repr(runtime, out, self, false);
    }
    size_t length;
    mn_text_data(*self, &length);
    return mn_text_append_slice(runtime, out, self, 0, length);
}

static mn_value_t str_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    size_t length;
    const char *data = mn_text_data(*self, &length);
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)mn_text_length(*self));
    }
    if (op == MN_UNARY_BOOL) {
        return mn_bool(length > 0);
    }
    if (op == MN_UNARY_HASH) {
        return mn_text_hash(data, length);
    }
    return MN_NOT_IMPLEMENTED;
}

// Whether a value is a str (interned or not). no allocation is done
static bool is_str(mn_value_t value) {
    return mn_text_kind(value) == MN_TEXT_STR;
}

static mn_value_t str_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                             const mn_value_t *right) {
    op = mn_binary_op_plain(op); // immutable: the in-place forms are the plain ones
    if (op == MN_BINARY_ADD) {
        if (!is_str(*left)) {
            return MN_NOT_IMPLEMENTED;
        }
        if (!is_str(*right)) {
            return mn_is_tagged(*right, MN_TAG_INSTANCE)
                       ? MN_NOT_IMPLEMENTED // its __radd__ has a turn
                       : mn_raise(runtime, &mn_type_TypeError,
                                  "can only concatenate str (not \"%T\") to str", *right);
        }
        return mn_text_concat(runtime, MN_TEXT_STR, left, right);
    }
    if (op == MN_BINARY_MULTIPLY) {
        const mn_value_t *text = is_str(*left) ? left : right;
        const mn_value_t *count = is_str(*left) ? right : left;
        if (mn_int_is(*count)) {
            return mn_text_repeat(runtime, text, *count);
        }
        return mn_is_tagged(*count, MN_TAG_INSTANCE)
                   ? MN_NOT_IMPLEMENTED
                   : mn_raise(runtime, &mn_type_TypeError,
                              "can't multiply sequence by non-int of type '%T'", *count);
    }
    if (op == MN_BINARY_REMAINDER && is_str(*left)) {
        return mn_str_percent(runtime, left, right);
    }
    return MN_NOT_IMPLEMENTED;
}

// Whether a str is interned: a qstr or a pool str. no allocation is done
static bool is_interned(mn_value_t value) {
    return mn_is_qstr(value) || mn_str_is_interned(mn_object(value));
}

static mn_value_t str_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                              const mn_value_t *right) {
    (void)runtime;
    if (!is_str(*left) || !is_str(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    if (op == MN_COMPARE_EQUAL || op == MN_COMPARE_NOT_EQUAL) {
        // Two interned strings are equal exactly when they are the same value.
        bool equal = *left == *right || (!(is_interned(*left) && is_interned(*right)) &&
                                         mn_text_compare(*left, *right) == 0);
        return mn_bool(equal == (op == MN_COMPARE_EQUAL));
    }
    return mn_bool(mn_compare_op_holds(op, mn_text_compare(*left, *right)));
}

static mn_value_t str_contains(mn_runtime_t *runtime, const mn_value_t *self,
                               const mn_value_t *item) {
    if (!is_str(*item)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'in <string>' requires string as left operand, not %T", *item);
    }
    size_t length;
    size_t needle_length;
    const char *data = mn_text_data(*self, &length);
    const char *needle = mn_text_data(*item, &needle_length);
    return mn_bool(mn_text_search(data, 0, length, needle, needle_length, false) != SIZE_MAX);
}

static mn_value_t str_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                const mn_value_t *index, const mn_value_t *value) {
    if (value != NULL) {
        return MN_NOT_IMPLEMENTED; // immutable: the protocol raises
    }
    if (mn_is_tagged(*index, MN_TAG_SLICE)) {
        return mn_text_get_slice(runtime, self, *index);
    }
    if (!mn_int_is(*index)) {
        return mn_raise(runtime, &mn_type_TypeError, "string indices must be integers, not '%T'",
                        *index);
    }
    int64_t n;
    if (!mn_int_to_int64(*index, &n)) {
        return mn_raise(runtime, &mn_type_IndexError,
                        "cannot fit 'int' into an index-sized integer");
    }
    int64_t chars = (int64_t)mn_text_length(*self);
    if (n < 0) {
        n += chars;
    }
    if (n < 0 || n >= chars) {
        return mn_raise(runtime, &mn_type_IndexError, "string index out of range");
    }
    size_t length;
    const char *data = mn_text_data(*self, &length);
    size_t offset = (size_t)n;
    size_t size = 1;
    if (!mn_str_is_ascii(mn_qstr_str(*self))) {
        uint32_t code_point;
        offset = mn_utf8_offset(data, length, (size_t)n);
        size = mn_utf8_decode(data + offset, length - offset, &code_point);
    }
    return mn_text_new_slice(runtime, MN_TEXT_STR, self, offset, size);
}

// ---- Methods ---------------------------------------------------------------------------------

// encode(encoding='utf-8', errors='strict'). may trigger a gc
static mn_value_t str_encode(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_encoding, MN_QSTR_errors};
    mn_value_t *encoding;
    mn_value_t *errors;
    if (!is_str(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "descriptor 'encode' for 'str' objects doesn't apply to a '%T' object",
                        args[0]);
    }
    if (!mn_native_check_keywords(runtime, "encode", keywords, allowed, 2) ||
        !mn_text_argument(runtime, "encode", args, count, keywords, 1, MN_QSTR_encoding,
                          &encoding) ||
        !mn_text_argument(runtime, "encode", args, count, keywords, 2, MN_QSTR_errors, &errors)) {
        return MN_EXCEPTION;
    }
    if (encoding != NULL && !is_str(*encoding)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "encode() argument 'encoding' must be str, not %s",
                        mn_text_argument_type(*encoding));
    }
    if (errors != NULL && !is_str(*errors)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "encode() argument 'errors' must be str, not %s",
                        mn_text_argument_type(*errors));
    }
    return mn_str_encode(runtime, &args[0], encoding != NULL ? *encoding : MN_NULL,
                         errors != NULL ? *errors : MN_NULL, false);
}

static MN_METHOD(str_encode_obj, MN_QSTR_encode, 1, 3, MN_NATIVE_KEYWORDS, str_encode);

// Sorted by name length, then name (the qstr order); tests/c/test_str_type.c checks it.
static const mn_attr_entry_t str_attrs[] = {
    MN_ATTR(MN_QSTR_find, &mn_text_find_obj),
    MN_ATTR(MN_QSTR_join, &mn_text_join_obj),
    MN_ATTR(MN_QSTR_count, &mn_text_count_obj),
    MN_ATTR(MN_QSTR_index, &mn_text_index_obj),
    MN_ATTR(MN_QSTR_ljust, &mn_text_ljust_obj),
    MN_ATTR(MN_QSTR_lower, &mn_text_lower_obj),
    MN_ATTR(MN_QSTR_rfind, &mn_text_rfind_obj),
    MN_ATTR(MN_QSTR_rjust, &mn_text_rjust_obj),
    MN_ATTR(MN_QSTR_split, &mn_text_split_obj),
    MN_ATTR(MN_QSTR_strip, &mn_text_strip_obj),
    MN_ATTR(MN_QSTR_title, &mn_text_title_obj),
    MN_ATTR(MN_QSTR_upper, &mn_text_upper_obj),
    MN_ATTR(MN_QSTR_zfill, &mn_text_zfill_obj),
    MN_ATTR(MN_QSTR_center, &mn_text_center_obj),
    MN_ATTR(MN_QSTR_encode, &str_encode_obj),
    MN_ATTR(MN_QSTR_format, &mn_str_format_obj),
    MN_ATTR(MN_QSTR_lstrip, &mn_text_lstrip_obj),
    MN_ATTR(MN_QSTR_rindex, &mn_text_rindex_obj),
    MN_ATTR(MN_QSTR_rsplit, &mn_text_rsplit_obj),
    MN_ATTR(MN_QSTR_rstrip, &mn_text_rstrip_obj),
    MN_ATTR(MN_QSTR_isalnum, &mn_text_isalnum_obj),
    MN_ATTR(MN_QSTR_isalpha, &mn_text_isalpha_obj),
    MN_ATTR(MN_QSTR_isascii, &mn_text_isascii_obj),
    MN_ATTR(MN_QSTR_isdigit, &mn_text_isdigit_obj),
    MN_ATTR(MN_QSTR_islower, &mn_text_islower_obj),
    MN_ATTR(MN_QSTR_isspace, &mn_text_isspace_obj),
    MN_ATTR(MN_QSTR_istitle, &mn_text_istitle_obj),
    MN_ATTR(MN_QSTR_isupper, &mn_text_isupper_obj),
    MN_ATTR(MN_QSTR_replace, &mn_text_replace_obj),
    MN_ATTR(MN_QSTR_casefold, &mn_str_casefold_obj),
    MN_ATTR(MN_QSTR_endswith, &mn_text_endswith_obj),
    MN_ATTR(MN_QSTR_swapcase, &mn_text_swapcase_obj),
    MN_ATTR(MN_QSTR_isdecimal, &mn_str_isdecimal_obj),
    MN_ATTR(MN_QSTR_isnumeric, &mn_str_isnumeric_obj),
    MN_ATTR(MN_QSTR_partition, &mn_text_partition_obj),
    MN_ATTR(MN_QSTR_capitalize, &mn_text_capitalize_obj),
    MN_ATTR(MN_QSTR_expandtabs, &mn_text_expandtabs_obj),
    MN_ATTR(MN_QSTR_format_map, &mn_str_format_map_obj),
    MN_ATTR(MN_QSTR_rpartition, &mn_text_rpartition_obj),
    MN_ATTR(MN_QSTR_splitlines, &mn_text_splitlines_obj),
    MN_ATTR(MN_QSTR_startswith, &mn_text_startswith_obj),
    MN_ATTR(MN_QSTR_isprintable, &mn_str_isprintable_obj),
    MN_ATTR(MN_QSTR_isidentifier, &mn_str_isidentifier_obj),
    MN_ATTR(MN_QSTR_removeprefix, &mn_text_removeprefix_obj),
    MN_ATTR(MN_QSTR_removesuffix, &mn_text_removesuffix_obj),
};

MN_ATTR_TABLE(str_attr_table, str_attrs);

const mn_type_t mn_type_str = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_str,
    .flags = MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .attrs = &str_attr_table,
    .make_new = str_make_new,
    .print = str_print,
    .unary = str_unary,
    .binary = str_binary,
    .compare = str_compare,
    .contains = str_contains,
    .subscript = str_subscript,
    .iter = mn_text_iter,
};
