// array.array (obj/array.h gives the layout).
#include "obj/array.h"

#include <limits.h>
#include <string.h>

#include "obj/bytes.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/sequence.h"
#include "obj/slice.h"
#include "obj/text.h"

// ---- Layout ----------------------------------------------------------------------------------

static mn_array_t *array_of(mn_value_t value) {
    return mn_object(value);
}

void mn_array_ref_range(const mn_word_t *block, size_t block_words, size_t *first_ref,
                        size_t *ref_count) {
    (void)block_words;
    *first_ref = 2;
    *ref_count = (block[1] & MN_ARRAY_EXTERNAL) != 0 ? 1 : 0;
}

char mn_array_typecode(mn_value_t array) {
    return (char)(array_of(array)->info & 0xff);
}

size_t mn_array_length(mn_value_t array) {
    return array_of(array)->info >> MN_ARRAY_LENGTH_SHIFT;
}

size_t mn_array_itemsize(char typecode) {
    switch (typecode) {
    case 'b':
    case 'B':
        return 1;
    case 'h':
    case 'H':
        return 2;
    case 'i':
    case 'I':
    case 'f':
        return 4;
    case 'l':
    case 'L':
        return sizeof(long);
    default: // q Q d
        return 8;
    }
}

static bool external(const mn_array_t *array) {
    return (array->info & MN_ARRAY_EXTERNAL) != 0;
}

char *mn_array_data(mn_value_t value) {
    mn_array_t *array = array_of(value);
    if (external(array)) {
        return (char *)mn_object(array->items[0]) + sizeof(mn_word_t);
    }
    return (char *)array->items;
}

static size_t itemsize_of(mn_value_t array) {
    return mn_array_itemsize(mn_array_typecode(array));
}

// Items the array has room for. no allocation is done
static size_t capacity_of(mn_value_t value) {
    mn_array_t *array = array_of(value);
    size_t bytes = external(array) ? mn_block_bytes(mn_object(array->items[0])) - sizeof(mn_word_t)
                                   : mn_block_bytes(array) - 2 * sizeof(mn_word_t);
    return bytes / itemsize_of(value);
}

static void set_length(mn_value_t value, size_t length) {
    mn_array_t *array = array_of(value);
    array->info = (array->info & ((1u << MN_ARRAY_LENGTH_SHIFT) - 1)) |
                  ((mn_word_t)length << MN_ARRAY_LENGTH_SHIFT);
}

#define MAX_LENGTH (((mn_word_t)-1) >> MN_ARRAY_LENGTH_SHIFT)

char *mn_bytes_like_data(mn_value_t value, size_t *length, bool *writable) {
    if (mn_array_is(value)) {
        *length = mn_array_length(value) * itemsize_of(value);
        *writable = true;
        return mn_array_data(value);
    }
    if (mn_text_is_binary(value)) {
        *writable = mn_bytearray_is(value);
        return (char *)mn_text_data(value, length);
    }
    return NULL;
}

// A new empty array of `typecode` with room for `capacity` items inline. may trigger a gc
static mn_value_t array_new(mn_runtime_t *runtime, char typecode, size_t capacity) {
    size_t itemsize = mn_array_itemsize(typecode);
    if (capacity > MAX_LENGTH || capacity > (MN_BLOCK_MAX_WORDS * MN_WORD_BYTES) / itemsize) {
        return mn_text_raise_too_big(runtime, (size_t)-1);
    }
    size_t bytes = 2 * sizeof(mn_word_t) + capacity * itemsize;
    if (bytes < 3 * sizeof(mn_word_t)) {
        bytes = 3 * sizeof(mn_word_t); // room for the items block's reference
    }
    mn_array_t *array = mn_heap_alloc(&runtime->heap, MN_TAG_ARRAY, bytes);
    if (array == NULL) {
        return mn_raise_memory_error(runtime);
    }
    array->info = (mn_word_t)(unsigned char)typecode;
    return mn_object_value(array);
}

// Makes room for `needed` items in the array in *self (rooted). may trigger a gc
static bool reserve(mn_runtime_t *runtime, const mn_value_t *self, size_t needed) {
    if (needed <= capacity_of(*self)) {
        return true;
    }
    size_t itemsize = itemsize_of(*self);
    if (needed > MAX_LENGTH || needed > (MN_BLOCK_MAX_WORDS * MN_WORD_BYTES) / itemsize - 1) {
        (void)mn_text_raise_too_big(runtime, (size_t)-1);
        return false;
    }
    mn_heap_t *heap = &runtime->heap;
    mn_array_t *array = array_of(*self);
    if (external(array)) {
        if (mn_heap_grow_in_place(heap, mn_object(array->items[0]),
                                  sizeof(mn_word_t) + needed * itemsize)) {
            return true;
        }
    } else if (mn_heap_grow_in_place(heap, array, 2 * sizeof(mn_word_t) + needed * itemsize)) {
        return true;
    }
    size_t capacity = needed + needed / 2 + 4;
    if (capacity > MAX_LENGTH || capacity > (MN_BLOCK_MAX_WORDS * MN_WORD_BYTES) / itemsize - 1) {
        capacity = needed;
    }
    void *items = mn_heap_alloc(heap, MN_TAG_RAW, sizeof(mn_word_t) + capacity * itemsize);
    if (items == NULL) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    array = array_of(*self);
    memcpy((char *)items + sizeof(mn_word_t), mn_array_data(*self),
           mn_array_length(*self) * itemsize);
    if (!external(array)) {
        array->info |= MN_ARRAY_EXTERNAL;
        mn_heap_shrink(heap, array, 3 * sizeof(mn_word_t)); // the inline words go back
    }
    array->items[0] = (mn_word_t)items;
    return true;
}

