// bytes: the type, its construction, the codecs and the methods bytes and bytearray share
// beyond text.h's (decode, hex, fromhex). bytearray's own parts are in bytearray.c.
#include "obj/bytes.h"

#include <stdio.h>
#include <string.h>

#include "obj/array.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/qstr.h"
#include "obj/str_format.h"
#include "obj/str_type.h"
#include "obj/text.h"
#include "obj/utf8.h"

const mn_bytes_t mn_bytes_empty = {MN_HEADER(MN_TAG_BYTES, 2), 0};

mn_bytes_t *mn_bytes_alloc(mn_runtime_t *runtime, size_t length) {
    if (length == 0) {
        return (mn_bytes_t *)&mn_bytes_empty; // never written: its length is 0
    }
    if (length > ((mn_word_t)-1 >> 3)) {
        runtime->heap.last_failure = MN_ALLOC_NO_MEMORY;
        runtime->heap.last_failure_bytes = SIZE_MAX;
        return NULL;
    }
    mn_bytes_t *bytes = mn_heap_alloc(&runtime->heap, MN_TAG_BYTES, mn_str_bytes_for(length));
    if (bytes != NULL) {
        bytes->length_flags = (mn_word_t)length << 2;
    }
    return bytes;
}

// ---- repr ------------------------------------------------------------------------------------

