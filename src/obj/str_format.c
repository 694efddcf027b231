// format(), str.format() and '%' over heap buffers, following CPython 3.11's
// Objects/stringlib/unicode_format.h, PyUnicode_Format() and _PyBytes_FormatEx() step by
// step; obj/format.c lays out each field. Every text pointer here (into the format string,
// a spec, an argument) is re-read after anything that may allocate: positions are offsets.
#include "obj/str_format.h"

#include <stdio.h>
#include <string.h>

#include "obj/float.h"
#include "obj/float_text.h"
#include "obj/format.h"
#include "obj/int.h"
#include "obj/number.h"
#include "obj/qstr.h"
#include "obj/str_type.h"
#include "obj/utf8.h"
#include "vm/class.h"

// ---- Text of values --------------------------------------------------------------------------

// Writes the digits of |n| in `base` (lowercase) into out; returns their number.
// no allocation is done
static size_t magnitude_digits(uint64_t n, unsigned base, char *out) {
    char reversed[64];
    size_t count = 0;
    do {
        reversed[count++] = "0123456789abcdef"[n % base];
        n /= base;
    } while (n != 0);
    for (size_t i = 0; i < count; i++) {
        out[i] = reversed[count - 1 - i];
    }
    return count;
}

// The digits of an int's magnitude in `base`: in *digits for a value that fits 64 bits
// (*text untouched), else in the str *text (rooted) that mn_int_to_str made, after its sign.
// may trigger a gc
static bool int_digits(mn_runtime_t *runtime, const mn_value_t *value, unsigned base,
                       mn_value_t *text, char *digits, size_t *count, bool *negative) {
    int64_t n;
    if (mn_int_to_int64(*value, &n)) {
        *negative = n < 0;
        *count = magnitude_digits(n < 0 ? 0 - (uint64_t)n : (uint64_t)n, base, digits);
        return true;
    }
    *text = mn_int_to_str(runtime, value, base, false);
    if (*text == MN_EXCEPTION) {
        return false;
    }
    size_t length;
    const char *data = mn_text_data(*text, &length);
    *negative = data[0] == '-';
    *count = length - *negative;
    return true;
}

// The digits int_digits produced, valid until the next allocation. no allocation is done
static const char *digits_of(const mn_value_t *text, const char *digits, bool negative) {
    if (*text == MN_NULL) {
        return digits;
    }
    size_t length;
    return mn_text_data(*text, &length) + negative;
}

// The text of the immediates and numbers, or NULL for anything else. `scratch` holds at
// least MN_FLOAT_REPR_MAX + 1 bytes; a big int gives NULL too (it needs the heap).
// no allocation is done
static const char *simple_text(mn_value_t value, char *scratch, size_t *length) {
    const char *text = NULL;
    switch (value) {
    case MN_NONE:
        text = "None";
        break;
    case MN_TRUE:
        text = "True";
        break;
    case MN_FALSE:
        text = "False";
        break;
    case MN_ELLIPSIS:
        text = "Ellipsis";
        break;
    case MN_NOT_IMPLEMENTED:
        text = "NotImplemented";
        break;
    default:
        if (mn_is_small_int(value)) {
            mn_small_int_t n = mn_small_int_value(value);
            scratch[0] = '-';
            *length = (n < 0) + magnitude_digits(n < 0 ? 0 - (uint64_t)n : (uint64_t)n, 10,
                                                 scratch + (n < 0));
            return scratch;
        }
        if (mn_float_is(value)) {
            *length = mn_float_repr(mn_float_get(value), scratch, MN_FLOAT_REPR_MAX + 1);
            return scratch;
        }
        return NULL;
    }
    *length = strlen(text);
    return text;
}

bool mn_format_append_text(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value,
                           bool repr) {
    char scratch[MN_FLOAT_REPR_MAX + 2];
    size_t length;
    const char *text = simple_text(*value, scratch, &length);
    if (text != NULL) {
        return mn_text_append(runtime, out, text, length);
    }
    if (mn_is_tagged(*value, MN_TAG_BIG_INT)) {
        mn_gc_ref_t ref;
        mn_value_t *digits = mn_root_push(&runtime->heap, &ref);
        *digits = mn_int_to_str(runtime, value, 10, false);
        bool done = *digits != MN_EXCEPTION &&
                    mn_text_append_slice(runtime, out, digits, 0, mn_text_length(*digits));
        mn_root_pop(&runtime->heap, &ref);
        return done;
    }
    if (!repr && mn_text_kind(*value) == MN_TEXT_STR) {
        return mn_text_append_slice(runtime, out, value, 0,
                                    (mn_text_data(*value, &length), length));
    }
    return mn_print(runtime, out, value, repr);
}

