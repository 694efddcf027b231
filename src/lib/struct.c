// The struct module: pack, unpack, calcsize, pack_into, unpack_from, with every format
// character of CPython's (x c b B ? h H i I l L q Q n N e f d s p P) and byte orders
// (@ native with alignment, = < > ! standard sizes without). Errors are struct.error (an
// Exception subclass in ROM) with CPython's messages.
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lib/modules.h"
#include "obj/array.h"
#include "obj/bytes.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/text.h"
#include "obj/tuple.h"

static const mn_type_t mn_type_struct_error;

static const mn_type_t mn_type_struct_error = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_error,
    .flags = MN_TYPE_EXCEPTION | MN_TYPE_BASETYPE,
    .base = &mn_type_Exception, // its slots and methods are Exception's
};

// ---- Formats ---------------------------------------------------------------------------------

typedef struct format {
    const char *text; // valid until the next allocation: re-read through `source`
    size_t length;
    size_t at;
    bool native;        // '@': native sizes and alignment
    bool little_endian; // byte order of the items
} format_t;

typedef struct item {
    char code;
    size_t count;  // repeat count (for s and p: the field's length)
    size_t size;   // bytes of one item
    size_t offset; // where the (first) item starts
} item_t;

static bool host_little_endian(void) {
    const uint16_t probe = 1;
    return *(const uint8_t *)&probe == 1;
}

static bool format_start(mn_runtime_t *runtime, mn_value_t value, format_t *format) {
    mn_text_kind_t kind = mn_text_kind(value);
    if (kind != MN_TEXT_STR && kind != MN_TEXT_BYTES) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "Struct() argument 1 must be a str or bytes object, not %T", value);
        return false;
    }
    format->text = mn_text_data(value, &format->length);
    format->at = 0;
    format->native = true;
    format->little_endian = host_little_endian();
    if (format->length > 0) {
        switch (format->text[0]) {
        case '@':
            format->at = 1;
            break;
        case '=':
            format->native = false;
            format->at = 1;
            break;
        case '<':
            format->native = false;
            format->little_endian = true;
            format->at = 1;
            break;
        case '>':
        case '!':
            format->native = false;
            format->little_endian = false;
            format->at = 1;
            break;
        default:
            break;
        }
    }
    return true;
}

// Size and alignment of one item; 0 for a character the byte order does not have.
static size_t code_size(char code, bool native, size_t *align) {
    size_t size;
    switch (code) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
        size = 1;
        break;
    case 'h':
    case 'H':
    case 'e':
        size = 2;
        break;
    case 'i':
    case 'I':
    case 'f':
        size = 4;
        break;
    case 'l':
    case 'L':
        size = native ? sizeof(long) : 4;
        break;
    case 'q':
    case 'Q':
    case 'd':
        size = 8;
        break;
    case 'n':
    case 'N':
    case 'P':
        size = native ? sizeof(void *) : 0;
        break;
    default:
        size = 0;
        break;
    }
    *align = native ? size : 1;
    return size;
}

// The next item of the format, from *offset (aligned and advanced past it); false at the
// end (with *done) or on an error.
static bool format_next(mn_runtime_t *runtime, format_t *format, size_t *offset, item_t *item,
                        bool *done) {
    *done = false;
    while (format->at < format->length) {
        char c = format->text[format->at];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            format->at++;
            continue;
        }
        size_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (format->at < format->length && format->text[format->at] >= '0' &&
                   format->text[format->at] <= '9') {
                size_t digit = (size_t)(format->text[format->at] - '0');
                if (count > (SIZE_MAX / 2 - digit) / 10) {
                    (void)mn_raise(runtime, &mn_type_struct_error, "total struct size too long");
                    return false;
                }
                count = count * 10 + digit;
                format->at++;
            }
            if (format->at == format->length) {
                (void)mn_raise(runtime, &mn_type_struct_error,
                               "repeat count given without format specifier");
                return false;
            }
            c = format->text[format->at];
        }
        format->at++;
        size_t align;
        size_t size = code_size(c, format->native, &align);
        if (size == 0) {
            (void)mn_raise(runtime, &mn_type_struct_error, "bad char in struct format");
            return false;
        }
        if (align > 1) {
            *offset = (*offset + align - 1) / align * align;
        }
        item->code = c;
        item->count = count;
        item->size = size;
        item->offset = *offset;
        size_t bytes = size * count;
        if (count != 0 && bytes / count != size) {
            (void)mn_raise(runtime, &mn_type_struct_error, "total struct size too long");
            return false;
        }
        *offset += bytes;
        return true;
    }
    *done = true;
    return false;
}

