#include "obj/slice.h"

#include "obj/int.h"
#include "obj/repr.h"
#include "obj/sequence.h"

mn_value_t mn_slice_new(mn_runtime_t *runtime, const mn_value_t *start, const mn_value_t *stop,
                        const mn_value_t *step) {
    mn_slice_t *slice = mn_heap_alloc(&runtime->heap, MN_TAG_SLICE, sizeof(mn_slice_t));
    if (slice == NULL) {
        return mn_raise_memory_error(runtime);
    }
    slice->start = *start;
    slice->stop = *stop;
    slice->step = *step;
    return mn_object_value(slice);
}

// Raises the TypeError of a slice index that is not an int. may trigger a gc
static mn_value_t raise_index_type(mn_runtime_t *runtime) {
    return mn_raise(runtime, &mn_type_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
}

// A bound or step that is not None, clamped to the machine range (CPython's
// _PyEval_SliceIndex). may trigger a gc (only to raise)
static bool slice_index(mn_runtime_t *runtime, mn_value_t value, intptr_t *out) {
    if (!mn_int_is(value)) {
        (void)raise_index_type(runtime);
        return false;
    }
    int64_t n;
    if (!mn_int_to_int64(value, &n) || n < INTPTR_MIN || n > INTPTR_MAX) {
        n = mn_int_compare(value, mn_small_int(0)) < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    *out = (intptr_t)n;
    return true;
}

// A bound clamped into the sequence (PySlice_AdjustIndices). no allocation is done
static intptr_t adjust(intptr_t index, intptr_t length, bool negative_step) {
    if (index < 0) {
        index += length;
        if (index < 0) {
            index = negative_step ? -1 : 0;
        }
    } else if (index >= length) {
        index = negative_step ? length - 1 : length;
    }
    return index;
}

bool mn_slice_indices(mn_runtime_t *runtime, mn_value_t slice, size_t length, intptr_t *start,
                      intptr_t *stop, intptr_t *step, size_t *count) {
    const mn_slice_t *object = mn_object(slice);
    mn_value_t start_value = object->start; // nothing allocates before these are read
    mn_value_t stop_value = object->stop;
    *step = 1;
    if (object->step != MN_NONE) {
        if (!slice_index(runtime, object->step, step)) {
            return false;
        }
        if (*step == 0) {
            (void)mn_raise(runtime, &mn_type_ValueError, "slice step cannot be zero");
            return false;
        }
        if (*step < -INTPTR_MAX) {
            *step = -INTPTR_MAX; // so that -step cannot overflow
        }
    }
    bool negative = *step < 0;
    *start = negative ? INTPTR_MAX : 0;
    *stop = negative ? INTPTR_MIN : INTPTR_MAX;
    if ((start_value != MN_NONE && !slice_index(runtime, start_value, start)) ||
        (stop_value != MN_NONE && !slice_index(runtime, stop_value, stop))) {
        return false;
    }
    *start = adjust(*start, (intptr_t)length, negative);
    *stop = adjust(*stop, (intptr_t)length, negative);
    if (negative) {
        *count = *stop < *start ? (size_t)((*start - *stop - 1) / -*step + 1) : 0;
    } else {
        *count = *start < *stop ? (size_t)((*stop - *start - 1) / *step + 1) : 0;
    }
    return true;
}

// The sign of an int: -1, 0 or 1. no allocation is done
static int sign_of(mn_value_t value) {
    return mn_int_compare(value, mn_small_int(0));
}

// An int as itself, a bool as 0 or 1 (results are ints, as CPython's).
// no allocation is done
static mn_value_t int_of(mn_value_t value) {
    return value == MN_TRUE ? mn_small_int(1) : value == MN_FALSE ? mn_small_int(0) : value;
}

enum { SLOT_LENGTH, SLOT_STEP, SLOT_LOWER, SLOT_UPPER, SLOT_BOUND, SLOT_RESULT, SLOT_COUNT };

// A bound in slots[SLOT_BOUND] (an int) brought into [lower, upper]. may trigger a gc
static bool clamp_bound(mn_runtime_t *runtime, mn_value_t **slots) {
    mn_value_t *bound = slots[SLOT_BOUND];
    if (sign_of(*bound) < 0) {
        *bound = mn_sequence_int_op(runtime, MN_BINARY_ADD, *bound, *slots[SLOT_LENGTH]);
        if (*bound == MN_EXCEPTION) {
            return false;
        }
        if (mn_int_compare(*bound, *slots[SLOT_LOWER]) < 0) {
            *bound = *slots[SLOT_LOWER];
        }
    } else if (mn_int_compare(*bound, *slots[SLOT_UPPER]) > 0) {
        *bound = *slots[SLOT_UPPER];
    }
    return true;
}

// The bound `which` (start: 0, stop: 1) into the result tuple. may trigger a gc
static bool long_bound(mn_runtime_t *runtime, mn_value_t **slots, const mn_value_t *slice,
                       int which) {
    const mn_slice_t *object = mn_object(*slice);
    mn_value_t value = which == 0 ? object->start : object->stop;
    bool negative = sign_of(*slots[SLOT_STEP]) < 0;
    if (value == MN_NONE) {
        *slots[SLOT_BOUND] = (which == 0) == negative ? *slots[SLOT_UPPER] : *slots[SLOT_LOWER];
    } else if (!mn_int_is(value)) {
        (void)raise_index_type(runtime);
        return false;
    } else {
        *slots[SLOT_BOUND] = int_of(value);
        if (!clamp_bound(runtime, slots)) {
            return false;
        }
    }
    ((mn_tuple_t *)mn_object(*slots[SLOT_RESULT]))->items[which] = *slots[SLOT_BOUND];
    return true;
}

mn_value_t mn_slice_int_indices(mn_runtime_t *runtime, const mn_value_t *slice,
                                const mn_value_t *length) {
    if (!mn_int_is(*length)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", *length);
    }
    if (sign_of(*length) < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "length should not be negative");
    }
    mn_value_t step = ((const mn_slice_t *)mn_object(*slice))->step;
    if (step == MN_NONE) {
        step = mn_small_int(1);
    } else if (!mn_int_is(step)) {
        return raise_index_type(runtime);
    } else if (sign_of(step) == 0) {
        return mn_raise(runtime, &mn_type_ValueError, "slice step cannot be zero");
    }
    mn_gc_ref_t refs[SLOT_COUNT];
    mn_value_t *slots[SLOT_COUNT];
    for (size_t i = 0; i < SLOT_COUNT; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    mn_value_t result = MN_EXCEPTION;
    *slots[SLOT_LENGTH] = int_of(*length);
    *slots[SLOT_STEP] = int_of(step);
    // Bounds for a negative step: [-1, length - 1]; else [0, length].
    if (sign_of(step) < 0) {
        *slots[SLOT_LOWER] = mn_small_int(-1);
        *slots[SLOT_UPPER] =
            mn_sequence_int_op(runtime, MN_BINARY_SUBTRACT, *slots[SLOT_LENGTH], mn_small_int(1));
    } else {
        *slots[SLOT_LOWER] = mn_small_int(0);
        *slots[SLOT_UPPER] = *slots[SLOT_LENGTH];
    }
    mn_tuple_t *tuple = NULL;
    if (*slots[SLOT_UPPER] != MN_EXCEPTION) {
        tuple = mn_tuple_new(runtime, 3);
        if (tuple == NULL) {
            (void)mn_raise_memory_error(runtime);
        }
    }
    if (tuple != NULL) {
        *slots[SLOT_RESULT] = mn_object_value(tuple);
        tuple->items[0] = tuple->items[1] = mn_small_int(0);
        tuple->items[2] = *slots[SLOT_STEP];
        if (long_bound(runtime, slots, slice, 0) && long_bound(runtime, slots, slice, 1)) {
            result = *slots[SLOT_RESULT];
        }
    }
    for (size_t i = SLOT_COUNT; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// ---- The type ------------------------------------------------------------------------------
//
// Slots (contracts in obj/type.h) and natives: each may trigger a gc.

static mn_value_t slice_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                 size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "slice() takes no keyword arguments");
    }
    if (count == 0) {
        return mn_raise(runtime, &mn_type_TypeError, "slice expected at least 1 argument, got 0");
    }
    if (count > 3) {
        return mn_raise(runtime, &mn_type_TypeError, "slice expected at most 3 arguments, got %z",
                        count);
    }
    static const mn_value_t none = MN_NONE; // an immediate: needs no root
    if (count == 1) {
        return mn_slice_new(runtime, &none, &args[0], &none);
    }
    return mn_slice_new(runtime, &args[0], &args[1], count == 3 ? &args[2] : &none);
}

static bool slice_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                        bool repr) {
    (void)repr;
    mn_gc_ref_t ref;
    mn_value_t *field = mn_root_push(&runtime->heap, &ref);
    bool ok = mn_repr_append(runtime, out, "slice(");
    for (size_t i = 0; ok && i < 3; i++) {
        *field = ((const mn_value_t *)mn_object(*self))[1 + i];
        ok =
            mn_print(runtime, out, field, true) && mn_repr_append(runtime, out, i < 2 ? ", " : ")");
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

static mn_value_t slice_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                                const mn_value_t *right) {
    // Slices compare as the tuples (start, stop, step) would.
    if (!mn_slice_is(*left) || !mn_slice_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    return mn_sequence_compare(runtime, op, left, right);
}

static mn_value_t slice_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                             const mn_value_t *value) {
    const mn_slice_t *slice = mn_object(*self);
    mn_value_t found = name == mn_qstr_value(MN_QSTR_start)  ? slice->start
                       : name == mn_qstr_value(MN_QSTR_stop) ? slice->stop
                       : name == mn_qstr_value(MN_QSTR_step) ? slice->step
                                                             : MN_NULL;
    if (found != MN_NULL && value != NULL) {
        return mn_raise(runtime, &mn_type_AttributeError, "readonly attribute");
    }
    return found;
}

static mn_value_t slice_indices(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &mn_type_slice, "indices")) {
        return MN_EXCEPTION;
    }
    return mn_slice_int_indices(runtime, &args[0], &args[1]);
}

static MN_METHOD(slice_indices_obj, MN_QSTR_indices, 2, 2, 0, slice_indices);

static const mn_attr_entry_t slice_attr_entries[] = {
    MN_ATTR(MN_QSTR_indices, &slice_indices_obj),
};
MN_ATTR_TABLE(slice_attrs, slice_attr_entries);

const mn_type_t mn_type_slice = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_slice,
    .base = &mn_type_object,
    .attrs = &slice_attrs,
    .make_new = slice_make_new,
    .print = slice_print,
    .compare = slice_compare,
    .attr = slice_attr,
};
