// Marking: every block reachable from the roots gets its mark bit. Depth-first with the
// bounded stack in the heap state; never C recursion.
//
// Invariant: a marked block is on the mark stack, already scanned, at or above
// heap->mark_overflow_low (skipped when the stack was full), or above heap->mark_walk, the
// block a rescan walk is scanning (the walk reaches it later). When the stack drains, a walk
// from mark_overflow_low rescans every marked block there; repeats until no overflow.
#include "mem/collect.h"

// Marks the block `value` refers to, if it is a heap reference not yet marked, and queues it
// for scanning.
static void mark_value(mn_heap_t *heap, mn_word_t value) {
    if (!mn_heap_contains(heap, value)) {
        return;
    }
    mn_word_t *block = (mn_word_t *)value;
    if (*block & MN_HEADER_MARK) {
        return;
    }
    *block |= MN_HEADER_MARK;
    if (heap->mark_sp < heap->mark_stack_limit) {
        heap->mark_stack[heap->mark_sp++] = block;
    } else if (block <= heap->mark_walk &&
               (heap->mark_overflow_low == NULL || block < heap->mark_overflow_low)) {
        heap->mark_overflow_low = block; // a rescan walk already past it must come back
    }
}

static void scan_block(mn_heap_t *heap, const mn_word_t *block) {
    size_t first;
    size_t count;
    mn_block_ref_range(heap, block, &first, &count);
    for (size_t i = first; i < first + count; i++) {
        mark_value(heap, block[i]);
    }
}

static void drain(mn_heap_t *heap) {
    while (heap->mark_sp > 0) {
        scan_block(heap, heap->mark_stack[--heap->mark_sp]);
    }
}

static void mark_root(mn_heap_t *heap, mn_word_t *slot, void *context) {
    (void)context;
    mark_value(heap, *slot);
}

void mn_mark(mn_heap_t *heap) {
    heap->mark_sp = 0;
    heap->mark_overflow_low = NULL;
    heap->mark_walk = heap->end; // no walk yet: every overflow is recorded
    mn_roots_visit(heap, mark_root, NULL);
    drain(heap);
    while (heap->mark_overflow_low != NULL) {
        mn_word_t *scan = heap->mark_overflow_low;
        heap->mark_overflow_low = NULL;
        for (; scan < heap->top; scan += mn_header_words(*scan)) {
            if (*scan & MN_HEADER_MARK) {
                heap->mark_walk = scan;
                scan_block(heap, scan);
                drain(heap);
            }
        }
        heap->mark_walk = heap->end;
    }
}