// The total size and the number of values a format packs. may trigger a gc (only to raise)
static bool format_measure(mn_runtime_t *runtime, mn_value_t value, size_t *size, size_t *values) {
    format_t format;
    if (!format_start(runtime, value, &format)) {
        return false;
    }
    *size = 0;
    *values = 0;
    item_t item;
    bool done;
    while (format_next(runtime, &format, size, &item, &done)) {
        if (item.code == 's' || item.code == 'p') {
            *values += 1;
        } else if (item.code != 'x') {
            *values += item.count;
        }
    }
    return done;
}

// ---- Packing ---------------------------------------------------------------------------------

static void store(char *out, uint64_t bits, size_t size, bool little_endian) {
    for (size_t i = 0; i < size; i++) {
        size_t at = little_endian ? i : size - 1 - i;
        out[at] = (char)(bits >> (8 * i));
    }
}

static uint64_t load(const char *in, size_t size, bool little_endian) {
    uint64_t bits = 0;
    for (size_t i = 0; i < size; i++) {
        size_t at = little_endian ? i : size - 1 - i;
        bits |= (uint64_t)(unsigned char)in[at] << (8 * i);
    }
    return bits;
}

// IEEE 754 half precision (CPython's PyFloat_Pack2): false when too large.
static bool half_from_double(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 1 : 0;
    if (isnan(x)) {
        *out = (uint16_t)(sign << 15 | 0x7e00);
        return true;
    }
    if (isinf(x)) {
        *out = (uint16_t)(sign << 15 | 0x7c00);
        return true;
    }
    x = fabs(x);
    if (x == 0.0) {
        *out = (uint16_t)(sign << 15);
        return true;
    }
    int e;
    double f = frexp(x, &e);
    f *= 2.0;
    e--;
    if (e >= 16) {
        return false;
    }
    if (e < -25) {
        f = 0.0;
        e = 0;
    } else if (e < -14) {
        f = ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    unsigned bits = (unsigned)f;
    f -= bits;
    if (f > 0.5 || (f == 0.5 && bits % 2 == 1)) {
        if (++bits == 1024) {
            bits = 0;
            if (++e == 31) {
                return false;
            }
        }
    }
    *out = (uint16_t)(bits | (unsigned)e << 10 | (unsigned)sign << 15);
    return true;
}

static double half_to_double(uint16_t bits) {
    int sign = bits >> 15;
    int e = (bits >> 10) & 0x1f;
    unsigned f = bits & 0x3ff;
    double x;
    if (e == 0x1f) {
        x = f == 0 ? INFINITY : NAN;
    } else {
        x = (double)f / 1024.0;
        if (e == 0) {
            e = -14;
        } else {
            x += 1.0;
            e -= 15;
        }
        x = ldexp(x, e);
    }
    return sign ? -x : x;
}

static bool struct_error(mn_runtime_t *runtime, const char *message) {
    (void)mn_raise(runtime, &mn_type_struct_error, "%s", message);
    return false;
}

// An int value's sign and magnitude; false when beyond 64 bits. no allocation is done
static bool int_parts(mn_value_t value, bool *negative, uint64_t *magnitude) {
    mn_int_view_t view;
    mn_int_view(&view, value);
    *negative = view.negative;
    *magnitude = 0;
    if (view.count > MN_BIGINT_INT64_DIGITS) {
        return false;
    }
    for (size_t i = view.count; i-- > 0;) {
        *magnitude = (*magnitude << 16) | view.digits[i];
    }
    return true;
}

// The bits of an integer item of `size` bytes with CPython's range errors.
static bool pack_int(mn_runtime_t *runtime, const item_t *item, mn_value_t value, uint64_t *bits) {
    if (!mn_int_is(value)) {
        return struct_error(runtime, "required argument is not an integer");
    }
    bool negative;
    uint64_t magnitude;
    bool fits = int_parts(value, &negative, &magnitude);
    bool is_signed = strchr("bhilqn", item->code) != NULL;
    size_t bits_count = 8 * item->size;
    if (is_signed) {
        if (!fits || magnitude > (negative ? (uint64_t)1 << 63 : (uint64_t)INT64_MAX)) {
            return struct_error(runtime, "argument out of range");
        }
        int64_t n = negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
        if (bits_count < 64) {
            int64_t high = ((int64_t)1 << (bits_count - 1)) - 1;
            int64_t low = -high - 1;
            if (n < low || n > high) {
                const char *name = item->code == 'b' ? "byte" : item->code == 'h' ? "short" : NULL;
                if (name != NULL) {
                    (void)mn_raise(runtime, &mn_type_struct_error,
                                   "%s format requires %s <= number <= %s", name,
                                   item->code == 'b' ? "-128" : "-32768",
                                   item->code == 'b' ? "127" : "32767");
                } else {
                    (void)mn_raise(runtime, &mn_type_struct_error,
                                   "'%s' format requires -2147483648 <= number <= 2147483647",
                                   (char[]){item->code, 0});
                }
                return false;
            }
        }
        *bits = (uint64_t)n;
        return true;
    }
    bool in_long = fits && magnitude <= (negative ? (uint64_t)1 << 63 : (uint64_t)INT64_MAX);
    bool small = item->code == 'B' || item->code == 'H'; // converted through a C long
    if (!fits || (negative && magnitude != 0 && (!small || !in_long)) || (small && !in_long)) {
        return struct_error(runtime, "argument out of range");
    }
    if ((negative && magnitude != 0) || (bits_count < 64 && magnitude >> bits_count != 0)) {
        if (item->code == 'B') {
            return struct_error(runtime, "ubyte format requires 0 <= number <= 255");
        }
        if (item->code == 'H') {
            return struct_error(runtime, "ushort format requires 0 <= number <= 65535");
        }
        (void)mn_raise(runtime, &mn_type_struct_error,
                       "'%s' format requires 0 <= number <= 4294967295", (char[]){item->code, 0});
        return false;
    }
    *bits = magnitude;
    return true;
}

// Packs one value of `item` into `out` (size bytes), converting it first (which may run
// Python code: `out` is re-derived by the caller afterwards). For s and p the value's bytes
// are copied by the caller. may trigger a gc
static bool pack_value(mn_runtime_t *runtime, const item_t *item, const format_t *format,
                       const mn_value_t *value, char out[8]) {
    uint64_t bits = 0;
    switch (item->code) {
    case 'c': {
        size_t length;
        const char *data =
            mn_bytes_is(*value) || mn_bytearray_is(*value) ? mn_text_data(*value, &length) : NULL;
        if (data == NULL || length != 1) {
            return struct_error(runtime, "char format requires a bytes object of length 1");
        }
        out[0] = data[0];
        return true;
    }
    case '?': {
        mn_value_t truth = mn_truth(runtime, value);
        if (truth == MN_EXCEPTION) {
            return false;
        }
        out[0] = truth == MN_TRUE ? 1 : 0;
        return true;
    }
    case 'e':
    case 'f':
    case 'd': {
        double x;
        if (mn_is_tagged(*value, MN_TAG_FLOAT)) {
            x = mn_float_get(*value);
        } else if (mn_int_is(*value)) {
            if (!mn_int_to_double(runtime, *value, &x)) {
                mn_exception_clear(runtime);
                return struct_error(runtime, "int too large to convert");
            }
        } else {
            return struct_error(runtime, "required argument is not a float");
        }
        if (item->code == 'e') {
            uint16_t half;
            if (!half_from_double(x, &half)) {
                (void)mn_raise(runtime, &mn_type_OverflowError,
                               "float too large to pack with e format");
                return false;
            }
            bits = half;
        } else if (item->code == 'f') {
            float f = (float)x;
            if (!format->native && isinf(f) && !isinf(x)) {
                (void)mn_raise(runtime, &mn_type_OverflowError,
                               "float too large to pack with f format");
                return false;
            }
            uint32_t word;
            memcpy(&word, &f, sizeof word);
            bits = word;
        } else {
            memcpy(&bits, &x, sizeof bits);
        }
        break;
    }
    case 'P':
        if (!mn_int_is(*value)) {
            return struct_error(runtime, "required argument is not an integer");
        }
        {
            bool negative;
            uint64_t magnitude;
            if (!int_parts(*value, &negative, &magnitude) ||
                (sizeof(void *) < 8 && magnitude > UINTPTR_MAX && !negative)) {
                return struct_error(runtime, "argument out of range");
            }
            bits = negative ? 0 - magnitude : magnitude;
        }
        break;
    default:
        if (!pack_int(runtime, item, *value, &bits)) {
            return false;
        }
        break;
    }
    store(out, bits, item->size, format->little_endian);
    return true;
}

// Packs values args[0 .. count) by the format in *format_value into the buffer `*target`
// (rooted) from byte `base`; the buffer has room (checked by the caller). may trigger a gc
static bool pack_all(mn_runtime_t *runtime, const mn_value_t *format_value,
                     const mn_value_t *target, size_t base, const mn_value_t *args) {
    format_t format;
    if (!format_start(runtime, *format_value, &format)) {
        return false;
    }
    size_t offset = 0;
    size_t next = 0;
    item_t item;
    bool done;
    while (true) {
        size_t length;
        format.text = mn_text_data(*format_value, &length); // it moves with the heap
        if (!format_next(runtime, &format, &offset, &item, &done)) {
            return done;
        }
        bool writable;
        if (item.code == 'x') {
            continue;
        }
        if (item.code == 's' || item.code == 'p') {
            const mn_value_t *value = &args[next++];
            const char *data = mn_bytes_is(*value) || mn_bytearray_is(*value)
                                   ? mn_text_data(*value, &length)
                                   : NULL;
            if (data == NULL) {
                (void)mn_raise(runtime, &mn_type_struct_error,
                               "argument for '%s' must be a bytes object",
                               item.code == 's' ? "s" : "p");
                return false;
            }
            char *out = mn_bytes_like_data(*target, &length, &writable) + base + item.offset;
            size_t room = item.code == 'p' && item.count > 0 ? item.count - 1 : item.count;
            data = mn_text_data(*value, &length);
            size_t copied = length < room ? length : room;
            if (item.code == 'p') {
                if (item.count > 0) {
                    out[0] = (char)(copied < 255 ? copied : 255);
                    memcpy(out + 1, data, copied);
                }
            } else {
                memcpy(out, data, copied);
            }
            continue;
        }
        for (size_t i = 0; i < item.count; i++) {
            char bytes[8];
            if (!pack_value(runtime, &item, &format, &args[next++], bytes)) {
                return false;
            }
            // Python code may have moved the format's text and the target: re-read both.
            format.text = mn_text_data(*format_value, &length);
            char *out = mn_bytes_like_data(*target, &length, &writable);
            memcpy(out + base + item.offset + i * item.size, bytes, item.size);
        }
    }
}

// The format's size and value count, with pack's argument count check.
static bool pack_check(mn_runtime_t *runtime, const mn_value_t *format, size_t given,
                       const char *function, size_t *size) {
    size_t values;
    if (!format_measure(runtime, *format, size, &values)) {
        return false;
    }
    if (values != given) {
        (void)mn_raise(runtime, &mn_type_struct_error, "%s expected %z items for packing (got %z)",
                       function, values, given);
        return false;
    }
    return true;
}

// pack(format, v1, v2, ...)
static mn_value_t struct_pack(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    size_t size;
    if (!pack_check(runtime, &args[0], count - 1, "pack", &size)) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t ref;
    mn_value_t *result = mn_root_push(&runtime->heap, &ref);
    mn_bytes_t *bytes = mn_bytes_alloc(runtime, size);
    bool ok = bytes != NULL;
    if (!ok) {
        (void)mn_raise_memory_error(runtime);
    } else {
        *result = mn_object_value(bytes);
        ok = pack_all(runtime, &args[0], result, 0, &args[1]);
    }
    mn_value_t value = ok ? *result : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &ref);
    return value;
}