// Writes the b'...' of bytes[0, length) at out (NULL: measure); returns its length. A
// bytearray's repr escapes every single quote, even between double quotes, as CPython's does.
// no allocation is done
static size_t repr_bytes(const char *bytes, size_t length, bool bytearray, char *out) {
    bool has_single = memchr(bytes, '\'', length) != NULL;
    bool has_double = memchr(bytes, '"', length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    char text[4];
    size_t n = 0;
    for (size_t i = 0; i <= length + 2; i++) {
        size_t size = 1;
        if (i == 0 || i == length + 2) {
            text[0] = i == 0 ? 'b' : quote;
        } else if (i == 1) {
            text[0] = quote;
        } else {
            unsigned char c = (unsigned char)bytes[i - 2];
            if (c == (unsigned char)quote || c == '\\' || (bytearray && c == '\'')) {
                text[0] = '\\';
                text[1] = (char)c;
                size = 2;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                text[0] = '\\';
                text[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
                size = 2;
            } else if (c < 0x20 || c >= 0x7f) {
                text[0] = '\\';
                text[1] = 'x';
                text[2] = "0123456789abcdef"[c >> 4];
                text[3] = "0123456789abcdef"[c & 0xf];
                size = 4;
            } else {
                text[0] = (char)c;
            }
        }
        if (out != NULL) {
            memcpy(out + n, text, size);
        }
        n += size;
    }
    return n;
}

bool mn_bytes_print_repr(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value) {
    size_t length;
    const char *data = mn_text_data(*value, &length);
    bool bytearray = mn_bytearray_is(*value);
    size_t repr_length = repr_bytes(data, length, bytearray, NULL);
    char *room = mn_text_extend(runtime, out, repr_length);
    if (room == NULL) {
        return false;
    }
    data = mn_text_data(*value, &length); // re-read after the allocation
    repr_bytes(data, length, bytearray, room);
    return true;
}

// ---- Codecs ----------------------------------------------------------------------------------

typedef enum codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN } codec_t;
typedef enum handler { HANDLER_STRICT, HANDLER_IGNORE, HANDLER_REPLACE, HANDLER_UNKNOWN } handler_t;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

// An encoding name as CPython's codec registry normalizes it: lowercase, each run of other
// characters than letters, digits and '.' one '_', none at either end. False when too long
// for any name known here. no allocation is done
static bool normalize_name(mn_value_t name, char *out, size_t capacity) {
    size_t length;
    const char *data = mn_text_data(name, &length);
    size_t n = 0;
    bool pending_separator = false;
    for (size_t i = 0; i < length; i++) {
        char c = data[i];
        bool keep =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
        if (!keep) {
            pending_separator = n > 0;
            continue;
        }
        if (n + 2 >= capacity) {
            return false;
        }
        if (pending_separator) {
            out[n++] = '_';
            pending_separator = false;
        }
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    out[n] = '\0';
    return true;
}

// The codec an encoding name (a str, or MN_NULL for utf-8) names. no allocation is done
static codec_t codec_of(mn_value_t name) {
    if (name == MN_NULL) {
        return CODEC_UTF8;
    }
    static const struct {
        const char *alias;
        codec_t codec;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},        {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},          {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
        {"us_ascii", CODEC_ASCII},    {"646", CODEC_ASCII},         {"latin_1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},     {"latin", CODEC_LATIN1},      {"l1", CODEC_LATIN1},
        {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},  {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1},      {"iso_ir_100", CODEC_LATIN1},
    };
    char normalized[16];
    if (normalize_name(name, normalized, sizeof normalized)) {
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
            if (strcmp(normalized, aliases[i].alias) == 0) {
                return aliases[i].codec;
            }
        }
    }
    return CODEC_UNKNOWN;
}

// The error handler a name (a str, or MN_NULL for strict) names. no allocation is done
static handler_t handler_of(mn_value_t name) {
    if (name == MN_NULL) {
        return HANDLER_STRICT;
    }
    static const char *const names[] = {"strict", "ignore", "replace"};
    size_t length;
    const char *data = mn_text_data(name, &length);
    for (size_t i = 0; i < 3; i++) {
        if (strlen(names[i]) == length && memcmp(names[i], data, length) == 0) {
            return (handler_t)i;
        }
    }
    return HANDLER_UNKNOWN;
}

// LookupError for an encoding or an error handler. may trigger a gc
static mn_value_t raise_unknown_encoding(mn_runtime_t *runtime, mn_value_t name) {
    return mn_raise(runtime, &mn_type_LookupError, "unknown encoding: %q", name);
}

static mn_value_t raise_unknown_handler(mn_runtime_t *runtime, mn_value_t name) {
    return mn_raise(runtime, &mn_type_LookupError, "unknown error handler name '%q'", name);
}

// One step of decoding: the size of the valid character at data[i] and its code point, or 0
// with the size of the error range and its reason. no allocation is done
static size_t decode_step(codec_t codec, const char *data, size_t length, size_t i,
                          uint32_t *code_point, size_t *error_length, const char **reason) {
    unsigned char c = (unsigned char)data[i];
    if (c < 0x80 || codec == CODEC_LATIN1) {
        *code_point = c;
        return 1;
    }
    if (codec == CODEC_ASCII) {
        *error_length = 1;
        *reason = "ordinal not in range(128)";
        return 0;
    }
    mn_utf8_error_t error;
    size_t size = mn_utf8_check(data + i, length - i, code_point, &error, error_length);
    if (size == 0) {
        *reason = mn_utf8_error_reason(error);
    }
    return size;
}

// Measures (out NULL) or writes the decoding of data[0, length); returns its length, or
// SIZE_MAX after raising for an error under 'strict' (or an unknown handler).
// may trigger a gc (only to raise)
static size_t decode_into(mn_runtime_t *runtime, codec_t codec, handler_t handler,
                          mn_value_t errors, const char *data, size_t length, char *out) {
    size_t n = 0;
    for (size_t i = 0; i < length;) {
        uint32_t code_point;
        size_t error_length;
        const char *reason;
        size_t size = decode_step(codec, data, length, i, &code_point, &error_length, &reason);
        if (size != 0) {
            if (out != NULL) {
                mn_utf8_encode(code_point, out + n);
            }
            n += code_point < 0x80 ? 1 : code_point < 0x800 ? 2 : code_point < 0x10000 ? 3 : 4;
            i += size;
            continue;
        }
        if (handler == HANDLER_STRICT || handler == HANDLER_UNKNOWN) {
            if (handler == HANDLER_UNKNOWN) {
                (void)raise_unknown_handler(runtime, errors);
                return SIZE_MAX;
            }
            char message[128];
            if (error_length == 1) {
                snprintf(message, sizeof message,
                         "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                         codec_names[codec], (unsigned char)data[i], i, reason);
            } else {
                snprintf(message, sizeof message,
                         "'%s' codec can't decode bytes in position %zu-%zu: %s",
                         codec_names[codec], i, i + error_length - 1, reason);
            }
            (void)mn_raise(runtime, &mn_type_UnicodeDecodeError, "%s", message);
            return SIZE_MAX;
        }
        if (handler == HANDLER_REPLACE) {
            if (out != NULL) {
                memcpy(out + n, "\xef\xbf\xbd", 3); // U+FFFD
            }
            n += 3;
        }
        i += error_length;
    }
    return n;
}

mn_value_t mn_bytes_decode(mn_runtime_t *runtime, const mn_value_t *bytes, mn_value_t encoding,
                           mn_value_t errors) {
    codec_t codec = codec_of(encoding);
    if (codec == CODEC_UNKNOWN) {
        return raise_unknown_encoding(runtime, encoding);
    }
    handler_t handler = handler_of(errors);
    size_t length;
    const char *data = mn_text_data(*bytes, &length);
    size_t decoded = decode_into(runtime, codec, handler, errors, data, length, NULL);
    if (decoded == SIZE_MAX) {
        return MN_EXCEPTION;
    }
    if (decoded == length && (codec != CODEC_UTF8 || handler == HANDLER_STRICT)) {
        return mn_text_new_slice(runtime, MN_TEXT_STR, bytes, 0, length); // the same bytes
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room;
    if (mn_text_buffer_init(runtime, &buffer, slot, decoded) &&
        (room = mn_text_extend(runtime, &buffer, decoded)) != NULL) {
        data = mn_text_data(*bytes, &length); // re-read after the allocation
        (void)decode_into(runtime, codec, handler, errors, data, length, room);
        result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// Whether a code point can be encoded: utf-8 refuses only the surrogates. no allocation is done
static bool encodable(codec_t codec, uint32_t code_point) {
    switch (codec) {
    case CODEC_ASCII:
        return code_point < 0x80;
    case CODEC_LATIN1:
        return code_point < 0x100;
    default:
        return code_point < 0xd800 || code_point > 0xdfff;
    }
}

// Measures (out NULL) or writes the encoding of a str's UTF-8 text[0, length); returns its
// length, or SIZE_MAX after raising. may trigger a gc (only to raise)
static size_t encode_into(mn_runtime_t *runtime, codec_t codec, handler_t handler,
                          mn_value_t errors, const char *text, size_t length, char *out) {
    size_t n = 0;
    size_t index = 0; // code points so far
    for (size_t i = 0; i < length;) {
        uint32_t code_point;
        size_t size = mn_utf8_decode(text + i, length - i, &code_point);
        if (encodable(codec, code_point)) {
            size_t bytes = codec == CODEC_UTF8 ? size : 1;
            if (out != NULL) {
                if (codec == CODEC_UTF8) {
                    memcpy(out + n, text + i, size);
                } else {
                    out[n] = (char)code_point;
                }
            }
            n += bytes;
            i += size;
            index++;
            continue;
        }
        // The error covers the run of characters this codec cannot encode.
        size_t end = i + size;
        size_t run = 1;
        uint32_t next;
        while (end < length) {
            size_t next_size = mn_utf8_decode(text + end, length - end, &next);
            if (encodable(codec, next)) {
                break;
            }
            end += next_size;
            run++;
        }
        if (handler == HANDLER_STRICT || handler == HANDLER_UNKNOWN) {
            if (handler == HANDLER_UNKNOWN) {
                (void)raise_unknown_handler(runtime, errors);
                return SIZE_MAX;
            }
            const char *reason = codec == CODEC_UTF8    ? "surrogates not allowed"
                                 : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                        : "ordinal not in range(256)";
            char message[128];
            if (run == 1) {
                unsigned digits = code_point <= 0xff ? 2 : code_point <= 0xffff ? 4 : 8;
                snprintf(message, sizeof message,
                         "'%s' codec can't encode character '\\%c%0*x' in position %zu: %s",
                         codec_names[codec],
                         digits == 2   ? 'x'
                         : digits == 4 ? 'u'
                                       : 'U',
                         (int)digits, (unsigned)code_point, index, reason);
            } else {
                snprintf(message, sizeof message,
                         "'%s' codec can't encode characters in position %zu-%zu: %s",
                         codec_names[codec], index, index + run - 1, reason);
            }
            (void)mn_raise(runtime, &mn_type_UnicodeEncodeError, "%s", message);
            return SIZE_MAX;
        }
        if (handler == HANDLER_REPLACE) {
            if (out != NULL) {
                memset(out + n, '?', run);
            }
            n += run;
        }
        i = end;
        index += run;
    }
    return n;
}

mn_value_t mn_str_encode(mn_runtime_t *runtime, const mn_value_t *str, mn_value_t encoding,
                         mn_value_t errors, bool bytearray) {
    codec_t codec = codec_of(encoding);
    if (codec == CODEC_UNKNOWN) {
        return raise_unknown_encoding(runtime, encoding);
    }
    handler_t handler = handler_of(errors);
    size_t length;
    const char *text = mn_text_data(*str, &length);
    size_t encoded = encode_into(runtime, codec, handler, errors, text, length, NULL);
    if (encoded == SIZE_MAX) {
        return MN_EXCEPTION;
    }
    mn_text_kind_t kind = bytearray ? MN_TEXT_BYTEARRAY : MN_TEXT_BYTES;
    if (encoded == length && codec == CODEC_UTF8) {
        return mn_text_new_slice(runtime, kind, str, 0, length);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room;
    if (mn_text_buffer_init(runtime, &buffer, slot, encoded) &&
        (room = mn_text_extend(runtime, &buffer, encoded)) != NULL) {
        text = mn_text_data(*str, &length); // re-read after the allocation
        (void)encode_into(runtime, codec, handler, errors, text, length, room);
        result = mn_text_finish(runtime, kind, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// ---- Construction ----------------------------------------------------------------------------

// The items of a list or tuple (valid until the next allocation) in *items; false for
// anything else. no allocation is done
static bool sequence_items(mn_value_t value, const mn_value_t **items, size_t *count) {
    if (mn_is_tagged(value, MN_TAG_TUPLE)) {
        *count = mn_tuple_length(mn_object(value));
        *items = ((const mn_tuple_t *)mn_object(value))->items;
        return true;
    }
    if (mn_list_is(value)) {
        *count = mn_list_length(value);
        *items = mn_list_items(value);
        return true;
    }
    return false;
}

// Whether the value's type can be iterated. no allocation is done
static bool has_iter(mn_value_t value) {
    for (const mn_type_t *type = mn_type_of(value); type != NULL; type = type->base) {
        if (type->iter != NULL) {
            return true;
        }
    }
    return false;
}

// Appends the byte value of an item of an iterable of ints. may trigger a gc
static bool append_item(mn_runtime_t *runtime, mn_buffer_t *buffer, mn_value_t item,
                        bool bytearray) {
    unsigned char byte;
    int64_t n;
    if (!bytearray && mn_int_is(item) && (!mn_int_to_int64(item, &n) || n < 0 || n > 255)) {
        // bytes() words its range error in the plural
        (void)mn_raise(runtime, &mn_type_ValueError, "bytes must be in range(0, 256)");
        return false;
    }
    return mn_text_byte_value(runtime, item, &byte) &&
           mn_text_append(runtime, buffer, (const char *)&byte, 1);
}

// The bytes of the array in *array (rooted) as a new value of `kind`. may trigger a gc
static mn_value_t array_bytes(mn_runtime_t *runtime, mn_text_kind_t kind, const mn_value_t *array) {
    size_t length = mn_array_length(*array) * mn_array_itemsize(mn_array_typecode(*array));
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, length)) {
        char *to = mn_text_extend(runtime, &buffer, length);
        if (to != NULL) {
            memcpy(to, mn_array_data(*array), length);
            result = mn_text_finish(runtime, kind, &buffer);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_bytes_from_object(mn_runtime_t *runtime, bool bytearray, const mn_value_t *object) {
    mn_text_kind_t kind = bytearray ? MN_TEXT_BYTEARRAY : MN_TEXT_BYTES;
    if (mn_text_is_binary(*object)) {
        size_t length;
        mn_text_data(*object, &length);
        return mn_text_new_slice(runtime, kind, object, 0, length);
    }
    if (mn_array_is(*object)) { // the buffer protocol: the array's machine bytes
        return array_bytes(runtime, kind, object);
    }
    size_t count;
    const mn_value_t *items;
    bool sequence = sequence_items(*object, &items, &count);
    if (!sequence && !has_iter(*object)) {
        return mn_raise(runtime, &mn_type_TypeError, "cannot convert '%T' object to %s", *object,
                        bytearray ? "bytearray" : "bytes");
    }
    mn_gc_ref_t refs[3];
    mn_value_t *slot = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    bool ok = mn_text_buffer_init(runtime, &buffer, slot, sequence ? count : 16);
    if (ok && sequence) {
        for (size_t i = 0; ok && i < count; i++) {
            (void)sequence_items(*object, &items, &count); // re-read after each append
            ok = i < count && append_item(runtime, &buffer, items[i], bytearray);
        }
    } else if (ok) {
        ok = (*iterator = mn_iter(runtime, object)) != MN_EXCEPTION;
        while (ok) {
            *item = mn_next(runtime, iterator);
            if (*item == MN_NULL) {
                break;
            }
            ok = *item != MN_EXCEPTION && append_item(runtime, &buffer, *item, bytearray);
        }
    }
    if (ok) {
        result = mn_text_finish(runtime, kind, &buffer);
    }
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// bytes(source=b'', encoding, errors) and bytearray(...): CPython's bytes_new and
// bytearray___init__, which word their errors slightly differently.
mn_value_t mn_bytes_make_new(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords, bool bytearray) {
    static const uint16_t allowed[] = {MN_QSTR_source, MN_QSTR_encoding, MN_QSTR_errors};
    const char *name = bytearray ? "bytearray" : "bytes";
    if (count > 3) {
        return mn_raise(runtime, &mn_type_TypeError, "%s() takes at most 3 arguments (%z given)",
                        name, count + mn_native_keyword_count(keywords));
    }
    mn_value_t *source;
    mn_value_t *encoding;
    mn_value_t *errors;
    if (!mn_native_check_keywords(runtime, name, keywords, allowed, 3) ||
        !mn_text_constructor_argument(runtime, name, args, count, keywords, 0, MN_QSTR_source,
                                      &source) ||
        !mn_text_constructor_argument(runtime, name, args, count, keywords, 1, MN_QSTR_encoding,
                                      &encoding) ||
        !mn_text_constructor_argument(runtime, name, args, count, keywords, 2, MN_QSTR_errors,
                                      &errors)) {
        return MN_EXCEPTION;
    }
    if (encoding != NULL && mn_text_kind(*encoding) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "%s() argument 'encoding' must be str, not %s",
                        name, mn_text_argument_type(*encoding));
    }
    if (errors != NULL && mn_text_kind(*errors) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "%s() argument 'errors' must be str, not %s",
                        name, mn_text_argument_type(*errors));
    }
    bool is_str = source != NULL && mn_text_kind(*source) == MN_TEXT_STR;
    if (source == NULL || (encoding != NULL && !is_str) || (errors != NULL && !is_str)) {
        if (encoding != NULL || errors != NULL) {
            return mn_raise(runtime, &mn_type_TypeError,
                            encoding != NULL ? "encoding without a string argument"
                                             : "errors without a string argument");
        }
        return mn_text_new(runtime, bytearray ? MN_TEXT_BYTEARRAY : MN_TEXT_BYTES, "", 0);
    }
    if (is_str) {
        if (encoding == NULL) {
            return mn_raise(runtime, &mn_type_TypeError, "string argument without an encoding");
        }
        return mn_str_encode(runtime, source, *encoding, errors != NULL ? *errors : MN_NULL,
                             bytearray);
    }
    if (mn_int_is(*source)) {
        int64_t n;
        if (!mn_text_int_argument(runtime, *source, &n)) {
            return MN_EXCEPTION;
        }
        if (n < 0) {
            return mn_raise(runtime, &mn_type_ValueError, "negative count");
        }
        if ((uint64_t)n > SIZE_MAX / 2) {
            return mn_text_raise_too_big(runtime, SIZE_MAX);
        }
        if (bytearray) {
            return mn_bytearray_new(runtime, NULL, (size_t)n);
        }
        mn_bytes_t *bytes = mn_bytes_alloc(runtime, (size_t)n);
        return bytes != NULL ? mn_object_value(bytes) : mn_raise_memory_error(runtime);
    }
    if (!bytearray && mn_bytes_is(*source)) {
        return *source; // immutable: the same object
    }
    return mn_bytes_from_object(runtime, bytearray, source);
}

// bytes(...). may trigger a gc
static mn_value_t bytes_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                 size_t count, mn_value_t keywords) {
    (void)type;
    return mn_bytes_make_new(runtime, args, count, keywords, false);
}

// ---- Slots shared by bytes and bytearray -----------------------------------------------------

bool mn_bytes_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr; // str(b) is repr(b)
    bool bytearray = mn_bytearray_is(*self);
    return (!bytearray || mn_text_append(runtime, out, "bytearray(", 10)) &&
           mn_bytes_print_repr(runtime, out, self) &&
           (!bytearray || mn_text_append(runtime, out, ")", 1));
}

mn_value_t mn_bytes_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    size_t length;
    const char *data = mn_text_data(*self, &length);
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)length);
    }
    if (op == MN_UNARY_BOOL) {
        return mn_bool(length > 0);
    }
    if (op == MN_UNARY_HASH && mn_bytes_is(*self)) {
        return mn_text_hash(data, length); // a bytearray is unhashable: the protocol says so
    }
    return MN_NOT_IMPLEMENTED;
}

mn_value_t mn_bytes_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                           const mn_value_t *right) {
    op = mn_binary_op_plain(op);
    bool left_binary = mn_text_is_binary(*left);
    if (op == MN_BINARY_ADD) {
        if (!left_binary) {
            return MN_NOT_IMPLEMENTED;
        }
        if (!mn_text_is_binary(*right)) {
            return mn_is_tagged(*right, MN_TAG_INSTANCE)
                       ? MN_NOT_IMPLEMENTED
                       : mn_raise(runtime, &mn_type_TypeError, "can't concat %T to %T", *right,
                                  *left);
        }
        return mn_text_concat(runtime, mn_text_kind(*left), left, right);
    }
    if (op == MN_BINARY_MULTIPLY) {
        const mn_value_t *text = left_binary ? left : right;
        const mn_value_t *count = left_binary ? right : left;
        if (mn_int_is(*count)) {
            return mn_text_repeat(runtime, text, *count);
        }
        return mn_is_tagged(*count, MN_TAG_INSTANCE)
                   ? MN_NOT_IMPLEMENTED
                   : mn_raise(runtime, &mn_type_TypeError,
                              "can't multiply sequence by non-int of type '%T'", *count);
    }
    if (op == MN_BINARY_REMAINDER && left_binary) {
        return mn_str_percent(runtime, left, right);
    }
    return MN_NOT_IMPLEMENTED;
}

mn_value_t mn_bytes_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                            const mn_value_t *right) {
    (void)runtime;
    if (!mn_text_is_binary(*left) || !mn_text_is_binary(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    return mn_bool(mn_compare_op_holds(op, mn_text_compare(*left, *right)));
}

mn_value_t mn_bytes_contains(mn_runtime_t *runtime, const mn_value_t *self,
                             const mn_value_t *item) {
    unsigned char byte;
    const char *needle;
    size_t needle_length = 1;
    if (mn_int_is(*item)) {
        if (!mn_text_byte_value(runtime, *item, &byte)) {
            return MN_EXCEPTION;
        }
        needle = (const char *)&byte;
    } else if (mn_text_is_binary(*item)) {
        needle = mn_text_data(*item, &needle_length);
    } else {
        return mn_text_raise_need_bytes(runtime, *item);
    }
    size_t length;
    const char *data = mn_text_data(*self, &length);
    return mn_bool(mn_text_search(data, 0, length, needle, needle_length, false) != SIZE_MAX);
}

mn_value_t mn_bytes_get_item(mn_runtime_t *runtime, const mn_value_t *self,
                             const mn_value_t *index) {
    bool bytearray = mn_bytearray_is(*self);
    if (mn_is_tagged(*index, MN_TAG_SLICE)) {
        return mn_text_get_slice(runtime, self, *index);
    }
    if (!mn_int_is(*index)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "%s indices must be integers or slices, not %T",
                        bytearray ? "bytearray" : "byte", *index);
    }
    int64_t n;
    if (!mn_int_to_int64(*index, &n)) {
        return mn_raise(runtime, &mn_type_IndexError,
                        "cannot fit 'int' into an index-sized integer");
    }
    size_t length;
    const char *data = mn_text_data(*self, &length);
    if (n < 0) {
        n += (int64_t)length;
    }
    if (n < 0 || n >= (int64_t)length) {
        return mn_raise(runtime, &mn_type_IndexError,
                        bytearray ? "bytearray index out of range" : "index out of range");
    }
    return mn_small_int((unsigned char)data[n]);
}

// self[index]; bytes cannot change. may trigger a gc
static mn_value_t bytes_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                  const mn_value_t *index, const mn_value_t *value) {
    return value == NULL ? mn_bytes_get_item(runtime, self, index) : MN_NOT_IMPLEMENTED;
}

// ---- Methods ---------------------------------------------------------------------------------

// The kind of a bytes or bytearray method's self; TypeError otherwise.
// may trigger a gc (only to raise)
static bool binary_self(mn_runtime_t *runtime, const mn_value_t *args, const char *name) {
    if (mn_text_is_binary(args[0])) {
        return true;
    }
    (void)mn_raise(runtime, &mn_type_TypeError,
                   "descriptor '%s' for 'bytes' objects doesn't apply to a '%T' object", name,
                   args[0]);
    return false;
}

// decode(encoding='utf-8', errors='strict'). may trigger a gc
static mn_value_t bytes_decode(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_encoding, MN_QSTR_errors};
    mn_value_t *encoding;
    mn_value_t *errors;
    if (!binary_self(runtime, args, "decode") ||
        !mn_native_check_keywords(runtime, "decode", keywords, allowed, 2) ||
        !mn_text_argument(runtime, "decode", args, count, keywords, 1, MN_QSTR_encoding,
                          &encoding) ||
        !mn_text_argument(runtime, "decode", args, count, keywords, 2, MN_QSTR_errors, &errors)) {
        return MN_EXCEPTION;
    }
    if (encoding != NULL && mn_text_kind(*encoding) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "decode() argument 'encoding' must be str, not %s",
                        mn_text_argument_type(*encoding));
    }
    if (errors != NULL && mn_text_kind(*errors) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "decode() argument 'errors' must be str, not %s",
                        mn_text_argument_type(*errors));
    }
    return mn_bytes_decode(runtime, &args[0], encoding != NULL ? *encoding : MN_NULL,
                           errors != NULL ? *errors : MN_NULL);
}

