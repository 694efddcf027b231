#include "obj/range.h"

#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/repr.h"
#include "obj/sequence.h"
#include "obj/slice.h"
#include "obj/tuple.h"

// no allocation is done
static const mn_range_t *range_of(const mn_value_t *range) {
    return mn_object(*range);
}

// An int as itself, a bool as 0 or 1. no allocation is done
static mn_value_t int_of(mn_value_t value) {
    return value == MN_TRUE ? mn_small_int(1) : value == MN_FALSE ? mn_small_int(0) : value;
}

// The sign of an int: -1, 0 or 1. no allocation is done
static int sign_of(mn_value_t value) {
    return mn_int_compare(value, mn_small_int(0));
}

mn_value_t mn_range_new(mn_runtime_t *runtime, const mn_value_t *start, const mn_value_t *stop,
                        const mn_value_t *step) {
    mn_range_t *range = mn_heap_alloc(&runtime->heap, MN_TAG_RANGE, sizeof(mn_range_t));
    if (range == NULL) {
        return mn_raise_memory_error(runtime);
    }
    range->start = int_of(*start);
    range->stop = int_of(*stop);
    range->step = int_of(*step);
    return mn_object_value(range);
}

// The fields as machine integers when all are small ints (the fast paths). Differences of
// two small ints fit an int64_t on every target.
typedef struct small_range {
    int64_t start;
    int64_t stop;
    int64_t step;
} small_range_t;

// no allocation is done
static bool small_fields(mn_value_t range, small_range_t *small) {
    const mn_range_t *object = mn_object(range);
    if (!mn_is_small_int(object->start) || !mn_is_small_int(object->stop) ||
        !mn_is_small_int(object->step)) {
        return false;
    }
    small->start = mn_small_int_value(object->start);
    small->stop = mn_small_int_value(object->stop);
    small->step = mn_small_int_value(object->step);
    return true;
}

// no allocation is done
static int64_t small_length(const small_range_t *small) {
    if (small->step > 0) {
        return small->start < small->stop ? (small->stop - small->start - 1) / small->step + 1 : 0;
    }
    return small->start > small->stop ? (small->start - small->stop - 1) / -small->step + 1 : 0;
}

// a op b for ints passed by value. may trigger a gc
static mn_value_t int_op(mn_runtime_t *runtime, mn_binary_op_t op, mn_value_t a, mn_value_t b) {
    return mn_sequence_int_op(runtime, op, a, b);
}

