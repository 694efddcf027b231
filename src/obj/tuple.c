#include "obj/tuple.h"

#include <string.h>

#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/sequence.h"
#include "obj/slice.h"

const mn_tuple_t mn_tuple_empty = {MN_HEADER(MN_TAG_TUPLE, 1)};

mn_tuple_t *mn_tuple_new(mn_runtime_t *runtime, size_t length) {
    if (length > MN_BLOCK_MAX_WORDS - 1) {
        runtime->heap.last_failure = MN_ALLOC_NO_MEMORY;
        bool representable = length < (size_t)-1 / MN_WORD_BYTES - 1;
        runtime->heap.last_failure_bytes =
            representable ? (1 + length) * MN_WORD_BYTES : (size_t)-1;
        return NULL;
    }
    return mn_heap_alloc(&runtime->heap, MN_TAG_TUPLE, (1 + length) * MN_WORD_BYTES);
}

mn_value_t mn_tuple_from_values(mn_runtime_t *runtime, const mn_value_t *values, size_t count) {
    if (count == 0) {
        return mn_object_value(&mn_tuple_empty);
    }
    mn_tuple_t *tuple = mn_tuple_new(runtime, count);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    memcpy(tuple->items, values, count * sizeof(mn_value_t));
    return mn_object_value(tuple);
}

// A new tuple of the items of the list or tuple in *source. may trigger a gc
static mn_value_t copy_of(mn_runtime_t *runtime, const mn_value_t *source) {
    mn_value_t *items;
    size_t count;
    (void)mn_sequence_view(*source, &items, &count);
    if (count == 0) {
        return mn_object_value(&mn_tuple_empty);
    }
    mn_tuple_t *tuple = mn_tuple_new(runtime, count);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    (void)mn_sequence_view(*source, &items, &count); // re-read after the allocation
    memcpy(tuple->items, items, count * sizeof(mn_value_t));
    return mn_object_value(tuple);
}

mn_value_t mn_tuple_from_iterable(mn_runtime_t *runtime, const mn_value_t *iterable) {
    if (mn_tuple_is(*iterable)) {
        return *iterable;
    }
    if (mn_list_is(*iterable)) {
        return copy_of(runtime, iterable);
    }
    // Any other iterable is read into a list first: its length is not known in advance.
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_list_from_iterable(runtime, iterable);
    mn_value_t result = *list == MN_EXCEPTION ? MN_EXCEPTION : copy_of(runtime, list);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// no allocation is done
static const mn_tuple_t *tuple_of(const mn_value_t *tuple) {
    return mn_object(*tuple);
}

// ---- Slots ---------------------------------------------------------------------------------
//
// Their contracts are in obj/type.h: each may trigger a gc.

static mn_value_t tuple_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                 size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "tuple() takes no keyword arguments");
    }
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "tuple expected at most 1 argument, got %z",
                        count);
    }
    return count == 0 ? mn_object_value(&mn_tuple_empty)
                      : mn_tuple_from_iterable(runtime, &args[0]);
}

static bool tuple_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                        bool repr) {
    (void)repr;
    return mn_sequence_print(runtime, out, self, "(", ")", true);
}

// hash(tuple): the items' hashes mixed as CPython 3.11 mixes them. may trigger a gc
static mn_value_t tuple_hash(mn_runtime_t *runtime, const mn_value_t *self) {
    size_t length = mn_tuple_length(tuple_of(self));
    uintptr_t accumulator = MN_TUPLE_HASH_START;
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = MN_NULL;
    for (size_t i = 0; i < length; i++) {
        *item = tuple_of(self)->items[i];
        mn_value_t hash = mn_hash(runtime, item);
        if (hash == MN_EXCEPTION) {
            result = MN_EXCEPTION;
            break;
        }
        accumulator = mn_tuple_hash_add(accumulator, mn_small_int_value(hash));
    }
    mn_root_pop(&runtime->heap, &ref);
    return result == MN_EXCEPTION ? result : mn_tuple_hash_finish(accumulator, length);
}

