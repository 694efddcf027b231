// Printing an uncaught exception as Python does: the traceback, most recent call last, then
// "Type: message".
#ifndef MN_VM_TRACEBACK_H
#define MN_VM_TRACEBACK_H

#include "obj/protocol.h"

// Writes the traceback and the exception in *exception (rooted). may trigger a gc
void mn_traceback_print(mn_runtime_t *runtime, const mn_value_t *exception, mn_write_fn write,
                        void *context);

#endif
