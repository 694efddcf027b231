// Roots: the reserved top of the arena, the registered regions (the runtime's root table) and the
// GC references that C code pushes for its locals. mn_roots_visit is the one place that lists them
// all.
#include <assert.h>

#include "mem/mem.h"

bool mn_root_add_region(mn_heap_t *heap, mn_word_t *base, const size_t *length) {
    bool inside_arena = base >= heap->start && base < heap->arena_end;
    if (inside_arena || heap->root_region_count == MN_GC_ROOT_REGIONS_MAX) {
        return false;
    }
    heap->root_regions[heap->root_region_count++] = (mn_root_region_t){base, length};
    return true;
}

void mn_root_remove_region(mn_heap_t *heap, mn_word_t *base) {
    for (unsigned i = 0; i < heap->root_region_count; i++) {
        if (heap->root_regions[i].base == base) {
            heap->root_regions[i] = heap->root_regions[--heap->root_region_count];
            return;
        }
    }
}

mn_word_t *mn_root_push(mn_heap_t *heap, mn_gc_ref_t *ref) {
    ref->value = 0;
    ref->prev = heap->refs;
    heap->refs = ref;
    return &ref->value;
}

void mn_root_pop(mn_heap_t *heap, mn_gc_ref_t *ref) {
    assert(heap->refs == ref && "GC references are popped in the reverse order of pushes");
    heap->refs = ref->prev;
}

void mn_roots_visit(mn_heap_t *heap, mn_slot_visitor_t visit, void *context) {
    for (mn_word_t *slot = heap->end; slot < heap->arena_end; slot++) {
        visit(heap, slot, context);
    }
    for (unsigned i = 0; i < heap->root_region_count; i++) {
        mn_root_region_t *region = &heap->root_regions[i];
        size_t length = *region->length;
        for (size_t slot = 0; slot < length; slot++) {
            visit(heap, &region->base[slot], context);
        }
    }
    for (mn_gc_ref_t *ref = heap->refs; ref != NULL; ref = ref->prev) {
        visit(heap, &ref->value, context);
    }
}