// Replaces items [offset, offset + removed) of the array in *self (rooted) by `inserted`
// items: zeros when source is NULL, else the bytes of the bytes-like in *source (rooted;
// may be the array itself) from byte `from`. may trigger a gc
static bool splice(mn_runtime_t *runtime, const mn_value_t *self, size_t offset, size_t removed,
                   const mn_value_t *source, size_t from, size_t inserted) {
    size_t length = mn_array_length(*self);
    size_t itemsize = itemsize_of(*self);
    size_t total = length - removed + inserted;
    if (inserted > removed && !reserve(runtime, self, total)) {
        return false;
    }
    char *data = mn_array_data(*self);
    bool same = source != NULL && *source == *self;
    if (same && inserted > 0) {
        // the source is the array: copy it out of the way first (only a += a style use)
        mn_gc_ref_t ref;
        mn_value_t *copy = mn_root_push(&runtime->heap, &ref);
        mn_bytes_t *bytes = mn_bytes_alloc(runtime, inserted * itemsize);
        bool ok = bytes != NULL;
        if (ok) {
            memcpy(bytes->bytes, mn_array_data(*self) + from, inserted * itemsize);
            *copy = mn_object_value(bytes);
            ok = splice(runtime, self, offset, removed, copy, 0, inserted);
        } else {
            (void)mn_raise_memory_error(runtime);
        }
        mn_root_pop(&runtime->heap, &ref);
        return ok;
    }
    memmove(data + (offset + inserted) * itemsize, data + (offset + removed) * itemsize,
            (length - offset - removed) * itemsize);
    if (source == NULL) {
        memset(data + offset * itemsize, 0, inserted * itemsize);
    } else if (inserted > 0) {
        size_t source_length;
        bool writable;
        const char *bytes = mn_bytes_like_data(*source, &source_length, &writable);
        memcpy(data + offset * itemsize, bytes + from, inserted * itemsize);
    }
    set_length(*self, total);
    return true;
}

// ---- Items -------------------------------------------------------------------------------------

// An int's sign and magnitude; false when the magnitude exceeds 64 bits. no allocation is done
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

static bool overflow(mn_runtime_t *runtime, const char *message) {
    (void)mn_raise(runtime, &mn_type_OverflowError, "%s", message);
    return false;
}

// A signed range check with CPython's messages ("signed char is less than minimum").
static bool check_signed(mn_runtime_t *runtime, int64_t n, int64_t low, int64_t high,
                         const char *what) {
    if (n < low || n > high) {
        (void)mn_raise(runtime, &mn_type_OverflowError, "%s is %s than %s", what,
                       n < low ? "less" : "greater", n < low ? "minimum" : "maximum");
        return false;
    }
    return true;
}

