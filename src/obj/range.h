// range: [header][start][stop][step], three ints (never bools; step never 0). Ranges are
// lazy: range(10**20) is these four words, and iterates, indexes, slices and tests
// membership by arithmetic. Small-int fields take fast paths that never allocate (the
// range_iterator); big-int fields use the int arithmetic of obj/int.h (the
// longrange_iterator), as CPython splits them.
#ifndef MN_OBJ_RANGE_H
#define MN_OBJ_RANGE_H

#include "obj/protocol.h"

typedef struct mn_range {
    mn_word_t header;
    mn_value_t start;
    mn_value_t stop;
    mn_value_t step;
} mn_range_t;

extern const mn_type_t mn_type_range, mn_type_range_iterator, mn_type_longrange_iterator;

static inline bool mn_range_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_RANGE);
}

// A new range of the ints in the three rooted slots (bools are taken as 0 and 1); the step
// must not be 0. may trigger a gc
MN_MUST_CHECK mn_value_t mn_range_new(mn_runtime_t *runtime, const mn_value_t *start,
                                      const mn_value_t *stop, const mn_value_t *step);

// len(range) as an int of any size. may trigger a gc
MN_MUST_CHECK mn_value_t mn_range_length(mn_runtime_t *runtime, const mn_value_t *range);

#endif
