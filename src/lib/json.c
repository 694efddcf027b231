// The json module: dumps, loads, dump, load.
//
// dumps(obj, *, separators=None, indent=None, sort_keys=False) writes CPython's output
// (ensure_ascii: characters beyond ASCII as \uXXXX escapes); loads(s) reads the full JSON
// grammar plus CPython's NaN, Infinity and -Infinity, and raises json.JSONDecodeError (a
// ValueError) with CPython's messages. Both recurse in C, one level per nested container,
// bounded by MN_JSON_MAX_DEPTH: deeper data raises RecursionError, never overflows the C
// stack. Containers being built live in GC references; the text being read is re-read by
// offset after every allocation.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lib/modules.h"
#include "obj/buffer.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/sequence.h"
#include "obj/text.h"
#include "obj/tuple.h"
#include "obj/utf8.h"

#ifndef MN_JSON_MAX_DEPTH
#define MN_JSON_MAX_DEPTH 200
#endif

static const mn_type_t json_decode_error_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_JSONDecodeError,
    .flags = MN_TYPE_EXCEPTION | MN_TYPE_BASETYPE,
    .base = &mn_type_ValueError, // its slots and methods are ValueError's
};

// ---- Encoding ----------------------------------------------------------------------------------

typedef struct encoder {
    mn_buffer_t out;
    const mn_value_t *item_separator; // rooted str values
    const mn_value_t *key_separator;
    const mn_value_t *indent; // a str, or None
    bool sort_keys;
} encoder_t;

static bool append(mn_runtime_t *runtime, encoder_t *encoder, const char *text, size_t length) {
    return mn_text_append(runtime, &encoder->out, text, length);
}

static bool append_value_text(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *text) {
    size_t length;
    mn_text_data(*text, &length);
    return mn_text_append_slice(runtime, &encoder->out, text, 0, length);
}

// A newline and the indent of `depth` levels, when indenting.
static bool newline(mn_runtime_t *runtime, encoder_t *encoder, size_t depth) {
    if (*encoder->indent == MN_NONE) {
        return true;
    }
    if (!append(runtime, encoder, "\n", 1)) {
        return false;
    }
    for (size_t i = 0; i < depth; i++) {
        if (!append_value_text(runtime, encoder, encoder->indent)) {
            return false;
        }
    }
    return true;
}

// A str as a JSON string, ensure_ascii style. may trigger a gc
static bool encode_str(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *str) {
    if (!append(runtime, encoder, "\"", 1)) {
        return false;
    }
    size_t length;
    mn_text_data(*str, &length);
    size_t at = 0;
    while (at < length) {
        const char *text = mn_text_data(*str, &length); // re-read after each append
        uint32_t code_point;
        size_t size = mn_utf8_decode(text + at, length - at, &code_point);
        at += size > 0 ? size : 1;
        char escape[16];
        size_t escape_length;
        switch (code_point) {
        case '"':
            escape_length = (size_t)snprintf(escape, sizeof escape, "\\\"");
            break;
        case '\\':
            escape_length = (size_t)snprintf(escape, sizeof escape, "\\\\");
            break;
        case '\n':
            escape_length = (size_t)snprintf(escape, sizeof escape, "\\n");
            break;
        case '\r':
            escape_length = (size_t)snprintf(escape, sizeof escape, "\\r");
            break;
        case '\t':
            escape_length = (size_t)snprintf(escape, sizeof escape, "\\t");
            break;
        case '\b':
            escape_length = (size_t)snprintf(escape, sizeof escape, "\\b");
            break;
        case '\f':
            escape_length = (size_t)snprintf(escape, sizeof escape, "\\f");
            break;
        default:
            if (code_point >= 0x20 && code_point < 0x7f) {
                escape[0] = (char)code_point;
                escape_length = 1;
            } else if (code_point < 0x10000) {
                escape_length = (size_t)snprintf(escape, sizeof escape, "\\u%04x", code_point);
            } else {
                uint32_t v = code_point - 0x10000;
                escape_length = (size_t)snprintf(escape, sizeof escape, "\\u%04x\\u%04x",
                                                 0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff));
            }
            break;
        }
        if (!append(runtime, encoder, escape, escape_length)) {
            return false;
        }
    }
    return append(runtime, encoder, "\"", 1);
}