// The machine representation of an item value, written to `out` (itemsize bytes), with
// CPython's array errors. may trigger a gc (only to raise)
static bool pack_item(mn_runtime_t *runtime, char typecode, mn_value_t value, char *out) {
    if (typecode == 'f' || typecode == 'd') {
        double x;
        if (!mn_float_value(runtime, value, &x)) {
            return false;
        }
        if (typecode == 'f') {
            float f = (float)x;
            memcpy(out, &f, sizeof f);
        } else {
            memcpy(out, &x, sizeof x);
        }
        return true;
    }
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    bool negative;
    uint64_t magnitude;
    bool fits = int_parts(value, &negative, &magnitude);
    bool fits_signed = fits && magnitude <= (negative ? (uint64_t)1 << 63 : INT64_MAX);
    int64_t n = fits_signed ? (negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude) : 0;
    // b B h H i convert through a C long first, as CPython does: its messages are those of a
    // 64-bit long on every build (the tests' reference). 'l' is the platform's long.
    const char *too_large_long = "Python int too large to convert to C long";
    bool fits_long = fits_signed;
    bool fits_platform_long = fits_signed && n >= (int64_t)LONG_MIN && n <= (int64_t)LONG_MAX;
    switch (typecode) {
    case 'b':
        if (!fits_long) {
            return overflow(runtime, too_large_long);
        }
        if (!check_signed(runtime, n, INT16_MIN, INT16_MAX, "signed short integer") ||
            !check_signed(runtime, n, INT8_MIN, INT8_MAX, "signed char")) {
            return false;
        }
        *(int8_t *)out = (int8_t)n;
        return true;
    case 'B':
        if (!fits_long) {
            return overflow(runtime, too_large_long);
        }
        if (!check_signed(runtime, n, 0, UINT8_MAX, "unsigned byte integer")) {
            return false;
        }
        *(uint8_t *)out = (uint8_t)n;
        return true;
    case 'h':
    case 'H':
    case 'i': {
        if (!fits_long) {
            return overflow(runtime, too_large_long);
        }
        bool ok = typecode == 'h'
                      ? check_signed(runtime, n, INT16_MIN, INT16_MAX, "signed short integer")
                      : check_signed(runtime, n, INT32_MIN, INT32_MAX, "signed integer");
        if (ok && typecode == 'H') {
            ok = check_signed(runtime, n, 0, UINT16_MAX, "unsigned short");
        }
        if (!ok) {
            return false;
        }
        if (typecode == 'h') {
            int16_t v = (int16_t)n;
            memcpy(out, &v, sizeof v);
        } else if (typecode == 'H') {
            uint16_t v = (uint16_t)n;
            memcpy(out, &v, sizeof v);
        } else {
            int32_t v = (int32_t)n;
            memcpy(out, &v, sizeof v);
        }
        return true;
    }
    case 'l':
        if (!fits_platform_long) {
            return overflow(runtime, too_large_long);
        }
        {
            long v = (long)n;
            memcpy(out, &v, sizeof v);
        }
        return true;
    case 'I':
    case 'L':
        if (negative && magnitude != 0) {
            return overflow(runtime, "can't convert negative value to unsigned int");
        }
        if (!fits || (typecode == 'L' && magnitude > (uint64_t)ULONG_MAX)) {
            return overflow(runtime, "Python int too large to convert to C unsigned long");
        }
        if (typecode == 'I') {
            if (magnitude > UINT32_MAX) {
                return overflow(runtime, "unsigned int is greater than maximum");
            }
            uint32_t v = (uint32_t)magnitude;
            memcpy(out, &v, sizeof v);
        } else {
            unsigned long v = (unsigned long)magnitude;
            memcpy(out, &v, sizeof v);
        }
        return true;
    case 'q':
        if (!fits_signed) {
            return overflow(runtime, "int too big to convert");
        }
        memcpy(out, &n, sizeof n);
        return true;
    default: // 'Q'
        if (negative && magnitude != 0) {
            return overflow(runtime, "can't convert negative int to unsigned");
        }
        if (!fits) {
            return overflow(runtime, "int too big to convert");
        }
        memcpy(out, &magnitude, sizeof magnitude);
        return true;
    }
}

// The value of item `index` of the array. may trigger a gc
static mn_value_t get_item(mn_runtime_t *runtime, mn_value_t array, size_t index) {
    char typecode = mn_array_typecode(array);
    const char *at = mn_array_data(array) + index * mn_array_itemsize(typecode);
    switch (typecode) {
    case 'b':
        return mn_small_int(*(const int8_t *)at);
    case 'B':
        return mn_small_int(*(const uint8_t *)at);
    case 'h': {
        int16_t v;
        memcpy(&v, at, sizeof v);
        return mn_small_int(v);
    }
    case 'H': {
        uint16_t v;
        memcpy(&v, at, sizeof v);
        return mn_small_int(v);
    }
    case 'i': {
        int32_t v;
        memcpy(&v, at, sizeof v);
        return mn_int_from_int64(runtime, v);
    }
    case 'I': {
        uint32_t v;
        memcpy(&v, at, sizeof v);
        return mn_int_from_uint64(runtime, v);
    }
    case 'l': {
        long v;
        memcpy(&v, at, sizeof v);
        return mn_int_from_int64(runtime, v);
    }
    case 'L': {
        unsigned long v;
        memcpy(&v, at, sizeof v);
        return mn_int_from_uint64(runtime, v);
    }
    case 'q': {
        int64_t v;
        memcpy(&v, at, sizeof v);
        return mn_int_from_int64(runtime, v);
    }
    case 'Q': {
        uint64_t v;
        memcpy(&v, at, sizeof v);
        return mn_int_from_uint64(runtime, v);
    }
    case 'f': {
        float v;
        memcpy(&v, at, sizeof v);
        return mn_float_new(runtime, v);
    }
    default: {
        double v;
        memcpy(&v, at, sizeof v);
        return mn_float_new(runtime, v);
    }
    }
}

// Appends the value in *value (rooted) to the array in *self (rooted). may trigger a gc
static bool append_value(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *value) {
    char item[8];
    if (!pack_item(runtime, mn_array_typecode(*self), *value, item)) {
        return false;
    }
    size_t length = mn_array_length(*self);
    if (!reserve(runtime, self, length + 1)) {
        return false;
    }
    size_t itemsize = itemsize_of(*self);
    memcpy(mn_array_data(*self) + length * itemsize, item, itemsize);
    set_length(*self, length + 1);
    return true;
}

