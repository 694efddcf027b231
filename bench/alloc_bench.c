// Benchmarks of allocation and collection, beside the system malloc/free.
//
//   (a) throughput of small allocations (2-8 word blocks) in a 256 KB arena where a fixed
//       fraction of the arena stays live in a root array and the rest becomes garbage, so
//       the arena fills and collects over and over; the same allocations done with
//       malloc (and free for every object that dies), and with an inline bump pointer
//       (the floor: the cost of the benchmark loop itself).
//   (b) the time of one mn_gc_collect as a function of live data: arenas of 32 KB, 256 KB and
//       4 MB filled with linked lists of small nodes and raw buffers, 10/50/90% of them live
//       and the rest garbage interleaved; beside it the time free() takes to release the
//       same garbage objects.
//
// Usage: alloc_bench [--quick]   (--quick: fewer allocations and repetitions)
#define _POSIX_C_SOURCE 200809L

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mem/mem.h"

// ---- Types -------------------------------------------------------------------------------

enum {
    TAG_TUPLE = 1, // every word after the header is a value (a tuple, a small instance)
    TAG_RAW,       // raw data only (str, bytes)
    TAG_NODE,      // a list node: [header, next, value, raw hash]
    TAG_BUFFER,    // a raw buffer (bytearray, array)
    TAG_COUNT,
};

static const mn_gc_type_t bench_types[TAG_COUNT] = {
    [TAG_TUPLE] = {.name = "tuple", .map_symbol = 'T', .first_ref = 1, .ref_count = MN_REFS_TO_END},
    [TAG_RAW] = {.name = "raw", .map_symbol = 'R', .first_ref = 1, .ref_count = 0},
    [TAG_NODE] = {.name = "node", .map_symbol = 'N', .first_ref = 1, .ref_count = 2},
    [TAG_BUFFER] = {.name = "buffer", .map_symbol = 'B', .first_ref = 1, .ref_count = 0},
};

#define NODE_WORDS 4
#define NODE_NEXT 1
#define NODE_VALUE 2
#define NODE_HASH 3

// A tagged small int of the layers above: low bit set, so the collector skips it.
#define SMALL_INT(value) ((((mn_word_t)(value)) << 1) | 1)

// ---- Helpers -----------------------------------------------------------------------------

static double now_us(void) {
    struct timespec time;
    clock_gettime(CLOCK_MONOTONIC, &time);
    return (double)time.tv_sec * 1e6 + (double)time.tv_nsec / 1e3;
}

static uint64_t clock_us(void) {
    return (uint64_t)now_us();
}

// xorshift64*: deterministic, the same stream on 32- and 64-bit builds.
static uint64_t rng_next(uint64_t *state) {
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545f4914f6cdd1dull;
}

static unsigned rng_below(uint64_t *state, unsigned limit) {
    return (unsigned)((rng_next(state) >> 33) % limit);
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a;
    double y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *values, size_t count) {
    qsort(values, count, sizeof values[0], compare_doubles);
    return count % 2 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
}

static void *checked_malloc(size_t bytes) {
    void *memory = malloc(bytes);
    if (memory == NULL) {
        fprintf(stderr, "alloc_bench: out of host memory (%zu bytes)\n", bytes);
        exit(1);
    }
    return memory;
}

static void fail(const char *what) {
    fprintf(stderr, "alloc_bench: FAILED: %s\n", what);
    exit(1);
}

static void verify_heap(mn_heap_t *heap) {
    const void *where = NULL;
    const char *problem = mn_heap_verify(heap, &where);
    if (problem != NULL) {
        fprintf(stderr, "alloc_bench: heap verify at %p: %s\n", where, problem);
        exit(1);
    }
}

// ---- (a) Allocation throughput -----------------------------------------------------------

#define THROUGHPUT_ARENA_BYTES (256u * 1024u)
#define SHARED_OBJECTS 64 // long-lived objects every new object refers to (its "class")
#define PLAN_LENGTH 65536 // a precomputed cycle of requests: no rng in the timed loops
#define PLAN_MASK (PLAN_LENGTH - 1)
#define NO_SLOT UINT32_MAX
#define KEEP_PERCENT 25 // of allocations, stored in a root slot (the old occupant dies)

