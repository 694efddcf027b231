// A heap with a small type table and a root array, shared by the memory-system tests.
#ifndef MN_TEST_FIXTURE_H
#define MN_TEST_FIXTURE_H

#include "mem/mem.h"

enum {
    TAG_PAIR = 1, // [header][ref][ref]
    TAG_RAW,      // [header][raw...]
    TAG_VECTOR,   // [header][ref...]
    TAG_COUNTED,  // [header][raw: n][ref * n][raw...]
    TAG_COUNT
};

#define FIXTURE_ROOTS 32
#define FIXTURE_ARENA_BYTES (4 * 1024 * 1024)

extern mn_heap_t heap;
extern mn_word_t roots[FIXTURE_ROOTS];
extern size_t root_count; // live slots of roots[]
extern const mn_gc_type_t fixture_types[TAG_COUNT];

// A fresh heap of `bytes` over a static arena, roots[] registered and cleared.
void fixture_setup(size_t bytes);

// Allocations; NULL on failure. may trigger a gc
mn_word_t *new_pair(mn_word_t first, mn_word_t second);
mn_word_t *new_raw(size_t bytes);

// A small int value as the layers above encode it (never a reference).
static inline mn_word_t small_int(long value) {
    return ((mn_word_t)value << 1) | 1;
}

#endif