// Appends every item of the iterable in *iterable. may trigger a gc
static bool extend_iterable(mn_runtime_t *runtime, const mn_value_t *self,
                            const mn_value_t *iterable) {
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    *iterator = mn_iter(runtime, iterable);
    bool ok = *iterator != MN_EXCEPTION;
    while (ok) {
        *item = mn_next(runtime, iterator);
        if (*item == MN_NULL) {
            break;
        }
        ok = *item != MN_EXCEPTION && append_value(runtime, self, item);
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

// frombytes: the bytes-like in *source appended as machine items. may trigger a gc
static bool extend_bytes(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *source) {
    size_t length;
    bool writable;
    if (mn_bytes_like_data(*source, &length, &writable) == NULL) {
        (void)mn_raise(runtime, &mn_type_TypeError, "a bytes-like object is required, not '%T'",
                       *source);
        return false;
    }
    size_t itemsize = itemsize_of(*self);
    if (length % itemsize != 0) {
        (void)mn_raise(runtime, &mn_type_ValueError, "bytes length not a multiple of item size");
        return false;
    }
    return splice(runtime, self, mn_array_length(*self), 0, source, 0, length / itemsize);
}

// ---- Construction ------------------------------------------------------------------------------

static bool typecode_of(mn_runtime_t *runtime, mn_value_t value, char *typecode) {
    if (mn_text_kind(value) != MN_TEXT_STR || mn_text_length(value) != 1) {
        if (mn_text_kind(value) == MN_TEXT_STR) {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "array() argument 1 must be a unicode character, not str");
        } else {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "array() argument 1 must be a unicode character, not %T", value);
        }
        return false;
    }
    size_t length;
    const char *text = mn_text_data(value, &length);
    if (length != 1 || strchr("bBhHiIlLqQfd", text[0]) == NULL) {
        (void)mn_raise(runtime, &mn_type_ValueError,
                       "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return false;
    }
    *typecode = text[0];
    return true;
}

static mn_value_t array_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                 size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "array.array() takes no keyword arguments");
    }
    if (count < 1 || count > 2) {
        return mn_raise(runtime, &mn_type_TypeError, "array() takes at most 2 arguments (%z given)",
                        count);
    }
    char typecode;
    if (!typecode_of(runtime, args[0], &typecode)) {
        return MN_EXCEPTION;
    }
    size_t capacity = 0;
    mn_value_t *items;
    if (count == 2) {
        if (mn_text_kind(args[1]) == MN_TEXT_STR) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "cannot use a str to initialize an array with typecode '%s'",
                            (char[]){typecode, 0});
        }
        bool writable;
        if (mn_array_is(args[1])) {
            capacity = mn_array_length(args[1]);
        } else if (mn_bytes_like_data(args[1], &capacity, &writable) != NULL) {
            capacity /= mn_array_itemsize(typecode);
        } else if (!mn_sequence_view(args[1], &items, &capacity)) {
            capacity = 0;
        }
    }
    mn_gc_ref_t ref;
    mn_value_t *result = mn_root_push(&runtime->heap, &ref);
    *result = array_new(runtime, typecode, capacity);
    bool ok = *result != MN_EXCEPTION;
    if (ok && count == 2) {
        if (mn_text_is_binary(args[1])) {
            ok = extend_bytes(runtime, result, &args[1]);
        } else {
            ok = extend_iterable(runtime, result, &args[1]);
        }
    }
    mn_value_t value = ok ? *result : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &ref);
    return value;
}

// A new array of the same typecode holding items [start, start + count * step) by step of
// the array in *self. may trigger a gc
static mn_value_t array_slice(mn_runtime_t *runtime, const mn_value_t *self, intptr_t start,
                              intptr_t step, size_t count) {
    mn_value_t result = array_new(runtime, mn_array_typecode(*self), count);
    if (result == MN_EXCEPTION) {
        return result;
    }
    size_t itemsize = itemsize_of(*self);
    const char *from = mn_array_data(*self);
    char *to = mn_array_data(result);
    for (size_t i = 0; i < count; i++) {
        memcpy(to + i * itemsize, from + (size_t)(start + (intptr_t)i * step) * itemsize, itemsize);
    }
    set_length(result, count);
    return result;
}

// ---- Slots
// ---------------------------------------------------------------------------------------

// A list of the items. may trigger a gc
static mn_value_t to_list(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_gc_ref_t refs[2];
    mn_value_t *list = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    size_t length = mn_array_length(*self);
    *list = mn_list_new(runtime, length);
    bool ok = *list != MN_EXCEPTION;
    for (size_t i = 0; ok && i < mn_array_length(*self); i++) {
        *item = get_item(runtime, *self, i);
        ok = *item != MN_EXCEPTION && mn_list_append(runtime, list, item);
    }
    mn_value_t result = ok ? *list : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// array('H', [1, 2]), or array('H') when empty.
static bool array_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                        bool repr) {
    (void)repr;
    char head[] = "array('?'";
    head[7] = mn_array_typecode(*self);
    if (!mn_text_append(runtime, out, head, sizeof head - 1)) {
        return false;
    }
    if (mn_array_length(*self) > 0) {
        mn_gc_ref_t ref;
        mn_value_t *list = mn_root_push(&runtime->heap, &ref);
        *list = to_list(runtime, self);
        bool ok = *list != MN_EXCEPTION && mn_text_append(runtime, out, ", ", 2) &&
                  mn_print(runtime, out, list, true);
        mn_root_pop(&runtime->heap, &ref);
        if (!ok) {
            return false;
        }
    }
    return mn_text_append(runtime, out, ")", 1);
}

