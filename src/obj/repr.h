// Printing containers that may contain themselves: a list holding itself prints as [[...]],
// as CPython prints it (Py_ReprEnter). The containers whose repr is being built are kept,
// innermost last, in a list in the root table (MN_ROOT_REPR_STACK), which exists only while
// some container is being printed; a container finding itself there prints "..." instead
// of recursing.
#ifndef MN_OBJ_REPR_H
#define MN_OBJ_REPR_H

#include "obj/buffer.h"

// 1 when the container in *self (rooted) is already being printed: print the ellipsis; 0
// when it was recorded: print it, then call mn_repr_leave; -1 with MemoryError raised.
// may trigger a gc
MN_MUST_CHECK int mn_repr_enter(mn_runtime_t *runtime, const mn_value_t *self);

// Forgets the innermost container recorded by mn_repr_enter. no allocation is done
void mn_repr_leave(mn_runtime_t *runtime);

// Appends C text to a repr being built, raising MemoryError when the buffer cannot grow
// (the print slots' contract: false means an exception is pending). may trigger a gc
MN_MUST_CHECK bool mn_repr_append(mn_runtime_t *runtime, mn_buffer_t *out, const char *text);

#endif
