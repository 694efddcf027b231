// The gc module: MicroPython's names and meanings (docs/gc-and-micropython.md), over the
// heap's collector and statistics (mem/mem.h). A ROM module; it keeps no state of its own.
#include "lib/modules.h"
#include "obj/exception.h"
#include "obj/int.h"
#include "obj/native.h"

// collect(): the number of blocks freed, as MicroPython's unix port returns it.
static mn_value_t collect_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    size_t freed = mn_gc_collect(&runtime->heap);
    return mn_int_from_int64(runtime, (int64_t)freed);
}

static mn_value_t enable_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_heap_set_auto_collect(&runtime->heap, true);
    return MN_NONE;
}

static mn_value_t disable_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_heap_set_auto_collect(&runtime->heap, false);
    return MN_NONE;
}

static mn_value_t isenabled_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    return runtime->heap.auto_collect ? MN_TRUE : MN_FALSE;
}

// mem_free(): bytes not in allocated blocks nor in the VM stack.
static mn_value_t mem_free_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_heap_stats_t stats;
    mn_heap_stats(&runtime->heap, &stats);
    return mn_int_from_int64(runtime, (int64_t)stats.free_bytes);
}

// mem_alloc(): bytes in allocated blocks, headers included.
static mn_value_t mem_alloc_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    return mn_int_from_int64(runtime, (int64_t)runtime->heap.allocated_bytes);
}

// mem_largest_free(): the largest request, in bytes with its header, that the heap can hand
// out now without collecting (the free top or a hole in front of a pinned block).
static mn_value_t mem_largest_free_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                          mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_heap_stats_t stats;
    mn_heap_stats(&runtime->heap, &stats);
    return mn_int_from_int64(runtime, (int64_t)stats.largest_free);
}

// threshold([bytes]): without an argument, the threshold (-1: none); with one, a collection
// runs whenever that many bytes have been allocated since the last one (a negative value
// removes the threshold; 0 collects before every allocation, as MicroPython's does).
static mn_value_t threshold_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)keywords;
    mn_heap_t *heap = &runtime->heap;
    if (count == 0) {
        if (heap->threshold_bytes == 0) {
            return mn_small_int(-1);
        }
        // 0 is kept as 1 (0 means "none" to the heap): both collect before every allocation.
        return mn_int_from_int64(runtime, (int64_t)heap->threshold_bytes);
    }
    if (!mn_int_is(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", args[0]);
    }
    int64_t bytes;
    if (!mn_int_to_int64(args[0], &bytes)) {
        bytes =
            mn_is_small_int(args[0]) || !mn_big_int_negative(mn_object(args[0])) ? INT64_MAX : -1;
    }
    if (bytes < 0) {
        mn_heap_set_threshold(heap, 0);
    } else if ((uint64_t)bytes >= (uint64_t)SIZE_MAX) {
        mn_heap_set_threshold(heap, SIZE_MAX);
    } else {
        mn_heap_set_threshold(heap, bytes == 0 ? 1 : (size_t)bytes);
    }
    return MN_NONE;
}

static MN_NATIVE(collect_fn, MN_QSTR_collect, 0, 0, 0, collect_native);
static MN_NATIVE(enable_fn, MN_QSTR_enable, 0, 0, 0, enable_native);
static MN_NATIVE(disable_fn, MN_QSTR_disable, 0, 0, 0, disable_native);
static MN_NATIVE(isenabled_fn, MN_QSTR_isenabled, 0, 0, 0, isenabled_native);
static MN_NATIVE(mem_free_fn, MN_QSTR_mem_free, 0, 0, 0, mem_free_native);
static MN_NATIVE(mem_alloc_fn, MN_QSTR_mem_alloc, 0, 0, 0, mem_alloc_native);
static MN_NATIVE(mem_largest_free_fn, MN_QSTR_mem_largest_free, 0, 0, 0, mem_largest_free_native);
static MN_NATIVE(threshold_fn, MN_QSTR_threshold, 0, 1, 0, threshold_native);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t gc_attrs[] = {
    MN_ATTR(MN_QSTR_enable, &enable_fn),
    MN_ATTR(MN_QSTR_collect, &collect_fn),
    MN_ATTR(MN_QSTR_disable, &disable_fn),
    MN_ATTR(MN_QSTR_mem_free, &mem_free_fn),
    MN_ATTR(MN_QSTR_isenabled, &isenabled_fn),
    MN_ATTR(MN_QSTR_mem_alloc, &mem_alloc_fn),
    MN_ATTR(MN_QSTR_threshold, &threshold_fn),
    MN_ATTR(MN_QSTR_mem_largest_free, &mem_largest_free_fn),
};
MN_ATTR_TABLE(gc_attr_table, gc_attrs);

const mn_rom_module_t mn_module_gc = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_gc),
    .attrs = &gc_attr_table,
};
