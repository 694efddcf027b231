// Compaction: Jonkers' threaded sliding compaction. Needs no memory beyond the heap itself.
//
// Threading a slot s that refers to block b moves b's header word into s and puts the
// address of s in b's header: every slot that refers to b ends up on a chain that starts in
// b's header word and ends with the original header. Slot addresses are word-aligned (bit 0
// clear) and header words have bit 0 set, which tells the links from the end of the chain.
// Unthreading b writes b's new address into every slot on its chain and restores the header.
//
// Pass 1 threads the roots, then walks the heap in address order. At each live block it
// computes the block's new address (the next free destination, or its own address when
// pinned), unthreads it — so the roots and every block below that refer to it now hold the
// new address — and threads the block's own slots. Pass 2 walks again, computes the same
// destinations, unthreads the references from blocks above (threaded after the block was
// passed in pass 1), and moves the block. Blocks only move down, so pass 2 never overwrites
// a block it has not reached yet.
#include <assert.h>
#include <string.h>

#include "mem/collect.h"

static void thread_slot(mn_heap_t *heap, mn_word_t *slot, void *context) {
    (void)context;
    if (!mn_heap_contains(heap, *slot)) {
        return;
    }
    mn_word_t *block = (mn_word_t *)*slot;
    *slot = *block;
    *block = (mn_word_t)slot;
}

// The header word of `block`, found at the end of its chain. no allocation is done
static mn_word_t chain_header(const mn_word_t *block) {
    mn_word_t link = *block;
    while ((link & MN_HEADER_FLAG) == 0) {
        link = *(const mn_word_t *)link;
    }
    return link;
}

static void unthread(mn_word_t *block, mn_word_t *new_address) {
    mn_word_t link = *block;
    while ((link & MN_HEADER_FLAG) == 0) {
        mn_word_t *slot = (mn_word_t *)link;
        link = *slot;
        *slot = (mn_word_t)new_address;
    }
    *block = link;
}

static void thread_block_slots(mn_heap_t *heap, mn_word_t *block) {
    size_t first;
    size_t count;
    mn_block_ref_range(heap, block, &first, &count);
    for (size_t i = first; i < first + count; i++) {
        thread_slot(heap, &block[i], NULL);
    }
}

// Marks [from, to) free: one free block, listed as a hole when it has room for the link.
// `last_hole` is the link to append to (holes are listed in address order).
static mn_word_t **make_hole(mn_word_t *from, mn_word_t *to, mn_word_t **last_hole) {
    size_t words = (size_t)(to - from);
    if (words == 0) {
        return last_hole;
    }
    from[0] = mn_header_make(MN_TAG_FREE, words);
    if (words < 2) {
        return last_hole;
    }
    from[1] = 0;
    *last_hole = from;
    return (mn_word_t **)&from[1];
}

size_t mn_compact(mn_heap_t *heap, mn_word_t *base) {
    mn_word_t *const top = heap->top;
    size_t freed = 0;

    // Pass 1: forward references.
    mn_roots_visit(heap, thread_slot, NULL);
    mn_word_t *destination = base;
    for (mn_word_t *scan = heap->start; scan < top;) {
        mn_word_t header = chain_header(scan);
        size_t words = mn_header_words(header);
        if (header & MN_HEADER_MARK) {
            mn_word_t *new_address = (header & MN_HEADER_PIN) ? scan : destination;
            assert(new_address >= destination && new_address <= scan);
            unthread(scan, new_address);
            thread_block_slots(heap, scan);
            destination = new_address + words;
        } else if (mn_header_tag(header) != MN_TAG_FREE) {
            freed++;
        }
        scan += words;
    }

    // Pass 2: backward references, and the moves.
    destination = base;
    heap->holes = NULL;
    mn_word_t **last_hole = &heap->holes;
    size_t live_bytes = 0;
    for (mn_word_t *scan = heap->start; scan < top;) {
        mn_word_t header = chain_header(scan);
        size_t words = mn_header_words(header);
        if (header & MN_HEADER_MARK) {
            mn_word_t *new_address = (header & MN_HEADER_PIN) ? scan : destination;
            unthread(scan, new_address);
            *scan &= ~MN_HEADER_MARK;
            if (new_address != scan) {
                memmove(new_address, scan, words * MN_WORD_BYTES);
                heap->bytes_moved += words * MN_WORD_BYTES;
            } else if (destination < scan) {
                last_hole = make_hole(destination, scan, last_hole); // the gap before a pin
            }
            destination = new_address + words;
            live_bytes += words * MN_WORD_BYTES;
        }
        scan += words;
    }
    heap->top = destination;
    heap->allocated_bytes = live_bytes;
    return freed;
}