// A float as JSON: repr, or NaN / Infinity / -Infinity. may trigger a gc
static bool encode_float(mn_runtime_t *runtime, encoder_t *encoder, double x) {
    if (isnan(x)) {
        return append(runtime, encoder, "NaN", 3);
    }
    if (isinf(x)) {
        return x > 0 ? append(runtime, encoder, "Infinity", 8)
                     : append(runtime, encoder, "-Infinity", 9);
    }
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    *text = mn_float_to_str(runtime, x);
    bool ok = *text != MN_EXCEPTION && append_value_text(runtime, encoder, text);
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

static bool encode_int(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *value) {
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    *text = mn_int_to_str(runtime, value, 10, false);
    bool ok = *text != MN_EXCEPTION && append_value_text(runtime, encoder, text);
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// null, true, false, ints and floats; false with nothing raised for other values.
static bool encode_scalar(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *value,
                          bool *done) {
    *done = true;
    if (*value == MN_NONE) {
        return append(runtime, encoder, "null", 4);
    }
    if (*value == MN_TRUE) {
        return append(runtime, encoder, "true", 4);
    }
    if (*value == MN_FALSE) {
        return append(runtime, encoder, "false", 5);
    }
    if (mn_int_is(*value)) {
        return encode_int(runtime, encoder, value);
    }
    if (mn_float_is(*value)) {
        return encode_float(runtime, encoder, mn_float_get(*value));
    }
    *done = false;
    return true;
}

static bool encode(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *value,
                   size_t depth);

// A dict key as a JSON string: strs, and numbers, bools and None as their JSON text.
static bool encode_key(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *key) {
    if (mn_text_kind(*key) == MN_TEXT_STR) {
        return encode_str(runtime, encoder, key);
    }
    if (!mn_int_is(*key) && !mn_float_is(*key) && *key != MN_NONE) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "keys must be str, int, float, bool or None, not %T", *key);
        return false;
    }
    bool done;
    return append(runtime, encoder, "\"", 1) && encode_scalar(runtime, encoder, key, &done) &&
           append(runtime, encoder, "\"", 1);
}

static bool encode_dict(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *dict,
                        size_t depth) {
    if (mn_dict_count(*dict) == 0) {
        return append(runtime, encoder, "{}", 2);
    }
    mn_gc_ref_t refs[3];
    mn_value_t *keys = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    *keys = mn_list_new(runtime, mn_dict_count(*dict));
    bool ok = *keys != MN_EXCEPTION;
    for (size_t i = 0; ok && i < ((const mn_dict_t *)mn_object(*dict))->used; i++) {
        *key = mn_dict_entry(*dict, i)[0];
        if (*key != MN_NULL) {
            ok = mn_list_append(runtime, keys, key);
        }
    }
    if (ok && encoder->sort_keys) {
        ok = mn_list_sort(runtime, keys, NULL, false);
    }
    ok = ok && append(runtime, encoder, "{", 1);
    for (size_t i = 0; ok && i < mn_list_length(*keys); i++) {
        *key = mn_list_items(*keys)[i];
        *item = mn_dict_get(runtime, dict, key);
        if (*item == MN_EXCEPTION || *item == MN_NULL) {
            ok = *item != MN_EXCEPTION;
            if (ok) {
                ok = false;
                (void)mn_raise(runtime, &mn_type_RuntimeError,
                               "dictionary changed size during iteration");
            }
            break;
        }
        ok = (i == 0 || append_value_text(runtime, encoder, encoder->item_separator)) &&
             newline(runtime, encoder, depth + 1) && encode_key(runtime, encoder, key) &&
             append_value_text(runtime, encoder, encoder->key_separator) &&
             encode(runtime, encoder, item, depth + 1);
    }
    ok = ok && newline(runtime, encoder, depth) && append(runtime, encoder, "}", 1);
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return ok;
}

