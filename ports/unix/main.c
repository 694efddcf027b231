// The unix port's driver. It reads the MicroPython-style command line; until the
// interpreter exists, it exercises the memory system instead of running a program: builds
// a small object graph in an arena of -X heapsize bytes (32 KB by default), drops part of
// it, collects, and prints the statistics and the heap map that micropython.mem_info(1)
// will show.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"
#include "options.h"
#include "run.h"

static const char usage[] =
    "usage: minnow [options] [script.py | -c cmd | -m module] [args...]\n"
    "Options:\n"
    "  -c cmd         program passed in as a string\n"
    "  -m module      run a module as a script\n"
    "  -i             inspect interactively after running the program\n"
    "  -h             print this help and exit\n"
    "  -v             verbose\n"
    "  -X heapsize=N  the heap's size in bytes; suffixes w (words), k/K, m/M\n"
    "  -X emit=bytecode  the code emitter (the only one)\n";

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

int main(int argc, char **argv) {
    mn_options_t options;
    const char *error = mn_options_parse(argc, argv, &options);
    if (error != NULL) {
        fprintf(stderr, "minnow: %s\n%s", error, usage);
        return 2;
    }
    if (options.help) {
        fputs(usage, stdout);
        return 0;
    }
    if (options.mode == MN_RUN_SCRIPT || options.mode == MN_RUN_COMMAND) {
        return mn_unix_run(&options);
    }
    if (options.mode != MN_RUN_REPL) {
        fprintf(stderr, "minnow: cannot run %s yet: modules are not built\n", options.program);
        return 2;
    }
    size_t arena_bytes = options.heap_bytes != 0 ? options.heap_bytes : 32 * 1024;
    void *arena = malloc(arena_bytes); // the one allocation: the runtime's arena
    mn_heap_t heap;
    if (arena == NULL || !mn_heap_init(&heap, arena, arena_bytes, types, TAG_COUNT)) {
        fprintf(stderr, "minnow: cannot set up a heap of %zu bytes\n", arena_bytes);
        return 1;
    }
    mn_gc_ref_t list_ref;
    mn_word_t *list = mn_root_push(&heap, &list_ref);
    // A list of 200 pairs, each holding a 24-byte buffer; a 200-byte buffer of garbage
    // between every two pairs.
    int status = 0;
    for (int i = 0; i < 200 && status == 0; i++) {
        mn_gc_ref_t buffer_ref;
        mn_word_t *buffer = mn_root_push(&heap, &buffer_ref);
        mn_word_t *pair = NULL;
        if (mn_heap_alloc(&heap, TAG_BYTES, 200) != NULL && // garbage; may trigger a gc
            (*buffer = (mn_word_t)mn_heap_alloc(&heap, TAG_BYTES, 24)) != 0 &&
            (pair = mn_heap_alloc(&heap, TAG_PAIR, 3 * sizeof(mn_word_t))) != NULL) {
            pair[1] = *list; // no allocation since the pair's: the pointer is still good
            pair[2] = *buffer;
            *list = (mn_word_t)pair;
        } else {
            printf("MemoryError: memory allocation failed, allocating %zu bytes\n",
                   heap.last_failure_bytes);
            status = 1;
        }
        mn_root_pop(&heap, &buffer_ref);
    }
    if (status != 0) {
        mn_root_pop(&heap, &list_ref);
        free(arena);
        return status;
    }
    printf("before collecting:\n");
    print_stats(&heap);
    size_t freed = mn_gc_collect(&heap);
    printf("after collecting (%zu blocks freed):\n", freed);
    print_stats(&heap);
    mn_heapmap_print(&heap, write_stdout, NULL);
    mn_root_pop(&heap, &list_ref);
    free(arena);
    return 0;
}
