// The micropython module: MicroPython's memory reports and controls (formats in
// docs/gc-and-micropython.md). A ROM module. The reports write straight to standard output
// from C buffers, so they allocate nothing and work while the heap is locked.
#include <stdarg.h>
#include <stdio.h>

#include "lib/modules.h"
#include "obj/exception.h"
#include "obj/int.h"
#include "obj/native.h"
#include "obj/qstr.h"

#define CELL_BYTES 16 // the unit of "max blk sz" and "max free sz", as MicroPython's blocks

static void write_text(mn_runtime_t *runtime, const char *text, size_t length) {
    if (runtime->write_out != NULL) {
        runtime->write_out(runtime->write_context, text, length);
    }
}

// printf to standard output through a C buffer. no allocation is done
__attribute__((format(printf, 2, 3))) static void write_format(mn_runtime_t *runtime,
                                                               const char *format, ...) {
    char text[160];
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(text, sizeof text, format, arguments);
    va_end(arguments);
    if (length > 0) {
        write_text(runtime, text, (size_t)length < sizeof text ? (size_t)length : sizeof text - 1);
    }
}

static bool int_argument(mn_runtime_t *runtime, mn_value_t value, int64_t *out) {
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    if (!mn_int_to_int64(value, out)) {
        (void)mn_raise(runtime, &mn_type_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// const(value): the value. The compiler folds `NAME = const(expression)` (compile.c); this
// is what a call that is not folded does.
static mn_value_t const_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)runtime;
    (void)count;
    (void)keywords;
    return args[0];
}

// mem_info([verbose]): the VM stack, the heap's totals, block counts and the largest blocks;
// with any argument, the heap map follows.
static mn_value_t mem_info_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)args;
    (void)keywords;
    mn_heap_stats_t stats;
    mn_heap_stats(&runtime->heap, &stats);
    write_format(runtime, "stack: %zu out of %zu\n", stats.reserved_bytes,
                 stats.reserved_bytes + stats.free_bytes);
    write_format(runtime, "GC: total: %zu, used: %zu, free: %zu\n", stats.total_bytes,
                 stats.allocated_bytes, stats.free_bytes);
    write_format(
        runtime, " No. of 1-blocks: %zu, 2-blocks: %zu, max blk sz: %zu, max free sz: %zu\n",
        stats.blocks_16, stats.blocks_32, (stats.largest_allocated + CELL_BYTES - 1) / CELL_BYTES,
        stats.largest_free / CELL_BYTES);
    if (count > 0) {
        mn_heapmap_print(&runtime->heap, runtime->write_out != NULL ? runtime->write_out : NULL,
                         runtime->write_context);
    }
    return MN_NONE;
}

// qstr_info([verbose]): the strings interned at run time (the ROM table costs no RAM); with
// any argument, each of them as Q(text).
static mn_value_t qstr_info_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)args;
    (void)keywords;
    mn_qstr_info_t info;
    mn_qstr_info(runtime, &info);
    mn_value_t pool_value = runtime->roots[MN_ROOT_QSTR_POOL];
    write_format(runtime,
                 "qstr pool: n_pool=%d, n_qstr=%zu, n_str_data_bytes=%zu, n_total_bytes=%zu\n",
                 pool_value != MN_NULL ? 1 : 0, info.pool_count, info.pool_data_bytes,
                 info.pool_total_bytes);
    if (count > 0 && pool_value != MN_NULL) {
        // The pool: [header][count][slot...], each slot an interned str or MN_NULL.
        const mn_value_t *pool = mn_object(pool_value);
        size_t slots = mn_block_words(pool) - 2;
        for (size_t i = 0; i < slots; i++) {
            if (pool[2 + i] != MN_NULL) {
                const mn_str_t *text = mn_object(pool[2 + i]);
                write_text(runtime, "Q(", 2);
                write_text(runtime, text->bytes, mn_str_length(text));
                write_text(runtime, ")\n", 2);
            }
        }
    }
    return MN_NONE;
}

