// What the runtime asks of the port beyond the arena and standard output: the files that
// import reads and open() opens, standard error and standard input (sys.stderr, sys.stdin), and the
// name of the platform (sys.platform). The port sets runtime->port to a const table of hooks; a
// hook left NULL (or no table at all) is a port without that facility: without files,
// only built-in modules can be imported. The object, VM and library layers reach files
// only through here, never through stdio.
#ifndef MN_OBJ_PORT_H
#define MN_OBJ_PORT_H

#include "obj/runtime.h"

typedef enum mn_path_kind {
    MN_PATH_NONE,      // nothing there, or nothing the port can read
    MN_PATH_FILE,      // a regular file
    MN_PATH_DIRECTORY, // a directory
} mn_path_kind_t;

// Host files for open() (obj/file.h). Handles are small non-negative ints chosen by the port.
typedef struct mn_file_port {
    // Opens `path` (NUL-terminated) with a C stdio binary mode: "rb", "wb", "ab", "wbx", and
    // the same with '+'. Returns a handle >= 0, or -errno.
    intptr_t (*open)(void *context, const char *path, const char *mode);
    // Reads at most `capacity` bytes; with `line`, stops after a '\n'. Returns the number of
    // bytes read (0 at the end of the file), or -errno.
    intptr_t (*read)(void *context, intptr_t handle, char *buffer, size_t capacity, bool line);
    // Writes all `length` bytes. Returns 0, or -errno.
    int (*write)(void *context, intptr_t handle, const char *bytes, size_t length);
    // Flushes and closes the handle. Returns 0, or -errno.
    int (*close)(void *context, intptr_t handle);
    // The text of an errno value ("No such file or directory").
    const char *(*error_text)(void *context, int error);
    void *context;
} mn_file_port_t;

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
    void *context;               // passed to every hook above
    const mn_file_port_t *files; // open()'s files, or NULL: open() raises OSError
} mn_port_t;

#endif
