#include "fixture.h"

#include <string.h>

mn_heap_t heap;
mn_word_t roots[FIXTURE_ROOTS];
size_t root_count;
static mn_word_t arena[FIXTURE_ARENA_BYTES / sizeof(mn_word_t)];

static void counted_range(const mn_word_t *block, size_t block_words, size_t *first,
                          size_t *count) {
    (void)block_words;
    *first = 2;
    *count = block[1];
}

const mn_gc_type_t fixture_types[TAG_COUNT] = {
    [TAG_PAIR] = {"pair", 'T', 1, 2, NULL},
    [TAG_RAW] = {"raw", 'S', 0, 0, NULL},
    [TAG_VECTOR] = {"vector", 'L', 1, MN_REFS_TO_END, NULL},
    [TAG_COUNTED] = {"counted", 0, 0, 0, counted_range},
};

void fixture_setup(size_t bytes) {
    memset(roots, 0, sizeof roots);
    root_count = FIXTURE_ROOTS;
    mn_heap_init(&heap, arena, bytes, fixture_types, TAG_COUNT);
    mn_root_add_region(&heap, roots, &root_count);
}

// The two values are kept in GC references across the allocation.
mn_word_t *new_pair(mn_word_t first, mn_word_t second) {
    mn_gc_ref_t first_ref;
    mn_gc_ref_t second_ref;
    *mn_root_push(&heap, &first_ref) = first;
    *mn_root_push(&heap, &second_ref) = second;
    mn_word_t *pair = mn_heap_alloc(&heap, TAG_PAIR, 3 * MN_WORD_BYTES);
    if (pair != NULL) {
        pair[1] = first_ref.value;
        pair[2] = second_ref.value;
    }
    mn_root_pop(&heap, &second_ref);
    mn_root_pop(&heap, &first_ref);
    return pair;
}

mn_word_t *new_raw(size_t bytes) {
    return mn_heap_alloc(&heap, TAG_RAW, bytes);
}
