// The unix port's driver. Until the interpreter exists, it exercises the memory system:
// builds a small object graph in a 32 KB arena, drops part of it, collects, and prints the
// statistics and the heap map that micropython.mem_info(1) will show.
#include <stdio.h>
#include <string.h>

#include "mem/mem.h"

enum { TAG_PAIR = 1, TAG_BYTES, TAG_COUNT };

static const mn_gc_type_t types[TAG_COUNT] = {
    [TAG_PAIR] = {"pair", 'T', 1, 2, NULL},
    [TAG_BYTES] = {"bytes", 'S', 0, 0, NULL},
};

static void write_stdout(void *context, const char *text, size_t length) {
    (void)context;
    fwrite(text, 1, length, stdout);
}

static void print_stats(const mn_heap_t *heap) {
    mn_heap_stats_t stats;
    mn_heap_stats(heap, &stats);
    printf("GC: total: %zu, used: %zu, free: %zu, largest free: %zu, collections: %u, "
           "moved: %llu\n",
           stats.total_bytes, stats.allocated_bytes, stats.free_bytes, stats.largest_free,
           (unsigned)stats.collections, (unsigned long long)stats.bytes_moved);
}

int main(void) {
    static mn_word_t arena[32 * 1024 / sizeof(mn_word_t)];
    mn_heap_t heap;
    if (!mn_heap_init(&heap, arena, sizeof arena, types, TAG_COUNT)) {
        return 1;
    }
    mn_gc_ref_t list_ref;
    mn_word_t *list = mn_root_push(&heap, &list_ref);
    // A list of 200 pairs, each holding a 24-byte buffer; a 200-byte buffer of garbage
    // between every two pairs.
    for (int i = 0; i < 200; i++) {
        mn_gc_ref_t buffer_ref;
        mn_word_t *buffer = mn_root_push(&heap, &buffer_ref);
        *buffer = (mn_word_t)mn_heap_alloc(&heap, TAG_BYTES, 24); // may trigger a gc
        mn_word_t *pair = mn_heap_alloc(&heap, TAG_PAIR, 3 * sizeof(mn_word_t));
        mn_root_pop(&heap, &buffer_ref);
        if (pair == NULL || *buffer == 0 || mn_heap_alloc(&heap, TAG_BYTES, 200) == NULL) {
            printf("MemoryError: memory allocation failed, allocating %zu bytes\n",
                   heap.last_failure_bytes);
            return 1;
        }
        pair[1] = *list;
        pair[2] = *buffer;
        *list = (mn_word_t)pair;
    }
    printf("before collecting:\n");
    print_stats(&heap);
    size_t freed = mn_gc_collect(&heap);
    printf("after collecting (%zu blocks freed):\n", freed);
    print_stats(&heap);
    mn_heapmap_print(&heap, write_stdout, NULL);
    mn_root_pop(&heap, &list_ref);
    return 0;
}
