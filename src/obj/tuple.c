#include "obj/tuple.h"

mn_tuple_t *mn_tuple_new(mn_runtime_t *runtime, size_t length) {
    if (length > MN_BLOCK_MAX_WORDS - 1) {
        runtime->heap.last_failure = MN_ALLOC_NO_MEMORY;
        bool representable = length < (size_t)-1 / MN_WORD_BYTES - 1;
        runtime->heap.last_failure_bytes =
            representable ? (1 + length) * MN_WORD_BYTES : (size_t)-1;
        return NULL;
    }
    return mn_heap_alloc(&runtime->heap, MN_TAG_TUPLE, (1 + length) * MN_WORD_BYTES);
}
