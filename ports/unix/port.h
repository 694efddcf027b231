// The unix port's hooks for the runtime (obj/port.h): files through stdio and stat(2),
// standard error and standard input.
#ifndef MN_UNIX_PORT_H
#define MN_UNIX_PORT_H

#include "obj/port.h"

extern const mn_port_t mn_unix_port;

// The whole of an open stream (a file, standard input) as a new str; MN_EXCEPTION
// (MemoryError) when the heap cannot hold it. may trigger a gc
MN_MUST_CHECK mn_value_t mn_unix_read_stream(mn_runtime_t *runtime, void *stream);

#endif