static mn_value_t tuple_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    size_t length = mn_tuple_length(tuple_of(self));
    if (op == MN_UNARY_BOOL) {
        return mn_bool(length != 0);
    }
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)length);
    }
    if (op == MN_UNARY_HASH) {
        return tuple_hash(runtime, self);
    }
    return MN_NOT_IMPLEMENTED;
}

// left + right for two tuples. may trigger a gc
static mn_value_t concatenate(mn_runtime_t *runtime, const mn_value_t *left,
                              const mn_value_t *right) {
    size_t left_length = mn_tuple_length(tuple_of(left));
    size_t right_length = mn_tuple_length(tuple_of(right));
    if (right_length == 0) {
        return *left;
    }
    if (left_length == 0) {
        return *right;
    }
    mn_tuple_t *tuple = mn_tuple_new(runtime, left_length + right_length);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    memcpy(tuple->items, tuple_of(left)->items, left_length * sizeof(mn_value_t));
    memcpy(tuple->items + left_length, tuple_of(right)->items, right_length * sizeof(mn_value_t));
    return mn_object_value(tuple);
}

// *source repeated `times`. may trigger a gc
static mn_value_t repeat(mn_runtime_t *runtime, const mn_value_t *source, size_t times) {
    size_t length = mn_tuple_length(tuple_of(source));
    if (times == 1) {
        return *source;
    }
    if (times == 0 || length == 0) {
        return mn_object_value(&mn_tuple_empty);
    }
    if (length > (MN_BLOCK_MAX_WORDS - 1) / times) {
        return mn_sequence_raise_too_long(runtime, MN_BLOCK_MAX_WORDS);
    }
    mn_tuple_t *tuple = mn_tuple_new(runtime, length * times);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    for (size_t i = 0; i < times; i++) {
        memcpy(tuple->items + i * length, tuple_of(source)->items, length * sizeof(mn_value_t));
    }
    return mn_object_value(tuple);
}

static mn_value_t tuple_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    bool left_tuple = mn_tuple_is(*left);
    op = mn_binary_op_plain(op); // tuples are immutable: += is +
    if (op == MN_BINARY_ADD) {
        if (!left_tuple) {
            return MN_NOT_IMPLEMENTED;
        }
        if (!mn_tuple_is(*right)) {
            return mn_is_tagged(*right, MN_TAG_INSTANCE)
                       ? MN_NOT_IMPLEMENTED
                       : mn_raise(runtime, &mn_type_TypeError,
                                  "can only concatenate tuple (not \"%T\") to tuple", *right);
        }
        return concatenate(runtime, left, right);
    }
    if (op == MN_BINARY_MULTIPLY) {
        const mn_value_t *sequence = left_tuple ? left : right;
        const mn_value_t *count = left_tuple ? right : left;
        if (!mn_int_is(*count)) {
            return mn_is_tagged(*count, MN_TAG_INSTANCE)
                       ? MN_NOT_IMPLEMENTED
                       : mn_raise(runtime, &mn_type_TypeError,
                                  "can't multiply sequence by non-int of type '%T'", *count);
        }
        size_t times;
        if (!mn_sequence_repeat_count(runtime, *count, &times)) {
            return MN_EXCEPTION;
        }
        return repeat(runtime, sequence, times);
    }
    return MN_NOT_IMPLEMENTED;
}