// The size mix, in words with the header: weights in percent.
static const struct {
    uint8_t words;
    uint8_t percent;
} size_mix[] = {{2, 20}, {3, 25}, {4, 20}, {5, 10}, {6, 10}, {8, 15}};

typedef struct plan {
    uint8_t words[PLAN_LENGTH];
    uint8_t tag[PLAN_LENGTH];
    uint32_t slot[PLAN_LENGTH]; // NO_SLOT: the object is garbage as soon as it is built
} plan_t;

static double mix_average_words(void) {
    double sum = 0;
    for (size_t i = 0; i < sizeof size_mix / sizeof size_mix[0]; i++) {
        sum += size_mix[i].words * size_mix[i].percent / 100.0;
    }
    return sum;
}

static void plan_make(plan_t *plan, uint32_t slot_count, uint64_t seed) {
    uint64_t rng = seed;
    for (size_t i = 0; i < PLAN_LENGTH; i++) {
        unsigned pick = rng_below(&rng, 100);
        size_t choice = 0;
        while (pick >= size_mix[choice].percent) {
            pick -= size_mix[choice].percent;
            choice++;
        }
        plan->words[i] = size_mix[choice].words;
        plan->tag[i] = rng_below(&rng, 4) == 0 ? TAG_RAW : TAG_TUPLE;
        bool keep = rng_below(&rng, 100) < KEEP_PERCENT;
        plan->slot[i] = keep ? (uint32_t)rng_below(&rng, slot_count) : NO_SLOT;
    }
}

// Fills the payload the way a constructor would: word 1 refers to a shared object, the rest
// are small ints. In a raw block the same words are just data.
static inline void fill_object(mn_word_t *block, unsigned words, mn_word_t shared) {
    block[1] = shared;
    for (unsigned w = 2; w < words; w++) {
        block[w] = SMALL_INT(w);
    }
}

typedef struct throughput_result {
    double ns_per_alloc;
    double ns_outside_gc; // per allocation, the collections' time taken out
    uint32_t collections;
    double collect_share; // of the elapsed time
    size_t live_bytes;    // in the root slots at the end
} throughput_result_t;

static throughput_result_t throughput_minnow(const plan_t *plan, uint32_t slot_count,
                                             size_t alloc_count) {
    throughput_result_t result = {0};
    mn_word_t *arena = checked_malloc(THROUGHPUT_ARENA_BYTES);
    mn_heap_t *heap = checked_malloc(sizeof *heap);
    if (!mn_heap_init(heap, arena, THROUGHPUT_ARENA_BYTES, bench_types, TAG_COUNT)) {
        fail("mn_heap_init");
    }
    heap->clock_us = clock_us;
    // Collect only when the arena is full, as a port without a threshold does.
    mn_heap_set_threshold(heap, 0);

    // Root region: the shared objects, then the slots.
    size_t root_length = SHARED_OBJECTS + slot_count;
    mn_word_t *roots = checked_malloc(root_length * sizeof *roots);
    memset(roots, 0, root_length * sizeof *roots);
    if (!mn_root_add_region(heap, roots, &root_length)) {
        fail("mn_root_add_region");
    }
    for (size_t i = 0; i < SHARED_OBJECTS; i++) {
        mn_word_t *shared = mn_heap_alloc(heap, TAG_TUPLE, 4 * MN_WORD_BYTES);
        if (shared == NULL) {
            fail("allocating the shared objects");
        }
        roots[i] = (mn_word_t)shared;
    }
    mn_word_t *slots = roots + SHARED_OBJECTS;

    uint32_t forced_collections = 0;
    double start = now_us();
    for (size_t i = 0; i < alloc_count; i++) {
        size_t k = i & PLAN_MASK;
        unsigned words = plan->words[k];
        mn_word_t *block = mn_heap_alloc(heap, plan->tag[k], words * MN_WORD_BYTES);
        if (block == NULL) {
            // Should not happen: the allocator collects when the arena is full.
            forced_collections++;
            mn_gc_collect(heap);
            block = mn_heap_alloc(heap, plan->tag[k], words * MN_WORD_BYTES);
            if (block == NULL) {
                fail("mn_heap_alloc returned NULL with the live data well under the arena");
            }
        }
        fill_object(block, words, roots[k & (SHARED_OBJECTS - 1)]);
        if (plan->slot[k] != NO_SLOT) {
            slots[plan->slot[k]] = (mn_word_t)block;
        }
    }
    double elapsed = now_us() - start;

    if (forced_collections > 0) {
        fprintf(stderr,
                "alloc_bench: note: mn_heap_alloc returned NULL %u times on a full "
                "arena; the benchmark collected explicitly\n",
                forced_collections);
    }

    // Check what survived: every slot holds a well-formed block referring to a shared one.
    verify_heap(heap);
    for (uint32_t s = 0; s < slot_count; s++) {
        const mn_word_t *block = (const mn_word_t *)slots[s];
        if (block == NULL) {
            continue;
        }
        unsigned tag = mn_block_tag(block);
        if ((tag != TAG_TUPLE && tag != TAG_RAW) || mn_block_words(block) < 2) {
            fail("a root slot holds a corrupt block after the run");
        }
        result.live_bytes += mn_block_bytes(block);
        if (tag == TAG_TUPLE) {
            bool found = false;
            for (size_t i = 0; i < SHARED_OBJECTS && !found; i++) {
                found = block[1] == roots[i];
            }
            if (!found) {
                fail("a live object lost its reference to its shared object");
            }
        }
    }

    mn_heap_stats_t stats;
    mn_heap_stats(heap, &stats);
    result.ns_per_alloc = elapsed * 1e3 / (double)alloc_count;
    result.collections = stats.collections;
    result.collect_share = (double)stats.collect_us / elapsed;
    result.ns_outside_gc = (elapsed - (double)stats.collect_us) * 1e3 / (double)alloc_count;
    mn_root_remove_region(heap, roots);
    free(roots);
    free(heap);
    free(arena);
    return result;
}

