#include "obj/runtime.h"

#include <string.h>

#include "obj/exception.h"

bool mn_runtime_init(mn_runtime_t *runtime, void *arena, size_t bytes) {
    memset(runtime, 0, sizeof *runtime);
    if (!mn_heap_init(&runtime->heap, arena, bytes, mn_object_types, MN_TAG_COUNT)) {
        return false;
    }
    runtime->root_count = MN_ROOT_COUNT;
    return mn_root_add_region(&runtime->heap, runtime->roots, &runtime->root_count) &&
           mn_exception_init(runtime);
}