static mn_value_t tuple_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                                const mn_value_t *right) {
    if (!mn_tuple_is(*left) || !mn_tuple_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    return mn_sequence_compare(runtime, op, left, right);
}

static mn_value_t tuple_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                  const mn_value_t *index, const mn_value_t *value) {
    if (value != NULL) {
        return MN_NOT_IMPLEMENTED; // immutable: the protocol raises
    }
    size_t length = mn_tuple_length(tuple_of(self));
    if (!mn_slice_is(*index)) {
        size_t position;
        if (!mn_sequence_position(runtime, &mn_type_tuple, "tuple index out of range", *index,
                                  length, &position)) {
            return MN_EXCEPTION;
        }
        return tuple_of(self)->items[position];
    }
    intptr_t start;
    intptr_t stop;
    intptr_t step;
    size_t count;
    if (!mn_slice_indices(runtime, *index, length, &start, &stop, &step, &count)) {
        return MN_EXCEPTION;
    }
    if (count == length && step == 1) {
        return *self;
    }
    if (count == 0) {
        return mn_object_value(&mn_tuple_empty);
    }
    mn_tuple_t *tuple = mn_tuple_new(runtime, count);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    for (size_t i = 0; i < count; i++) {
        tuple->items[i] = tuple_of(self)->items[start + (intptr_t)i * step];
    }
    return mn_object_value(tuple);
}

static mn_value_t tuple_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t iterator = mn_iterator_new(runtime, &mn_type_tuple_iterator, 2);
    if (iterator != MN_EXCEPTION) {
        mn_iterator_values(iterator)[0] = *self;
        mn_iterator_values(iterator)[1] = mn_small_int(0);
    }
    return iterator;
}

// ---- Methods -------------------------------------------------------------------------------
//
// Natives (obj/native.h): each may trigger a gc.

static mn_value_t tuple_count(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &mn_type_tuple, "count")) {
        return MN_EXCEPTION;
    }
    return mn_sequence_count(runtime, &args[0], &args[1]);
}

static mn_value_t tuple_index(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &mn_type_tuple, "index")) {
        return MN_EXCEPTION;
    }
    size_t start;
    size_t end;
    size_t found;
    if (!mn_sequence_search_range(runtime, &args[2], count - 2, mn_tuple_length(tuple_of(args)),
                                  &start, &end) ||
        !mn_sequence_find(runtime, &args[0], &args[1], start, end, &found)) {
        return MN_EXCEPTION;
    }
    if (found == SIZE_MAX) {
        return mn_raise(runtime, &mn_type_ValueError, "tuple.index(x): x not in tuple");
    }
    return mn_small_int((mn_small_int_t)found);
}

static MN_METHOD(tuple_count_obj, MN_QSTR_count, 2, 2, 0, tuple_count);
static MN_METHOD(tuple_index_obj, MN_QSTR_index, 2, 4, 0, tuple_index);

// Sorted by qstr id: by length, then alphabetically.
static const mn_attr_entry_t tuple_attr_entries[] = {
    MN_ATTR(MN_QSTR_count, &tuple_count_obj),
    MN_ATTR(MN_QSTR_index, &tuple_index_obj),
};
MN_ATTR_TABLE(tuple_attrs, tuple_attr_entries);

const mn_type_t mn_type_tuple = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_tuple,
    .flags = MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .attrs = &tuple_attrs,
    .make_new = tuple_make_new,
    .print = tuple_print,
    .unary = tuple_unary,
    .binary = tuple_binary,
    .compare = tuple_compare,
    .contains = mn_sequence_contains,
    .subscript = tuple_subscript,
    .iter = tuple_iter,
};

// ---- Iterator: [header][type][tuple, MN_NULL once exhausted][next index] ------------------

// no allocation is done
static mn_value_t tuple_iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    (void)runtime;
    mn_value_t *values = mn_iterator_values(*self);
    if (values[0] == MN_NULL) {
        return MN_NULL;
    }
    const mn_tuple_t *tuple = mn_object(values[0]);
    mn_small_int_t index = mn_small_int_value(values[1]);
    if ((size_t)index < mn_tuple_length(tuple)) {
        values[1] = mn_small_int(index + 1);
        return tuple->items[index];
    }
    values[0] = MN_NULL;
    return MN_NULL;
}

const mn_type_t mn_type_tuple_iterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_tuple_iterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = tuple_iterator_next,
};
