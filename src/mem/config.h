// Configuration of the memory system. Every switch has its default here; a port or a build
// (make STRESS=1, the test builds) overrides it with -D.
#ifndef MN_MEM_CONFIG_H
#define MN_MEM_CONFIG_H

// Every allocation collects and moves every movable block (the GC-stress build).
#ifndef MN_GC_STRESS
#define MN_GC_STRESS 0
#endif

// Run the heap verifier after every collection and abort on a violation (test builds).
#ifndef MN_GC_VERIFY
#define MN_GC_VERIFY 0
#endif

// Allocation-failure injection (make INJECT=1): the heap counts its allocations and fails
// the one a test chose (mn_heap_fail_allocation), to prove every failure path.
#ifndef MN_ALLOC_FAIL_INJECTION
#define MN_ALLOC_FAIL_INJECTION 0
#endif

// Entries of the bounded mark stack; overflow falls back to rescanning the heap.
#ifndef MN_GC_MARK_STACK_MAX
#define MN_GC_MARK_STACK_MAX 64
#endif

// Root regions the runtime can register (root table, VM stack, ...).
#ifndef MN_GC_ROOT_REGIONS_MAX
#define MN_GC_ROOT_REGIONS_MAX 4
#endif

// Bytes of a heap-map cell (micropython.mem_info(1) shows one character per cell).
#ifndef MN_HEAPMAP_CELL_BYTES
#define MN_HEAPMAP_CELL_BYTES 16
#endif

#endif
