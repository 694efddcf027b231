// The virtual machine: frames on the VM stack and the dispatch loop.
//
// A frame is carved from the reserved top of the arena (mem.h), which never moves and whose
// every word the collector scans as a value:
//
//   [code][previous][offset][globals][locals][depth][blocks]  seven header words
//   [local slots: one per name of a function's code]
//   [blocks: two words each, kind | handler << 2 and the operand stack depth]
//   [operand stack: the code's maximum depth]
//
// previous, offset (of the next instruction), depth and blocks are small ints, so the frame
// is plain values. A Python call pushes a frame and continues in the same loop; only calls
// from C (a __repr__ from print, a sort key) nest a dispatch loop, and those are counted.
#ifndef MN_VM_VM_H
#define MN_VM_VM_H

#include "obj/protocol.h"

// Frames on the VM stack at most (CPython's default recursion limit).
#ifndef MN_MAX_FRAMES
#define MN_MAX_FRAMES 1000
#endif

// Dispatch loops nested by calls from C into Python at most.
#ifndef MN_MAX_CALL_DEPTH
#define MN_MAX_CALL_DEPTH 100
#endif

// Takes one tick of the instruction budget (runtime->budget, when budget_on). Returns false
// with RuntimeError "instruction budget exhausted" raised when none is left.
// may trigger a gc
MN_MUST_CHECK bool mn_vm_budget_tick(mn_runtime_t *runtime);

// Runs the code object in *code as a module body (or exec() source) with *globals as its
// globals and *locals as its locals (the same dict for a module). Returns the code's
// result, or MN_EXCEPTION. may trigger a gc
MN_MUST_CHECK mn_value_t mn_vm_run_code(mn_runtime_t *runtime, const mn_value_t *code,
                                        const mn_value_t *globals, const mn_value_t *locals);

// Calls the Python function in *function (native convention, obj/native.h) in a nested
// dispatch loop. may trigger a gc
MN_MUST_CHECK mn_value_t mn_vm_call_function(mn_runtime_t *runtime, const mn_value_t *function,
                                             mn_value_t *args, size_t count, mn_value_t keywords);

// The running Python function's code object and first argument, for super() without
// arguments; false when no function runs or it has no argument. no allocation is done
bool mn_vm_frame_self(mn_runtime_t *runtime, mn_value_t *code, mn_value_t *first);

// The globals dict of the running frame (globals()), MN_NULL outside any frame.
// no allocation is done
mn_value_t mn_vm_globals(const mn_runtime_t *runtime);

// locals() of the running frame: the namespace dict of a module or class body (or exec's),
// in a function a new dict of its bound local variables; MN_NULL outside any frame.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_vm_locals(mn_runtime_t *runtime);

// The builtins' attribute table (lib/builtins.c).
extern const mn_attr_table_t mn_builtins_table;

#endif
