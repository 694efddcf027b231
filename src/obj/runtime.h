// The runtime state: the heap and the root table. One per interpreter; every function that
// allocates or raises takes it first.
#ifndef MN_OBJ_RUNTIME_H
#define MN_OBJ_RUNTIME_H

#include <signal.h>

#include "obj/object.h"

// The root table: one contiguous block of values, registered with the collector.
typedef enum mn_root_index {
    MN_ROOT_QSTR_POOL,    // vector: [count][slot...], the set of strs interned at run time
    MN_ROOT_EXCEPTION,    // the pending exception, or MN_NULL
    MN_ROOT_MEMORY_ERROR, // the MemoryError instance, allocated at start-up
    MN_ROOT_HANDLED,      // the exception being handled (sys.exc_info()), or MN_NULL
    MN_ROOT_MODULES,      // dict: sys.modules
    MN_ROOT_SYS_PATH,     // list: sys.path
    MN_ROOT_SYS_ARGV,     // list: sys.argv
    MN_ROOT_REPR_STACK,   // list of the containers being printed (obj/repr.h), or MN_NULL
    MN_ROOT_COUNT
} mn_root_index_t;

// Nested repr/str, comparisons and hashes of containers at most: each level is a C
// recursion, so a list nested 100,000 deep raises RecursionError instead of overflowing the
// C stack. A board with a small C stack sets less.
#ifndef MN_MAX_C_DEPTH
#define MN_MAX_C_DEPTH 1000
#endif

typedef struct mn_runtime {
    mn_heap_t heap;
    mn_value_t roots[MN_ROOT_COUNT];
    size_t root_count;
    mn_value_t *frame;    // the running frame on the VM stack (vm/frame.h), or NULL
    unsigned call_depth;  // nested dispatch loops (calls from C into Python)
    unsigned frame_depth; // frames on the VM stack
    unsigned c_depth;     // nested repr/str, comparisons and hashes (C recursion)
    // The instruction budget an embedder (or the fuzzer) may set: when budget_on, each
    // backward jump and each Python call takes one tick from budget; with none left, each
    // raises RuntimeError "instruction budget exhausted" (so no loop can catch it and go on)
    // until the embedder sets more (vm/vm.h).
    bool budget_on;
    uint64_t budget;
    mn_write_fn write_out; // standard output (print); NULL discards
    void *write_context;
    const struct mn_port *port; // files, stderr, stdin, platform (obj/port.h); NULL: none
    uint8_t opt_level;          // micropython.opt_level(): 1 and above compile out asserts
    // Set by the port (a SIGINT handler, a console interrupt on a board) to interrupt the
    // running code: the VM raises KeyboardInterrupt at its next backward jump or call and
    // clears it.
    volatile sig_atomic_t interrupt_pending;
} mn_runtime_t;

// Sets up the runtime over `arena`. Returns false if the arena is too small to hold it.
// may trigger a gc
bool mn_runtime_init(mn_runtime_t *runtime, void *arena, size_t bytes);

#endif
