// The memory system: one arena, word-granular blocks, a precise compacting collector.
//
// The port hands mn_heap_init() one buffer; nothing here calls malloc/free afterwards.
// Every block starts with one header word (layout below) and is a whole number of words.
// Allocation bumps a free pointer. A collection marks everything reachable from the roots
// and slides the live blocks together (Jonkers' threaded compaction, no extra memory),
// updating every reference. Pinned blocks never move; live blocks pack around them.
//
// Contract with the value representation of the layers above: a word is a reference to a
// heap block if and only if it is word-aligned and points into the used part of the heap,
// at the header of a block. Every other value (tagged small ints, interned-string ids,
// immediates, pointers into ROM) has nonzero low bits or points outside the arena.
//
// Any function marked "may trigger a gc" can move every unpinned block: a heap pointer in
// a C local is dead after it unless the local is a GC reference (mn_root_push below).
#ifndef MN_MEM_H
#define MN_MEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem/config.h"

typedef uintptr_t mn_word_t;

#define MN_WORD_BYTES ((size_t)sizeof(mn_word_t))
#define MN_WORD_BITS (8 * sizeof(mn_word_t))

// ---- Header word -------------------------------------------------------------------------
//
//   bit 0        always 1: tells a header from a threaded slot address (word-aligned, bit 0
//                clear) while a compaction is running
//   bits 1..6    type tag; 0 is a free block
//   bit 7        mark (set only during a collection)
//   bit 8        pin: the block never moves
//   bit 9        reserved, 0
//   bits 10..    size of the block in words, header included (>= 1)
//
// On a 32-bit target the size field has 22 bits: one block is at most 16 MiB.

#define MN_HEADER_FLAG ((mn_word_t)1)
#define MN_HEADER_TAG_SHIFT 1
#define MN_HEADER_TAG_BITS 6
#define MN_HEADER_TAG_MASK ((((mn_word_t)1 << MN_HEADER_TAG_BITS) - 1) << MN_HEADER_TAG_SHIFT)
#define MN_HEADER_MARK ((mn_word_t)1 << 7)
#define MN_HEADER_PIN ((mn_word_t)1 << 8)
#define MN_HEADER_SIZE_SHIFT 10
#define MN_BLOCK_MAX_WORDS (((mn_word_t)-1) >> MN_HEADER_SIZE_SHIFT)

#define MN_TAG_FREE 0u
#define MN_TAG_COUNT_MAX (1u << MN_HEADER_TAG_BITS)

// A header as a constant expression (for objects in ROM).
#define MN_HEADER(tag, words)                                                                      \
    (MN_HEADER_FLAG | ((mn_word_t)(tag) << MN_HEADER_TAG_SHIFT) |                                  \
     ((mn_word_t)(words) << MN_HEADER_SIZE_SHIFT))

static inline mn_word_t mn_header_make(unsigned tag, size_t words) {
    return MN_HEADER(tag, words);
}
static inline unsigned mn_header_tag(mn_word_t header) {
    return (unsigned)((header & MN_HEADER_TAG_MASK) >> MN_HEADER_TAG_SHIFT);
}
static inline size_t mn_header_words(mn_word_t header) {
    return (size_t)(header >> MN_HEADER_SIZE_SHIFT);
}

// A block as C code sees it: a pointer to its header word. Object structs of the layers
// above start with a mn_word_t header member, so a pointer to the object is a block.
static inline unsigned mn_block_tag(const void *block) {
    return mn_header_tag(*(const mn_word_t *)block);
}
static inline size_t mn_block_words(const void *block) {
    return mn_header_words(*(const mn_word_t *)block);
}
static inline size_t mn_block_bytes(const void *block) {
    return mn_block_words(block) * MN_WORD_BYTES;
}
// Changes a block's tag (a buffer finished as another kind of block). no allocation is done
static inline void mn_block_set_tag(void *block, unsigned tag) {
    mn_word_t *header = block;
    *header = (*header & ~MN_HEADER_TAG_MASK) | ((mn_word_t)tag << MN_HEADER_TAG_SHIFT);
}
static inline bool mn_block_is_pinned(const void *block) {
    return (*(const mn_word_t *)block & MN_HEADER_PIN) != 0;
}