// stack_use(): bytes of the VM stack in use (Python frames live there, in the arena).
static mn_value_t stack_use_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    const mn_heap_t *heap = &runtime->heap;
    size_t bytes = (size_t)(heap->arena_end - heap->end) * MN_WORD_BYTES;
    return mn_int_from_int64(runtime, (int64_t)bytes);
}

static mn_value_t heap_lock_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_heap_lock(&runtime->heap);
    return MN_NONE;
}

// heap_unlock(): the lock depth left (0: unlocked).
static mn_value_t heap_unlock_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_heap_unlock(&runtime->heap);
    return mn_small_int((mn_small_int_t)runtime->heap.lock_depth);
}

// heap_locked(): the lock depth (0: unlocked).
static mn_value_t heap_locked_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    return mn_small_int((mn_small_int_t)runtime->heap.lock_depth);
}

// alloc_emergency_exception_buf(size): accepted and ignored. Raising MemoryError allocates
// nothing here (its instance is made at start-up), and there are no interrupt handlers.
static mn_value_t alloc_emergency_exception_buf_native(mn_runtime_t *runtime, mn_value_t *args,
                                                       size_t count, mn_value_t keywords) {
    (void)count;
    (void)keywords;
    int64_t size;
    if (!int_argument(runtime, args[0], &size)) {
        return MN_EXCEPTION;
    }
    return MN_NONE;
}

// opt_level([level]): without an argument, the level; with one, sets it for code compiled
// afterwards (1 and above leave out assert statements).
static mn_value_t opt_level_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)keywords;
    if (count == 0) {
        return mn_small_int(runtime->opt_level);
    }
    int64_t level;
    if (!int_argument(runtime, args[0], &level)) {
        return MN_EXCEPTION;
    }
    runtime->opt_level = level < 0 ? 0 : level > 3 ? 3 : (uint8_t)level;
    return MN_NONE;
}

static MN_NATIVE(const_fn, MN_QSTR_const, 1, 1, 0, const_native);
static MN_NATIVE(mem_info_fn, MN_QSTR_mem_info, 0, 1, 0, mem_info_native);
static MN_NATIVE(qstr_info_fn, MN_QSTR_qstr_info, 0, 1, 0, qstr_info_native);
static MN_NATIVE(stack_use_fn, MN_QSTR_stack_use, 0, 0, 0, stack_use_native);
static MN_NATIVE(heap_lock_fn, MN_QSTR_heap_lock, 0, 0, 0, heap_lock_native);
static MN_NATIVE(heap_unlock_fn, MN_QSTR_heap_unlock, 0, 0, 0, heap_unlock_native);
static MN_NATIVE(heap_locked_fn, MN_QSTR_heap_locked, 0, 0, 0, heap_locked_native);
static MN_NATIVE(alloc_emergency_exception_buf_fn, MN_QSTR_alloc_emergency_exception_buf, 1, 1, 0,
                 alloc_emergency_exception_buf_native);
static MN_NATIVE(opt_level_fn, MN_QSTR_opt_level, 0, 1, 0, opt_level_native);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t micropython_attrs[] = {
    MN_ATTR(MN_QSTR_const, &const_fn),
    MN_ATTR(MN_QSTR_mem_info, &mem_info_fn),
    MN_ATTR(MN_QSTR_heap_lock, &heap_lock_fn),
    MN_ATTR(MN_QSTR_opt_level, &opt_level_fn),
    MN_ATTR(MN_QSTR_qstr_info, &qstr_info_fn),
    MN_ATTR(MN_QSTR_stack_use, &stack_use_fn),
    MN_ATTR(MN_QSTR_heap_locked, &heap_locked_fn),
    MN_ATTR(MN_QSTR_heap_unlock, &heap_unlock_fn),
    MN_ATTR(MN_QSTR_alloc_emergency_exception_buf, &alloc_emergency_exception_buf_fn),
};
MN_ATTR_TABLE(micropython_attr_table, micropython_attrs);

const mn_rom_module_t mn_module_micropython = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_micropython),
    .attrs = &micropython_attr_table,
};
