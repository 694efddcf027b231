// What the runtime asks of the port beyond the arena and standard output: the files that
// import reads and open() opens, standard error and standard input (sys.stderr, sys.stdin), the
// name of the platform (sys.platform), the clocks and sleeping (time), and the file system and
// random bytes of the os module. The port sets runtime->port to a const table of hooks; a
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

// The clocks of the time module (mn_port_t.clock_ns).
typedef enum mn_clock {
    MN_CLOCK_MONOTONIC, // never goes back; counts from an arbitrary start
    MN_CLOCK_CPU,       // the finest counter the port has (time.ticks_cpu)
} mn_clock_t;

// os.stat()'s fields, in MicroPython's (and CPython's stat_result's) order.
enum {
    MN_STAT_MODE,
    MN_STAT_INO,
    MN_STAT_DEV,
    MN_STAT_NLINK,
    MN_STAT_UID,
    MN_STAT_GID,
    MN_STAT_SIZE,
    MN_STAT_ATIME,
    MN_STAT_MTIME,
    MN_STAT_CTIME,
    MN_STAT_FIELDS
};

// The file system and random bytes for the os module (lib/os.c). Paths are NUL-terminated C
// strings; a hook returns 0 (or a count) on success, -errno on failure, errno in the port's
// numbering (which the errno module's constants follow). A NULL hook raises OSError ENOSYS.
// None of them allocates.
typedef struct mn_os_port {
    int (*stat)(void *context, const char *path, int64_t fields[MN_STAT_FIELDS]);
    int (*remove)(void *context, const char *path);
    int (*rename)(void *context, const char *from, const char *to);
    int (*mkdir)(void *context, const char *path, int mode);
    int (*rmdir)(void *context, const char *path);
    int (*chdir)(void *context, const char *path);
    // The current directory, NUL-terminated, into `buffer`: its length, or -errno (-ERANGE
    // when `capacity` is too small).
    intptr_t (*getcwd)(void *context, char *buffer, size_t capacity);
    // Calls each(each_context, name) for every entry of the directory but "." and "..", until
    // it returns false. `each` may allocate in the heap (the port holds no heap reference).
    int (*listdir)(void *context, const char *path,
                   bool (*each)(void *each_context, const char *name), void *each_context);
    // `length` random bytes from the system's source.
    int (*urandom)(void *context, void *buffer, size_t length);
    // The text of an errno value ("No such file or directory").
    const char *(*error_text)(void *context, int error);
    void *context;
} mn_os_port_t;

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
    // Nanoseconds on `clock`. NULL: time.ticks_*() and monotonic() stay at 0.
    // no allocation is done
    uint64_t (*clock_ns)(void *context, mn_clock_t clock);
    // Nanoseconds since 1970-01-01 00:00:00 UTC. NULL: time.time() is 0. no allocation is done
    int64_t (*time_ns)(void *context);
    // The local time's offset east of UTC in seconds at `seconds` since the epoch (its
    // daylight saving time included). NULL: local time is UTC. no allocation is done
    int32_t (*utc_offset)(void *context, int64_t seconds);
    // Waits `nanoseconds`. NULL: time.sleep() returns at once. no allocation is done
    void (*sleep_ns)(void *context, uint64_t nanoseconds);
    void *context;               // passed to every hook above
    const mn_file_port_t *files; // open()'s files, or NULL: open() raises OSError
    const mn_os_port_t *os;      // the os module's hooks, or NULL: they raise OSError
} mn_port_t;

#endif