mn_value_t mn_format_convert(mn_runtime_t *runtime, const mn_value_t *value, char conversion) {
    if (conversion == 'a') {
        return mn_str_ascii(runtime, value);
    }
    if (conversion == 's' && mn_text_kind(*value) == MN_TEXT_STR) {
        return *value;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, 16) &&
        mn_format_append_text(runtime, &buffer, value, conversion == 'r')) {
        result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// ---- format(value, spec) ---------------------------------------------------------------------

// Raises the error of a spec applied to a value of type `type_name`: OverflowError for a
// character out of range, ValueError otherwise, with format.c's message (which may quote the
// spec in *spec, rooted). Returns false. may trigger a gc
static bool raise_spec_error(mn_runtime_t *runtime, mn_format_error_t error,
                             const mn_format_spec_t *parsed, const mn_value_t *spec,
                             const char *type_name) {
    size_t spec_length;
    const char *spec_text = mn_text_data(*spec, &spec_length);
    size_t length =
        mn_format_error_message(error, parsed, spec_text, spec_length, type_name, NULL, 0);
    mn_str_t *message = mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(length));
    if (message == NULL) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    spec_text = mn_text_data(*spec, &spec_length); // re-read after the allocation
    mn_format_error_message(error, parsed, spec_text, spec_length, type_name, message->bytes,
                            length);
    bool ascii = true;
    for (size_t i = 0; i < length && ascii; i++) {
        ascii = (unsigned char)message->bytes[i] < 0x80;
    }
    message->length_flags = (mn_word_t)length << 2 | (ascii ? MN_STR_ASCII : 0);
    (void)mn_raise(
        runtime, error == MN_FORMAT_ERROR_CHAR_RANGE ? &mn_type_OverflowError : &mn_type_ValueError,
        "%q", mn_object_value(message));
    return false;
}

// Room for a formatted field of `length` bytes (SIZE_MAX: one that cannot exist).
// may trigger a gc
static char *field_room(mn_runtime_t *runtime, mn_buffer_t *out, size_t length) {
    if (length == SIZE_MAX) {
        (void)mn_text_raise_too_big(runtime, SIZE_MAX);
        return NULL;
    }
    return mn_text_extend(runtime, out, length);
}

