// The arena and allocation: initialisation, bump allocation with a short list of holes
// (the free gaps that compaction leaves in front of pinned blocks), and the triggers that
// start a collection.
#include <assert.h>
#include <string.h>

#include "mem/collect.h"

bool mn_heap_init(mn_heap_t *heap, void *buffer, size_t bytes, const mn_gc_type_t *types,
                  unsigned type_count) {
    memset(heap, 0, sizeof *heap);
    if (buffer == NULL || types == NULL || type_count < 2 || type_count > MN_TAG_COUNT_MAX) {
        return false;
    }
    uintptr_t first = ((uintptr_t)buffer + MN_WORD_BYTES - 1) & ~(uintptr_t)(MN_WORD_BYTES - 1);
    uintptr_t last = ((uintptr_t)buffer + bytes) & ~(uintptr_t)(MN_WORD_BYTES - 1);
    if (last < first + 4 * MN_WORD_BYTES) {
        return false;
    }
    heap->start = (mn_word_t *)first;
    heap->end = (mn_word_t *)last;
    heap->arena_end = heap->end;
    heap->top = heap->start;
    heap->types = types;
    heap->type_count = type_count;
    heap->auto_collect = true;
    heap->mark_stack_limit = MN_GC_MARK_STACK_MAX;
    return true;
}

static void *fail(mn_heap_t *heap, mn_alloc_failure_t why, size_t bytes) {
    heap->last_failure = why;
    heap->last_failure_bytes = bytes;
    return NULL;
}

#if MN_ALLOC_FAIL_INJECTION
void mn_heap_fail_allocation(mn_heap_t *heap, uint64_t k) {
    heap->fail_allocation = k == 0 ? 0 : heap->allocation_count + k;
}

uint64_t mn_heap_allocation_count(const mn_heap_t *heap) {
    return heap->allocation_count;
}

// Counts a request; true when it is the one chosen to fail.
static bool injected_failure(mn_heap_t *heap) {
    heap->allocation_count++;
    return heap->allocation_count == heap->fail_allocation;
}
#else
#define injected_failure(heap) false
#endif

// Takes `words` from the first hole that holds them; what remains stays a hole in the same
// place of the list (or, at one word, a free block too small to list).
static mn_word_t *take_hole(mn_heap_t *heap, size_t words) {
    mn_word_t **link = &heap->holes;
    while (*link != NULL) {
        mn_word_t *hole = *link;
        size_t hole_words = mn_header_words(*hole);
        if (hole_words >= words) {
            mn_word_t *next = (mn_word_t *)hole[1];
            size_t rest = hole_words - words;
            if (rest >= 2) {
                mn_word_t *remainder = hole + words;
                remainder[0] = mn_header_make(MN_TAG_FREE, rest);
                remainder[1] = (mn_word_t)next;
                *link = remainder;
            } else {
                if (rest == 1) {
                    hole[words] = mn_header_make(MN_TAG_FREE, 1);
                }
                *link = next;
            }
            return hole;
        }
        link = (mn_word_t **)&hole[1];
    }
    return NULL;
}

static mn_word_t *take_top(mn_heap_t *heap, size_t words) {
    if ((size_t)(heap->end - heap->top) < words) {
        return NULL;
    }
    mn_word_t *block = heap->top;
    heap->top += words;
    return block;
}

void *mn_heap_alloc(mn_heap_t *heap, unsigned tag, size_t bytes) {
    assert(tag != MN_TAG_FREE && tag < heap->type_count);
    assert(!heap->collecting);
    if (heap->lock_depth > 0) {
        return fail(heap, MN_ALLOC_LOCKED, bytes);
    }
    size_t words = mn_words_for_bytes(bytes);
    if (injected_failure(heap)) {
        return fail(heap, MN_ALLOC_NO_MEMORY, bytes);
    }
    if (words == 0 || words > (size_t)(heap->end - heap->start)) {
        // Could never fit beside the reserved top, which a collection does not lower.
        return fail(heap, MN_ALLOC_NO_MEMORY, bytes);
    }
    // A collection that left the heap packed has run, or none may run: with automatic
    // collection disabled (gc.disable()) a request that does not fit fails at once, as in
    // MicroPython.
    bool collected = !heap->auto_collect;
#if MN_GC_STRESS
    if (heap->auto_collect) {
        mn_gc_collect(heap); // moves every block; may leave a pad that the last try removes
    }
#else
    if (heap->auto_collect && heap->threshold_bytes != 0 &&
        heap->allocated_since_collect >= heap->threshold_bytes) {
        mn_gc_collect(heap);
        collected = true;
    }
#endif
    for (;;) {
        mn_word_t *block = take_hole(heap, words);
        if (block == NULL) {
            block = take_top(heap, words);
        }
        if (block != NULL) {
            block[0] = mn_header_make(tag, words);
            memset(block + 1, 0, (words - 1) * MN_WORD_BYTES);
            size_t block_bytes = words * MN_WORD_BYTES;
            heap->allocated_bytes += block_bytes;
            heap->allocated_since_collect += block_bytes;
            if (heap->allocated_bytes > heap->peak_allocated) {
                heap->peak_allocated = heap->allocated_bytes;
            }
            heap->last_failure = MN_ALLOC_OK;
            return block;
        }
        if (collected) {
            return fail(heap, MN_ALLOC_NO_MEMORY, bytes);
        }
        mn_collect(heap, true);
        collected = true;
    }
}

