// list: a mutable sequence. Layout: [header][length][items], where items is a vector block
// ([header][slot...], its capacity the block's size) or MN_NULL for capacity 0. The list
// object stays put in size (3 words) while its items block grows, is replaced or shrinks;
// a list of 3 costs 12 bytes plus a 16-byte items block on a 32-bit target.
#ifndef MN_OBJ_LIST_H
#define MN_OBJ_LIST_H

#include "obj/protocol.h"

typedef struct mn_list {
    mn_word_t header;
    mn_word_t length; // raw count of items in use
    mn_value_t items; // vector block, or MN_NULL
} mn_list_t;

extern const mn_type_t mn_type_list;

static inline bool mn_list_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_LIST);
}
static inline size_t mn_list_length(mn_value_t list) {
    return ((const mn_list_t *)mn_object(list))->length;
}
// The items, valid until the next allocation. no allocation is done
static inline mn_value_t *mn_list_items(mn_value_t list) {
    mn_value_t items = ((const mn_list_t *)mn_object(list))->items;
    return items == MN_NULL ? NULL : (mn_value_t *)mn_object(items) + 1;
}

// A new empty list with room for `capacity` items; MN_EXCEPTION (MemoryError) when out of
// memory. may trigger a gc
MN_MUST_CHECK mn_value_t mn_list_new(mn_runtime_t *runtime, size_t capacity);

// A new list holding values[0 .. count), which must be rooted (VM stack slots).
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_list_from_values(mn_runtime_t *runtime, const mn_value_t *values,
                                             size_t count);

// Appends *item to the list in *list (both rooted). may trigger a gc
MN_MUST_CHECK bool mn_list_append(mn_runtime_t *runtime, const mn_value_t *list,
                                  const mn_value_t *item);

// Makes room for `capacity` items at least. may trigger a gc
MN_MUST_CHECK bool mn_list_reserve(mn_runtime_t *runtime, const mn_value_t *list, size_t capacity);

#endif
