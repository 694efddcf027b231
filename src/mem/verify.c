// The heap verifier: checks every invariant of the heap and reports the first violation.
// Test builds run it after every collection (MN_GC_VERIFY).
//
// Checked: the bounds; every block has a well-formed header (flag bit, known tag, no mark,
// no reserved bit, size >= 1) and the blocks tile [start, top); free blocks are not pinned;
// heap->allocated_bytes is exact; the hole list is made of free blocks of two words or more,
// in address order; each type table range lies inside its block; every value word of an
// allocated block and every root that points into the arena points at the start of an
// allocated block below top; so must every word of the reserved top (the VM stack).
#include <string.h>

#include "mem/mem.h"

typedef struct verifier {
    mn_heap_t *heap;
    mn_word_t *starts; // bitmap of allocated block starts, in the free top; NULL: walk instead
    const char *problem;
    const void *where;
} verifier_t;

static bool is_block_start(const verifier_t *verifier, const mn_word_t *address) {
    const mn_heap_t *heap = verifier->heap;
    size_t index = (size_t)(address - heap->start);
    if (verifier->starts != NULL) {
        return (verifier->starts[index / MN_WORD_BITS] >> (index % MN_WORD_BITS)) & 1;
    }
    for (const mn_word_t *block = heap->start; block <= address; block += mn_block_words(block)) {
        if (block == address) {
            return mn_block_tag(block) != MN_TAG_FREE;
        }
    }
    return false;
}

static void report(verifier_t *verifier, const char *problem, const void *where) {
    if (verifier->problem == NULL) {
        verifier->problem = problem;
        verifier->where = where;
    }
}

static void check_value(verifier_t *verifier, const mn_word_t *slot) {
    const mn_heap_t *heap = verifier->heap;
    mn_word_t value = *slot;
    if ((value & (MN_WORD_BYTES - 1)) != 0 || value < (mn_word_t)heap->start ||
        value >= (mn_word_t)heap->arena_end) {
        return; // not a heap reference: an immediate, or a pointer outside the arena
    }
    if (value >= (mn_word_t)heap->end) {
        report(verifier, "reference into the reserved top of the arena", slot);
    } else if (value >= (mn_word_t)heap->top) {
        report(verifier, "reference into the free top of the heap", slot);
    } else if (!is_block_start(verifier, (const mn_word_t *)value)) {
        report(verifier, "reference that is not the start of an allocated block", slot);
    }
}

static void check_root(mn_heap_t *heap, mn_word_t *slot, void *context) {
    (void)heap;
    check_value(context, slot);
}

static void check_blocks(verifier_t *verifier) {
    mn_heap_t *heap = verifier->heap;
    size_t allocated = 0;
    const mn_word_t *block = heap->start;
    while (block < heap->top) {
        mn_word_t header = *block;
        size_t words = mn_header_words(header);
        if ((header & MN_HEADER_FLAG) == 0) {
            return report(verifier, "header without its flag bit", block);
        }
        if (mn_header_tag(header) >= heap->type_count) {
            return report(verifier, "header with an unknown type tag", block);
        }
        if (header & MN_HEADER_MARK) {
            return report(verifier, "stray mark bit", block);
        }
        if (header & ((mn_word_t)1 << 9)) {
            return report(verifier, "reserved header bit set", block);
        }
        if (words == 0 || words > (size_t)(heap->top - block)) {
            return report(verifier, "block size does not tile the heap", block);
        }
        if (mn_header_tag(header) == MN_TAG_FREE) {
            if (header & MN_HEADER_PIN) {
                return report(verifier, "pinned free block", block);
            }
        } else {
            allocated += words * MN_WORD_BYTES;
        }
        block += words;
    }
    if (allocated != heap->allocated_bytes) {
        report(verifier, "allocated byte count differs from the blocks", heap->start);
    }
}

static void check_holes(verifier_t *verifier) {
    mn_heap_t *heap = verifier->heap;
    const mn_word_t *previous = NULL;
    for (const mn_word_t *hole = heap->holes; hole != NULL; hole = (const mn_word_t *)hole[1]) {
        if (hole < heap->start || hole >= heap->top || hole <= previous ||
            ((uintptr_t)hole & (MN_WORD_BYTES - 1)) != 0) {
            return report(verifier, "hole list out of order or outside the heap", hole);
        }
        if (mn_block_tag(hole) != MN_TAG_FREE || mn_block_words(hole) < 2) {
            return report(verifier, "hole list entry that is not a free block", hole);
        }
        // Walk to it: it must be a block start.
        const mn_word_t *block = previous != NULL ? previous : heap->start;
        while (block < hole) {
            block += mn_block_words(block);
        }
        if (block != hole) {
            return report(verifier, "hole list entry inside a block", hole);
        }
        previous = hole;
    }
}

// Puts the bitmap of allocated block starts in the free top of the heap, if it fits there.
static void build_start_bitmap(verifier_t *verifier) {
    mn_heap_t *heap = verifier->heap;
    size_t used_words = (size_t)(heap->top - heap->start);
    size_t bitmap_words = (used_words + MN_WORD_BITS - 1) / MN_WORD_BITS;
    if (bitmap_words > (size_t)(heap->end - heap->top)) {
        return;
    }
    mn_word_t *starts = heap->top;
    memset(starts, 0, bitmap_words * MN_WORD_BYTES);
    for (const mn_word_t *block = heap->start; block < heap->top; block += mn_block_words(block)) {
        if (mn_block_tag(block) != MN_TAG_FREE) {
            size_t index = (size_t)(block - heap->start);
            starts[index / MN_WORD_BITS] |= (mn_word_t)1 << (index % MN_WORD_BITS);
        }
    }
    verifier->starts = starts;
}

static void check_references(verifier_t *verifier) {
    mn_heap_t *heap = verifier->heap;
    build_start_bitmap(verifier);
    for (mn_word_t *block = heap->start; block < heap->top && verifier->problem == NULL;
         block += mn_block_words(block)) {
        if (mn_block_tag(block) == MN_TAG_FREE) {
            continue;
        }
        size_t first;
        size_t count;
        if (!mn_block_ref_range(heap, block, &first, &count)) {
            return report(verifier, "type table describes words past the end of a block", block);
        }
        for (size_t i = first; i < first + count; i++) {
            check_value(verifier, &block[i]);
        }
    }
    for (unsigned i = 0; i < heap->root_region_count; i++) {
        const mn_word_t *base = heap->root_regions[i].base;
        if (base >= heap->start && base < heap->arena_end) {
            return report(verifier, "root region inside the arena", base);
        }
    }
    mn_roots_visit(heap, check_root, verifier);
}

const char *mn_heap_verify(mn_heap_t *heap, const void **where) {
    verifier_t verifier = {heap, NULL, NULL, NULL};
    bool bounds_ok =
        heap->start <= heap->top && heap->top <= heap->end && heap->end <= heap->arena_end;
    if (!bounds_ok) {
        report(&verifier, "top of the heap outside the arena", heap->top);
    }
    if (verifier.problem == NULL) {
        check_blocks(&verifier);
    }
    if (verifier.problem == NULL) {
        check_holes(&verifier);
    }
    if (verifier.problem == NULL) {
        check_references(&verifier);
    }
    if (where != NULL) {
        *where = verifier.where;
    }
    return verifier.problem;
}
