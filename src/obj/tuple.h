// tuple: [header][item...]; the length is the block's size less the header, so a tuple
// costs one word per item plus one.
#ifndef MN_OBJ_TUPLE_H
#define MN_OBJ_TUPLE_H

#include "obj/runtime.h"

typedef struct mn_tuple {
    mn_word_t header;
    mn_value_t items[];
} mn_tuple_t;

static inline size_t mn_tuple_length(const mn_tuple_t *tuple) {
    return mn_block_words(tuple) - 1;
}

// A tuple of `length` items, all MN_NULL until the caller fills them; NULL when out of
// memory. may trigger a gc
mn_tuple_t *mn_tuple_new(mn_runtime_t *runtime, size_t length);

#endif
