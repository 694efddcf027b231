#include "obj/list.h"

#include <string.h>

static size_t capacity_of(const mn_list_t *list) {
    return list->items == MN_NULL ? 0 : mn_block_words(mn_object(list->items)) - 1;
}

mn_value_t mn_list_new(mn_runtime_t *runtime, size_t capacity) {
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_object_value(mn_heap_alloc(&runtime->heap, MN_TAG_LIST, sizeof(mn_list_t)));
    if (*list == MN_NULL || (capacity > 0 && !mn_list_reserve(runtime, list, capacity))) {
        mn_root_pop(&runtime->heap, &ref);
        return mn_raise_memory_error(runtime);
    }
    mn_root_pop(&runtime->heap, &ref);
    return *list;
}

bool mn_list_reserve(mn_runtime_t *runtime, const mn_value_t *list, size_t capacity) {
    mn_list_t *object = mn_object(*list);
    size_t old_capacity = capacity_of(object);
    if (capacity <= old_capacity) {
        return true;
    }
    size_t bytes = (1 + capacity) * sizeof(mn_value_t);
    if (object->items != MN_NULL &&
        mn_heap_grow_in_place(&runtime->heap, mn_object(object->items), bytes)) {
        return true;
    }
    mn_value_t *items = mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, bytes);
    if (items == NULL) {
        return false;
    }
    object = mn_object(*list); // may have moved
    if (object->length > 0) {
        memcpy(items + 1, (mn_value_t *)mn_object(object->items) + 1,
               object->length * sizeof(mn_value_t));
    }
    object->items = mn_object_value(items);
    return true;
}

mn_value_t mn_list_from_values(mn_runtime_t *runtime, const mn_value_t *values, size_t count) {
    mn_value_t list = mn_list_new(runtime, count);
    if (list != MN_EXCEPTION && count > 0) {
        memcpy(mn_list_items(list), values, count * sizeof(mn_value_t));
        ((mn_list_t *)mn_object(list))->length = count;
    }
    return list;
}

bool mn_list_append(mn_runtime_t *runtime, const mn_value_t *list, const mn_value_t *item) {
    mn_list_t *object = mn_object(*list);
    size_t capacity = capacity_of(object);
    if (object->length == capacity) {
        // Grow by half again (at least 4): amortised O(1) appends, little slack on a board.
        if (!mn_list_reserve(runtime, list, capacity < 4 ? 4 : capacity + capacity / 2)) {
            (void)mn_raise_memory_error(runtime);
            return false;
        }
        object = mn_object(*list);
    }
    mn_list_items(*list)[object->length++] = *item;
    return true;
}

const mn_type_t mn_type_list = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_list,
    .flags = MN_TYPE_BASETYPE,
    .base = &mn_type_object,
};