// The offset argument of pack_into and unpack_from, negative ones counted from the end.
static bool offset_argument(mn_runtime_t *runtime, mn_value_t value, size_t length,
                            size_t *offset) {
    int64_t n;
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    if (!mn_int_to_int64(value, &n)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       "Python int too large to convert to C ssize_t");
        return false;
    }
    if (n < 0) {
        if (n + (int64_t)length < 0) {
            char text[24];
            snprintf(text, sizeof text, "%lld", (long long)n);
            (void)mn_raise(runtime, &mn_type_struct_error,
                           "offset %s out of range for %z-byte buffer", text, length);
            return false;
        }
        n += (int64_t)length;
    }
    *offset = (size_t)n;
    return true;
}

// pack_into(format, buffer, offset, v1, v2, ...)
static mn_value_t struct_pack_into(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)keywords;
    size_t size;
    size_t length;
    bool writable;
    if (!pack_check(runtime, &args[0], count - 3, "pack_into", &size)) {
        return MN_EXCEPTION;
    }
    if (mn_bytes_like_data(args[1], &length, &writable) == NULL || !writable) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "argument must be read-write bytes-like object, not %T", args[1]);
    }
    size_t offset;
    if (!offset_argument(runtime, args[2], length, &offset)) {
        return MN_EXCEPTION;
    }
    if (offset > length || length - offset < size) {
        return mn_raise(runtime, &mn_type_struct_error,
                        "pack_into requires a buffer of at least %z bytes for packing %z bytes at "
                        "offset %z (actual buffer size is %z)",
                        size + offset, size, offset, length);
    }
    return pack_all(runtime, &args[0], &args[1], offset, &args[3]) ? MN_NONE : MN_EXCEPTION;
}

