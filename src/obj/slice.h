// slice: [header][start][stop][step], any values (None when omitted), as slice(1, 2) makes
// and a[1:2] passes to a subscript. The sequence types read a slice against their length
// with mn_slice_indices (CPython's PySlice_Unpack and PySlice_AdjustIndices); range and
// slice.indices() use the exact int form, mn_slice_int_indices.
#ifndef MN_OBJ_SLICE_H
#define MN_OBJ_SLICE_H

#include "obj/protocol.h"

typedef struct mn_slice {
    mn_word_t header;
    mn_value_t start;
    mn_value_t stop;
    mn_value_t step;
} mn_slice_t;

extern const mn_type_t mn_type_slice;

static inline bool mn_slice_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_SLICE);
}

// A new slice of the values in the three rooted slots. may trigger a gc
MN_MUST_CHECK mn_value_t mn_slice_new(mn_runtime_t *runtime, const mn_value_t *start,
                                      const mn_value_t *stop, const mn_value_t *step);

// The slice applied to a sequence of `length` items: *start, *stop and *step as CPython
// clamps them (huge bounds clamp; start and stop end up in [-1, length]) and *count, the
// number of items selected. TypeError "slice indices must be integers or None or have an
// __index__ method"; ValueError "slice step cannot be zero". may trigger a gc (only to
// raise)
MN_MUST_CHECK bool mn_slice_indices(mn_runtime_t *runtime, mn_value_t slice, size_t length,
                                    intptr_t *start, intptr_t *stop, intptr_t *step, size_t *count);

// slice.indices(length) for an int length >= 0 of any size, exactly (no clamping): the
// (start, stop, step) tuple. Same errors as mn_slice_indices. may trigger a gc
MN_MUST_CHECK mn_value_t mn_slice_int_indices(mn_runtime_t *runtime, const mn_value_t *slice,
                                              const mn_value_t *length);

#endif