static mn_value_t array_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)mn_array_length(*self));
    }
    if (op == MN_UNARY_BOOL) {
        return mn_bool(mn_array_length(*self) != 0);
    }
    return MN_NOT_IMPLEMENTED;
}

static mn_value_t array_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    bool inplace = mn_binary_op_is_inplace(op);
    mn_binary_op_t plain = mn_binary_op_plain(op);
    if (plain == MN_BINARY_ADD) {
        if (!mn_array_is(*left)) {
            return MN_NOT_IMPLEMENTED;
        }
        if (!mn_array_is(*right)) {
            return mn_raise(runtime, &mn_type_TypeError, "can only %s array (not \"%T\") to array",
                            inplace ? "extend" : "append", *right);
        }
        if (mn_array_typecode(*left) != mn_array_typecode(*right)) {
            if (inplace) {
                return mn_raise(runtime, &mn_type_TypeError,
                                "can only extend with array of same kind");
            }
            return mn_raise(runtime, &mn_type_TypeError,
                            "bad argument type for built-in operation");
        }
        size_t right_length = mn_array_length(*right);
        if (inplace) {
            return splice(runtime, left, mn_array_length(*left), 0, right, 0, right_length)
                       ? *left
                       : MN_EXCEPTION;
        }
        mn_gc_ref_t ref;
        mn_value_t *result = mn_root_push(&runtime->heap, &ref);
        *result = array_slice(runtime, left, 0, 1, mn_array_length(*left));
        bool ok = *result != MN_EXCEPTION &&
                  splice(runtime, result, mn_array_length(*result), 0, right, 0, right_length);
        mn_value_t value = ok ? *result : MN_EXCEPTION;
        mn_root_pop(&runtime->heap, &ref);
        return value;
    }
    if (plain == MN_BINARY_MULTIPLY) {
        const mn_value_t *array = mn_array_is(*left) ? left : right;
        const mn_value_t *times = array == left ? right : left;
        if (!mn_int_is(*times)) {
            return MN_NOT_IMPLEMENTED;
        }
        size_t repeat;
        if (!mn_sequence_repeat_count(runtime, *times, &repeat)) {
            return MN_EXCEPTION;
        }
        size_t length = mn_array_length(*array);
        if (repeat != 0 && length > MAX_LENGTH / repeat) {
            return mn_text_raise_too_big(runtime, (size_t)-1);
        }
        mn_gc_ref_t ref;
        mn_value_t *result = mn_root_push(&runtime->heap, &ref);
        bool ok = true;
        if (inplace && array == left) {
            *result = *left;
            ok = reserve(runtime, result, length * repeat);
        } else {
            *result = array_new(runtime, mn_array_typecode(*array), length * repeat);
            ok = *result != MN_EXCEPTION;
        }
        if (ok) {
            size_t itemsize = itemsize_of(*array);
            const char *from = mn_array_data(*array);
            char *to = mn_array_data(*result);
            for (size_t i = 0; i < repeat; i++) {
                memmove(to + i * length * itemsize, from, length * itemsize);
            }
            set_length(*result, length * repeat);
        }
        mn_value_t value = ok ? *result : MN_EXCEPTION;
        mn_root_pop(&runtime->heap, &ref);
        return value;
    }
    return MN_NOT_IMPLEMENTED;
}

