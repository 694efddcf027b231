// A collection: mark, compact, and (in the GC-stress build) make sure every movable block
// changes address. Also keeps the counters and, in test builds, runs the verifier.
#include <string.h>

#include "mem/collect.h"

#if MN_GC_VERIFY
#include <stdio.h>
#include <stdlib.h>
#endif

#if MN_GC_STRESS
// The stress build keeps a free pad of heap->stress_base_words at the bottom of the heap
// and shrinks it by one word at every collection, so that every block of the first segment
// (below the first pinned block) slides down. When the pad is gone, the compacted heap is
// shifted up by more than the garbage just squeezed out, so that no block can land where it
// was. Blocks behind a pinned block move only when garbage precedes them, and nothing moves
// up while pins exist or the heap is full.

static void shift_slot(mn_heap_t *heap, mn_word_t *slot, void *context) {
    size_t shift_bytes = *(const size_t *)context;
    if (mn_heap_contains(heap, *slot)) {
        *slot += shift_bytes;
    }
}

// Moves every block up by `shift_words` words. The heap holds only live, unpinned blocks.
static void shift_up(mn_heap_t *heap, size_t shift_words) {
    size_t shift_bytes = shift_words * MN_WORD_BYTES;
    for (mn_word_t *block = heap->start; block < heap->top; block += mn_header_words(*block)) {
        size_t first;
        size_t count;
        mn_block_ref_range(heap, block, &first, &count);
        for (size_t i = first; i < first + count; i++) {
            shift_slot(heap, &block[i], &shift_bytes);
        }
    }
    mn_roots_visit(heap, shift_slot, &shift_bytes);
    size_t used_bytes = (size_t)(heap->top - heap->start) * MN_WORD_BYTES;
    memmove(heap->start + shift_words, heap->start, used_bytes);
    heap->bytes_moved += used_bytes;
    heap->top += shift_words;
}

static bool any_pinned(const mn_heap_t *heap) {
    for (mn_word_t *block = heap->start; block < heap->top; block += mn_header_words(*block)) {
        if (mn_block_is_pinned(block)) {
            return true;
        }
    }
    return false;
}
#endif

#if MN_GC_VERIFY
static void verify_or_abort(mn_heap_t *heap) {
    const void *where = NULL;
    const char *problem = mn_heap_verify(heap, &where);
    if (problem != NULL) {
        fprintf(stderr, "minnow: heap verifier: %s at %p (offset %ld)\n", problem, where,
                (long)((const char *)where - (const char *)heap->start));
        abort();
    }
}
#endif

size_t mn_gc_collect(mn_heap_t *heap) {
    return mn_collect(heap, false);
}

size_t mn_collect(mn_heap_t *heap, bool packed) {
    heap->collecting = true;
    uint64_t started = heap->clock_us != NULL ? heap->clock_us() : 0;

    mn_mark(heap);
    mn_word_t *base = heap->start;
#if MN_GC_STRESS
    size_t used_words = (size_t)(heap->top - heap->start);
    if (packed) {
        heap->stress_base_words = 0;
    } else if (heap->stress_base_words > 0) {
        heap->stress_base_words--;
        base += heap->stress_base_words;
    }
#endif
    size_t freed = mn_compact(heap, base);
#if MN_GC_STRESS
    if (!packed && heap->stress_base_words == 0 && !any_pinned(heap)) {
        size_t live_words = (size_t)(heap->top - heap->start);
        size_t shift_words = used_words - live_words + 1;
        size_t room_words = (size_t)(heap->end - heap->top);
        if (shift_words > room_words) {
            shift_words = room_words;
        }
        if (shift_words > 0) {
            shift_up(heap, shift_words);
            heap->stress_base_words = shift_words;
        }
    }
    if (heap->stress_base_words > 0) {
        heap->start[0] = mn_header_make(MN_TAG_FREE, heap->stress_base_words); // never a hole
    }

#else
    (void)packed;
#endif
    heap->allocated_since_collect = 0;
    heap->collections++;
    if (heap->clock_us != NULL) {
        heap->collect_us += heap->clock_us() - started;
    }
    heap->collecting = false;
#if MN_GC_VERIFY
    verify_or_abort(heap);
#endif
    return freed;
}
