// Bytes of header and padding per object, for typical payload sizes, on this build's word
// size; beside it what MicroPython's allocator and glibc malloc cost for the same payload.
//
//   Minnow:      one header word per block, the block rounded up to whole words. Measured:
//                the block size from mn_block_bytes, cross-checked with mn_heap_stats.
//   MicroPython: blocks of 4 words (16 bytes on 32-bit, 32 on 64-bit), rounded up, plus 2
//                bits of allocation table per block (1/64 of the block bytes on 32-bit);
//                no per-object header. Computed (finaliser table not counted).
//   glibc:       malloc_usable_size(p) + one size_t of chunk header; an estimate from the
//                running glibc (it ignores the bins' own bookkeeping).
//
// Usage: header_overhead [--quick]   (accepted for symmetry; the run is instant either way)
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"

enum {
    TAG_OBJECT = 1,
    TAG_COUNT,
};

static const mn_gc_type_t bench_types[TAG_COUNT] = {
    [TAG_OBJECT] = {.name = "object", .map_symbol = 'o', .first_ref = 1, .ref_count = 0},
};

#define ARENA_BYTES (64u * 1024u)
#define BLOCKS_PER_SIZE 16 // allocated per payload size, to check the statistics agree

// MicroPython's gc.c: BYTES_PER_BLOCK = 4 words, ATB_BITS_PER_BLOCK = 2.
#define MICROPYTHON_BLOCK_BYTES (4 * MN_WORD_BYTES)
#define MICROPYTHON_TABLE_BITS_PER_BLOCK 2

static const size_t payloads[] = {4, 8, 12, 16, 24, 32, 48, 64, 100, 256};
#define PAYLOAD_COUNT (sizeof payloads / sizeof payloads[0])

static void fail(const char *what) {
    fprintf(stderr, "header_overhead: FAILED: %s\n", what);
    exit(1);
}

// Bytes of a block holding `payload` bytes, from the allocator itself.
static size_t minnow_block_bytes(mn_heap_t *heap, size_t payload) {
    mn_heap_stats_t before;
    mn_heap_stats(heap, &before);
    size_t block_bytes = 0;
    for (int i = 0; i < BLOCKS_PER_SIZE; i++) {
        void *block = mn_heap_alloc(heap, TAG_OBJECT, payload + MN_WORD_BYTES);
        if (block == NULL) {
            fail("mn_heap_alloc");
        }
        if (i == 0) {
            block_bytes = mn_block_bytes(block);
        } else if (mn_block_bytes(block) != block_bytes) {
            fail("two requests of the same size got blocks of different sizes");
        }
    }
    mn_heap_stats_t after;
    mn_heap_stats(heap, &after);
    size_t by_stats = (after.allocated_bytes - before.allocated_bytes) / BLOCKS_PER_SIZE;
    size_t by_type =
        (after.per_type[TAG_OBJECT].bytes - before.per_type[TAG_OBJECT].bytes) / BLOCKS_PER_SIZE;
    if (after.allocated_blocks - before.allocated_blocks != BLOCKS_PER_SIZE ||
        by_stats != block_bytes || by_type != block_bytes) {
        fprintf(stderr,
                "header_overhead: payload %zu: mn_block_bytes %zu, stats %zu, "
                "per type %zu\n",
                payload, block_bytes, by_stats, by_type);
        fail("mn_heap_stats disagrees with mn_block_bytes");
    }
    return block_bytes;
}

static double micropython_bytes(size_t payload) {
    size_t blocks = (payload + MICROPYTHON_BLOCK_BYTES - 1) / MICROPYTHON_BLOCK_BYTES;
    return (double)(blocks * MICROPYTHON_BLOCK_BYTES) +
           blocks * MICROPYTHON_TABLE_BITS_PER_BLOCK / 8.0;
}

static size_t glibc_bytes(size_t payload) {
    void *memory = malloc(payload);
    if (memory == NULL) {
        fail("malloc");
    }
    size_t bytes = malloc_usable_size(memory) + sizeof(size_t);
    free(memory);
    return bytes;
}

static double percent_over(double bytes, size_t payload) {
    return 100.0 * (bytes - (double)payload) / (double)payload;
}

int main(int argc, char **argv) {
    if (MN_GC_STRESS) {
        // Every allocation collects in this build: the figures would mean nothing, and
        // blocks held only in C locals would be freed under the benchmark.
        printf("header_overhead: skipped in the GC-stress build\n");
        return 0;
    }
    (void)argc;
    (void)argv;
    static mn_word_t arena[ARENA_BYTES / sizeof(mn_word_t)];
    static mn_heap_t heap;
    if (!mn_heap_init(&heap, arena, sizeof arena, bench_types, TAG_COUNT)) {
        fail("mn_heap_init");
    }
    mn_heap_set_auto_collect(&heap, false);
    mn_heap_set_threshold(&heap, 0);

    printf("header_overhead: %zu-bit build (word %zu bytes)\n", MN_WORD_BITS, MN_WORD_BYTES);
    printf("overhead = bytes spent beyond the payload, %% of the payload. MicroPython: %zu-byte "
           "blocks + %d bits/block of table.\n"
           "glibc = malloc_usable_size + %zu-byte chunk header (estimate).\n\n",
           MICROPYTHON_BLOCK_BYTES, MICROPYTHON_TABLE_BITS_PER_BLOCK, sizeof(size_t));
    printf("%7s | %6s %6s %7s %8s %9s | %8s %8s %9s | %6s %6s %9s\n", "payload", "block", "header",
           "padding", "overhead", "overhead%", "mpy", "overhead", "overhead%", "glibc", "overh.",
           "overhead%");

    size_t total_payload = 0;
    size_t total_minnow = 0;
    double total_micropython = 0;
    size_t total_glibc = 0;
    for (size_t i = 0; i < PAYLOAD_COUNT; i++) {
        size_t payload = payloads[i];
        size_t block = minnow_block_bytes(&heap, payload);
        size_t header = MN_WORD_BYTES;
        if (block < payload + header) {
            fail("a block is smaller than its payload plus header");
        }
        size_t padding = block - header - payload;
        double micropython = micropython_bytes(payload);
        size_t glibc = glibc_bytes(payload);
        printf("%7zu | %6zu %6zu %7zu %8zu %8.1f%% | %8.2f %8.2f %8.1f%% | %6zu %6zu %8.1f%%\n",
               payload, block, header, padding, block - payload, percent_over(block, payload),
               micropython, micropython - payload, percent_over(micropython, payload), glibc,
               glibc - payload, percent_over(glibc, payload));
        total_payload += payload;
        total_minnow += block;
        total_micropython += micropython;
        total_glibc += glibc;
    }
    printf("%7s | %6zu %6s %7s %8zu %8.1f%% | %8.2f %8.2f %8.1f%% | %6zu %6zu %8.1f%%\n", "all",
           total_minnow, "", "", total_minnow - total_payload,
           percent_over(total_minnow, total_payload), total_micropython,
           total_micropython - total_payload, percent_over(total_micropython, total_payload),
           total_glibc, total_glibc - total_payload, percent_over(total_glibc, total_payload));
    printf("(all: one object of each payload size above, %zu payload bytes)\n", total_payload);

    const void *where = NULL;
    const char *problem = mn_heap_verify(&heap, &where);
    if (problem != NULL) {
        fprintf(stderr, "header_overhead: heap verify at %p: %s\n", where, problem);
        return 1;
    }
    return 0;
}
