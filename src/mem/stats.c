// Statistics: counted exactly by walking the heap, plus the counters kept across
// collections.
#include <string.h>

#include "mem/mem.h"

void mn_heap_stats(const mn_heap_t *heap, mn_heap_stats_t *stats) {
    memset(stats, 0, sizeof *stats);
    stats->total_bytes = (size_t)(heap->arena_end - heap->start) * MN_WORD_BYTES;
    stats->reserved_bytes = (size_t)(heap->arena_end - heap->end) * MN_WORD_BYTES;
    for (const mn_word_t *block = heap->start; block < heap->top; block += mn_block_words(block)) {
        unsigned tag = mn_block_tag(block);
        size_t bytes = mn_block_bytes(block);
        stats->per_type[tag].blocks++;
        stats->per_type[tag].bytes += bytes;
        if (tag == MN_TAG_FREE) {
            continue;
        }
        stats->allocated_blocks++;
        stats->allocated_bytes += bytes;
        if (bytes <= 16) {
            stats->blocks_16++;
        } else if (bytes <= 32) {
            stats->blocks_32++;
        }
        if (bytes > stats->largest_allocated) {
            stats->largest_allocated = bytes;
        }
    }
    size_t top_bytes = (size_t)(heap->end - heap->top) * MN_WORD_BYTES;
    if (top_bytes > 0) {
        stats->per_type[MN_TAG_FREE].blocks++;
        stats->per_type[MN_TAG_FREE].bytes += top_bytes;
        if (top_bytes > stats->largest_free) {
            stats->largest_free = top_bytes;
        }
    }
    // Only listed holes are allocatable (one-word gaps and the stress build's pad are not).
    for (const mn_word_t *hole = heap->holes; hole != NULL; hole = (const mn_word_t *)hole[1]) {
        if (mn_block_bytes(hole) > stats->largest_free) {
            stats->largest_free = mn_block_bytes(hole);
        }
    }
    stats->free_blocks = stats->per_type[MN_TAG_FREE].blocks;
    stats->free_bytes = stats->total_bytes - stats->allocated_bytes - stats->reserved_bytes;
    stats->collections = heap->collections;
    stats->bytes_moved = heap->bytes_moved;
    stats->collect_us = heap->collect_us;
    stats->peak_allocated = heap->peak_allocated;
}
