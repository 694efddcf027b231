// set and frozenset: unordered collections of distinct hashable items.
//
// Layout: [header][count][slots]  (tag MN_TAG_SET or MN_TAG_FROZENSET)
//   count    raw: the items
//   slots    MN_NULL for an empty set, else a vector block, in one of two forms told apart
//            by its size:
//              small   up to 8 words after the header: the items packed in [0, count),
//                      the rest MN_NULL. A lookup scans them: no hash is kept or needed,
//                      and a set of 3 ints costs 12 + 16 bytes on 32-bit.
//              hashed  [filled][slot...]: a power of two (16 or more) of open-addressing
//                      slots probed linearly from the hash: an item, MN_NULL (empty) or
//                      SET_DELETED; `filled` (a small int) counts the slots that are not
//                      empty and stays under three quarters of them.
//
// Items compare and hash as dict keys do (dict.h: ints, floats and strs without any call,
// anything else through mn_hash and mn_equal); no hash is stored, so the hashed form is
// rebuilt from the items' hashes when it grows. Python code run by __eq__ or __hash__ may
// change the set: lookups and rebuilds that find it changed start again. A mutable set
// passed where a key is looked up (`{1} in s`, s.remove({1})) is hashed as a frozenset.
#ifndef MN_OBJ_SET_H
#define MN_OBJ_SET_H

#include "obj/protocol.h"

typedef struct mn_set {
    mn_word_t header;
    mn_word_t count;
    mn_value_t slots;
} mn_set_t;

extern const mn_type_t mn_type_set, mn_type_frozenset, mn_type_set_iterator;

// Whether the value is a set or a frozenset. no allocation is done
static inline bool mn_set_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_SET) || mn_is_tagged(value, MN_TAG_FROZENSET);
}

// len(set). no allocation is done
static inline size_t mn_set_count(mn_value_t set) {
    return ((const mn_set_t *)mn_object(set))->count;
}

// A new empty set (frozen: a frozenset); MN_EXCEPTION (MemoryError) when out of memory.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_set_new(mn_runtime_t *runtime, bool frozen);

// set.add(*key) on the set in *set (rooted; a frozenset while it is being built).
// may trigger a gc
MN_MUST_CHECK bool mn_set_add(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *key);

// *key in *set: MN_TRUE, MN_FALSE or MN_EXCEPTION (an unhashable key). may trigger a gc
MN_MUST_CHECK mn_value_t mn_set_contains(mn_runtime_t *runtime, const mn_value_t *set,
                                         const mn_value_t *key);

// A new set of the `count` values at values (rooted), a set display. may trigger a gc
MN_MUST_CHECK mn_value_t mn_set_from_values(mn_runtime_t *runtime, const mn_value_t *values,
                                            size_t count);

// A new set (frozen: a frozenset) of the items of the iterable in *iterable.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_set_from_iterable(mn_runtime_t *runtime, bool frozen,
                                              const mn_value_t *iterable);

#endif