static mn_value_t array_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                                const mn_value_t *right) {
    if (!mn_array_is(*left) || !mn_array_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *a = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *b = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = MN_EXCEPTION;
    *a = to_list(runtime, left);
    if (*a != MN_EXCEPTION) {
        *b = to_list(runtime, right);
        if (*b != MN_EXCEPTION) {
            result = mn_compare(runtime, op, a, b);
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t array_contains(mn_runtime_t *runtime, const mn_value_t *self,
                                 const mn_value_t *item) {
    mn_gc_ref_t ref;
    mn_value_t *value = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = MN_FALSE;
    for (size_t i = 0; i < mn_array_length(*self); i++) {
        *value = get_item(runtime, *self, i);
        if (*value == MN_EXCEPTION) {
            result = MN_EXCEPTION;
            break;
        }
        result = mn_equal(runtime, value, item);
        if (result != MN_FALSE) {
            break;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// self[slice] = *value: an array of the same typecode. may trigger a gc
static mn_value_t assign_slice(mn_runtime_t *runtime, const mn_value_t *self,
                               const mn_value_t *slice, const mn_value_t *value) {
    if (!mn_array_is(*value)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "can only assign array (not \"%T\") to array slice", *value);
    }
    if (mn_array_typecode(*value) != mn_array_typecode(*self)) {
        return mn_raise(runtime, &mn_type_TypeError, "bad argument type for built-in operation");
    }
    intptr_t start;
    intptr_t stop;
    intptr_t step;
    size_t count;
    if (!mn_slice_indices(runtime, *slice, mn_array_length(*self), &start, &stop, &step, &count)) {
        return MN_EXCEPTION;
    }
    size_t inserted = mn_array_length(*value);
    if (step == 1) {
        return splice(runtime, self, (size_t)start, count, value, 0, inserted) ? MN_NONE
                                                                               : MN_EXCEPTION;
    }
    if (inserted != count) {
        return mn_raise(runtime, &mn_type_ValueError,
                        "attempt to assign array of size %z to extended slice of size %z", inserted,
                        count);
    }
    mn_gc_ref_t ref;
    mn_value_t *copy = mn_root_push(&runtime->heap, &ref);
    *copy = array_slice(runtime, value, 0, 1, inserted); // the source may be self
    if (*copy != MN_EXCEPTION) {
        size_t itemsize = itemsize_of(*self);
        char *data = mn_array_data(*self);
        const char *from = mn_array_data(*copy);
        for (size_t i = 0; i < count; i++) {
            memcpy(data + (size_t)(start + (intptr_t)i * step) * itemsize, from + i * itemsize,
                   itemsize);
        }
    }
    mn_value_t result = *copy == MN_EXCEPTION ? MN_EXCEPTION : MN_NONE;
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// del self[slice]. may trigger a gc
static mn_value_t delete_slice(mn_runtime_t *runtime, const mn_value_t *self,
                               const mn_value_t *slice) {
    intptr_t start;
    intptr_t stop;
    intptr_t step;
    size_t count;
    if (!mn_slice_indices(runtime, *slice, mn_array_length(*self), &start, &stop, &step, &count)) {
        return MN_EXCEPTION;
    }
    if (count == 0) {
        return MN_NONE;
    }
    if (step < 0) { // the same items, walked forwards
        start += step * (intptr_t)(count - 1);
        step = -step;
    }
    size_t itemsize = itemsize_of(*self);
    size_t length = mn_array_length(*self);
    char *data = mn_array_data(*self);
    size_t kept = (size_t)start;
    for (size_t i = (size_t)start; i < length; i++) {
        size_t distance = i - (size_t)start;
        bool selected = distance % (size_t)step == 0 && distance / (size_t)step < count;
        if (!selected) {
            memmove(data + kept * itemsize, data + i * itemsize, itemsize);
            kept++;
        }
    }
    set_length(*self, kept);
    return MN_NONE;
}

static mn_value_t array_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                  const mn_value_t *index, const mn_value_t *value) {
    if (mn_slice_is(*index)) {
        if (value == NULL) {
            intptr_t start;
            intptr_t stop;
            intptr_t step;
            size_t count;
            if (!mn_slice_indices(runtime, *index, mn_array_length(*self), &start, &stop, &step,
                                  &count)) {
                return MN_EXCEPTION;
            }
            return array_slice(runtime, self, start, step, count);
        }
        if (*value == MN_NULL) {
            return delete_slice(runtime, self, index);
        }
        return assign_slice(runtime, self, index, value);
    }
    if (!mn_int_is(*index)) {
        return mn_raise(runtime, &mn_type_TypeError, "array indices must be integers");
    }
    int64_t n;
    size_t length = mn_array_length(*self);
    if (!mn_int_to_int64(*index, &n)) {
        return mn_raise(runtime, &mn_type_IndexError,
                        "cannot fit 'int' into an index-sized integer");
    }
    if (n < 0) {
        n += (int64_t)length;
    }
    if (n < 0 || n >= (int64_t)length) {
        return mn_raise(runtime, &mn_type_IndexError,
                        value != NULL && *value != MN_NULL ? "array assignment index out of range"
                                                           : "array index out of range");
    }
    if (value == NULL) {
        return get_item(runtime, *self, (size_t)n);
    }
    if (*value == MN_NULL) {
        return splice(runtime, self, (size_t)n, 1, NULL, 0, 0) ? MN_NONE : MN_EXCEPTION;
    }
    char item[8];
    if (!pack_item(runtime, mn_array_typecode(*self), *value, item)) {
        return MN_EXCEPTION;
    }
    size_t itemsize = itemsize_of(*self);
    memcpy(mn_array_data(*self) + (size_t)n * itemsize, item, itemsize);
    return MN_NONE;
}

static mn_value_t array_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t iterator = mn_iterator_new(runtime, &mn_type_array_iterator, 2);
    if (iterator != MN_EXCEPTION) {
        mn_iterator_values(iterator)[0] = *self;
        mn_iterator_values(iterator)[1] = mn_small_int(0);
    }
    return iterator;
}

// typecode and itemsize.
static mn_value_t array_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                             const mn_value_t *value) {
    if (value != NULL || !mn_is_qstr(name)) {
        return MN_NULL;
    }
    char typecode = mn_array_typecode(*self);
    switch (mn_qstr_id(name)) {
    case MN_QSTR_typecode:
        return mn_text_new(runtime, MN_TEXT_STR, &typecode, 1);
    case MN_QSTR_itemsize:
        return mn_small_int((mn_small_int_t)mn_array_itemsize(typecode));
    default:
        return MN_NULL;
    }
}

// ---- Methods
// -------------------------------------------------------------------------------------

static bool array_self(mn_runtime_t *runtime, const mn_value_t *args, const char *name) {
    return mn_native_check_self(runtime, args, &mn_type_array, name);
}

static mn_value_t array_append(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!array_self(runtime, args, "append") || !append_value(runtime, &args[0], &args[1])) {
        return MN_EXCEPTION;
    }
    return MN_NONE;
}

static mn_value_t array_extend(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!array_self(runtime, args, "extend")) {
        return MN_EXCEPTION;
    }
    bool ok;
    if (mn_array_is(args[1])) {
        if (mn_array_typecode(args[1]) != mn_array_typecode(args[0])) {
            return mn_raise(runtime, &mn_type_TypeError, "can only extend with array of same kind");
        }
        ok = splice(runtime, &args[0], mn_array_length(args[0]), 0, &args[1], 0,
                    mn_array_length(args[1]));
    } else {
        ok = extend_iterable(runtime, &args[0], &args[1]);
    }
    return ok ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t array_frombytes(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!array_self(runtime, args, "frombytes") || !extend_bytes(runtime, &args[0], &args[1])) {
        return MN_EXCEPTION;
    }
    return MN_NONE;
}

static mn_value_t array_fromlist(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!array_self(runtime, args, "fromlist")) {
        return MN_EXCEPTION;
    }
    if (!mn_list_is(args[1])) {
        return mn_raise(runtime, &mn_type_TypeError, "arg must be list");
    }
    size_t length = mn_array_length(args[0]);
    if (!extend_iterable(runtime, &args[0], &args[1])) {
        set_length(args[0], length); // all or nothing, as CPython
        return MN_EXCEPTION;
    }
    return MN_NONE;
}

static mn_value_t array_tobytes(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!array_self(runtime, args, "tobytes")) {
        return MN_EXCEPTION;
    }
    size_t length = mn_array_length(args[0]) * itemsize_of(args[0]);
    if (length == 0) {
        return mn_object_value(&mn_bytes_empty);
    }
    mn_bytes_t *bytes = mn_bytes_alloc(runtime, length);
    if (bytes == NULL) {
        return mn_raise_memory_error(runtime);
    }
    memcpy(bytes->bytes, mn_array_data(args[0]), length);
    return mn_object_value(bytes);
}