mn_value_t mn_range_length(mn_runtime_t *runtime, const mn_value_t *range) {
    small_range_t small;
    if (small_fields(*range, &small)) {
        return mn_int_from_int64(runtime, small_length(&small));
    }
    // Each intermediate result goes straight into the next operation, which roots it.
    bool up = sign_of(range_of(range)->step) > 0;
    int order = mn_int_compare(range_of(range)->start, range_of(range)->stop);
    if (up ? order >= 0 : order <= 0) {
        return mn_small_int(0);
    }
    mn_value_t difference =
        up ? int_op(runtime, MN_BINARY_SUBTRACT, range_of(range)->stop, range_of(range)->start)
           : int_op(runtime, MN_BINARY_SUBTRACT, range_of(range)->start, range_of(range)->stop);
    if (difference == MN_EXCEPTION || (difference = int_op(runtime, MN_BINARY_SUBTRACT, difference,
                                                           mn_small_int(1))) == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t ref;
    mn_value_t *steps = mn_root_push(&runtime->heap, &ref);
    *steps = difference;
    mn_value_t stride = range_of(range)->step;
    if (!up) {
        stride = int_op(runtime, MN_BINARY_SUBTRACT, mn_small_int(0), stride);
    }
    mn_value_t result = MN_EXCEPTION;
    if (stride != MN_EXCEPTION &&
        (*steps = int_op(runtime, MN_BINARY_FLOOR_DIVIDE, *steps, stride)) != MN_EXCEPTION) {
        result = int_op(runtime, MN_BINARY_ADD, *steps, mn_small_int(1));
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// start + index * step for an int index. may trigger a gc
static mn_value_t item_at(mn_runtime_t *runtime, const mn_value_t *range, mn_value_t index) {
    mn_value_t offset = int_op(runtime, MN_BINARY_MULTIPLY, index, range_of(range)->step);
    if (offset == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return int_op(runtime, MN_BINARY_ADD, range_of(range)->start, offset);
}

// Whether the int *item is one of the range's values. may trigger a gc
static mn_value_t contains_int(mn_runtime_t *runtime, const mn_value_t *range,
                               const mn_value_t *item) {
    mn_value_t value = int_of(*item);
    small_range_t small;
    if (small_fields(*range, &small) && mn_is_small_int(value)) {
        int64_t n = mn_small_int_value(value);
        bool inside = small.step > 0 ? small.start <= n && n < small.stop
                                     : small.stop < n && n <= small.start;
        return mn_bool(inside && (n - small.start) % small.step == 0);
    }
    const mn_range_t *object = range_of(range);
    bool inside =
        sign_of(object->step) > 0
            ? mn_int_compare(object->start, value) <= 0 && mn_int_compare(value, object->stop) < 0
            : mn_int_compare(object->stop, value) < 0 && mn_int_compare(value, object->start) <= 0;
    if (!inside) {
        return MN_FALSE;
    }
    mn_value_t offset = int_op(runtime, MN_BINARY_SUBTRACT, value, object->start);
    if (offset == MN_EXCEPTION || (offset = int_op(runtime, MN_BINARY_REMAINDER, offset,
                                                   range_of(range)->step)) == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return mn_bool(offset == mn_small_int(0));
}

// ---- Iterators: [header][type][next value][remaining count][step] -------------------------
//
// range_iterator holds small ints and never allocates; longrange_iterator holds ints of
// any size.

// An iterator over `count` values from `first` by `step` (rooted slots), the small kind
// when every value it makes is a small int. may trigger a gc
static mn_value_t new_iterator(mn_runtime_t *runtime, const mn_value_t *first,
                               const mn_value_t *count, const mn_value_t *step) {
    bool small = mn_is_small_int(*first) && mn_is_small_int(*count) && mn_is_small_int(*step);
    if (small) {
        // The value after the last must stay a small int too: last + step.
        int64_t last = mn_small_int_value(*first) +
                       (mn_small_int_value(*count) - 1) * mn_small_int_value(*step);
        small = mn_small_int_fits(last + mn_small_int_value(*step));
    }
    mn_value_t iterator =
        mn_iterator_new(runtime, small ? &mn_type_range_iterator : &mn_type_longrange_iterator, 3);
    if (iterator != MN_EXCEPTION) {
        mn_value_t *values = mn_iterator_values(iterator);
        values[0] = *first;
        values[1] = *count;
        values[2] = *step;
    }
    return iterator;
}

// no allocation is done
static mn_value_t range_iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    (void)runtime;
    mn_value_t *values = mn_iterator_values(*self);
    if (values[1] == mn_small_int(0)) {
        return MN_NULL;
    }
    mn_value_t result = values[0];
    values[0] = mn_small_int(mn_small_int_value(result) + mn_small_int_value(values[2]));
    values[1] = mn_small_int(mn_small_int_value(values[1]) - 1);
    return result;
}

// may trigger a gc
static mn_value_t longrange_iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    if (sign_of(mn_iterator_values(*self)[1]) <= 0) {
        return MN_NULL;
    }
    mn_value_t remaining =
        int_op(runtime, MN_BINARY_SUBTRACT, mn_iterator_values(*self)[1], mn_small_int(1));
    if (remaining == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    mn_iterator_values(*self)[1] = remaining;
    mn_value_t next =
        int_op(runtime, MN_BINARY_ADD, mn_iterator_values(*self)[0], mn_iterator_values(*self)[2]);
    if (next == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    mn_value_t *values = mn_iterator_values(*self);
    mn_value_t result = values[0];
    values[0] = next;
    return result;
}

const mn_type_t mn_type_range_iterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_range_iterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = range_iterator_next,
};

const mn_type_t mn_type_longrange_iterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_longrange_iterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = longrange_iterator_next,
};

enum { SLOT_A, SLOT_B, SLOT_C, SLOT_D, SLOT_COUNT };

// Rooted temporaries for the int arithmetic. no allocation is done
typedef struct frame {
    mn_gc_ref_t refs[SLOT_COUNT];
    mn_value_t *slots[SLOT_COUNT];
} frame_t;

static void frame_push(mn_runtime_t *runtime, frame_t *frame) {
    for (size_t i = 0; i < SLOT_COUNT; i++) {
        frame->slots[i] = mn_root_push(&runtime->heap, &frame->refs[i]);
    }
}

static void frame_pop(mn_runtime_t *runtime, frame_t *frame) {
    for (size_t i = SLOT_COUNT; i-- > 0;) {
        mn_root_pop(&runtime->heap, &frame->refs[i]);
    }
}

static mn_value_t range_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    frame_t frame;
    frame_push(runtime, &frame);
    mn_value_t **slots = frame.slots;
    mn_value_t result = *slots[SLOT_B] = mn_range_length(runtime, self);
    if (result != MN_EXCEPTION) {
        *slots[SLOT_A] = range_of(self)->start;
        *slots[SLOT_C] = range_of(self)->step;
        result = new_iterator(runtime, slots[SLOT_A], slots[SLOT_B], slots[SLOT_C]);
    }
    frame_pop(runtime, &frame);
    return result;
}

// reversed(range): from the last value down, by -step. may trigger a gc
static mn_value_t range_reversed_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    frame_t frame;
    frame_push(runtime, &frame);
    mn_value_t **slots = frame.slots;
    mn_value_t result = *slots[SLOT_B] = mn_range_length(runtime, self);
    if (result != MN_EXCEPTION) {
        result = *slots[SLOT_A] =
            int_op(runtime, MN_BINARY_SUBTRACT, *slots[SLOT_B], mn_small_int(1));
    }
    if (result != MN_EXCEPTION) {
        result = *slots[SLOT_A] = item_at(runtime, self, *slots[SLOT_A]);
    }
    if (result != MN_EXCEPTION) {
        result = *slots[SLOT_C] =
            int_op(runtime, MN_BINARY_SUBTRACT, mn_small_int(0), range_of(self)->step);
    }
    if (result != MN_EXCEPTION) {
        result = new_iterator(runtime, slots[SLOT_A], slots[SLOT_B], slots[SLOT_C]);
    }
    frame_pop(runtime, &frame);
    return result;
}

// ---- Slots ---------------------------------------------------------------------------------
//
// Their contracts are in obj/type.h: each may trigger a gc.

static mn_value_t range_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                 size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "range() takes no keyword arguments");
    }
    if (count == 0) {
        return mn_raise(runtime, &mn_type_TypeError, "range expected at least 1 argument, got 0");
    }
    if (count > 3) {
        return mn_raise(runtime, &mn_type_TypeError, "range expected at most 3 arguments, got %z",
                        count);
    }
    for (size_t i = 0; i < count; i++) {
        if (!mn_int_is(args[i])) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "'%T' object cannot be interpreted as an integer", args[i]);
        }
    }
    if (count == 3 && sign_of(args[2]) == 0) {
        return mn_raise(runtime, &mn_type_ValueError, "range() arg 3 must not be zero");
    }
    static const mn_value_t zero = MN_SMALL_INT(0); // immediates: need no root
    static const mn_value_t one = MN_SMALL_INT(1);
    if (count == 1) {
        return mn_range_new(runtime, &zero, &args[0], &one);
    }
    return mn_range_new(runtime, &args[0], &args[1], count == 3 ? &args[2] : &one);
}

