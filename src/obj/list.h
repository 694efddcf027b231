// list: a mutable sequence. Layout: [header][length][items], where items is a vector block
// ([header][slot...], its capacity the block's size) or MN_NULL for capacity 0. The list
// object stays put in size (3 words) while its items block grows, is replaced or shrinks;
// a list of 3 costs 12 bytes plus a 16-byte items block on a 32-bit target. Slots past the
// length are always MN_NULL, so the collector keeps nothing alive through them.
//
// Every function takes the list and other operands as pointers to rooted slots and
// re-reads them after any allocation; Python code (an item's __eq__ or __lt__, a sort key)
// may change the list under an operation, which then works on what the list holds now, as
// CPython's do.
#ifndef MN_OBJ_LIST_H
#define MN_OBJ_LIST_H

#include "obj/protocol.h"

typedef struct mn_list {
    mn_word_t header;
    mn_word_t length; // raw count of items in use
    mn_value_t items; // vector block, or MN_NULL
} mn_list_t;

extern const mn_type_t mn_type_list, mn_type_list_iterator, mn_type_list_reverseiterator;

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

// list(iterable): a new list of the items of *iterable. may trigger a gc
MN_MUST_CHECK mn_value_t mn_list_from_iterable(mn_runtime_t *runtime, const mn_value_t *iterable);

// Appends *item to the list in *list (both rooted). may trigger a gc
MN_MUST_CHECK bool mn_list_append(mn_runtime_t *runtime, const mn_value_t *list,
                                  const mn_value_t *item);

// list.extend(iterable). may trigger a gc
MN_MUST_CHECK bool mn_list_extend(mn_runtime_t *runtime, const mn_value_t *list,
                                  const mn_value_t *iterable);

// list.insert(index, item): index clamped to the list as Python does. may trigger a gc
MN_MUST_CHECK bool mn_list_insert(mn_runtime_t *runtime, const mn_value_t *list, intptr_t index,
                                  const mn_value_t *item);

// list.pop(index): the item removed; IndexError "pop from empty list", "pop index out of
// range". may trigger a gc (only to raise)
MN_MUST_CHECK mn_value_t mn_list_pop(mn_runtime_t *runtime, const mn_value_t *list, intptr_t index);

// list.sort(key=*key, reverse=reverse): stable; key NULL or a slot holding None for no key.
// Comparisons are `<` (mn_compare, then mn_truth), with fast paths for small ints, strs
// and numbers. While it runs the list is empty; ValueError "list modified during sort" if
// Python code changed it meanwhile. may trigger a gc
MN_MUST_CHECK bool mn_list_sort(mn_runtime_t *runtime, const mn_value_t *list,
                                const mn_value_t *key, bool reverse);

// Makes room for `capacity` items at least. Returns false when out of memory, without
// raising. may trigger a gc
MN_MUST_CHECK bool mn_list_reserve(mn_runtime_t *runtime, const mn_value_t *list, size_t capacity);

#endif