static mn_value_t array_tolist(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!array_self(runtime, args, "tolist")) {
        return MN_EXCEPTION;
    }
    return to_list(runtime, &args[0]);
}

static mn_value_t array_pop(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)keywords;
    if (!array_self(runtime, args, "pop")) {
        return MN_EXCEPTION;
    }
    size_t length = mn_array_length(args[0]);
    intptr_t index = -1;
    if (count > 1 && !mn_sequence_int_arg(runtime, args[1], &index)) {
        return MN_EXCEPTION;
    }
    if (length == 0) {
        return mn_raise(runtime, &mn_type_IndexError, "pop from empty array");
    }
    if (index < 0) {
        index += (intptr_t)length;
    }
    if (index < 0 || (size_t)index >= length) {
        return mn_raise(runtime, &mn_type_IndexError, "pop index out of range");
    }
    mn_value_t item = get_item(runtime, args[0], (size_t)index);
    if (item == MN_EXCEPTION) {
        return item;
    }
    // (The array shrinks without allocating, so the item needs no root meanwhile; args has
    // no slot for it when pop() was called without an index.)
    (void)splice(runtime, &args[0], (size_t)index, 1, NULL, 0, 0);
    return item;
}

static mn_value_t array_insert(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    intptr_t index;
    char item[8];
    if (!array_self(runtime, args, "insert") || !mn_sequence_int_arg(runtime, args[1], &index) ||
        !pack_item(runtime, mn_array_typecode(args[0]), args[2], item)) {
        return MN_EXCEPTION;
    }
    intptr_t length = (intptr_t)mn_array_length(args[0]);
    if (index < 0) {
        index = index + length < 0 ? 0 : index + length;
    }
    if (index > length) {
        index = length;
    }
    if (!splice(runtime, &args[0], (size_t)index, 0, NULL, 0, 1)) {
        return MN_EXCEPTION;
    }
    size_t itemsize = itemsize_of(args[0]);
    memcpy(mn_array_data(args[0]) + (size_t)index * itemsize, item, itemsize);
    return MN_NONE;
}

