// bytearray: its storage (a raw data block that grows by half again, in place when it is the
// last block), item and slice assignment and deletion, the in-place operators, and its own
// methods; everything else is bytes' (bytes.c) or text.h's.
#include <string.h>

#include "obj/bytes.h"
#include "obj/int.h"
#include "obj/qstr.h"
#include "obj/text.h"

// ---- Storage ---------------------------------------------------------------------------------

// The object of a bytearray value. no allocation is done
static mn_bytearray_t *bytearray_of(mn_value_t value) {
    return mn_object(value);
}

mn_value_t mn_bytearray_new(mn_runtime_t *runtime, const char *bytes, size_t length) {
    mn_gc_ref_t ref;
    mn_value_t *self = mn_root_push(&runtime->heap, &ref);
    *self =
        mn_object_value(mn_heap_alloc(&runtime->heap, MN_TAG_BYTEARRAY, sizeof(mn_bytearray_t)));
    mn_value_t result = MN_EXCEPTION;
    if (*self == MN_NULL) {
        result = mn_raise_memory_error(runtime);
    } else if (mn_bytearray_reserve(runtime, self, length)) {
        if (length > 0) {
            char *data = mn_bytearray_data(*self);
            if (bytes != NULL) {
                memcpy(data, bytes, length);
            } else {
                memset(data, 0, length);
            }
        }
        bytearray_of(*self)->length = length;
        result = *self;
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_bytearray_adopt(mn_runtime_t *runtime, mn_value_t *block) {
    mn_bytearray_t *self = mn_heap_alloc(&runtime->heap, MN_TAG_BYTEARRAY, sizeof(mn_bytearray_t));
    if (self == NULL) {
        return mn_raise_memory_error(runtime);
    }
    mn_str_t *str = mn_object(*block); // re-read after the allocation
    size_t length = mn_str_length(str);
    self->length = length;
    if (length > 0) {
        // [header][length][bytes] becomes [header][bytes]: a raw block one word roomier.
        memmove((char *)str + sizeof(mn_word_t), str->bytes, length);
        str->header =
            (str->header & ~MN_HEADER_TAG_MASK) | ((mn_word_t)MN_TAG_RAW << MN_HEADER_TAG_SHIFT);
        self->data = *block;
    }
    return mn_object_value(self);
}

// Bytes of a data block holding `capacity` bytes (header included). no allocation is done
static size_t data_bytes(size_t capacity) {
    return sizeof(mn_word_t) + capacity;
}

bool mn_bytearray_reserve(mn_runtime_t *runtime, const mn_value_t *bytearray, size_t capacity) {
    size_t old_capacity = mn_bytearray_capacity(*bytearray);
    if (capacity <= old_capacity) {
        return true;
    }
    if (capacity > SIZE_MAX / 2) {
        (void)mn_text_raise_too_big(runtime, SIZE_MAX);
        return false;
    }
    mn_value_t data = bytearray_of(*bytearray)->data;
    if (data != MN_NULL &&
        mn_heap_grow_in_place(&runtime->heap, mn_object(data), data_bytes(capacity))) {
        return true;
    }
    // Grow by half again (at least 8 bytes) for amortised appends; exactly when that fails.
    size_t grown = old_capacity + old_capacity / 2;
    grown = grown < 8 ? 8 : grown;
    mn_word_t *block = NULL;
    if (grown > capacity) {
        block = mn_heap_alloc(&runtime->heap, MN_TAG_RAW, data_bytes(grown));
    }
    if (block == NULL) {
        block = mn_heap_alloc(&runtime->heap, MN_TAG_RAW, data_bytes(capacity));
    }
    if (block == NULL) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    mn_bytearray_t *self = bytearray_of(*bytearray); // re-read after the allocation
    if (self->length > 0) {
        memcpy(block + 1, mn_bytearray_data(*bytearray), self->length);
    }
    self->data = mn_object_value(block);
    return true;
}

// Gives back most of a data block that a deletion left mostly empty. no allocation is done
static void trim(mn_runtime_t *runtime, mn_value_t bytearray) {
    mn_bytearray_t *self = bytearray_of(bytearray);
    size_t capacity = mn_bytearray_capacity(bytearray);
    if (self->data != MN_NULL && self->length + 16 < capacity / 2) {
        size_t kept = self->length + self->length / 4;
        mn_heap_shrink(&runtime->heap, mn_object(self->data), data_bytes(kept < 8 ? 8 : kept));
    }
}

bool mn_bytearray_splice(mn_runtime_t *runtime, const mn_value_t *bytearray, size_t offset,
                         size_t removed, const mn_value_t *source, size_t inserted) {
    mn_gc_ref_t ref;
    mn_value_t *copy = mn_root_push(&runtime->heap, &ref);
    bool ok = true;
    if (source != NULL && *source == *bytearray && inserted > 0) {
        // Inserting a bytearray into itself: from a copy, which the shifting cannot spoil.
        *copy = mn_text_new_slice(runtime, MN_TEXT_BYTES, source, 0, inserted);
        ok = *copy != MN_EXCEPTION;
        source = copy;
    }
    size_t length = bytearray_of(*bytearray)->length;
    size_t new_length = length - removed + inserted;
    if (ok && inserted > removed && !mn_bytearray_reserve(runtime, bytearray, new_length)) {
        ok = false;
    }
    if (ok) {
        char *data = mn_bytearray_data(*bytearray); // re-read after the allocations
        if (data != NULL) {
            memmove(data + offset + inserted, data + offset + removed, length - offset - removed);
            if (source != NULL) {
                size_t source_length;
                memcpy(data + offset, mn_text_data(*source, &source_length), inserted);
            } else {
                memset(data + offset, 0, inserted);
            }
        }
        bytearray_of(*bytearray)->length = new_length;
        if (new_length < length) {
            trim(runtime, *bytearray);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// ---- Slots -----------------------------------------------------------------------------------

// bytearray(...). may trigger a gc
static mn_value_t bytearray_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                     size_t count, mn_value_t keywords) {
    (void)type;
    return mn_bytes_make_new(runtime, args, count, keywords, true);
}

// self += other and self *= n change self; the plain operators are bytes'.
static mn_value_t bytearray_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                                   const mn_value_t *right) {
    if (!mn_binary_op_is_inplace(op) || !mn_bytearray_is(*left)) {
        return mn_bytes_binary(runtime, op, left, right);
    }
    if (op == MN_BINARY_INPLACE_ADD) {
        if (!mn_text_is_binary(*right)) {
            return mn_is_tagged(*right, MN_TAG_INSTANCE)
                       ? MN_NOT_IMPLEMENTED
                       : mn_raise(runtime, &mn_type_TypeError, "can't concat %T to bytearray",
                                  *right);
        }
        size_t length = bytearray_of(*left)->length;
        size_t inserted;
        mn_text_data(*right, &inserted);
        return mn_bytearray_splice(runtime, left, length, 0, right, inserted) ? *left
                                                                              : MN_EXCEPTION;
    }
    if (op == MN_BINARY_INPLACE_MULTIPLY) {
        if (!mn_int_is(*right)) {
            return mn_is_tagged(*right, MN_TAG_INSTANCE)
                       ? MN_NOT_IMPLEMENTED
                       : mn_raise(runtime, &mn_type_TypeError,
                                  "can't multiply sequence by non-int of type '%T'", *right);
        }
        int64_t n;
        if (!mn_text_int_argument(runtime, *right, &n)) {
            return MN_EXCEPTION;
        }
        size_t length = bytearray_of(*left)->length;
        if (n <= 0 || length == 0) {
            bytearray_of(*left)->length = 0;
            trim(runtime, *left);
            return *left;
        }
        if ((uint64_t)n > (SIZE_MAX / 2) / length) {
            return mn_text_raise_too_big(runtime, SIZE_MAX);
        }
        size_t total = length * (size_t)n;
        if (!mn_bytearray_reserve(runtime, left, total)) {
            return MN_EXCEPTION;
        }
        char *data = mn_bytearray_data(*left);
        for (size_t done = length; done < total;) { // doubling copies
            size_t step = done < total - done ? done : total - done;
            memcpy(data + done, data, step);
            done += step;
        }
        bytearray_of(*left)->length = total;
        return *left;
    }
    return mn_bytes_binary(runtime, op, left, right);
}

// The position of an int index in a bytearray of `length`; IndexError "bytearray index out of
// range". may trigger a gc (only to raise)
static bool item_position(mn_runtime_t *runtime, mn_value_t index, size_t length,
                          size_t *position) {
    int64_t n;
    if (!mn_int_to_int64(index, &n)) {
        (void)mn_raise(runtime, &mn_type_IndexError,
                       "cannot fit 'int' into an index-sized integer");
        return false;
    }
    if (n < 0) {
        n += (int64_t)length;
    }
    if (n < 0 || n >= (int64_t)length) {
        (void)mn_raise(runtime, &mn_type_IndexError, "bytearray index out of range");
        return false;
    }
    *position = (size_t)n;
    return true;
}

// del self[slice]: the items the slice selects, kept in order. may trigger a gc
static bool delete_slice(mn_runtime_t *runtime, const mn_value_t *self, int64_t start, int64_t step,
                         size_t count) {
    if (count == 0) {
        return true;
    }
    if (step < 0) { // the same items, walked forwards
        start += step * (int64_t)(count - 1);
        step = -step;
    }
    if (step == 1) {
        return mn_bytearray_splice(runtime, self, (size_t)start, count, NULL, 0);
    }
    mn_bytearray_t *object = bytearray_of(*self);
    char *data = mn_bytearray_data(*self);
    size_t kept = (size_t)start;
    for (size_t i = (size_t)start; i < object->length; i++) {
        bool selected =
            (i - (size_t)start) % (size_t)step == 0 && (i - (size_t)start) / (size_t)step < count;
        if (!selected) {
            data[kept++] = data[i];
        }
    }
    object->length = kept;
    trim(runtime, *self);
    return true;
}

// self[slice] = *value: bytes-like, or any iterable of ints but a str or a number. may trigger a gc
static bool assign_slice(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t slice,
                         const mn_value_t *value) {
    if (mn_text_kind(*value) == MN_TEXT_STR || mn_int_is(*value) ||
        mn_is_tagged(*value, MN_TAG_FLOAT)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    int64_t start;
    int64_t step;
    size_t count;
    if (!mn_text_slice_indices(runtime, slice, bytearray_of(*self)->length, &start, &step,
                               &count)) {
        return false;
    }
    mn_gc_ref_t ref;
    mn_value_t *source = mn_root_push(&runtime->heap, &ref);
    *source = *value;
    bool ok = true;
    if (!mn_text_is_binary(*source)) {
        *source = mn_bytes_from_object(runtime, true, value);
        ok = *source != MN_EXCEPTION;
    }
    size_t inserted;
    if (ok) {
        mn_text_data(*source, &inserted);
        if (step == 1) {
            ok = mn_bytearray_splice(runtime, self, (size_t)start, count, source, inserted);
        } else if (inserted == 0) {
            ok = delete_slice(runtime, self, start, step, count);
        } else if (inserted != count) {
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "attempt to assign bytes of size %z to extended slice of size %z",
                           inserted, count);
            ok = false;
        } else {
            size_t length;
            const char *bytes = mn_text_data(*source, &length);
            char *data = mn_bytearray_data(*self);
            if (bytes == data) { // assigning self to itself: read backwards-safe from a copy
                *source = mn_text_new_slice(runtime, MN_TEXT_BYTES, source, 0, length);
                ok = *source != MN_EXCEPTION;
                bytes = ok ? mn_text_data(*source, &length) : NULL;
                data = mn_bytearray_data(*self);
            }
            for (size_t k = 0; ok && k < count; k++) {
                data[start + (int64_t)k * step] = bytes[k];
            }
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// self[index], self[index] = value, del self[index]. may trigger a gc
static mn_value_t bytearray_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                      const mn_value_t *index, const mn_value_t *value) {
    if (value == NULL) {
        return mn_bytes_get_item(runtime, self, index);
    }
    bool is_slice = mn_is_tagged(*index, MN_TAG_SLICE);
    if (!is_slice && !mn_int_is(*index)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "bytearray indices must be integers or slices, not %T", *index);
    }
    if (is_slice) {
        if (*value != MN_NULL) {
            return assign_slice(runtime, self, *index, value) ? MN_NONE : MN_EXCEPTION;
        }
        int64_t start;
        int64_t step;
        size_t count;
        if (!mn_text_slice_indices(runtime, *index, bytearray_of(*self)->length, &start, &step,
                                   &count) ||
            !delete_slice(runtime, self, start, step, count)) {
            return MN_EXCEPTION;
        }
        return MN_NONE;
    }
    // CPython's order: an index too big for any position, the value, then the range.
    unsigned char byte = 0;
    size_t position;
    int64_t n;
    if (!mn_int_to_int64(*index, &n)) {
        return mn_raise(runtime, &mn_type_IndexError,
                        "cannot fit 'int' into an index-sized integer");
    }
    if ((*value != MN_NULL && !mn_text_byte_value(runtime, *value, &byte)) ||
        !item_position(runtime, *index, bytearray_of(*self)->length, &position)) {
        return MN_EXCEPTION;
    }
    if (*value == MN_NULL) {
        return mn_bytearray_splice(runtime, self, position, 1, NULL, 0) ? MN_NONE : MN_EXCEPTION;
    }
    mn_bytearray_data(*self)[position] = (char)byte;
    return MN_NONE;
}

// ---- Methods ---------------------------------------------------------------------------------

// Whether self is a bytearray; TypeError otherwise. may trigger a gc (only to raise)
static bool bytearray_self(mn_runtime_t *runtime, const mn_value_t *args, const char *name) {
    if (mn_bytearray_is(args[0])) {
        return true;
    }
    (void)mn_raise(runtime, &mn_type_TypeError,
                   "descriptor '%s' for 'bytearray' objects doesn't apply to a '%T' object", name,
                   args[0]);
    return false;
}

static mn_value_t bytearray_append(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count;
    (void)keywords;
    unsigned char byte;
    if (!bytearray_self(runtime, args, "append") || !mn_text_byte_value(runtime, args[1], &byte)) {
        return MN_EXCEPTION;
    }
    size_t length = bytearray_of(args[0])->length;
    if (!mn_bytearray_splice(runtime, &args[0], length, 0, NULL, 1)) {
        return MN_EXCEPTION;
    }
    mn_bytearray_data(args[0])[length] = (char)byte;
    return MN_NONE;
}

// Whether the value's type can be iterated. no allocation is done
static bool iterable(mn_value_t value) {
    for (const mn_type_t *type = mn_type_of(value); type != NULL; type = type->base) {
        if (type->iter != NULL) {
            return true;
        }
    }
    return mn_is_tagged(value, MN_TAG_LIST) || mn_is_tagged(value, MN_TAG_TUPLE);
}

static mn_value_t bytearray_extend(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!bytearray_self(runtime, args, "extend")) {
        return MN_EXCEPTION;
    }
    if (!mn_text_is_binary(args[1]) && !iterable(args[1])) {
        return mn_raise(runtime, &mn_type_TypeError, "can't extend bytearray with %T", args[1]);
    }
    mn_gc_ref_t ref;
    mn_value_t *source = mn_root_push(&runtime->heap, &ref);
    *source = mn_text_is_binary(args[1]) ? args[1] : mn_bytes_from_object(runtime, true, &args[1]);
    mn_value_t result = MN_EXCEPTION;
    if (*source != MN_EXCEPTION) {
        size_t inserted;
        mn_text_data(*source, &inserted);
        size_t length = bytearray_of(args[0])->length;
        if (mn_bytearray_splice(runtime, &args[0], length, 0, source, inserted)) {
            result = MN_NONE;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t bytearray_pop(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)keywords;
    int64_t index = -1;
    if (!bytearray_self(runtime, args, "pop") ||
        (count > 1 && !mn_text_int_argument(runtime, args[1], &index))) {
        return MN_EXCEPTION;
    }
    size_t length = bytearray_of(args[0])->length;
    if (length == 0) {
        return mn_raise(runtime, &mn_type_IndexError, "pop from empty bytearray");
    }
    if (index < 0) {
        index += (int64_t)length;
    }
    if (index < 0 || index >= (int64_t)length) {
        return mn_raise(runtime, &mn_type_IndexError, "pop index out of range");
    }
    unsigned char byte = (unsigned char)mn_bytearray_data(args[0])[index];
    if (!mn_bytearray_splice(runtime, &args[0], (size_t)index, 1, NULL, 0)) {
        return MN_EXCEPTION;
    }
    return mn_small_int(byte);
}

static mn_value_t bytearray_insert(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count;
    (void)keywords;
    int64_t index;
    unsigned char byte;
    if (!bytearray_self(runtime, args, "insert") ||
        !mn_text_int_argument(runtime, args[1], &index) ||
        !mn_text_byte_value(runtime, args[2], &byte)) {
        return MN_EXCEPTION;
    }
    int64_t length = (int64_t)bytearray_of(args[0])->length;
    if (index < 0) {
        index = index + length < 0 ? 0 : index + length;
    } else if (index > length) {
        index = length;
    }
    if (!mn_bytearray_splice(runtime, &args[0], (size_t)index, 0, NULL, 1)) {
        return MN_EXCEPTION;
    }
    mn_bytearray_data(args[0])[index] = (char)byte;
    return MN_NONE;
}

static mn_value_t bytearray_remove(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count;
    (void)keywords;
    unsigned char byte;
    if (!bytearray_self(runtime, args, "remove") || !mn_text_byte_value(runtime, args[1], &byte)) {
        return MN_EXCEPTION;
    }
    size_t length = bytearray_of(args[0])->length;
    const char *data = mn_bytearray_data(args[0]);
    const char *found = length > 0 ? memchr(data, byte, length) : NULL;
    if (found == NULL) {
        return mn_raise(runtime, &mn_type_ValueError, "value not found in bytearray");
    }
    return mn_bytearray_splice(runtime, &args[0], (size_t)(found - data), 1, NULL, 0)
               ? MN_NONE
               : MN_EXCEPTION;
}

static mn_value_t bytearray_clear(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!bytearray_self(runtime, args, "clear")) {
        return MN_EXCEPTION;
    }
    mn_bytearray_t *self = bytearray_of(args[0]);
    self->length = 0;
    self->data = MN_NULL; // the block is garbage now
    return MN_NONE;
}

static mn_value_t bytearray_copy(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!bytearray_self(runtime, args, "copy")) {
        return MN_EXCEPTION;
    }
    return mn_text_new_slice(runtime, MN_TEXT_BYTEARRAY, &args[0], 0,
                             bytearray_of(args[0])->length);
}

static mn_value_t bytearray_reverse(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                    mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!bytearray_self(runtime, args, "reverse")) {
        return MN_EXCEPTION;
    }
    size_t length = bytearray_of(args[0])->length;
    char *data = mn_bytearray_data(args[0]);
    for (size_t i = 0; i < length / 2; i++) {
        char c = data[i];
        data[i] = data[length - 1 - i];
        data[length - 1 - i] = c;
    }
    return MN_NONE;
}

static MN_METHOD(bytearray_append_obj, MN_QSTR_append, 2, 2, 0, bytearray_append);
static MN_METHOD(bytearray_extend_obj, MN_QSTR_extend, 2, 2, 0, bytearray_extend);
static MN_METHOD(bytearray_pop_obj, MN_QSTR_pop, 1, 2, 0, bytearray_pop);
static MN_METHOD(bytearray_insert_obj, MN_QSTR_insert, 3, 3, 0, bytearray_insert);
static MN_METHOD(bytearray_remove_obj, MN_QSTR_remove, 2, 2, 0, bytearray_remove);
static MN_METHOD(bytearray_clear_obj, MN_QSTR_clear, 1, 1, 0, bytearray_clear);
static MN_METHOD(bytearray_copy_obj, MN_QSTR_copy, 1, 1, 0, bytearray_copy);
static MN_METHOD(bytearray_reverse_obj, MN_QSTR_reverse, 1, 1, 0, bytearray_reverse);

// Sorted by name length, then name (the qstr order); tests/c/test_bytes.c checks it.
static const mn_attr_entry_t bytearray_attrs[] = {
    MN_ATTR(MN_QSTR_hex, &mn_bytes_hex_obj),
    MN_ATTR(MN_QSTR_pop, &bytearray_pop_obj),
    MN_ATTR(MN_QSTR_copy, &bytearray_copy_obj),
    MN_ATTR(MN_QSTR_find, &mn_text_find_obj),
    MN_ATTR(MN_QSTR_join, &mn_text_join_obj),
    MN_ATTR(MN_QSTR_clear, &bytearray_clear_obj),
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
    MN_ATTR(MN_QSTR_append, &bytearray_append_obj),
    MN_ATTR(MN_QSTR_center, &mn_text_center_obj),
    MN_ATTR(MN_QSTR_decode, &mn_bytes_decode_obj),
    MN_ATTR(MN_QSTR_extend, &bytearray_extend_obj),
    MN_ATTR(MN_QSTR_insert, &bytearray_insert_obj),
    MN_ATTR(MN_QSTR_lstrip, &mn_text_lstrip_obj),
    MN_ATTR(MN_QSTR_remove, &bytearray_remove_obj),
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
    MN_ATTR(MN_QSTR_reverse, &bytearray_reverse_obj),
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

MN_ATTR_TABLE(bytearray_attr_table, bytearray_attrs);

const mn_type_t mn_type_bytearray = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_bytearray,
    .flags = MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .attrs = &bytearray_attr_table,
    .make_new = bytearray_make_new,
    .print = mn_bytes_print,
    .unary = mn_bytes_unary,
    .binary = bytearray_binary,
    .compare = mn_bytes_compare,
    .contains = mn_bytes_contains,
    .subscript = bytearray_subscript,
    .iter = mn_text_iter,
};
