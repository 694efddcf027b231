// What the runtime asks of the port beyond the arena and standard output: the files that
// import reads, standard error and standard input (sys.stderr, sys.stdin), and the name of
// the platform (sys.platform). The port sets runtime->port to a const table of hooks; a
// hook left NULL (or no table at all) is a port without that facility: without files,
// only built-in modules can be imported. The object, VM and library layers reach files
// only through here, never through stdio.
#ifndef MN_VM_PORT_H
#define MN_VM_PORT_H

#include "obj/runtime.h"

typedef enum mn_path_kind {
    MN_PATH_NONE,      // nothing there, or nothing the port can read
    MN_PATH_FILE,      // a regular file
    MN_PATH_DIRECTORY, // a directory
} mn_path_kind_t;

typedef struct mn_port {
    // sys.platform: an interned str value ('linux' on the unix port), or MN_NULL.
    mn_value_t platform;
    // What `path` (NUL-terminated, in C memory) names. no allocation is done
    mn_path_kind_t (*stat)(void *context, const char *path);
    // The whole file at `path` as a new str (mn_str_t, flags 0), MN_NULL when it cannot be
    // read, MN_EXCEPTION (MemoryError raised) when the heap cannot hold it.
    // may trigger a gc
    mn_value_t (*read_file)(mn_runtime_t *runtime, void *context, const char *path);
    // Writes to standard error. no allocation is done
    void (*write_error)(void *context, const char *text, size_t length);
    // Reads at most `capacity` bytes of standard input into `into`: up to and including
    // the first newline when `line` is true. Returns the count, 0 at the end of input.
    // no allocation is done
    size_t (*read_input)(void *context, char *into, size_t capacity, bool line);
    void *context; // passed to every hook
} mn_port_t;

#endif
