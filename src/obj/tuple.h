// tuple: [header][item...]; the length is the block's size less the header, so a tuple
// costs one word per item plus one. The empty tuple is one object in ROM, mn_tuple_empty,
// which every operation returns for an empty result (tuple(), t[5:], t * 0).
#ifndef MN_OBJ_TUPLE_H
#define MN_OBJ_TUPLE_H

#include "obj/type.h"

typedef struct mn_tuple {
    mn_word_t header;
    mn_value_t items[];
} mn_tuple_t;

extern const mn_tuple_t mn_tuple_empty;
extern const mn_type_t mn_type_tuple_iterator;

static inline bool mn_tuple_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_TUPLE);
}

static inline size_t mn_tuple_length(const mn_tuple_t *tuple) {
    return mn_block_words(tuple) - 1;
}

// A tuple of `length` items, all MN_NULL until the caller fills them; NULL when out of
// memory (without raising). may trigger a gc
mn_tuple_t *mn_tuple_new(mn_runtime_t *runtime, size_t length);

// A tuple of values[0 .. count), which must be rooted; MN_EXCEPTION (MemoryError) when out
// of memory. may trigger a gc
MN_MUST_CHECK mn_value_t mn_tuple_from_values(mn_runtime_t *runtime, const mn_value_t *values,
                                              size_t count);

// tuple(iterable): the items of *iterable (a tuple is returned as itself). may trigger a gc
MN_MUST_CHECK mn_value_t mn_tuple_from_iterable(mn_runtime_t *runtime, const mn_value_t *iterable);

// CPython 3.11's tuple hash (xxHash's mixing of the items' hashes, with the constants of the
// word size), for the tuple type and for the types that hash as a tuple would (range):
// start with MN_TUPLE_HASH_START, add each item's hash, finish with the length.
#if UINTPTR_MAX > 0xffffffffu
#define MN_TUPLE_HASH_PRIME_1 ((uintptr_t)11400714785074694791ull)
#define MN_TUPLE_HASH_PRIME_2 ((uintptr_t)14029467366897019727ull)
#define MN_TUPLE_HASH_START ((uintptr_t)2870177450012600261ull)
#define MN_TUPLE_HASH_ROTATE 31
#else
#define MN_TUPLE_HASH_PRIME_1 ((uintptr_t)2654435761ul)
#define MN_TUPLE_HASH_PRIME_2 ((uintptr_t)2246822519ul)
#define MN_TUPLE_HASH_START ((uintptr_t)374761393ul)
#define MN_TUPLE_HASH_ROTATE 13
#endif

static inline uintptr_t mn_tuple_hash_add(uintptr_t accumulator, mn_small_int_t item_hash) {
    accumulator += (uintptr_t)item_hash * MN_TUPLE_HASH_PRIME_2;
    accumulator = (accumulator << MN_TUPLE_HASH_ROTATE) |
                  (accumulator >> (8 * sizeof(uintptr_t) - MN_TUPLE_HASH_ROTATE));
    return accumulator * MN_TUPLE_HASH_PRIME_1;
}

// The hash as a small int: CPython's value when it fits one, else halved (arithmetic
// shift), which always fits.
static inline mn_value_t mn_tuple_hash_finish(uintptr_t accumulator, size_t length) {
    accumulator += (uintptr_t)length ^ (MN_TUPLE_HASH_START ^ 3527539ul);
    intptr_t hash = accumulator == (uintptr_t)-1 ? 1546275796 : (intptr_t)accumulator;
    return mn_small_int(mn_small_int_fits(hash) ? hash : hash >> 1);
}

#endif