// Words a request of `bytes` (header included) occupies; 0 if it can never fit a block.
static inline size_t mn_words_for_bytes(size_t bytes) {
    if (bytes > MN_BLOCK_MAX_WORDS * MN_WORD_BYTES) {
        return 0;
    }
    size_t words = (bytes + MN_WORD_BYTES - 1) / MN_WORD_BYTES;
    return words == 0 ? 1 : words;
}

// ---- Type table --------------------------------------------------------------------------
//
// One entry per type tag says where a block's references are: one contiguous run of value
// words, [first_ref, first_ref + ref_count) counted in words from the header. Every other
// word is raw data that the collector never reads. A layout that depends on the contents
// (a count stored in the block) gives a ref_range function instead; it reads only raw words
// and must not allocate. Entry 0 (free blocks) is never consulted.

#define MN_REFS_TO_END ((uint16_t)0xffff) // ref_count: every word from first_ref to the end

typedef struct mn_gc_type {
    const char *name;   // for statistics and diagnostics
    char map_symbol;    // heap-map character; 0 shows as 'h'
    uint16_t first_ref; // word index of the first value word (the header is word 0)
    uint16_t ref_count; // number of value words, or MN_REFS_TO_END
    // When non-NULL, replaces first_ref/ref_count for blocks of this tag.
    void (*ref_range)(const mn_word_t *block, size_t block_words, size_t *first_ref,
                      size_t *ref_count);
} mn_gc_type_t;

// ---- Roots -------------------------------------------------------------------------------
//
// The collector finds heap references in three kinds of roots, all visited by one function
// (roots.c): the reserved top of the arena (the VM stack), root regions (the runtime's root
// table; each a base and a pointer to its live length), and GC references pushed by C code
// for its locals. Other roots lie outside the arena:
// a structure inside it (the VM stack, say) is a block whose type table entry describes its
// references, reached from a root.
//
// A GC reference keeps a C local alive and up to date across calls that may allocate:
//
//     mn_gc_ref_t list_ref;
//     mn_word_t *list = mn_root_push(heap, &list_ref);   // *list starts as 0
//     *list = (mn_word_t)mn_heap_alloc(heap, TAG_LIST, 16); // may trigger a gc
//     void *item = mn_heap_alloc(heap, TAG_ITEM, 8);     // may move the list: *list follows
//     ((mn_word_t *)*list)[1] = (mn_word_t)item;          // re-read *list after each call
//     mn_root_pop(heap, &list_ref);                      // pops pair with pushes, LIFO

typedef struct mn_gc_ref {
    mn_word_t value;
    struct mn_gc_ref *prev;
} mn_gc_ref_t;

typedef struct mn_root_region {
    mn_word_t *base;
    const size_t *length; // live words from base, read at each collection
} mn_root_region_t;

// ---- Statistics --------------------------------------------------------------------------

typedef struct mn_heap_type_stats {
    size_t blocks;
    size_t bytes;
} mn_heap_type_stats_t;

typedef struct mn_heap_stats {
    size_t total_bytes;       // the arena's usable size
    size_t allocated_bytes;   // bytes in allocated blocks, headers included
    size_t reserved_bytes;    // the reserved top of the arena (the VM stack)
    size_t free_bytes;        // total_bytes - allocated_bytes - reserved_bytes
    size_t largest_free;      // largest request (bytes, header included) that fits now
    size_t allocated_blocks;  // number of allocated blocks
    size_t free_blocks;       // free runs: holes and the top of the heap
    size_t blocks_16;         // allocated blocks of at most 16 bytes (one heap-map cell)
    size_t blocks_32;         // allocated blocks of 17 to 32 bytes (two cells)
    size_t largest_allocated; // bytes of the largest allocated block
    mn_heap_type_stats_t per_type[MN_TAG_COUNT_MAX]; // per tag; [0] counts free runs
    uint32_t collections;                            // collections run since mn_heap_init
    uint64_t bytes_moved;  // bytes copied by compaction since mn_heap_init
    uint64_t collect_us;   // microseconds spent collecting (0 without a clock)
    size_t peak_allocated; // highest allocated_bytes seen at an allocation
} mn_heap_stats_t;