// ---- Unpacking -------------------------------------------------------------------------------

// The value of one item at `in` (valid until the next allocation: the caller copies what it
// needs first). may trigger a gc
static mn_value_t unpack_value(mn_runtime_t *runtime, const item_t *item, const format_t *format,
                               const char *in) {
    uint64_t bits = load(in, item->size, format->little_endian);
    switch (item->code) {
    case 'c':
        return mn_text_new(runtime, MN_TEXT_BYTES, in, 1);
    case '?':
        return mn_bool(bits != 0);
    case 'e':
        return mn_float_new(runtime, half_to_double((uint16_t)bits));
    case 'f': {
        uint32_t word = (uint32_t)bits;
        float f;
        memcpy(&f, &word, sizeof f);
        return mn_float_new(runtime, f);
    }
    case 'd': {
        double d;
        memcpy(&d, &bits, sizeof d);
        return mn_float_new(runtime, d);
    }
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n': {
        size_t shift = 64 - 8 * item->size;
        int64_t n = (int64_t)(bits << shift) >> shift; // sign extension
        return mn_int_from_int64(runtime, n);
    }
    default:
        return mn_int_from_uint64(runtime, bits);
    }
}

// The values of the buffer in *source (rooted) from byte `base` by the format in *format_value,
// as a tuple; the caller checked the size. may trigger a gc
static mn_value_t unpack_all(mn_runtime_t *runtime, const mn_value_t *format_value,
                             const mn_value_t *source, size_t base, size_t values) {
    format_t format;
    if (!format_start(runtime, *format_value, &format)) {
        return MN_EXCEPTION;
    }
    if (values == 0) {
        return mn_object_value(&mn_tuple_empty);
    }
    mn_gc_ref_t refs[2];
    mn_value_t *tuple = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[1]);
    mn_tuple_t *block = mn_tuple_new(runtime, values);
    bool ok = block != NULL;
    if (!ok) {
        (void)mn_raise_memory_error(runtime);
    }
    *tuple = mn_object_value(block);
    size_t offset = 0;
    size_t next = 0;
    item_t item;
    bool done;
    while (ok) {
        size_t format_length;
        format.text = mn_text_data(*format_value, &format_length);
        if (!format_next(runtime, &format, &offset, &item, &done)) {
            ok = done;
            break;
        }
        if (item.code == 'x') {
            continue;
        }
        size_t length;
        bool writable;
        if (item.code == 's' || item.code == 'p') {
            const char *in = mn_bytes_like_data(*source, &length, &writable) + base + item.offset;
            size_t take = item.count;
            if (item.code == 'p') {
                take = item.count == 0 ? 0 : (unsigned char)in[0];
                if (item.count > 0 && take > item.count - 1) {
                    take = item.count - 1;
                }
                in += item.count > 0 ? 1 : 0;
            }
            mn_bytes_t *bytes = mn_bytes_alloc(runtime, take);
            if (bytes == NULL) {
                ok = false;
                (void)mn_raise_memory_error(runtime);
                break;
            }
            in = mn_bytes_like_data(*source, &length, &writable) + base + item.offset +
                 (item.code == 'p' && item.count > 0 ? 1 : 0);
            memcpy(bytes->bytes, in, take);
            ((mn_tuple_t *)mn_object(*tuple))->items[next++] =
                take == 0 ? mn_object_value(&mn_bytes_empty) : mn_object_value(bytes);
            continue;
        }
        for (size_t i = 0; ok && i < item.count; i++) {
            char in[8];
            memcpy(in,
                   mn_bytes_like_data(*source, &length, &writable) + base + item.offset +
                       i * item.size,
                   item.size);
            *value = unpack_value(runtime, &item, &format, in);
            ok = *value != MN_EXCEPTION;
            if (ok) {
                ((mn_tuple_t *)mn_object(*tuple))->items[next++] = *value;
            }
        }
    }
    mn_value_t result = ok ? *tuple : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static bool buffer_argument(mn_runtime_t *runtime, mn_value_t value, size_t *length) {
    bool writable;
    if (mn_bytes_like_data(value, length, &writable) == NULL) {
        (void)mn_raise(runtime, &mn_type_TypeError, "a bytes-like object is required, not '%T'",
                       value);
        return false;
    }
    return true;
}