static throughput_result_t throughput_malloc(const plan_t *plan, uint32_t slot_count,
                                             size_t alloc_count) {
    throughput_result_t result = {0};
    mn_word_t *shared[SHARED_OBJECTS];
    for (size_t i = 0; i < SHARED_OBJECTS; i++) {
        shared[i] = checked_malloc(4 * MN_WORD_BYTES);
    }
    mn_word_t **slots = checked_malloc(slot_count * sizeof *slots);
    memset(slots, 0, slot_count * sizeof *slots);

    double start = now_us();
    for (size_t i = 0; i < alloc_count; i++) {
        size_t k = i & PLAN_MASK;
        unsigned words = plan->words[k];
        // The same bytes as the block (a type word included), zeroed as mn_heap_alloc does.
        mn_word_t *block = malloc(words * MN_WORD_BYTES);
        if (block == NULL) {
            fail("malloc");
        }
        memset(block, 0, words * MN_WORD_BYTES);
        block[0] = mn_header_make(plan->tag[k], words);
        fill_object(block, words, (mn_word_t)shared[k & (SHARED_OBJECTS - 1)]);
        uint32_t slot = plan->slot[k];
        if (slot != NO_SLOT) {
            free(slots[slot]);
            slots[slot] = block;
        } else {
            free(block);
        }
    }
    double elapsed = now_us() - start;

    for (uint32_t s = 0; s < slot_count; s++) {
        if (slots[s] != NULL) {
            result.live_bytes += mn_header_words(slots[s][0]) * MN_WORD_BYTES;
        }
        free(slots[s]);
    }
    free(slots);
    for (size_t i = 0; i < SHARED_OBJECTS; i++) {
        free(shared[i]);
    }
    result.ns_per_alloc = elapsed * 1e3 / (double)alloc_count;
    result.ns_outside_gc = result.ns_per_alloc;
    return result;
}