// ---- The heap ----------------------------------------------------------------------------

typedef enum mn_alloc_failure {
    MN_ALLOC_OK = 0,
    MN_ALLOC_NO_MEMORY, // live data plus the request exceed the heap (or pinned blocks)
    MN_ALLOC_LOCKED,    // allocation while the heap is locked
} mn_alloc_failure_t;

typedef struct mn_heap {
    mn_word_t *start;     // first word of the arena (word-aligned)
    mn_word_t *arena_end; // one past the last word of the arena
    mn_word_t *end;       // end of the collected heap; [end, arena_end) is the reserved top
    mn_word_t *top;       // bump pointer: blocks tile [start, top); [top, end) is free
    mn_word_t *holes;     // free blocks of >= 2 words below top, linked through word 1

    const mn_gc_type_t *types;
    unsigned type_count;
    uint64_t (*clock_us)(void); // optional, for collect_us

    mn_root_region_t root_regions[MN_GC_ROOT_REGIONS_MAX];
    unsigned root_region_count;
    mn_gc_ref_t *refs; // top of the pushed GC references

    // Triggers.
    bool auto_collect;      // automatic collections enabled (gc.enable/disable): when
                            // false only mn_gc_collect collects, and a request that does
                            // not fit fails
    size_t threshold_bytes; // collect after this many bytes allocated; 0: never
    size_t allocated_since_collect;
    unsigned lock_depth; // heap_lock nesting: allocation fails while > 0
    bool collecting;     // re-entry guard

    // The last failed request, for the VM's MemoryError message.
    mn_alloc_failure_t last_failure;
    size_t last_failure_bytes;

    // Marking: a bounded stack; on overflow the lowest skipped block is remembered and the
    // heap is rescanned from there.
    mn_word_t *mark_stack[MN_GC_MARK_STACK_MAX];
    size_t mark_stack_limit; // <= MN_GC_MARK_STACK_MAX; tests shrink it
    size_t mark_sp;
    mn_word_t *mark_overflow_low;
    mn_word_t *mark_walk; // block a rescan walk is scanning (heap->end when none)

    // Counters kept across collections (the rest of the statistics are computed on demand).
    uint32_t collections;
    uint64_t bytes_moved;
    uint64_t collect_us;
    size_t peak_allocated;
    size_t allocated_bytes; // maintained exactly: bytes in allocated blocks

#if MN_GC_STRESS
    size_t stress_base_words; // words of padding below the first movable block
#endif
#if MN_ALLOC_FAIL_INJECTION
    uint64_t allocation_count; // requests of mn_heap_alloc and mn_heap_reserve_top so far
    uint64_t fail_allocation;  // the request number that fails; 0: none
#endif
} mn_heap_t;

// Initialise `heap` over `buffer` (`bytes` long). `types` has `type_count` entries, indexed
// by tag (entry 0 unused). Returns false if the buffer is too small or the table too big.
// no allocation is done
bool mn_heap_init(mn_heap_t *heap, void *buffer, size_t bytes, const mn_gc_type_t *types,
                  unsigned type_count);

// Allocate a block of `bytes` (header included) with tag `tag`; every word after the header
// is zero. Returns NULL on failure, with heap->last_failure and last_failure_bytes set.
// may trigger a gc
void *mn_heap_alloc(mn_heap_t *heap, unsigned tag, size_t bytes);

// The reserved top of the arena: [end, arena_end), the VM stack. It grows down into the
// free space, never moves, and is a root region: every word in it is a value.
// Lowers `end` by `words` (zeroed); collects when the free top is too small. Returns the
// new end, or NULL (with last_failure set) when the room cannot be made.
// may trigger a gc
mn_word_t *mn_heap_reserve_top(mn_heap_t *heap, size_t words);
// Gives back `words` of the reserved top. no allocation is done
void mn_heap_release_top(mn_heap_t *heap, size_t words);

