#include "vm/function.h"

mn_value_t mn_bound_new(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *function) {
    mn_bound_t *bound = mn_heap_alloc(&runtime->heap, MN_TAG_BOUND, sizeof(mn_bound_t));
    if (bound == NULL) {
        return mn_raise_memory_error(runtime);
    }
    bound->self = *self;
    bound->function = *function;
    return mn_object_value(bound);
}

const mn_type_t mn_type_bound_method = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_method,
    .base = &mn_type_object,
};