// The floor: the same loop with an inline bump pointer that wraps around a buffer, no
// checks, no collections. What is left of a row above this is the allocator's own cost.
static throughput_result_t throughput_floor(const plan_t *plan, uint32_t slot_count,
                                            size_t alloc_count) {
    throughput_result_t result = {0};
    size_t buffer_words = THROUGHPUT_ARENA_BYTES / MN_WORD_BYTES;
    mn_word_t *buffer = checked_malloc(THROUGHPUT_ARENA_BYTES);
    mn_word_t **slots = checked_malloc(slot_count * sizeof *slots);
    memset(slots, 0, slot_count * sizeof *slots);
    size_t next = 0;

    double start = now_us();
    for (size_t i = 0; i < alloc_count; i++) {
        size_t k = i & PLAN_MASK;
        unsigned words = plan->words[k];
        if (next + words > buffer_words) {
            next = 0;
        }
        mn_word_t *block = buffer + next;
        next += words;
        memset(block, 0, words * MN_WORD_BYTES);
        block[0] = mn_header_make(plan->tag[k], words);
        fill_object(block, words, (mn_word_t)buffer);
        if (plan->slot[k] != NO_SLOT) {
            slots[plan->slot[k]] = block;
        }
    }
    double elapsed = now_us() - start;

    // Read the slots back so the stores cannot be dropped.
    for (uint32_t s = 0; s < slot_count; s++) {
        if (slots[s] != NULL) {
            result.live_bytes += mn_header_words(slots[s][0]) * MN_WORD_BYTES;
        }
    }
    free(slots);
    free(buffer);
    result.ns_per_alloc = elapsed * 1e3 / (double)alloc_count;
    result.ns_outside_gc = result.ns_per_alloc;
    return result;
}

static void bench_throughput(bool quick) {
    static const unsigned live_percents[] = {10, 25, 50};
    size_t alloc_count = quick ? 1000000 : 8000000;
    plan_t *plan = checked_malloc(sizeof *plan);
    double average_bytes = mix_average_words() * (double)MN_WORD_BYTES;

    printf("(a) Allocation throughput: %zu allocations of 2-8 word blocks (mean %.2f words = "
           "%.1f bytes),\n"
           "    %u%% kept in random root slots (the old occupant dies), the rest garbage at "
           "once;\n"
           "    arena %u KB, collections only when it is full. malloc: same sizes, memset, "
           "free on death.\n"
           "    floor: the same loop with an unchecked inline bump pointer (no allocator).\n\n",
           alloc_count, mix_average_words(), average_bytes, KEEP_PERCENT,
           THROUGHPUT_ARENA_BYTES / 1024);
    printf("%-6s %-9s %9s %12s %13s %8s %11s %7s\n", "live", "allocator", "ns/alloc", "allocs/s",
           "ns excl. gc", "live KB", "collections", "in gc");

    for (size_t i = 0; i < sizeof live_percents / sizeof live_percents[0]; i++) {
        // Slots sized so the steady-state live data is the wanted share of the arena.
        uint32_t slot_count =
            (uint32_t)((double)THROUGHPUT_ARENA_BYTES * live_percents[i] / 100.0 / average_bytes);
        plan_make(plan, slot_count, 0x9e3779b97f4a7c15ull + i);
        throughput_result_t minnow = throughput_minnow(plan, slot_count, alloc_count);
        throughput_result_t system = throughput_malloc(plan, slot_count, alloc_count);
        throughput_result_t floor = throughput_floor(plan, slot_count, alloc_count);
        char label[16];
        snprintf(label, sizeof label, "%u%%", live_percents[i]);
        printf("%-6s %-9s %9.1f %12.0f %13.1f %8.1f %11u %6.1f%%\n", label, "minnow",
               minnow.ns_per_alloc, 1e9 / minnow.ns_per_alloc, minnow.ns_outside_gc,
               minnow.live_bytes / 1024.0, minnow.collections, 100.0 * minnow.collect_share);
        printf("%-6s %-9s %9.1f %12.0f %13s %8.1f %11s %7s\n", "", "malloc", system.ns_per_alloc,
               1e9 / system.ns_per_alloc, "-", system.live_bytes / 1024.0, "-", "-");
        printf("%-6s %-9s %9.1f %12.0f %13s %8s %11s %7s\n", "", "floor", floor.ns_per_alloc,
               1e9 / floor.ns_per_alloc, "-", "-", "-", "-");
    }
    printf("\n");
    free(plan);
}

// ---- (b) Collection time as a function of live data --------------------------------------