// unpack(format, buffer)
static mn_value_t struct_unpack(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    size_t size;
    size_t values;
    size_t length;
    if (!format_measure(runtime, args[0], &size, &values) ||
        !buffer_argument(runtime, args[1], &length)) {
        return MN_EXCEPTION;
    }
    if (length != size) {
        return mn_raise(runtime, &mn_type_struct_error, "unpack requires a buffer of %z bytes",
                        size);
    }
    return unpack_all(runtime, &args[0], &args[1], 0, values);
}

// unpack_from(format, buffer, offset=0)
static mn_value_t struct_unpack_from(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_offset};
    if (!mn_native_check_keywords(runtime, "unpack_from", keywords, allowed, 1)) {
        return MN_EXCEPTION;
    }
    mn_value_t *offset_slot =
        count > 2 ? &args[2] : mn_native_keyword(args, count, keywords, MN_QSTR_offset);
    if (count < 2) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "unpack_from() missing required argument 'buffer' (pos 2)");
    }
    size_t size;
    size_t values;
    size_t length;
    size_t offset = 0;
    if (!format_measure(runtime, args[0], &size, &values) ||
        !buffer_argument(runtime, args[1], &length) ||
        (offset_slot != NULL && !offset_argument(runtime, *offset_slot, length, &offset))) {
        return MN_EXCEPTION;
    }
    if (offset > length || length - offset < size) {
        return mn_raise(runtime, &mn_type_struct_error,
                        "unpack_from requires a buffer of at least %z bytes for unpacking %z "
                        "bytes at offset %z (actual buffer size is %z)",
                        size + offset, size, offset, length);
    }
    return unpack_all(runtime, &args[0], &args[1], offset, values);
}