static bool encode_sequence(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *sequence,
                            size_t depth) {
    mn_value_t *items;
    size_t length;
    (void)mn_sequence_view(*sequence, &items, &length);
    if (length == 0) {
        return append(runtime, encoder, "[]", 2);
    }
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    bool ok = append(runtime, encoder, "[", 1);
    for (size_t i = 0; ok; i++) {
        (void)mn_sequence_view(*sequence, &items, &length); // re-read each time
        if (i >= length) {
            break;
        }
        *item = items[i];
        ok = (i == 0 || append_value_text(runtime, encoder, encoder->item_separator)) &&
             newline(runtime, encoder, depth + 1) && encode(runtime, encoder, item, depth + 1);
    }
    ok = ok && newline(runtime, encoder, depth) && append(runtime, encoder, "]", 1);
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// Appends the JSON text of *value (rooted). may trigger a gc
static bool encode(mn_runtime_t *runtime, encoder_t *encoder, const mn_value_t *value,
                   size_t depth) {
    bool done;
    if (!encode_scalar(runtime, encoder, value, &done) || done) {
        return !done ? false : true;
    }
    if (mn_text_kind(*value) == MN_TEXT_STR) {
        return encode_str(runtime, encoder, value);
    }
    if (depth >= MN_JSON_MAX_DEPTH) {
        (void)mn_raise(runtime, &mn_type_RecursionError,
                       "maximum recursion depth exceeded while encoding a JSON object");
        return false;
    }
    if (mn_dict_is(*value)) {
        return encode_dict(runtime, encoder, value, depth);
    }
    if (mn_list_is(*value) || mn_tuple_is(*value)) {
        return encode_sequence(runtime, encoder, value, depth);
    }
    (void)mn_raise(runtime, &mn_type_TypeError, "Object of type %T is not JSON serializable",
                   *value);
    return false;
}

// dumps(obj, *, separators=None, indent=None, sort_keys=False)
static mn_value_t json_dumps(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_separators, MN_QSTR_indent, MN_QSTR_sort_keys};
    if (!mn_native_check_keywords(runtime, "dumps", keywords, allowed, 3)) {
        return MN_EXCEPTION;
    }
    mn_value_t *separators = mn_native_keyword(args, count, keywords, MN_QSTR_separators);
    mn_value_t *indent = mn_native_keyword(args, count, keywords, MN_QSTR_indent);
    mn_value_t *sort_keys = mn_native_keyword(args, count, keywords, MN_QSTR_sort_keys);
    mn_gc_ref_t refs[4];
    mn_value_t *slots[4];
    for (int i = 0; i < 4; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    encoder_t encoder;
    encoder.item_separator = slots[1];
    encoder.key_separator = slots[2];
    encoder.indent = slots[3];
    encoder.sort_keys = false;
    *slots[3] = MN_NONE;
    bool indenting = indent != NULL && *indent != MN_NONE;
    *slots[1] = mn_qstr_value(indenting ? MN_QSTR__comma_ : MN_QSTR__comma__space_);
    *slots[2] = mn_qstr_value(MN_QSTR__colon__space_);
    bool ok = true;
    mn_value_t result = MN_EXCEPTION;
    if (separators != NULL && *separators != MN_NONE) {
        mn_value_t *items;
        size_t length;
        if (!mn_sequence_view(*separators, &items, &length) || length != 2 ||
            mn_text_kind(items[0]) != MN_TEXT_STR || mn_text_kind(items[1]) != MN_TEXT_STR) {
            ok = false;
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "separators must be a pair of strs (item_separator, key_separator)");
        } else {
            *slots[1] = items[0];
            *slots[2] = items[1];
        }
    }
    if (ok && indenting) {
        if (mn_text_kind(*indent) == MN_TEXT_STR) {
            *slots[3] = *indent;
        } else if (mn_int_is(*indent)) {
            int64_t spaces;
            if (!mn_int_to_int64(*indent, &spaces) || spaces > 256) {
                spaces = 256; // (CPython has no limit; deeper indents are clipped)
            }
            char text[256];
            size_t n = spaces > 0 ? (size_t)spaces : 0;
            memset(text, ' ', n);
            *slots[3] = mn_text_new(runtime, MN_TEXT_STR, text, n);
            ok = *slots[3] != MN_EXCEPTION;
        } else {
            ok = false;
            (void)mn_raise(runtime, &mn_type_TypeError, "indent must be an int or a str, not %T",
                           *indent);
        }
    }
    if (ok && sort_keys != NULL) {
        mn_value_t truth = mn_truth(runtime, sort_keys);
        ok = truth != MN_EXCEPTION;
        encoder.sort_keys = truth == MN_TRUE;
    }
    if (ok && mn_text_buffer_init(runtime, &encoder.out, slots[0], 32)) {
        if (encode(runtime, &encoder, &args[0], 0)) {
            result = mn_text_finish(runtime, MN_TEXT_STR, &encoder.out);
        }
    }
    for (int i = 4; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// ---- Decoding ----------------------------------------------------------------------------------

typedef struct decoder {
    const mn_value_t *text; // rooted: a str, bytes or bytearray
    size_t at;              // byte offset of the next character
    size_t length;
} decoder_t;

// The text's bytes, re-read after any allocation. no allocation is done
static const char *text_of(const decoder_t *decoder) {
    size_t length;
    return mn_text_data(*decoder->text, &length);
}

// Raises JSONDecodeError "<message>: line L column C (char N)" at byte `at`.
static bool decode_error(mn_runtime_t *runtime, const decoder_t *decoder, const char *message,
                         size_t at) {
    const char *text = text_of(decoder);
    size_t line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < at; i++) {
        if (text[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    }
    size_t column = mn_utf8_count(text + line_start, at - line_start) + 1;
    size_t position = mn_utf8_count(text, at);
    (void)mn_raise(runtime, &json_decode_error_type, "%s: line %z column %z (char %z)", message,
                   line, column, position);
    return false;
}

static void skip_space(decoder_t *decoder) {
    const char *text = text_of(decoder);
    while (decoder->at < decoder->length &&
           (text[decoder->at] == ' ' || text[decoder->at] == '\t' || text[decoder->at] == '\n' ||
            text[decoder->at] == '\r')) {
        decoder->at++;
    }
}

static bool starts_with(const decoder_t *decoder, const char *word) {
    size_t n = strlen(word);
    return decoder->length - decoder->at >= n &&
           memcmp(text_of(decoder) + decoder->at, word, n) == 0;
}

static int hex_value(char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

// Four hex digits at `at`, or -1.
static int32_t hex4(const decoder_t *decoder, size_t at) {
    if (decoder->length - at < 4) {
        return -1;
    }
    const char *text = text_of(decoder);
    int32_t value = 0;
    for (int i = 0; i < 4; i++) {
        int digit = hex_value(text[at + (size_t)i]);
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

// A string whose opening quote is at decoder->at. may trigger a gc
static mn_value_t decode_string(mn_runtime_t *runtime, decoder_t *decoder) {
    size_t start = decoder->at;
    decoder->at++;
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    bool ok = mn_text_buffer_init(runtime, &buffer, slot, 16);
    while (ok) {
        const char *text = text_of(decoder);
        size_t run = decoder->at;
        while (run < decoder->length && text[run] != '"' && text[run] != '\\' &&
               (unsigned char)text[run] >= 0x20) {
            run++;
        }
        if (run > decoder->at) {
            ok = mn_text_append_slice(runtime, &buffer, decoder->text, decoder->at,
                                      run - decoder->at);
            decoder->at = run;
            continue;
        }
        if (decoder->at >= decoder->length) {
            ok = decode_error(runtime, decoder, "Unterminated string starting at", start);
            break;
        }
        char c = text[decoder->at];
        if (c == '"') {
            decoder->at++;
            result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
            break;
        }
        if (c != '\\') {
            ok = decode_error(runtime, decoder, "Invalid control character at", decoder->at);
            break;
        }
        if (decoder->at + 1 >= decoder->length) {
            ok = decode_error(runtime, decoder, "Unterminated string starting at", start);
            break;
        }
        char escape = text[decoder->at + 1];
        char out[4];
        size_t out_length = 1;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out[0] = escape;
            break;
        case 'b':
            out[0] = '\b';
            break;
        case 'f':
            out[0] = '\f';
            break;
        case 'n':
            out[0] = '\n';
            break;
        case 'r':
            out[0] = '\r';
            break;
        case 't':
            out[0] = '\t';
            break;
        case 'u': {
            int32_t code = hex4(decoder, decoder->at + 2);
            if (code < 0) {
                ok = decode_error(runtime, decoder, "Invalid \\uXXXX escape", decoder->at + 1);
                break;
            }
            size_t used = 6;
            if (code >= 0xd800 && code < 0xdc00 && decoder->at + 12 <= decoder->length &&
                text[decoder->at + 6] == '\\' && text[decoder->at + 7] == 'u') {
                int32_t low = hex4(decoder, decoder->at + 8);
                if (low >= 0xdc00 && low < 0xe000) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    used = 12;
                }
            }
            if (code >= 0xd800 && code < 0xe000) {
                code = 0xfffd; // a lone surrogate: UTF-8 cannot hold it
            }
            out_length = mn_utf8_encode((uint32_t)code, out);
            decoder->at += used - 2;
            break;
        }
        default:
            ok = decode_error(runtime, decoder, "Invalid \\escape", decoder->at);
            break;
        }
        if (!ok) {
            break;
        }
        decoder->at += 2;
        ok = mn_text_append(runtime, &buffer, out, out_length);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok ? result : MN_EXCEPTION;
}

// A number at decoder->at (already seen to start with '-' or a digit). may trigger a gc
static mn_value_t decode_number(mn_runtime_t *runtime, decoder_t *decoder) {
    const char *text = text_of(decoder);
    size_t start = decoder->at;
    size_t at = start;
    if (text[at] == '-') {
        at++;
    }
    if (at >= decoder->length || text[at] < '0' || text[at] > '9') {
        if (decoder->length - at >= 8 && memcmp(text + at, "Infinity", 8) == 0) {
            decoder->at = at + 8;
            return mn_float_new(runtime, -INFINITY);
        }
        decode_error(runtime, decoder, "Expecting value", start);
        return MN_EXCEPTION;
    }
    if (text[at] == '0') {
        at++;
    } else {
        while (at < decoder->length && text[at] >= '0' && text[at] <= '9') {
            at++;
        }
    }
    bool is_float = false;
    if (at + 1 < decoder->length && text[at] == '.' && text[at + 1] >= '0' && text[at + 1] <= '9') {
        is_float = true;
        at++;
        while (at < decoder->length && text[at] >= '0' && text[at] <= '9') {
            at++;
        }
    }
    if (at < decoder->length && (text[at] == 'e' || text[at] == 'E')) {
        size_t exponent = at + 1;
        if (exponent < decoder->length && (text[exponent] == '+' || text[exponent] == '-')) {
            exponent++;
        }
        if (exponent < decoder->length && text[exponent] >= '0' && text[exponent] <= '9') {
            is_float = true;
            at = exponent;
            while (at < decoder->length && text[at] >= '0' && text[at] <= '9') {
                at++;
            }
        }
    }
    decoder->at = at;
    mn_gc_ref_t ref;
    mn_value_t *slice = mn_root_push(&runtime->heap, &ref);
    *slice = mn_text_new_slice(runtime, MN_TEXT_STR, decoder->text, start, at - start);
    mn_value_t result = *slice;
    if (result != MN_EXCEPTION) {
        result = is_float ? mn_float_parse_str(runtime, slice) : mn_int_parse(runtime, slice, 10);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t decode_value(mn_runtime_t *runtime, decoder_t *decoder, size_t depth);

// An array or an object whose opening bracket is at decoder->at. may trigger a gc
static mn_value_t decode_container(mn_runtime_t *runtime, decoder_t *decoder, size_t depth,
                                   bool object) {
    if (depth >= MN_JSON_MAX_DEPTH) {
        return mn_raise(runtime, &mn_type_RecursionError,
                        "maximum recursion depth exceeded while decoding a JSON %s",
                        object ? "object" : "array");
    }
    decoder->at++;
    mn_gc_ref_t refs[3];
    mn_value_t *container = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    *container = object ? mn_dict_new(runtime, 0) : mn_list_new(runtime, 0);
    bool ok = *container != MN_EXCEPTION;
    char close = object ? '}' : ']';
    skip_space(decoder);
    if (ok && decoder->at < decoder->length && text_of(decoder)[decoder->at] == close) {
        decoder->at++;
    } else {
        while (ok) {
            skip_space(decoder);
            if (object) {
                if (decoder->at >= decoder->length || text_of(decoder)[decoder->at] != '"') {
                    ok = decode_error(runtime, decoder,
                                      "Expecting property name enclosed in double quotes",
                                      decoder->at);
                    break;
                }
                *key = decode_string(runtime, decoder);
                if (*key == MN_EXCEPTION) {
                    ok = false;
                    break;
                }
                skip_space(decoder);
                if (decoder->at >= decoder->length || text_of(decoder)[decoder->at] != ':') {
                    ok = decode_error(runtime, decoder, "Expecting ':' delimiter", decoder->at);
                    break;
                }
                decoder->at++;
                skip_space(decoder);
            }
            *item = decode_value(runtime, decoder, depth + 1);
            if (*item == MN_EXCEPTION) {
                ok = false;
                break;
            }
            ok = object ? mn_dict_set(runtime, container, key, item)
                        : mn_list_append(runtime, container, item);
            skip_space(decoder);
            if (!ok) {
                break;
            }
            char c = decoder->at < decoder->length ? text_of(decoder)[decoder->at] : 0;
            if (c == close) {
                decoder->at++;
                break;
            }
            if (c != ',') {
                ok = decode_error(runtime, decoder, "Expecting ',' delimiter", decoder->at);
                break;
            }
            decoder->at++;
            if (object) {
                skip_space(decoder);
                if (decoder->at >= decoder->length || text_of(decoder)[decoder->at] != '"') {
                    ok = decode_error(runtime, decoder,
                                      "Expecting property name enclosed in double quotes",
                                      decoder->at);
                    break;
                }
            }
        }
    }
    mn_value_t result = ok ? *container : MN_EXCEPTION;
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

static mn_value_t decode_value(mn_runtime_t *runtime, decoder_t *decoder, size_t depth) {
    skip_space(decoder);
    if (decoder->at >= decoder->length) {
        decode_error(runtime, decoder, "Expecting value", decoder->at);
        return MN_EXCEPTION;
    }
    char c = text_of(decoder)[decoder->at];
    switch (c) {
    case '{':
        return decode_container(runtime, decoder, depth, true);
    case '[':
        return decode_container(runtime, decoder, depth, false);
    case '"':
        return decode_string(runtime, decoder);
    default:
        break;
    }
    static const struct {
        const char *word;
        mn_value_t value;
    } words[] = {{"null", MN_NONE}, {"true", MN_TRUE}, {"false", MN_FALSE}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (starts_with(decoder, words[i].word)) {
            decoder->at += strlen(words[i].word);
            return words[i].value;
        }
    }
    if (starts_with(decoder, "NaN")) {
        decoder->at += 3;
        return mn_float_new(runtime, NAN);
    }
    if (starts_with(decoder, "Infinity")) {
        decoder->at += 8;
        return mn_float_new(runtime, INFINITY);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        return decode_number(runtime, decoder);
    }
    decode_error(runtime, decoder, "Expecting value", decoder->at);
    return MN_EXCEPTION;
}

// loads(s): s a str, bytes or bytearray (UTF-8).
static mn_value_t json_loads(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_text_kind_t kind = mn_text_kind(args[0]);
    if (kind == MN_TEXT_NONE) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "the JSON object must be str, bytes or bytearray, not %T", args[0]);
    }
    decoder_t decoder = {&args[0], 0, 0};
    mn_text_data(args[0], &decoder.length);
    if (kind != MN_TEXT_STR && decoder.length >= 3 &&
        memcmp(text_of(&decoder), "\xef\xbb\xbf", 3) == 0) {
        decoder.at = 3; // a UTF-8 byte order mark
    }
    mn_value_t result = decode_value(runtime, &decoder, 0);
    if (result == MN_EXCEPTION) {
        return result;
    }
    skip_space(&decoder);
    if (decoder.at != decoder.length) {
        decode_error(runtime, &decoder, "Extra data", decoder.at);
        return MN_EXCEPTION;
    }
    return result;
}

// ---- Streams -----------------------------------------------------------------------------------

// dump(obj, fp, **kw): fp.write(dumps(obj, **kw)).
static mn_value_t json_dump(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    mn_value_t text = json_dumps(runtime, args, count, keywords);
    if (text == MN_EXCEPTION) {
        return text;
    }
    args[0] = text; // the object is no longer needed: its slot roots the text
    mn_value_t method = mn_load_attr(runtime, &args[1], mn_qstr_value(MN_QSTR_write));
    if (method == MN_EXCEPTION) {
        return method;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = method;
    mn_value_t result = mn_call(runtime, slot, &args[0], 1, MN_NULL);
    mn_root_pop(&runtime->heap, &ref);
    return result == MN_EXCEPTION ? result : MN_NONE;
}

// load(fp): loads(fp.read()).
static mn_value_t json_load(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_value_t method = mn_load_attr(runtime, &args[0], mn_qstr_value(MN_QSTR_read));
    if (method == MN_EXCEPTION) {
        return method;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = method;
    mn_value_t text = mn_call(runtime, slot, &args[0], 0, MN_NULL); // no arguments
    mn_root_pop(&runtime->heap, &ref);
    if (text == MN_EXCEPTION) {
        return text;
    }
    args[0] = text;
    return json_loads(runtime, args, 1, MN_NULL);
}

static MN_NATIVE(dump_fn, MN_QSTR_dump, 2, 2, MN_NATIVE_KEYWORDS, json_dump);
static MN_NATIVE(load_fn, MN_QSTR_load, 1, 1, 0, json_load);
static MN_NATIVE(dumps_fn, MN_QSTR_dumps, 1, 1, MN_NATIVE_KEYWORDS, json_dumps);
static MN_NATIVE(loads_fn, MN_QSTR_loads, 1, 1, 0, json_loads);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t json_attrs[] = {
    MN_ATTR(MN_QSTR_dump, &dump_fn),
    MN_ATTR(MN_QSTR_load, &load_fn),
    MN_ATTR(MN_QSTR_dumps, &dumps_fn),
    MN_ATTR(MN_QSTR_loads, &loads_fn),
    MN_ATTR(MN_QSTR_JSONDecodeError, &json_decode_error_type),
};
MN_ATTR_TABLE(json_attr_table, json_attrs);

const mn_rom_module_t mn_module_json = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_json),
    .attrs = &json_attr_table,
};