// hex(sep=<none>, bytes_per_sep=1): CPython's _Py_strhex_impl. may trigger a gc
static mn_value_t bytes_hex(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_sep, MN_QSTR_bytes_per_sep};
    mn_value_t *sep;
    mn_value_t *per_sep_slot;
    if (!binary_self(runtime, args, "hex") ||
        !mn_native_check_keywords(runtime, "hex", keywords, allowed, 2) ||
        !mn_text_argument(runtime, "hex", args, count, keywords, 1, MN_QSTR_sep, &sep) ||
        !mn_text_argument(runtime, "hex", args, count, keywords, 2, MN_QSTR_bytes_per_sep,
                          &per_sep_slot)) {
        return MN_EXCEPTION;
    }
    char separator = 0;
    if (sep != NULL) {
        mn_text_kind_t kind = mn_text_kind(*sep);
        mn_value_t length = kind != MN_TEXT_NONE
                                ? mn_small_int((mn_small_int_t)mn_text_length(*sep))
                                : mn_len(runtime, sep);
        if (length == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        if (length != mn_small_int(1)) {
            return mn_raise(runtime, &mn_type_ValueError, "sep must be length 1.");
        }
        if (kind != MN_TEXT_STR && kind != MN_TEXT_BYTES) {
            return mn_raise(runtime, &mn_type_TypeError, "sep must be str or bytes.");
        }
        size_t sep_length;
        separator = mn_text_data(*sep, &sep_length)[0];
        if ((unsigned char)separator >= 0x80) {
            return mn_raise(runtime, &mn_type_ValueError, "sep must be ASCII.");
        }
    }
    int64_t per_sep = 1;
    if (per_sep_slot != NULL) {
        if (!mn_int_is(*per_sep_slot)) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "'%T' object cannot be interpreted as an integer", *per_sep_slot);
        }
        if (!mn_int_to_int64(*per_sep_slot, &per_sep) || per_sep < INT32_MIN ||
            per_sep > INT32_MAX) {
            return mn_raise(runtime, &mn_type_OverflowError,
                            "Python int too large to convert to C int");
        }
    }
    size_t length;
    mn_text_data(args[0], &length);
    uint64_t group = per_sep < 0 ? (uint64_t)-per_sep : (uint64_t)per_sep;
    size_t separators = separator != 0 && group != 0 && length > 0 ? (length - 1) / group : 0;
    if (length > SIZE_MAX / 4) {
        return mn_text_raise_too_big(runtime, SIZE_MAX);
    }
    size_t total = 2 * length + separators;
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room;
    if (mn_text_buffer_init(runtime, &buffer, slot, total) &&
        (room = mn_text_extend(runtime, &buffer, total)) != NULL) {
        const char *data = mn_text_data(args[0], &length);
        size_t n = 0;
        for (size_t i = 0; i < length; i++) {
            // Separators are counted from the right for a positive bytes_per_sep.
            size_t before = per_sep > 0 ? length - i : i;
            if (i > 0 && separators > 0 && before % group == 0) {
                room[n++] = separator;
            }
            unsigned char c = (unsigned char)data[i];
            room[n++] = "0123456789abcdef"[c >> 4];
            room[n++] = "0123456789abcdef"[c & 0xf];
        }
        result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// The value of a hex digit, -1 for another character. no allocation is done
static int hex_digit(char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

// Python's ASCII whitespace. no allocation is done
static bool is_ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// fromhex(string), a classmethod: args[0] is bytes or bytearray. may trigger a gc
static mn_value_t bytes_fromhex(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    bool bytearray =
        args[0] == mn_object_value(&mn_type_bytearray) || mn_bytearray_is(args[0]); // or self
    if (mn_text_kind(args[1]) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "fromhex() argument must be str, not %s",
                        mn_text_argument_type(args[1]));
    }
    size_t length;
    const char *text = mn_text_data(args[1], &length);
    // Check and count first: the pairs of digits, with whitespace only between them.
    size_t bytes = 0;
    for (size_t i = 0; i < length;) {
        if (is_ascii_space(text[i])) {
            i++;
            continue;
        }
        size_t bad = hex_digit(text[i]) < 0                          ? i
                     : i + 1 >= length || hex_digit(text[i + 1]) < 0 ? i + 1
                                                                     : SIZE_MAX;
        if (bad != SIZE_MAX) {
            return mn_raise(runtime, &mn_type_ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %z",
                            mn_utf8_count(text, bad));
        }
        bytes++;
        i += 2;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room;
    if (mn_text_buffer_init(runtime, &buffer, slot, bytes) &&
        (room = mn_text_extend(runtime, &buffer, bytes)) != NULL) {
        text = mn_text_data(args[1], &length); // re-read after the allocation
        size_t n = 0;
        for (size_t i = 0; i < length;) {
            if (is_ascii_space(text[i])) {
                i++;
                continue;
            }
            room[n++] = (char)(hex_digit(text[i]) << 4 | hex_digit(text[i + 1]));
            i += 2;
        }
        result = mn_text_finish(runtime, bytearray ? MN_TEXT_BYTEARRAY : MN_TEXT_BYTES, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

MN_METHOD(mn_bytes_decode_obj, MN_QSTR_decode, 1, 3, MN_NATIVE_KEYWORDS, bytes_decode);
MN_METHOD(mn_bytes_hex_obj, MN_QSTR_hex, 1, 3, MN_NATIVE_KEYWORDS, bytes_hex);
MN_METHOD(mn_bytes_fromhex_obj, MN_QSTR_fromhex, 2, 2, MN_NATIVE_CLASSMETHOD, bytes_fromhex);

// Sorted by name length, then name (the qstr order); tests/c/test_bytes.c checks it.
static const mn_attr_entry_t bytes_attrs[] = {
    MN_ATTR(MN_QSTR_hex, &mn_bytes_hex_obj),
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
    MN_ATTR(MN_QSTR_decode, &mn_bytes_decode_obj),
    MN_ATTR(MN_QSTR_lstrip, &mn_text_lstrip_obj),
    MN_ATTR(MN_QSTR_rindex, &mn_text_rindex_obj),
    MN_ATTR(MN_QSTR_rsplit, &mn_text_rsplit_obj),
    MN_ATTR(MN_QSTR_rstrip, &mn_text_rstrip_obj),
    MN_ATTR(MN_QSTR_fromhex, &mn_bytes_fromhex_obj),
    MN_ATTR(MN_QSTR_isalnum, &mn_text_isalnum_obj),
    MN_ATTR(MN_QSTR_isalpha, &mn_text_isalpha_obj),
    MN_ATTR(MN_QSTR_isascii, &mn_text_isascii_obj),
    MN_ATTR(MN_QSTR_isdigit, &mn_text_isdigit_obj),
    MN_ATTR(MN_QSTR_islower, &mn_text_islower_obj),
    MN_ATTR(MN_QSTR_isspace, &mn_text_isspace_obj),
    MN_ATTR(MN_QSTR_istitle, &mn_text_istitle_obj),
    MN_ATTR(MN_QSTR_isupper, &mn_text_isupper_obj),
    MN_ATTR(MN_QSTR_replace, &mn_text_replace_obj),
    MN_ATTR(MN_QSTR_endswith, &mn_text_endswith_obj),
    MN_ATTR(MN_QSTR_swapcase, &mn_text_swapcase_obj),
    MN_ATTR(MN_QSTR_partition, &mn_text_partition_obj),
    MN_ATTR(MN_QSTR_capitalize, &mn_text_capitalize_obj),
    MN_ATTR(MN_QSTR_expandtabs, &mn_text_expandtabs_obj),
    MN_ATTR(MN_QSTR_rpartition, &mn_text_rpartition_obj),
    MN_ATTR(MN_QSTR_splitlines, &mn_text_splitlines_obj),
    MN_ATTR(MN_QSTR_startswith, &mn_text_startswith_obj),
    MN_ATTR(MN_QSTR_removeprefix, &mn_text_removeprefix_obj),
    MN_ATTR(MN_QSTR_removesuffix, &mn_text_removesuffix_obj),
};

MN_ATTR_TABLE(bytes_attr_table, bytes_attrs);

const mn_type_t mn_type_bytes = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_bytes,
    .flags = MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .attrs = &bytes_attr_table,
    .make_new = bytes_make_new,
    .print = mn_bytes_print,
    .unary = mn_bytes_unary,
    .binary = mn_bytes_binary,
    .compare = mn_bytes_compare,
    .contains = mn_bytes_contains,
    .subscript = bytes_subscript,
    .iter = mn_text_iter,
};