// Resizing in place, for buffers that grow as they are filled (bytecode, lists, strings).
// Shrinks `block` to `bytes` (header included, not more than it has): the words given back
// return to the free top when the block is the last one, else they become a free block.
// no allocation is done
void mn_heap_shrink(mn_heap_t *heap, void *block, size_t bytes);
// Grows `block` to `bytes` when it is the last block and the free top has room; the new
// words are zero. Returns false (and changes nothing) otherwise: the caller then allocates
// a new block and copies. no allocation is done
bool mn_heap_grow_in_place(mn_heap_t *heap, void *block, size_t bytes);

#if MN_ALLOC_FAIL_INJECTION
// Makes the `k`-th request from now (1: the next) of mn_heap_alloc or mn_heap_reserve_top
// fail as if the heap were full, once; 0 cancels. Requests are counted from mn_heap_init,
// and mn_heap_allocation_count says how many there were. no allocation is done
void mn_heap_fail_allocation(mn_heap_t *heap, uint64_t k);
uint64_t mn_heap_allocation_count(const mn_heap_t *heap);
#endif

// Pin or unpin a block: a pinned block never moves (it is still freed when unreachable).
// no allocation is done
void mn_heap_pin(void *block);
void mn_heap_unpin(void *block);

// Triggers. threshold 0 disables threshold collections; auto_collect false disables every
// automatic collection (threshold, a request that does not fit, the reserved top's growth).
// no allocation is done
void mn_heap_set_auto_collect(mn_heap_t *heap, bool enabled);
void mn_heap_set_threshold(mn_heap_t *heap, size_t bytes);
void mn_heap_lock(mn_heap_t *heap);
void mn_heap_unlock(mn_heap_t *heap);

// Roots. A region's length is read at every collection. no allocation is done
bool mn_root_add_region(mn_heap_t *heap, mn_word_t *base, const size_t *length);
void mn_root_remove_region(mn_heap_t *heap, mn_word_t *base);
mn_word_t *mn_root_push(mn_heap_t *heap, mn_gc_ref_t *ref);
void mn_root_pop(mn_heap_t *heap, mn_gc_ref_t *ref);

// Call `visit` once for every root slot (each word of each region, each pushed reference),
// whatever it holds: visitors pick out heap references with mn_heap_contains.
// no allocation is done
typedef void (*mn_slot_visitor_t)(mn_heap_t *heap, mn_word_t *slot, void *context);
void mn_roots_visit(mn_heap_t *heap, mn_slot_visitor_t visit, void *context);

// Collect: mark from the roots, compact. Returns the number of blocks freed.
// moves every unpinned block (that is the point)
size_t mn_gc_collect(mn_heap_t *heap);

// Statistics, exact at the moment of the call. no allocation is done
void mn_heap_stats(const mn_heap_t *heap, mn_heap_stats_t *stats);

// Heap map (micropython.mem_info(1)): one character per 16-byte cell, 64 cells a line behind
// the cell's hex offset; runs of all-free lines fold into "(N lines all free)".
// no allocation is done
typedef void (*mn_write_fn)(void *context, const char *text, size_t length);
void mn_heapmap_print(const mn_heap_t *heap, mn_write_fn write, void *context);

// Check every invariant of the heap. Returns NULL when the heap is sound, otherwise a
// static description of the first violation found; *where (if given) gets its address.
// no allocation is done (scratch space comes from the free top of the heap)
const char *mn_heap_verify(mn_heap_t *heap, const void **where);

// ---- Helpers shared by the collector's files ---------------------------------------------

static inline bool mn_heap_contains(const mn_heap_t *heap, mn_word_t value) {
    return (value & (MN_WORD_BYTES - 1)) == 0 && value >= (mn_word_t)heap->start &&
           value < (mn_word_t)heap->top;
}

// The value-word range of `block` (header intact), from its tag's table entry, cut at the
// block's end; returns false if the table described words past the end.
bool mn_block_ref_range(const mn_heap_t *heap, const mn_word_t *block, size_t *first,
                        size_t *count);

#endif
