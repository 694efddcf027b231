#include "obj/iterator.h"

mn_value_t mn_iterator_new(mn_runtime_t *runtime, const mn_type_t *type, size_t count) {
    mn_iterator_t *iterator = mn_heap_alloc(&runtime->heap, MN_TAG_ITERATOR,
                                            sizeof(mn_iterator_t) + count * sizeof(mn_value_t));
    if (iterator == NULL) {
        return mn_raise_memory_error(runtime);
    }
    iterator->type = type;
    return mn_object_value(iterator);
}

mn_value_t mn_iterator_self(mn_runtime_t *runtime, const mn_value_t *self) {
    (void)runtime;
    return *self;
}

bool mn_iterator_can_iterate(mn_value_t value) {
    for (const mn_type_t *type = mn_type_of(value); type != NULL; type = type->base) {
        if (type->iter != NULL) {
            return true;
        }
    }
    return false;
}