#define LIST_COUNT 64          // list heads in the root region
#define BUFFER_PERCENT 20      // of nodes, hold a raw buffer as their value
#define BUFFER_WORDS_MIN 8     // buffer sizes, words with the header
#define BUFFER_WORDS_SPREAD 25 // 8..32 words
#define UNIT_WORDS_MAX (NODE_WORDS + BUFFER_WORDS_MIN + BUFFER_WORDS_SPREAD - 1)
#define BUFFER_FILL ((mn_word_t)-1 / 255 * 0xa5) // every byte 0xa5, as memset writes

// One step of building: a node, maybe with a buffer, live (linked into a list) or garbage.
typedef struct unit {
    bool live;
    unsigned buffer_words; // 0: the node's value is a small int
    unsigned list;
} unit_t;

static unit_t unit_next(uint64_t *rng, unsigned live_percent) {
    unit_t unit;
    unit.live = rng_below(rng, 100) < live_percent;
    unit.buffer_words = rng_below(rng, 100) < BUFFER_PERCENT
                            ? BUFFER_WORDS_MIN + rng_below(rng, BUFFER_WORDS_SPREAD)
                            : 0;
    unit.list = rng_below(rng, LIST_COUNT);
    return unit;
}

typedef struct graph_expectation {
    size_t live_nodes;
    size_t live_buffers;
    size_t units;
} graph_expectation_t;

// Fills the arena (up to the last unit that fits) with lists and garbage. Collections are
// off, so nothing moves while building; the GC reference is kept anyway, as the real code
// would need it.
static graph_expectation_t graph_build(mn_heap_t *heap, mn_word_t *roots, unsigned live_percent,
                                       uint64_t seed) {
    graph_expectation_t expect = {0};
    uint64_t rng = seed;
    while ((size_t)(heap->end - heap->top) >= UNIT_WORDS_MAX) {
        unit_t unit = unit_next(&rng, live_percent);
        mn_gc_ref_t buffer_ref;
        mn_word_t *buffer = mn_root_push(heap, &buffer_ref);
        if (unit.buffer_words > 0) {
            mn_word_t *block = mn_heap_alloc(heap, TAG_BUFFER, unit.buffer_words * MN_WORD_BYTES);
            if (block == NULL) {
                fail("mn_heap_alloc (buffer) while building");
            }
            memset(block + 1, 0xa5, (unit.buffer_words - 1) * MN_WORD_BYTES);
            *buffer = (mn_word_t)block;
        }
        mn_word_t *node = mn_heap_alloc(heap, TAG_NODE, NODE_WORDS * MN_WORD_BYTES);
        if (node == NULL) {
            fail("mn_heap_alloc (node) while building");
        }
        node[NODE_NEXT] = roots[unit.list]; // garbage nodes point into live lists too
        node[NODE_VALUE] = *buffer != 0 ? *buffer : SMALL_INT(expect.units);
        node[NODE_HASH] = (mn_word_t)expect.units * 2654435761u;
        mn_root_pop(heap, &buffer_ref);
        if (unit.live) {
            roots[unit.list] = (mn_word_t)node;
            expect.live_nodes++;
            expect.live_buffers += unit.buffer_words > 0;
        }
        expect.units++;
    }
    return expect;
}

static void graph_check(const mn_word_t *roots, const graph_expectation_t *expect) {
    size_t nodes = 0;
    size_t buffers = 0;
    for (size_t list = 0; list < LIST_COUNT; list++) {
        for (const mn_word_t *node = (const mn_word_t *)roots[list]; node != NULL;
             node = (const mn_word_t *)node[NODE_NEXT]) {
            if (mn_block_tag(node) != TAG_NODE || mn_block_words(node) != NODE_WORDS) {
                fail("a live list node is corrupt after collecting");
            }
            nodes++;
            mn_word_t value = node[NODE_VALUE];
            if ((value & 1) == 0) {
                const mn_word_t *buffer = (const mn_word_t *)value;
                if (mn_block_tag(buffer) != TAG_BUFFER || buffer[1] != BUFFER_FILL) {
                    fail("a live buffer is corrupt after collecting");
                }
                buffers++;
            }
        }
    }
    if (nodes != expect->live_nodes || buffers != expect->live_buffers) {
        fail("the live lists lost or gained blocks in the collection");
    }
}