// Appends the decimal text of an int. may trigger a gc
static bool append_int(mn_runtime_t *runtime, mn_buffer_t *out, mn_value_t value) {
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = value;
    *slot = mn_int_to_str(runtime, slot, 10, false);
    bool ok = *slot != MN_EXCEPTION;
    if (ok && !mn_buffer_append_slice(runtime, out, slot, 0, mn_str_length(mn_object(*slot)))) {
        ok = false;
        (void)mn_raise_memory_error(runtime);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

static bool range_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                        bool repr) {
    (void)repr;
    return mn_repr_append(runtime, out, "range(") &&
           append_int(runtime, out, range_of(self)->start) && mn_repr_append(runtime, out, ", ") &&
           append_int(runtime, out, range_of(self)->stop) &&
           (range_of(self)->step == mn_small_int(1) ||
            (mn_repr_append(runtime, out, ", ") &&
             append_int(runtime, out, range_of(self)->step))) &&
           mn_repr_append(runtime, out, ")");
}

// hash(range) as CPython's: the hash of (len, start, step), with None for start and step
// when the length makes them irrelevant (so that equal ranges hash alike).
static mn_value_t range_hash(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t length = mn_range_length(runtime, self);
    if (length == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    static const mn_value_t none = MN_NONE;
    mn_value_t none_hash = mn_hash(runtime, &none); // an immediate: no allocation
    uintptr_t accumulator = mn_tuple_hash_add(MN_TUPLE_HASH_START, mn_int_hash(length));
    bool empty = length == mn_small_int(0);
    bool single = length == mn_small_int(1);
    accumulator = mn_tuple_hash_add(accumulator, empty ? mn_small_int_value(none_hash)
                                                       : mn_int_hash(range_of(self)->start));
    accumulator =
        mn_tuple_hash_add(accumulator, empty || single ? mn_small_int_value(none_hash)
                                                       : mn_int_hash(range_of(self)->step));
    return mn_tuple_hash_finish(accumulator, 3);
}

static mn_value_t range_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    if (op == MN_UNARY_BOOL) {
        int order = mn_int_compare(range_of(self)->start, range_of(self)->stop);
        return mn_bool(sign_of(range_of(self)->step) > 0 ? order < 0 : order > 0);
    }
    if (op == MN_UNARY_LEN) {
        mn_value_t length = mn_range_length(runtime, self);
        if (length != MN_EXCEPTION && !mn_is_small_int(length)) {
            return mn_raise(runtime, &mn_type_OverflowError,
                            "Python int too large to convert to C ssize_t");
        }
        return length;
    }
    if (op == MN_UNARY_HASH) {
        return range_hash(runtime, self);
    }
    return MN_NOT_IMPLEMENTED;
}

// Ranges are equal when they give the same values: range(0) == range(5, 2).
static mn_value_t range_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                                const mn_value_t *right) {
    if ((op != MN_COMPARE_EQUAL && op != MN_COMPARE_NOT_EQUAL) || !mn_range_is(*left) ||
        !mn_range_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    bool equal = *left == *right;
    if (!equal) {
        mn_gc_ref_t ref;
        mn_value_t *left_length = mn_root_push(&runtime->heap, &ref);
        *left_length = mn_range_length(runtime, left);
        mn_value_t right_length =
            *left_length == MN_EXCEPTION ? MN_EXCEPTION : mn_range_length(runtime, right);
        mn_value_t length = *left_length;
        mn_root_pop(&runtime->heap, &ref);
        if (right_length == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        equal = mn_int_compare(length, right_length) == 0 &&
                (length == mn_small_int(0) ||
                 (mn_int_compare(range_of(left)->start, range_of(right)->start) == 0 &&
                  (length == mn_small_int(1) ||
                   mn_int_compare(range_of(left)->step, range_of(right)->step) == 0)));
    }
    return mn_bool(equal == (op == MN_COMPARE_EQUAL));
}

// Searches a range for a non-int item by iteration, comparing with ==: the position of the
// first match (found_count false) or the number of matches, as a small int; -1 for no
// position. may trigger a gc
static mn_value_t search(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *item,
                         bool found_count) {
    frame_t frame;
    frame_push(runtime, &frame);
    mn_value_t **slots = frame.slots;
    mn_value_t result = *slots[SLOT_A] = range_iter(runtime, self);
    mn_small_int_t position = 0;
    mn_small_int_t matches = 0;
    while (result != MN_EXCEPTION) {
        *slots[SLOT_B] = mn_next(runtime, slots[SLOT_A]);
        if (*slots[SLOT_B] == MN_NULL) {
            result = mn_small_int(found_count ? matches : -1);
            break;
        }
        result =
            *slots[SLOT_B] == MN_EXCEPTION ? MN_EXCEPTION : mn_equal(runtime, slots[SLOT_B], item);
        if (result == MN_TRUE) {
            if (!found_count) {
                result = mn_small_int(position);
                break;
            }
            matches++;
        }
        position++;
    }
    frame_pop(runtime, &frame);
    return result;
}

static mn_value_t range_contains(mn_runtime_t *runtime, const mn_value_t *self,
                                 const mn_value_t *item) {
    if (mn_int_is(*item)) {
        return contains_int(runtime, self, item);
    }
    mn_value_t found = search(runtime, self, item, false);
    return found == MN_EXCEPTION ? found : mn_bool(found != mn_small_int(-1));
}

// self[slice]: the range of the selected values. may trigger a gc
static mn_value_t load_slice(mn_runtime_t *runtime, const mn_value_t *self,
                             const mn_value_t *slice) {
    frame_t frame;
    frame_push(runtime, &frame);
    mn_value_t **slots = frame.slots;
    mn_value_t result = *slots[SLOT_A] = mn_range_length(runtime, self);
    if (result != MN_EXCEPTION) {
        // slots: A the (start, stop, step) of the slice on the range's positions, B the new
        // start, C the new stop, D the new step.
        result = *slots[SLOT_A] = mn_slice_int_indices(runtime, slice, slots[SLOT_A]);
    }
    const mn_value_t *indices = NULL;
    if (result != MN_EXCEPTION) {
        indices = ((const mn_tuple_t *)mn_object(*slots[SLOT_A]))->items;
        result = *slots[SLOT_B] = item_at(runtime, self, indices[0]);
    }
    if (result != MN_EXCEPTION) {
        indices = ((const mn_tuple_t *)mn_object(*slots[SLOT_A]))->items;
        result = *slots[SLOT_C] = item_at(runtime, self, indices[1]);
    }
    if (result != MN_EXCEPTION) {
        indices = ((const mn_tuple_t *)mn_object(*slots[SLOT_A]))->items;
        result = *slots[SLOT_D] =
            int_op(runtime, MN_BINARY_MULTIPLY, range_of(self)->step, indices[2]);
    }
    if (result != MN_EXCEPTION) {
        result = mn_range_new(runtime, slots[SLOT_B], slots[SLOT_C], slots[SLOT_D]);
    }
    frame_pop(runtime, &frame);
    return result;
}

static mn_value_t range_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                  const mn_value_t *index, const mn_value_t *value) {
    if (value != NULL) {
        return MN_NOT_IMPLEMENTED; // immutable: the protocol raises
    }
    if (mn_slice_is(*index)) {
        return load_slice(runtime, self, index);
    }
    if (!mn_int_is(*index)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "range indices must be integers or slices, not %T", *index);
    }
    mn_value_t position = int_of(*index);
    small_range_t small;
    if (small_fields(*self, &small) && mn_is_small_int(position)) {
        int64_t length = small_length(&small);
        int64_t n = mn_small_int_value(position);
        n = n < 0 ? n + length : n;
        if (n < 0 || n >= length) {
            return mn_raise(runtime, &mn_type_IndexError, "range object index out of range");
        }
        return mn_small_int((mn_small_int_t)(small.start + n * small.step));
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = position;
    mn_value_t length = mn_range_length(runtime, self);
    mn_value_t result = length;
    if (result != MN_EXCEPTION && sign_of(*slot) < 0) {
        result = *slot = int_op(runtime, MN_BINARY_ADD, *slot, length);
        length = mn_range_length(runtime, self); // the addition may have moved it
        result = result == MN_EXCEPTION ? result : length;
    }
    if (result != MN_EXCEPTION) {
        if (sign_of(*slot) < 0 || mn_int_compare(*slot, length) >= 0) {
            result = mn_raise(runtime, &mn_type_IndexError, "range object index out of range");
        } else {
            result = item_at(runtime, self, *slot);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t range_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                             const mn_value_t *value) {
    const mn_range_t *range = range_of(self);
    mn_value_t found = name == mn_qstr_value(MN_QSTR_start)  ? range->start
                       : name == mn_qstr_value(MN_QSTR_stop) ? range->stop
                       : name == mn_qstr_value(MN_QSTR_step) ? range->step
                                                             : MN_NULL;
    if (found != MN_NULL && value != NULL) {
        return mn_raise(runtime, &mn_type_AttributeError, "readonly attribute");
    }
    return found;
}

// ---- Methods -------------------------------------------------------------------------------
//
// Natives (obj/native.h): each may trigger a gc.

static mn_value_t range_count(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &mn_type_range, "count")) {
        return MN_EXCEPTION;
    }
    if (mn_int_is(args[1])) {
        mn_value_t found = contains_int(runtime, &args[0], &args[1]);
        return found == MN_EXCEPTION ? found : mn_small_int(found == MN_TRUE);
    }
    return search(runtime, &args[0], &args[1], true);
}

static mn_value_t range_index(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &mn_type_range, "index")) {
        return MN_EXCEPTION;
    }
    if (!mn_int_is(args[1])) {
        mn_value_t found = search(runtime, &args[0], &args[1], false);
        if (found == mn_small_int(-1)) {
            return mn_raise(runtime, &mn_type_ValueError, "sequence.index(x): x not in sequence");
        }
        return found;
    }
    mn_value_t found = contains_int(runtime, &args[0], &args[1]);
    if (found == MN_FALSE) {
        if (args[1] == MN_TRUE || args[1] == MN_FALSE) {
            return mn_raise(runtime, &mn_type_ValueError, "%s is not in range",
                            args[1] == MN_TRUE ? "True" : "False");
        }
        mn_value_t text = mn_int_to_str(runtime, &args[1], 10, false);
        return text == MN_EXCEPTION
                   ? text
                   : mn_raise(runtime, &mn_type_ValueError, "%q is not in range", text);
    }
    if (found == MN_EXCEPTION) {
        return found;
    }
    mn_value_t offset =
        int_op(runtime, MN_BINARY_SUBTRACT, int_of(args[1]), range_of(&args[0])->start);
    return offset == MN_EXCEPTION
               ? offset
               : int_op(runtime, MN_BINARY_FLOOR_DIVIDE, offset, range_of(&args[0])->step);
}

static mn_value_t range_reversed(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &mn_type_range, "__reversed__")) {
        return MN_EXCEPTION;
    }
    return range_reversed_iter(runtime, &args[0]);
}

static MN_METHOD(range_count_obj, MN_QSTR_count, 2, 2, 0, range_count);
static MN_METHOD(range_index_obj, MN_QSTR_index, 2, 2, 0, range_index);
static MN_METHOD(range_reversed_obj, MN_QSTR___reversed__, 1, 1, 0, range_reversed);

// Sorted by qstr id: by length, then alphabetically.
static const mn_attr_entry_t range_attr_entries[] = {
    MN_ATTR(MN_QSTR_count, &range_count_obj),
    MN_ATTR(MN_QSTR_index, &range_index_obj),
    MN_ATTR(MN_QSTR___reversed__, &range_reversed_obj),
};
MN_ATTR_TABLE(range_attrs, range_attr_entries);

const mn_type_t mn_type_range = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_range,
    .base = &mn_type_object,
    .attrs = &range_attrs,
    .make_new = range_make_new,
    .print = range_print,
    .unary = range_unary,
    .compare = range_compare,
    .contains = range_contains,
    .subscript = range_subscript,
    .iter = range_iter,
    .attr = range_attr,
};