// format() of an int (or a bool) under a non-empty spec. may trigger a gc
static bool format_int(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value,
                       const mn_format_spec_t *parsed, const mn_value_t *spec,
                       const char *type_name) {
    unsigned base;
    mn_format_int_route_t route = mn_format_int_route(parsed, &base);
    mn_format_error_t error = mn_format_int_check(parsed);
    if (error != MN_FORMAT_OK) {
        return raise_spec_error(runtime, error, parsed, spec, type_name);
    }
    size_t length;
    char *room;
    if (route == MN_FORMAT_INT_CHAR) {
        int64_t n;
        if (!mn_int_to_int64(*value, &n)) {
            (void)mn_raise(runtime, &mn_type_OverflowError,
                           "Python int too large to convert to C long");
            return false;
        }
        error = mn_format_int_char(parsed, n, NULL, 0, &length);
        if (error != MN_FORMAT_OK) {
            return raise_spec_error(runtime, error, parsed, spec, type_name);
        }
        if ((room = field_room(runtime, out, length)) == NULL) {
            return false;
        }
        (void)mn_format_int_char(parsed, n, room, length, &length);
        return true;
    }
    if (route == MN_FORMAT_INT_FLOAT) {
        double x;
        if (!mn_int_to_double(runtime, *value, &x)) {
            return false;
        }
        error = mn_format_float(parsed, x, NULL, 0, &length);
        if (error != MN_FORMAT_OK) {
            return raise_spec_error(runtime, error, parsed, spec, type_name);
        }
        if ((room = field_room(runtime, out, length)) == NULL) {
            return false;
        }
        (void)mn_format_float(parsed, x, room, length, &length);
        return true;
    }
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    char digits[64];
    size_t count;
    bool negative;
    bool done = false;
    if (int_digits(runtime, value, base, text, digits, &count, &negative)) {
        (void)mn_format_int(parsed, negative, digits_of(text, digits, negative), count, NULL, 0,
                            &length);
        if ((room = field_room(runtime, out, length)) != NULL) {
            (void)mn_format_int(parsed, negative, digits_of(text, digits, negative), count, room,
                                length, &length);
            done = true;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return done;
}

// A user class's __format__(spec): true with *done set when the class has one.
// may trigger a gc
static bool format_user_object(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value,
                               const mn_value_t *spec, bool *done) {
    *done = false;
    if (!mn_class_is(mn_class_of(*value))) {
        return true;
    }
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    *text = mn_class_call_special(runtime, value, mn_qstr_value(MN_QSTR___format__), spec);
    bool ok = *text != MN_EXCEPTION;
    if (ok && *text != MN_NULL) {
        *done = true;
        if (mn_text_kind(*text) != MN_TEXT_STR) {
            (void)mn_raise(runtime, &mn_type_TypeError, "__format__ must return a str, not %T",
                           *text);
            ok = false;
        } else {
            ok = mn_format_append_text(runtime, out, text, false);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

bool mn_format_value(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value,
                     const mn_value_t *spec) {
    bool done;
    bool ok = format_user_object(runtime, out, value, spec, &done);
    if (!ok || done) {
        return ok;
    }
    size_t spec_length;
    const char *spec_text = mn_text_data(*spec, &spec_length);
    if (spec_length == 0) {
        return mn_format_append_text(runtime, out, value, false);
    }
    bool is_str = mn_text_kind(*value) == MN_TEXT_STR;
    bool is_int = mn_int_is(*value);
    bool is_float = mn_float_is(*value);
    if (!is_str && !is_int && !is_float) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "unsupported format string passed to %T.__format__", *value);
        return false;
    }
    const mn_str_t *type_name = mn_type_name(mn_type_of(*value));
    mn_format_spec_t parsed;
    mn_format_error_t error = mn_format_spec_parse(spec_text, spec_length, &parsed);
    if (error != MN_FORMAT_OK) {
        return raise_spec_error(runtime, error, &parsed, spec, type_name->bytes);
    }
    if (is_int) {
        return format_int(runtime, out, value, &parsed, spec, type_name->bytes);
    }
    size_t length;
    char *room;
    if (is_float) {
        double x = mn_float_get(*value);
        error = mn_format_float(&parsed, x, NULL, 0, &length);
        if (error != MN_FORMAT_OK) {
            return raise_spec_error(runtime, error, &parsed, spec, type_name->bytes);
        }
        if ((room = field_room(runtime, out, length)) == NULL) {
            return false;
        }
        (void)mn_format_float(&parsed, x, room, length, &length);
        return true;
    }
    size_t text_length;
    const char *text = mn_text_data(*value, &text_length);
    error = mn_format_str(&parsed, text, text_length, NULL, 0, &length);
    if (error != MN_FORMAT_OK) {
        return raise_spec_error(runtime, error, &parsed, spec, type_name->bytes);
    }
    if ((room = field_room(runtime, out, length)) == NULL) {
        return false;
    }
    text = mn_text_data(*value, &text_length); // re-read after the allocation
    (void)mn_format_str(&parsed, text, text_length, room, length, &length);
    return true;
}

// ---- str.format() ----------------------------------------------------------------------------

typedef enum auto_number { AUTO_INIT, AUTO_AUTOMATIC, AUTO_MANUAL } auto_number_t;

typedef struct format_context {
    const mn_value_t *format;     // the format string (rooted)
    const mn_value_t *positional; // format(): the positional arguments; format_map(): NULL
    size_t positional_count;
    const mn_value_t *keywords; // format(): the keyword names, a tuple (rooted) or MN_NULL
    const mn_value_t *keyword_values;
    const mn_value_t *mapping; // format_map(): the mapping
    auto_number_t auto_state;
    size_t auto_next;
} format_context_t;

// The byte at `offset` of the format string (which may have moved: re-read each time).
// no allocation is done
static char format_byte(const format_context_t *context, size_t offset) {
    size_t length;
    return mn_text_data(*context->format, &length)[offset];
}

// CPython's get_integer: the value of an all-digits part, -1 when it is empty or not all
// digits; ValueError "Too many decimal digits in format string". may trigger a gc (to raise)
// may trigger a gc (only to raise)
static bool part_integer(mn_runtime_t *runtime, const format_context_t *context, size_t start,
                         size_t end, int64_t *out) {
    *out = -1;
    if (start >= end) {
        return true;
    }
    int64_t value = 0;
    for (size_t i = start; i < end; i++) {
        char c = format_byte(context, i);
        if (c < '0' || c > '9') {
            return true;
        }
        if (value > (INT64_MAX - (c - '0')) / 10) {
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "Too many decimal digits in format string");
            return false;
        }
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

// A new str of format[start, end). may trigger a gc
static mn_value_t format_part(mn_runtime_t *runtime, const format_context_t *context, size_t start,
                              size_t end) {
    return mn_text_new_slice(runtime, MN_TEXT_STR, context->format, start, end - start);
}

// The value a field name [start, end) names, into *field (rooted). CPython's
// get_field_object, field_name_split and FieldNameIterator. may trigger a gc
static bool field_object(mn_runtime_t *runtime, format_context_t *context, size_t start, size_t end,
                         mn_value_t *field) {
    size_t i = start;
    while (i < end && format_byte(context, i) != '.' && format_byte(context, i) != '[') {
        i++;
    }
    int64_t index;
    if (!part_integer(runtime, context, start, i, &index)) {
        return false;
    }
    bool empty = i == start;
    if (empty || index != -1) {
        if (context->auto_state == AUTO_INIT) {
            context->auto_state = empty ? AUTO_AUTOMATIC : AUTO_MANUAL;
        }
        if (context->auto_state == AUTO_MANUAL && empty) {
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "cannot switch from manual field specification to automatic field "
                           "numbering");
            return false;
        }
        if (context->auto_state == AUTO_AUTOMATIC && !empty) {
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "cannot switch from automatic field numbering to manual field "
                           "specification");
            return false;
        }
        if (empty) {
            index = (int64_t)context->auto_next++;
        }
    }
    if (index == -1) {
        *field = format_part(runtime, context, start, i);
        if (*field == MN_EXCEPTION) {
            return false;
        }
        if (context->mapping != NULL) {
            *field = mn_subscript(runtime, context->mapping, field, NULL);
        } else {
            size_t key_length;
            const char *key = mn_text_data(*field, &key_length);
            size_t keyword_count = mn_native_keyword_count(*context->keywords);
            const mn_tuple_t *names = mn_object(*context->keywords);
            size_t k = 0;
            for (; k < keyword_count; k++) {
                if (mn_str_equal_bytes(mn_qstr_str(names->items[k]), key, key_length)) {
                    break;
                }
            }
            *field = k < keyword_count ? context->keyword_values[k]
                                       : mn_raise(runtime, &mn_type_KeyError, "%q", *field);
        }
    } else if (context->positional == NULL) {
        *field = mn_raise(runtime, &mn_type_ValueError, "Format string contains positional fields");
    } else if ((uint64_t)index >= context->positional_count) {
        *field =
            mn_raise(runtime, &mn_type_IndexError,
                     "Replacement index %z out of range for positional args tuple", (size_t)index);
    } else {
        *field = context->positional[index];
    }
    // The rest: .name and [key] parts.
    mn_gc_ref_t ref;
    mn_value_t *key = mn_root_push(&runtime->heap, &ref);
    while (*field != MN_EXCEPTION && i < end) {
        char c = format_byte(context, i++);
        size_t part_start = i;
        if (c == '.') {
            while (i < end && format_byte(context, i) != '.' && format_byte(context, i) != '[') {
                i++;
            }
        } else if (c == '[') {
            while (i < end && format_byte(context, i) != ']') {
                i++;
            }
            if (i == end) {
                *field = mn_raise(runtime, &mn_type_ValueError, "Missing ']' in format string");
                break;
            }
        } else {
            *field = mn_raise(runtime, &mn_type_ValueError,
                              "Only '.' or '[' may follow ']' in format field specifier");
            break;
        }
        size_t part_end = i;
        if (c == '[') {
            i++; // the ']'
        }
        if (part_start == part_end) {
            *field = mn_raise(runtime, &mn_type_ValueError, "Empty attribute in format string");
            break;
        }
        if (!part_integer(runtime, context, part_start, part_end, &index)) {
            *field = MN_EXCEPTION;
            break;
        }
        if (c == '[' && index != -1) {
            if (!mn_small_int_fits(index)) {
                *key = mn_int_from_int64(runtime, index);
            } else {
                *key = mn_small_int((mn_small_int_t)index);
            }
        } else {
            *key = format_part(runtime, context, part_start, part_end);
        }
        if (*key == MN_EXCEPTION) {
            *field = MN_EXCEPTION;
        } else if (c == '[') {
            *field = mn_subscript(runtime, field, key, NULL);
        } else {
            mn_value_t name = mn_is_qstr(*key) ? *key : mn_qstr_intern_str(runtime, key);
            *field = name == MN_NULL ? mn_raise_memory_error(runtime)
                                     : mn_load_attr(runtime, field, name);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return *field != MN_EXCEPTION;
}

static bool build_string(mn_runtime_t *runtime, mn_buffer_t *out, format_context_t *context,
                         size_t start, size_t end, int depth);

// Formats one replacement field: CPython's parse_field (from just after its '{'; *position
// ends after its '}') and output_markup. may trigger a gc
static bool format_field(mn_runtime_t *runtime, mn_buffer_t *out, format_context_t *context,
                         size_t *position, size_t end, int depth) {
    size_t i = *position;
    size_t name_start = i;
    char c = 0;
    while (i < end) {
        c = format_byte(context, i++);
        if (c == '{') {
            (void)mn_raise(runtime, &mn_type_ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < end && format_byte(context, i) != ']') {
                i++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    size_t name_end = i - 1;
    uint32_t conversion = 0;
    size_t spec_start = i;
    size_t spec_end = i;
    bool spec_expands = false;
    if (c == '!' || c == ':') {
        bool spec_follows = true;
        if (c == '!') {
            if (i >= end) {
                (void)mn_raise(runtime, &mn_type_ValueError,
                               "end of string while looking for conversion specifier");
                return false;
            }
            size_t length;
            const char *data = mn_text_data(*context->format, &length);
            i += mn_utf8_decode(data + i, end - i, &conversion);
            if (i < end) {
                c = format_byte(context, i++);
                if (c == '}') {
                    spec_follows = false;
                    spec_start = spec_end = i - 1;
                } else if (c != ':') {
                    (void)mn_raise(runtime, &mn_type_ValueError,
                                   "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        if (spec_follows) {
            spec_start = i;
            int count = 1;
            while (i < end) {
                c = format_byte(context, i++);
                if (c == '{') {
                    spec_expands = true;
                    count++;
                } else if (c == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) {
                (void)mn_raise(runtime, &mn_type_ValueError, "unmatched '{' in format spec");
                return false;
            }
            spec_end = i - 1;
        }
    } else if (c != '}') {
        (void)mn_raise(runtime, &mn_type_ValueError, "expected '}' before end of string");
        return false;
    }
    *position = i;

    mn_gc_ref_t refs[2];
    mn_value_t *field = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *spec = mn_root_push(&runtime->heap, &refs[1]);
    bool done = field_object(runtime, context, name_start, name_end, field);
    if (done && conversion != 0) {
        if (conversion == 'r' || conversion == 's' || conversion == 'a') {
            *field = mn_format_convert(runtime, field, (char)conversion);
            done = *field != MN_EXCEPTION;
        } else if (conversion > 32 && conversion < 127) {
            (void)mn_raise(runtime, &mn_type_ValueError, "Unknown conversion specifier %s",
                           (char[]){(char)conversion, '\0'});
            done = false;
        } else {
            char hex[12];
            size_t digits = magnitude_digits(conversion, 16, hex);
            hex[digits] = '\0';
            (void)mn_raise(runtime, &mn_type_ValueError, "Unknown conversion specifier \\x%s", hex);
            done = false;
        }
    }
    if (done) {
        if (spec_expands && depth <= 1) {
            (void)mn_raise(runtime, &mn_type_ValueError, "Max string recursion exceeded");
            done = false;
        } else if (spec_expands) {
            // The spec has fields of its own: format it first, one level deeper.
            mn_buffer_t spec_buffer;
            done = mn_text_buffer_init(runtime, &spec_buffer, spec, 16) &&
                   build_string(runtime, &spec_buffer, context, spec_start, spec_end, depth - 1);
            if (done) {
                *spec = mn_text_finish(runtime, MN_TEXT_STR, &spec_buffer);
            }
        } else {
            *spec = format_part(runtime, context, spec_start, spec_end);
            done = *spec != MN_EXCEPTION;
        }
    }
    done = done && mn_format_value(runtime, out, field, spec);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return done;
}

// Formats format[start, end) into out: CPython's MarkupIterator over literal text, doubled
// braces and fields. may trigger a gc
static bool build_string(mn_runtime_t *runtime, mn_buffer_t *out, format_context_t *context,
                         size_t start, size_t end, int depth) {
    size_t i = start;
    while (i < end) {
        size_t literal_start = i;
        char c = 0;
        while (i < end) {
            c = format_byte(context, i++);
            if (c == '{' || c == '}') {
                break;
            }
            c = 0;
        }
        bool at_end = i >= end;
        size_t literal_end = i;
        bool markup = c != 0;
        if (c == '}' && (at_end || format_byte(context, i) != '}')) {
            (void)mn_raise(runtime, &mn_type_ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (at_end && c == '{') {
            (void)mn_raise(runtime, &mn_type_ValueError, "Single '{' encountered in format string");
            return false;
        }
        if (markup) {
            if (format_byte(context, i) == c) {
                i++; // a doubled brace: the literal keeps one
                markup = false;
            } else {
                literal_end--;
            }
        }
        if (!mn_text_append_slice(runtime, out, context->format, literal_start,
                                  literal_end - literal_start)) {
            return false;
        }
        if (markup && !format_field(runtime, out, context, &i, end, depth)) {
            return false;
        }
    }
    return true;
}

// Formats the str in args[0] with the context; the result as a str. may trigger a gc
static mn_value_t format_with(mn_runtime_t *runtime, mn_value_t *args, format_context_t *context,
                              const char *name) {
    if (mn_text_kind(args[0]) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "descriptor '%s' for 'str' objects doesn't apply to a '%T' object", name,
                        args[0]);
    }
    context->format = &args[0];
    context->auto_state = AUTO_INIT;
    context->auto_next = 0;
    size_t length;
    mn_text_data(args[0], &length);
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, length) &&
        build_string(runtime, &buffer, context, 0, length, 2)) {
        result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t str_format(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    // The keyword names are read while formatting allocates: they need a rooted slot.
    mn_gc_ref_t ref;
    mn_value_t *names = mn_root_push(&runtime->heap, &ref);
    *names = keywords;
    format_context_t context;
    memset(&context, 0, sizeof context);
    context.positional = args + 1;
    context.positional_count = count - 1;
    context.keywords = names;
    context.keyword_values = args + count;
    mn_value_t result = format_with(runtime, args, &context, "format");
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t str_format_map(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_value_t no_keywords = MN_NULL;
    format_context_t context;
    memset(&context, 0, sizeof context);
    context.keywords = &no_keywords;
    context.mapping = &args[1];
    return format_with(runtime, args, &context, "format_map");
}

MN_METHOD(mn_str_format_obj, MN_QSTR_format, 1, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, str_format);
MN_METHOD(mn_str_format_map_obj, MN_QSTR_format_map, 2, 2, 0, str_format_map);

// ---- '%' -------------------------------------------------------------------------------------

typedef struct percent_state {
    mn_text_kind_t kind;    // the format's
    const mn_value_t *args; // the right operand (rooted)
    mn_value_t *current;    // rooted: the arguments, or the value a key found
    bool mapping;           // args is a mapping ("%(key)s" looks there)
    int64_t count;          // CPython's arglen: the tuple's length, or -1 for one value
    int64_t next;           // CPython's argidx
} percent_state_t;

// Whether the value's type has a subscript slot (CPython's PyMapping_Check). no allocation is done
static bool has_subscript(mn_value_t value) {
    for (const mn_type_t *type = mn_type_of(value); type != NULL; type = type->base) {
        if (type->subscript != NULL) {
            return true;
        }
    }
    return false;
}

// The next argument (CPython's getnextarg). may trigger a gc (only to raise)
static mn_value_t next_argument(mn_runtime_t *runtime, percent_state_t *state) {
    if (state->next < state->count) {
        int64_t index = state->next++;
        if (state->count < 0) {
            return *state->current;
        }
        return ((const mn_tuple_t *)mn_object(*state->current))->items[index];
    }
    return mn_raise(runtime, &mn_type_TypeError, "not enough arguments for format string");
}

// "%(key)": the key's value becomes the one argument. may trigger a gc
static bool take_key(mn_runtime_t *runtime, percent_state_t *state, const mn_value_t *format,
                     const mn_format_percent_t *spec) {
    if (!state->mapping) {
        (void)mn_raise(runtime, &mn_type_TypeError, "format requires a mapping");
        return false;
    }
    mn_text_kind_t key_kind = state->kind == MN_TEXT_STR ? MN_TEXT_STR : MN_TEXT_BYTES;
    *state->current =
        mn_text_new_slice(runtime, key_kind, format, spec->key_offset, spec->key_length);
    if (*state->current == MN_EXCEPTION) {
        return false;
    }
    *state->current = mn_subscript(runtime, state->args, state->current, NULL);
    state->count = -1;
    state->next = -2;
    return *state->current != MN_EXCEPTION;
}

// A '*' width or precision. may trigger a gc (only to raise)
static bool take_star(mn_runtime_t *runtime, percent_state_t *state, mn_format_percent_t *spec,
                      bool precision) {
    mn_value_t value = next_argument(runtime, state);
    if (value == MN_EXCEPTION) {
        return false;
    }
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "* wants int");
        return false;
    }
    int64_t n;
    bool fits = mn_int_to_int64(value, &n);
    if (!fits || (precision && (n < INT32_MIN || n > INT32_MAX))) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       precision ? "Python int too large to convert to C int"
                                 : "Python int too large to convert to C ssize_t");
        return false;
    }
    if (precision) {
        mn_format_percent_set_precision(spec, n);
    } else {
        mn_format_percent_set_width(spec, n);
    }
    return true;
}

// Appends bytes [0, length) of the text in *text (rooted) in a field of spec's width,
// truncated to its precision (but for 'c'): the text conversions of bytes formatting, which
// count bytes. may trigger a gc
static bool pad_bytes(mn_runtime_t *runtime, mn_buffer_t *out, const mn_format_percent_t *spec,
                      const mn_value_t *text, size_t offset, size_t length) {
    if (spec->conversion != 'c' && spec->precision >= 0 && (uint64_t)spec->precision < length) {
        length = (size_t)spec->precision;
    }
    uint64_t width = spec->width > 0 ? (uint64_t)spec->width : 0;
    uint64_t padding = width > length ? width - length : 0;
    if (padding > SIZE_MAX / 2) {
        (void)mn_text_raise_too_big(runtime, SIZE_MAX);
        return false;
    }
    char *room = mn_text_extend(runtime, out, length + (size_t)padding);
    if (room == NULL) {
        return false;
    }
    bool left = (spec->flags & MN_FORMAT_PERCENT_LEFT) != 0;
    memset(room, ' ', (size_t)padding + length);
    size_t data_length;
    const char *data = mn_text_data(*text, &data_length);
    memcpy(room + (left ? 0 : (size_t)padding), data + offset, length);
    return true;
}

// The character of a 'c' conversion: a one-character str or a code point for a str format, a
// one-byte bytes-like or a byte value for a bytes format. may trigger a gc (only to raise)
static bool percent_character(mn_runtime_t *runtime, mn_value_t value, mn_text_kind_t kind,
                              uint32_t *out) {
    size_t length;
    if (kind == MN_TEXT_STR ? mn_text_kind(value) == MN_TEXT_STR : mn_text_is_binary(value)) {
        const char *data = mn_text_data(value, &length);
        if (mn_text_length(value) == 1) {
            *out = (unsigned char)data[0];
            if (kind == MN_TEXT_STR) {
                mn_utf8_decode(data, length, out);
            }
            return true;
        }
    } else if (mn_int_is(value)) {
        int64_t n;
        int64_t limit = kind == MN_TEXT_STR ? 0x10ffff : 255;
        if (!mn_int_to_int64(value, &n) || n < 0 || n > limit) {
            (void)mn_raise(runtime, &mn_type_OverflowError,
                           kind == MN_TEXT_STR ? "%%c arg not in range(0x110000)"
                                               : "%%c arg not in range(256)");
            return false;
        }
        *out = (uint32_t)n;
        return true;
    }
    (void)mn_raise(runtime, &mn_type_TypeError,
                   kind == MN_TEXT_STR ? "%%c requires int or char"
                                       : "%%c requires an integer in range(256) or a single byte");
    return false;
}

// The text of one conversion: s, r, a, c (and b for bytes). may trigger a gc
static bool percent_text(mn_runtime_t *runtime, mn_buffer_t *out, const mn_format_percent_t *spec,
                         mn_value_t *value, mn_value_t *text, mn_text_kind_t kind) {
    uint32_t c = spec->conversion;
    size_t length;
    if (c == 'c') {
        uint32_t code_point;
        if (!percent_character(runtime, *value, kind, &code_point)) {
            return false;
        }
        char character[4] = {(char)code_point};
        length = kind == MN_TEXT_STR ? mn_utf8_encode(code_point, character) : 1;
        *text = mn_text_new(runtime, kind == MN_TEXT_STR ? MN_TEXT_STR : MN_TEXT_BYTES, character,
                            length);
    } else if (kind == MN_TEXT_STR) {
        *text = mn_format_convert(runtime, value, (char)c);
    } else if (c == 's' || c == 'b') {
        if (!mn_text_is_binary(*value)) {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "%%b requires a bytes-like object, or an object that implements "
                           "__bytes__, not '%T'",
                           *value);
            return false;
        }
        *text = *value;
    } else {
        *text = mn_format_convert(runtime, value, 'a');
    }
    if (*text == MN_EXCEPTION) {
        return false;
    }
    const char *data = mn_text_data(*text, &length);
    if (kind != MN_TEXT_STR) {
        return pad_bytes(runtime, out, spec, text, 0, length);
    }
    size_t total = mn_format_percent_str(spec, data, length, NULL, 0);
    char *room = field_room(runtime, out, total);
    if (room == NULL) {
        return false;
    }
    data = mn_text_data(*text, &length);
    (void)mn_format_percent_str(spec, data, length, room, total);
    return true;
}

// One number conversion: d i u o x X e E f F g G. may trigger a gc
static bool percent_number(mn_runtime_t *runtime, mn_buffer_t *out, const mn_format_percent_t *spec,
                           mn_value_t *value, mn_value_t *text) {
    uint32_t c = spec->conversion;
    char *room;
    if (c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G') {
        double x;
        if (!mn_float_value(runtime, *value, &x)) {
            return false;
        }
        size_t total = mn_format_percent_float(spec, x, NULL, 0);
        if ((room = field_room(runtime, out, total)) == NULL) {
            return false;
        }
        (void)mn_format_percent_float(spec, x, room, total);
        return true;
    }
    bool integer_only = c == 'o' || c == 'x' || c == 'X';
    if (!mn_number_is(*value) || (integer_only && !mn_int_is(*value))) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       integer_only ? "%%%s format: an integer is required, not %T"
                                    : "%%%s format: a real number is required, not %T",
                       (char[]){(char)c, '\0'}, *value);
        return false;
    }
    if (!mn_int_is(*value) && (*value = mn_number_to_int(runtime, value)) == MN_EXCEPTION) {
        return false;
    }
    char digits[64];
    size_t count;
    bool negative;
    if (!int_digits(runtime, value, mn_format_percent_base(c), text, digits, &count, &negative)) {
        return false;
    }
    size_t total =
        mn_format_percent_int(spec, negative, digits_of(text, digits, negative), count, NULL, 0);
    if ((room = field_room(runtime, out, total)) == NULL) {
        return false;
    }
    (void)mn_format_percent_int(spec, negative, digits_of(text, digits, negative), count, room,
                                total);
    return true;
}

// Raises the ValueError of a '%' format error. Returns false. may trigger a gc
static bool raise_percent_error(mn_runtime_t *runtime, mn_format_error_t error,
                                const mn_format_percent_t *spec, const mn_value_t *format,
                                mn_text_kind_t kind) {
    char message[96];
    size_t length;
    const char *data = mn_text_data(*format, &length);
    if (error == MN_FORMAT_ERROR_UNSUPPORTED && kind != MN_TEXT_STR) {
        // bytes count bytes: the conversion is one byte and the index a byte offset
        unsigned c = (unsigned char)data[spec->conversion_offset];
        if (c >= 0x80) {
            // CPython formats its message with the byte as a negative (signed) char, which
            // fails: that failure is what it raises.
            (void)mn_raise(runtime, &mn_type_OverflowError,
                           "character argument not in range(0x110000)");
            return false;
        }
        snprintf(message, sizeof message, "unsupported format character '%c' (0x%x) at index %zu",
                 c >= 31 && c <= 126 ? (char)c : '?', c, spec->conversion_offset);
        (void)mn_raise(runtime, &mn_type_ValueError, "%s", message);
        return false;
    }
    size_t message_length =
        mn_format_percent_error_message(error, spec, data, message, sizeof message - 1);
    message[message_length < sizeof message ? message_length : sizeof message - 1] = '\0';
    (void)mn_raise(runtime, &mn_type_ValueError, "%s", message);
    return false;
}

// One conversion from just after its '%'; *position ends after it. may trigger a gc
static bool percent_conversion(mn_runtime_t *runtime, mn_buffer_t *out, percent_state_t *state,
                               const mn_value_t *format, size_t *position, mn_value_t *value,
                               mn_value_t *text) {
    size_t length;
    const char *data = mn_text_data(*format, &length);
    mn_format_percent_t spec;
    mn_format_error_t error = mn_format_percent_parse(data, length, position, &spec);
    if (error == MN_FORMAT_OK && state->kind != MN_TEXT_STR && !spec.literal) {
        // A bytes conversion is one byte, whatever follows it.
        spec.conversion = (unsigned char)data[spec.conversion_offset];
        *position = spec.conversion_offset + 1;
    }
    if (spec.literal) {
        return mn_text_append(runtime, out, "%", 1);
    }
    // CPython meets the key and the '*' arguments before it finds the format incomplete,
    // and wants a mapping as soon as it meets '('.
    if (spec.has_key && error == MN_FORMAT_ERROR_INCOMPLETE_KEY && !state->mapping) {
        (void)mn_raise(runtime, &mn_type_TypeError, "format requires a mapping");
        return false;
    }
    if ((spec.has_key && error != MN_FORMAT_ERROR_INCOMPLETE_KEY &&
         !take_key(runtime, state, format, &spec)) ||
        (spec.width_star && !take_star(runtime, state, &spec, false)) ||
        (spec.precision_star && !take_star(runtime, state, &spec, true))) {
        return false;
    }
    if (error != MN_FORMAT_OK) {
        return raise_percent_error(runtime, error, &spec, format, state->kind);
    }
    if ((*value = next_argument(runtime, state)) == MN_EXCEPTION) {
        return false;
    }
    uint32_t c = spec.conversion;
    if (c == 'b' && state->kind != MN_TEXT_STR) {
        return percent_text(runtime, out, &spec, value, text, state->kind);
    }
    if (mn_format_percent_check(&spec) != MN_FORMAT_OK) {
        return raise_percent_error(runtime, MN_FORMAT_ERROR_UNSUPPORTED, &spec, format,
                                   state->kind);
    }
    if (c == 's' || c == 'r' || c == 'a' || c == 'c') {
        return percent_text(runtime, out, &spec, value, text, state->kind);
    }
    return percent_number(runtime, out, &spec, value, text);
}

mn_value_t mn_str_percent(mn_runtime_t *runtime, const mn_value_t *format, const mn_value_t *args) {
    mn_gc_ref_t refs[4];
    mn_value_t *slot = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *current = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[2]);
    mn_value_t *text = mn_root_push(&runtime->heap, &refs[3]);
    percent_state_t state;
    state.kind = mn_text_kind(*format);
    state.args = args;
    state.current = current;
    *current = *args;
    bool tuple = mn_is_tagged(*args, MN_TAG_TUPLE);
    state.count = tuple ? (int64_t)mn_tuple_length(mn_object(*args)) : -1;
    state.next = tuple ? 0 : -2;
    state.mapping = !tuple && mn_text_kind(*args) == MN_TEXT_NONE && has_subscript(*args);
    size_t length;
    mn_text_data(*format, &length);
    mn_buffer_t buffer;
    bool done = mn_text_buffer_init(runtime, &buffer, slot, length + 16);
    for (size_t i = 0; done && i < length;) {
        const char *data = mn_text_data(*format, &length);
        const char *percent = memchr(data + i, '%', length - i);
        size_t literal_end = percent != NULL ? (size_t)(percent - data) : length;
        done = mn_text_append_slice(runtime, &buffer, format, i, literal_end - i);
        if (percent == NULL) {
            break;
        }
        i = literal_end + 1;
        *value = *text = MN_NULL;
        done = done && percent_conversion(runtime, &buffer, &state, format, &i, value, text);
    }
    if (done && state.next < state.count && !state.mapping) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       state.kind == MN_TEXT_STR
                           ? "not all arguments converted during string formatting"
                           : "not all arguments converted during bytes formatting");
        done = false;
    }
    mn_value_t result = done ? mn_text_finish(runtime, state.kind, &buffer) : MN_EXCEPTION;
    for (int i = 4; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}