typedef struct collect_sample {
    double collect_us;
    double recollect_us; // a second collection: nothing to free, nothing to move
    double free_us;      // free() of the same garbage built with malloc
    size_t live_bytes;
    size_t freed_blocks;
    uint64_t bytes_moved;
    size_t units; // built, so that malloc builds the same objects
} collect_sample_t;

static collect_sample_t collect_once_minnow(size_t arena_bytes, unsigned live_percent,
                                            uint64_t seed, mn_word_t *arena) {
    collect_sample_t sample = {0};
    mn_heap_t *heap = checked_malloc(sizeof *heap);
    if (!mn_heap_init(heap, arena, arena_bytes, bench_types, TAG_COUNT)) {
        fail("mn_heap_init");
    }
    mn_heap_set_auto_collect(heap, false);
    mn_heap_set_threshold(heap, 0);
    mn_word_t roots[LIST_COUNT] = {0};
    size_t root_length = LIST_COUNT;
    if (!mn_root_add_region(heap, roots, &root_length)) {
        fail("mn_root_add_region");
    }
    graph_expectation_t expect = graph_build(heap, roots, live_percent, seed);

    mn_heap_stats_t before;
    mn_heap_stats(heap, &before);
    if (before.collections != 0) {
        fail("a collection ran while building with collections off");
    }
    double start = now_us();
    sample.freed_blocks = mn_gc_collect(heap);
    double middle = now_us();
    mn_gc_collect(heap);
    double end = now_us();
    mn_heap_stats_t after;
    mn_heap_stats(heap, &after);

    sample.collect_us = middle - start;
    sample.recollect_us = end - middle;
    sample.live_bytes = after.allocated_bytes;
    sample.bytes_moved = after.bytes_moved; // the second collection moves nothing
    sample.units = expect.units;
    if (before.allocated_blocks - after.allocated_blocks != sample.freed_blocks) {
        fail("mn_gc_collect's count of freed blocks disagrees with the statistics");
    }
    verify_heap(heap);
    graph_check(roots, &expect);
    mn_root_remove_region(heap, roots);
    free(heap);
    return sample;
}

// The same unit stream built with malloc; returns the microseconds free() takes for the
// garbage, freed in allocation order.
static double collect_once_malloc(unsigned live_percent, uint64_t seed, size_t unit_count,
                                  void **garbage, void **live) {
    uint64_t rng = seed;
    size_t garbage_count = 0;
    size_t live_count = 0;
    void *heads[LIST_COUNT] = {0};
    for (size_t i = 0; i < unit_count; i++) {
        unit_t unit = unit_next(&rng, live_percent);
        void **target = unit.live ? live : garbage;
        size_t *count = unit.live ? &live_count : &garbage_count;
        mn_word_t *buffer = NULL;
        if (unit.buffer_words > 0) {
            buffer = checked_malloc(unit.buffer_words * MN_WORD_BYTES);
            memset(buffer + 1, 0xa5, (unit.buffer_words - 1) * MN_WORD_BYTES);
            target[(*count)++] = buffer;
        }
        mn_word_t *node = checked_malloc(NODE_WORDS * MN_WORD_BYTES);
        node[NODE_NEXT] = (mn_word_t)heads[unit.list];
        node[NODE_VALUE] = buffer != NULL ? (mn_word_t)buffer : SMALL_INT(i);
        node[NODE_HASH] = (mn_word_t)i * 2654435761u;
        if (unit.live) {
            heads[unit.list] = node;
        }
        target[(*count)++] = node;
    }
    double start = now_us();
    for (size_t i = 0; i < garbage_count; i++) {
        free(garbage[i]);
    }
    double elapsed = now_us() - start;
    for (size_t i = 0; i < live_count; i++) {
        free(live[i]);
    }
    return elapsed;
}