// The position of the first item == *value, or SIZE_MAX. may trigger a gc
static bool find(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *value,
                 size_t *found, size_t *matches) {
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    bool ok = true;
    *found = SIZE_MAX;
    *matches = 0;
    for (size_t i = 0; i < mn_array_length(*self); i++) {
        *item = get_item(runtime, *self, i);
        mn_value_t equal = *item == MN_EXCEPTION ? MN_EXCEPTION : mn_equal(runtime, item, value);
        if (equal == MN_EXCEPTION) {
            ok = false;
            break;
        }
        if (equal == MN_TRUE) {
            if (*found == SIZE_MAX) {
                *found = i;
            }
            (*matches)++;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

static mn_value_t array_index(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    size_t found;
    size_t matches;
    if (!array_self(runtime, args, "index") ||
        !find(runtime, &args[0], &args[1], &found, &matches)) {
        return MN_EXCEPTION;
    }
    if (found == SIZE_MAX) {
        return mn_raise(runtime, &mn_type_ValueError, "array.index(x): x not in array");
    }
    return mn_small_int((mn_small_int_t)found);
}

static mn_value_t array_count(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    size_t found;
    size_t matches;
    if (!array_self(runtime, args, "count") ||
        !find(runtime, &args[0], &args[1], &found, &matches)) {
        return MN_EXCEPTION;
    }
    return mn_small_int((mn_small_int_t)matches);
}

static mn_value_t array_remove(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    size_t found;
    size_t matches;
    if (!array_self(runtime, args, "remove") ||
        !find(runtime, &args[0], &args[1], &found, &matches)) {
        return MN_EXCEPTION;
    }
    if (found == SIZE_MAX) {
        return mn_raise(runtime, &mn_type_ValueError, "array.remove(x): x not in array");
    }
    (void)splice(runtime, &args[0], found, 1, NULL, 0, 0);
    return MN_NONE;
}

static mn_value_t array_reverse(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!array_self(runtime, args, "reverse")) {
        return MN_EXCEPTION;
    }
    size_t itemsize = itemsize_of(args[0]);
    size_t length = mn_array_length(args[0]);
    char *data = mn_array_data(args[0]);
    for (size_t i = 0; i < length / 2; i++) {
        char swap[8];
        memcpy(swap, data + i * itemsize, itemsize);
        memcpy(data + i * itemsize, data + (length - 1 - i) * itemsize, itemsize);
        memcpy(data + (length - 1 - i) * itemsize, swap, itemsize);
    }
    return MN_NONE;
}

static MN_METHOD(array_pop_obj, MN_QSTR_pop, 1, 2, 0, array_pop);
static MN_METHOD(array_count_obj, MN_QSTR_count, 2, 2, 0, array_count);
static MN_METHOD(array_index_obj, MN_QSTR_index, 2, 2, 0, array_index);
static MN_METHOD(array_append_obj, MN_QSTR_append, 2, 2, 0, array_append);
static MN_METHOD(array_extend_obj, MN_QSTR_extend, 2, 2, 0, array_extend);
static MN_METHOD(array_insert_obj, MN_QSTR_insert, 3, 3, 0, array_insert);
static MN_METHOD(array_remove_obj, MN_QSTR_remove, 2, 2, 0, array_remove);
static MN_METHOD(array_tolist_obj, MN_QSTR_tolist, 1, 1, 0, array_tolist);
static MN_METHOD(array_reverse_obj, MN_QSTR_reverse, 1, 1, 0, array_reverse);
static MN_METHOD(array_tobytes_obj, MN_QSTR_tobytes, 1, 1, 0, array_tobytes);
static MN_METHOD(array_fromlist_obj, MN_QSTR_fromlist, 2, 2, 0, array_fromlist);
static MN_METHOD(array_frombytes_obj, MN_QSTR_frombytes, 2, 2, 0, array_frombytes);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t array_attr_entries[] = {
    MN_ATTR(MN_QSTR_pop, &array_pop_obj),
    MN_ATTR(MN_QSTR_count, &array_count_obj),
    MN_ATTR(MN_QSTR_index, &array_index_obj),
    MN_ATTR(MN_QSTR_append, &array_append_obj),
    MN_ATTR(MN_QSTR_extend, &array_extend_obj),
    MN_ATTR(MN_QSTR_insert, &array_insert_obj),
    MN_ATTR(MN_QSTR_remove, &array_remove_obj),
    MN_ATTR(MN_QSTR_tolist, &array_tolist_obj),
    MN_ATTR(MN_QSTR_reverse, &array_reverse_obj),
    MN_ATTR(MN_QSTR_tobytes, &array_tobytes_obj),
    MN_ATTR(MN_QSTR_fromlist, &array_fromlist_obj),
    MN_ATTR(MN_QSTR_frombytes, &array_frombytes_obj),
};
MN_ATTR_TABLE(array_attrs, array_attr_entries);

const mn_type_t mn_type_array = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_array,
    .base = &mn_type_object,
    .attrs = &array_attrs,
    .make_new = array_make_new,
    .print = array_print,
    .unary = array_unary,
    .binary = array_binary,
    .compare = array_compare,
    .contains = array_contains,
    .subscript = array_subscript,
    .iter = array_iter,
    .attr = array_attr,
};

// ---- Iterator: [header][type][array, MN_NULL once exhausted][next index]
// -------------------------

static mn_value_t array_iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t *values = mn_iterator_values(*self);
    if (values[0] == MN_NULL) {
        return MN_NULL;
    }
    size_t index = (size_t)mn_small_int_value(values[1]);
    if (index < mn_array_length(values[0])) {
        values[1] = mn_small_int((mn_small_int_t)index + 1);
        return get_item(runtime, values[0], index);
    }
    values[0] = MN_NULL;
    return MN_NULL;
}

const mn_type_t mn_type_array_iterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_arrayiterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = array_iterator_next,
};
