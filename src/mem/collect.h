// The phases of a collection, shared between collect.c (which runs them in order),
// mark.c and compact.c. Internal to src/mem.
#ifndef MN_MEM_COLLECT_H
#define MN_MEM_COLLECT_H

#include "mem/mem.h"

// Sets the mark bit of every block reachable from the roots. Uses the bounded mark stack;
// when it overflows, rescans the heap from the lowest block whose children were skipped.
// no allocation is done
void mn_mark(mn_heap_t *heap);

// Slides every marked unpinned block down to `base` and onwards, in address order, updating
// every reference (Jonkers' threaded compaction); pinned blocks stay, and the gaps in front
// of them become holes. Clears the marks. Returns the number of allocated blocks freed and
// adds the bytes copied to heap->bytes_moved. no allocation is done
size_t mn_compact(mn_heap_t *heap, mn_word_t *base);

// A collection. `packed` leaves the live blocks packed from the bottom of the heap even in
// the GC-stress build (whose collections otherwise keep a moving pad below them): the
// allocator's last try before it reports failure. moves every unpinned block
size_t mn_collect(mn_heap_t *heap, bool packed);

#endif