// Lists a free block of two words or more in the hole list, which stays in address order.
static void add_hole(mn_heap_t *heap, mn_word_t *hole) {
    mn_word_t **link = &heap->holes;
    while (*link != NULL && *link < hole) {
        link = (mn_word_t **)&(*link)[1];
    }
    hole[1] = (mn_word_t)*link;
    *link = hole;
}

void mn_heap_shrink(mn_heap_t *heap, void *block, size_t bytes) {
    mn_word_t *words = block;
    size_t old_words = mn_header_words(words[0]);
    size_t new_words = mn_words_for_bytes(bytes);
    assert(new_words != 0 && new_words <= old_words);
    size_t freed = old_words - new_words;
    if (freed == 0) {
        return;
    }
    words[0] = (words[0] & ~(MN_BLOCK_MAX_WORDS << MN_HEADER_SIZE_SHIFT)) |
               ((mn_word_t)new_words << MN_HEADER_SIZE_SHIFT);
    heap->allocated_bytes -= freed * MN_WORD_BYTES;
    mn_word_t *rest = words + new_words;
    if (rest + freed == heap->top) {
        heap->top = rest;
        return;
    }
    rest[0] = mn_header_make(MN_TAG_FREE, freed);
    if (freed >= 2) {
        add_hole(heap, rest);
    }
}

bool mn_heap_grow_in_place(mn_heap_t *heap, void *block, size_t bytes) {
    mn_word_t *words = block;
    size_t old_words = mn_header_words(words[0]);
    size_t new_words = mn_words_for_bytes(bytes);
    if (new_words == 0 || words + old_words != heap->top || new_words < old_words ||
        (size_t)(heap->end - words) < new_words || heap->lock_depth > 0) {
        return false;
    }
    size_t added = new_words - old_words;
    memset(heap->top, 0, added * MN_WORD_BYTES);
    heap->top += added;
    words[0] = (words[0] & ~(MN_BLOCK_MAX_WORDS << MN_HEADER_SIZE_SHIFT)) |
               ((mn_word_t)new_words << MN_HEADER_SIZE_SHIFT);
    heap->allocated_bytes += added * MN_WORD_BYTES;
    heap->allocated_since_collect += added * MN_WORD_BYTES;
    if (heap->allocated_bytes > heap->peak_allocated) {
        heap->peak_allocated = heap->allocated_bytes;
    }
    return true;
}

mn_word_t *mn_heap_reserve_top(mn_heap_t *heap, size_t words) {
    if (injected_failure(heap)) {
        heap->last_failure = MN_ALLOC_NO_MEMORY;
        heap->last_failure_bytes = words * MN_WORD_BYTES;
        return NULL;
    }
    bool may_collect = heap->lock_depth == 0 && !heap->collecting;
    if (MN_GC_STRESS && may_collect && heap->auto_collect) {
        mn_gc_collect(heap);
    }
    if ((size_t)(heap->end - heap->top) < words && may_collect && heap->auto_collect) {
        mn_collect(heap, true);
    }
    if ((size_t)(heap->end - heap->top) < words) {
        heap->last_failure = heap->lock_depth > 0 ? MN_ALLOC_LOCKED : MN_ALLOC_NO_MEMORY;
        heap->last_failure_bytes = words * MN_WORD_BYTES;
        return NULL;
    }
    heap->end -= words;
    memset(heap->end, 0, words * MN_WORD_BYTES);
    return heap->end;
}

void mn_heap_release_top(mn_heap_t *heap, size_t words) {
    assert(words <= (size_t)(heap->arena_end - heap->end));
    heap->end += words;
}

void mn_heap_pin(void *block) {
    *(mn_word_t *)block |= MN_HEADER_PIN;
}

void mn_heap_unpin(void *block) {
    *(mn_word_t *)block &= ~MN_HEADER_PIN;
}

void mn_heap_set_auto_collect(mn_heap_t *heap, bool enabled) {
    heap->auto_collect = enabled;
}

void mn_heap_set_threshold(mn_heap_t *heap, size_t bytes) {
    heap->threshold_bytes = bytes;
}

void mn_heap_lock(mn_heap_t *heap) {
    heap->lock_depth++;
}

void mn_heap_unlock(mn_heap_t *heap) {
    if (heap->lock_depth > 0) {
        heap->lock_depth--;
    }
}

bool mn_block_ref_range(const mn_heap_t *heap, const mn_word_t *block, size_t *first,
                        size_t *count) {
    size_t words = mn_header_words(block[0]);
    const mn_gc_type_t *type = &heap->types[mn_header_tag(block[0])];
    if (type->ref_range != NULL) {
        type->ref_range(block, words, first, count);
    } else {
        *first = type->first_ref;
        *count = type->ref_count;
        if (*count == MN_REFS_TO_END) {
            *count = words > *first ? words - *first : 0;
        }
    }
    if (*count == 0) {
        return true;
    }
    if (*first >= words) {
        *count = 0;
        return false;
    }
    if (*count > words - *first) {
        *count = words - *first;
        return false;
    }
    return true;
}