// calcsize(format)
static mn_value_t struct_calcsize(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    size_t size;
    size_t values;
    if (!format_measure(runtime, args[0], &size, &values)) {
        return MN_EXCEPTION;
    }
    return mn_int_from_uint64(runtime, size);
}

static MN_NATIVE(pack_fn, MN_QSTR_pack, 1, MN_ARGS_ANY, 0, struct_pack);
static MN_NATIVE(unpack_fn, MN_QSTR_unpack, 2, 2, 0, struct_unpack);
static MN_NATIVE(calcsize_fn, MN_QSTR_calcsize, 1, 1, 0, struct_calcsize);
static MN_NATIVE(pack_into_fn, MN_QSTR_pack_into, 3, MN_ARGS_ANY, 0, struct_pack_into);
static MN_NATIVE(unpack_from_fn, MN_QSTR_unpack_from, 1, 3, MN_NATIVE_KEYWORDS, struct_unpack_from);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t struct_attrs[] = {
    MN_ATTR(MN_QSTR_pack, &pack_fn),           MN_ATTR(MN_QSTR_error, &mn_type_struct_error),
    MN_ATTR(MN_QSTR_unpack, &unpack_fn),       MN_ATTR(MN_QSTR_calcsize, &calcsize_fn),
    MN_ATTR(MN_QSTR_pack_into, &pack_into_fn), MN_ATTR(MN_QSTR_unpack_from, &unpack_from_fn),
};
MN_ATTR_TABLE(struct_attr_table, struct_attrs);

const mn_rom_module_t mn_module_struct = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_struct),
    .attrs = &struct_attr_table,
};