static void bench_collect(bool quick) {
    static const struct {
        size_t bytes;
        const char *label;
        unsigned repetitions;
    } arenas[] = {
        {32u * 1024u, "32 KB", 201},
        {256u * 1024u, "256 KB", 51},
        {4u * 1024u * 1024u, "4 MB", 21},
    };
    static const unsigned live_percents[] = {10, 50, 90};

    printf("(b) mn_gc_collect on a full arena: %d linked lists of %d-word nodes, %d%% of "
           "nodes holding a\n"
           "    %d-%d word raw buffer; each node+buffer live or garbage at random "
           "(interleaved).\n"
           "    Median of N runs. re-collect: a second collection right after (nothing to "
           "free or move).\n"
           "    free(): the same objects built with malloc, time to free() the garbage "
           "ones (per free: per object).\n\n",
           LIST_COUNT, NODE_WORDS, BUFFER_PERCENT, BUFFER_WORDS_MIN,
           BUFFER_WORDS_MIN + BUFFER_WORDS_SPREAD - 1);
    printf("%-6s %4s %6s %10s %7s %10s %11s %10s %12s %9s %9s\n", "arena", "runs", "live%",
           "live bytes", "freed", "collect us", "bytes moved", "us/live KB", "recollect us",
           "free() us", "per free");

    for (size_t a = 0; a < sizeof arenas / sizeof arenas[0]; a++) {
        size_t arena_bytes = arenas[a].bytes;
        unsigned repetitions = quick ? 3 : arenas[a].repetitions;
        mn_word_t *arena = checked_malloc(arena_bytes);
        // Enough pointer slots for the smallest units (a lone node) filling the arena.
        size_t pointer_capacity = arena_bytes / (NODE_WORDS * MN_WORD_BYTES) + 1;
        void **garbage = checked_malloc(pointer_capacity * sizeof *garbage);
        void **live = checked_malloc(pointer_capacity * sizeof *live);
        double *collect_times = checked_malloc(repetitions * sizeof(double));
        double *recollect_times = checked_malloc(repetitions * sizeof(double));
        double *free_times = checked_malloc(repetitions * sizeof(double));

        for (size_t p = 0; p < sizeof live_percents / sizeof live_percents[0]; p++) {
            collect_sample_t first = {0};
            for (unsigned r = 0; r < repetitions; r++) {
                // The same graph every run: the samples differ only in timing.
                uint64_t seed = 0x2545f4914f6cdd1dull ^ (arena_bytes * 131 + p);
                collect_sample_t sample =
                    collect_once_minnow(arena_bytes, live_percents[p], seed, arena);
                if (r == 0) {
                    first = sample;
                } else if (sample.live_bytes != first.live_bytes ||
                           sample.bytes_moved != first.bytes_moved) {
                    fail("the same graph collected to different results");
                }
                collect_times[r] = sample.collect_us;
                recollect_times[r] = sample.recollect_us;
                free_times[r] =
                    collect_once_malloc(live_percents[p], seed, first.units, garbage, live);
            }
            double collect_us = median(collect_times, repetitions);
            double recollect_us = median(recollect_times, repetitions);
            double free_us = median(free_times, repetitions);
            printf("%-6s %4u %5.1f%% %10zu %7zu %10.1f %11llu %10.3f %12.1f %9.1f %7.1fns\n",
                   arenas[a].label, repetitions, 100.0 * first.live_bytes / arena_bytes,
                   first.live_bytes, first.freed_blocks, collect_us,
                   (unsigned long long)first.bytes_moved, collect_us / (first.live_bytes / 1024.0),
                   recollect_us, free_us,
                   first.freed_blocks ? free_us * 1e3 / first.freed_blocks : 0.0);
        }
        free(free_times);
        free(recollect_times);
        free(collect_times);
        free(live);
        free(garbage);
        free(arena);
    }
    printf("\n");
}

int main(int argc, char **argv) {
    if (MN_GC_STRESS) {
        // Every allocation collects in this build: the figures would mean nothing, and
        // blocks held only in C locals would be freed under the benchmark.
        printf("alloc_bench: skipped in the GC-stress build\n");
        return 0;
    }
    bool quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    printf("alloc_bench: %zu-bit build (word %zu bytes)%s\n\n", MN_WORD_BITS, MN_WORD_BYTES,
           quick ? ", --quick" : "");
    bench_throughput(quick);
    bench_collect(quick);
    return 0;
}
