// The os module, as MicroPython has it: listdir(), stat() (a 10-tuple), remove(), rename(),
// mkdir(), rmdir(), getcwd(), chdir(), urandom() and sep, over the port's file-system hooks
// (obj/port.h: mn_os_port_t). Errors are CPython's: the OSError subclass of the error number
// (FileNotFoundError, FileExistsError, ...) with "[Errno 2] No such file or directory: 'x'".
// (rename's error names only the source: os_error.c keeps one file name.)
#include <errno.h>
#include <string.h>

#include "lib/modules.h"
#include "obj/bytes.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/port.h"
#include "obj/sequence.h"
#include "obj/str.h"
#include "obj/text.h"
#include "obj/tuple.h"
#include "obj/utf8.h"

// Longest path passed to the port (a NUL-terminated copy on the C stack), as open() has it.
#define PATH_MAX_BYTES 256
#define CWD_MAX_BYTES 1024

static const mn_os_port_t *os_port(const mn_runtime_t *runtime) {
    return runtime->port != NULL ? runtime->port->os : NULL;
}

// The OSError subclass CPython raises for an error number.
static const mn_type_t *error_type(int error) {
    switch (error) {
    case ENOENT:
        return &mn_type_FileNotFoundError;
    case EEXIST:
        return &mn_type_FileExistsError;
    case EISDIR:
        return &mn_type_IsADirectoryError;
    case ENOTDIR:
        return &mn_type_NotADirectoryError;
    case EACCES:
    case EPERM:
        return &mn_type_PermissionError;
    case EAGAIN:
        return &mn_type_BlockingIOError;
    case EINTR:
        return &mn_type_InterruptedError;
    case ETIMEDOUT:
        return &mn_type_TimeoutError;
    default:
        return &mn_type_OSError;
    }
}

// Raises the OSError of a hook's -errno result, naming the file in *filename (or none when
// NULL). may trigger a gc
static mn_value_t raise_error(mn_runtime_t *runtime, int result, const mn_value_t *filename) {
    const mn_os_port_t *port = os_port(runtime);
    int error = -result;
    const char *text = port != NULL && port->error_text != NULL
                           ? port->error_text(port->context, error)
                           : "Function not implemented";
    return mn_raise_os_error(runtime, error_type(error), error, text, filename);
}

// The port has no such hook: OSError ENOSYS.
static mn_value_t raise_missing(mn_runtime_t *runtime) {
    return mn_raise_os_error(runtime, &mn_type_OSError, ENOSYS, "Function not implemented", NULL);
}

// A path argument (a str) copied, NUL-terminated, into `path`. TypeError for other types,
// ValueError "embedded null byte", OSError ENAMETOOLONG. may trigger a gc (only to raise)
static bool path_arg(mn_runtime_t *runtime, const char *function, const mn_value_t *value,
                     char path[PATH_MAX_BYTES + 1]) {
    if (!mn_is_qstr(*value) && !mn_is_tagged(*value, MN_TAG_STR)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "%s: path should be string, bytes or os.PathLike, not %T", function, *value);
        return false;
    }
    size_t length;
    const char *bytes = mn_text_data(*value, &length);
    if (memchr(bytes, '\0', length) != NULL) {
        (void)mn_raise(runtime, &mn_type_ValueError, "embedded null byte");
        return false;
    }
    if (length > PATH_MAX_BYTES) {
        (void)raise_error(runtime, -ENAMETOOLONG, value);
        return false;
    }
    memcpy(path, bytes, length);
    path[length] = '\0';
    return true;
}

// The hook's result for a one-path function: None, or the error naming the path.
static mn_value_t path_result(mn_runtime_t *runtime, int result, const mn_value_t *path) {
    return result < 0 ? raise_error(runtime, result, path) : MN_NONE;
}

// ---- Functions ------------------------------------------------------------------------------

typedef int (*path_hook_t)(void *context, const char *path);

// remove(), rmdir() and chdir(): one path, no result.
static mn_value_t path_function(mn_runtime_t *runtime, mn_value_t *args, const char *function,
                                size_t hook_offset) {
    const mn_os_port_t *port = os_port(runtime);
    char path[PATH_MAX_BYTES + 1];
    if (!path_arg(runtime, function, &args[0], path)) {
        return MN_EXCEPTION;
    }
    path_hook_t hook = NULL;
    if (port != NULL) {
        memcpy(&hook, (const char *)port + hook_offset, sizeof hook);
    }
    if (hook == NULL) {
        return raise_missing(runtime);
    }
    return path_result(runtime, hook(port->context, path), &args[0]);
}

static mn_value_t remove_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count, (void)keywords;
    return path_function(runtime, args, "remove", offsetof(mn_os_port_t, remove));
}

static mn_value_t rmdir_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    return path_function(runtime, args, "rmdir", offsetof(mn_os_port_t, rmdir));
}

static mn_value_t chdir_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    return path_function(runtime, args, "chdir", offsetof(mn_os_port_t, chdir));
}

// mkdir(path, mode=0o777)
static mn_value_t mkdir_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)keywords;
    const mn_os_port_t *port = os_port(runtime);
    char path[PATH_MAX_BYTES + 1];
    if (!path_arg(runtime, "mkdir", &args[0], path)) {
        return MN_EXCEPTION;
    }
    int64_t mode = 0777;
    if (count > 1) {
        if (!mn_int_is(args[1])) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "'%T' object cannot be interpreted as an integer", args[1]);
        }
        if (!mn_int_to_int64(args[1], &mode) || mode < INT32_MIN || mode > INT32_MAX) {
            return mn_raise(runtime, &mn_type_OverflowError,
                            "signed integer is greater than maximum");
        }
    }
    if (port == NULL || port->mkdir == NULL) {
        return raise_missing(runtime);
    }
    return path_result(runtime, port->mkdir(port->context, path, (int)mode), &args[0]);
}

// rename(src, dst)
static mn_value_t rename_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count, (void)keywords;
    const mn_os_port_t *port = os_port(runtime);
    char from[PATH_MAX_BYTES + 1], to[PATH_MAX_BYTES + 1];
    if (!path_arg(runtime, "rename", &args[0], from) ||
        !path_arg(runtime, "rename", &args[1], to)) {
        return MN_EXCEPTION;
    }
    if (port == NULL || port->rename == NULL) {
        return raise_missing(runtime);
    }
    return path_result(runtime, port->rename(port->context, from, to), &args[0]);
}

// stat(path): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime), all ints.
static mn_value_t stat_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count, (void)keywords;
    const mn_os_port_t *port = os_port(runtime);
    char path[PATH_MAX_BYTES + 1];
    if (!path_arg(runtime, "stat", &args[0], path)) {
        return MN_EXCEPTION;
    }
    if (port == NULL || port->stat == NULL) {
        return raise_missing(runtime);
    }
    int64_t fields[MN_STAT_FIELDS] = {0};
    int result = port->stat(port->context, path, fields);
    if (result < 0) {
        return raise_error(runtime, result, &args[0]);
    }
    mn_gc_ref_t ref;
    mn_value_t *tuple = mn_root_push(&runtime->heap, &ref);
    mn_tuple_t *made = mn_tuple_new(runtime, MN_STAT_FIELDS);
    mn_value_t value = made != NULL ? mn_object_value(made) : mn_raise_memory_error(runtime);
    if (made != NULL) {
        for (size_t i = 0; i < MN_STAT_FIELDS; i++) {
            made->items[i] = mn_small_int(0);
        }
        *tuple = value;
        for (size_t i = 0; i < MN_STAT_FIELDS && value != MN_EXCEPTION; i++) {
            mn_value_t item = mn_int_from_int64(runtime, fields[i]);
            if (item == MN_EXCEPTION) {
                value = MN_EXCEPTION;
            } else {
                ((mn_tuple_t *)mn_object(*tuple))->items[i] = item;
            }
        }
        if (value != MN_EXCEPTION) {
            value = *tuple;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return value;
}

// getcwd(): the current directory as a str.
static mn_value_t getcwd_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    const mn_os_port_t *port = os_port(runtime);
    if (port == NULL || port->getcwd == NULL) {
        return raise_missing(runtime);
    }
    char buffer[CWD_MAX_BYTES];
    intptr_t length = port->getcwd(port->context, buffer, sizeof buffer);
    if (length < 0) {
        return raise_error(runtime, (int)length, NULL);
    }
    mn_str_t *text = mn_str_new(runtime, buffer, (size_t)length);
    return text != NULL ? mn_object_value(text) : mn_raise_memory_error(runtime);
}

// listdir(path='.'): the entries' names, as a list of str.
typedef struct listing {
    mn_runtime_t *runtime;
    mn_value_t *list; // rooted
    bool failed;      // MemoryError raised
} listing_t;

static bool add_entry(void *context, const char *name) {
    listing_t *listing = context;
    size_t length = strlen(name);
    for (size_t at = 0; at < length;) {
        uint32_t code_point;
        mn_utf8_error_t error;
        size_t error_length;
        size_t size = mn_utf8_check(name + at, length - at, &code_point, &error, &error_length);
        if (size == 0) {
            return true; // a name that is not UTF-8 cannot be a str: left out
        }
        at += size;
    }
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&listing->runtime->heap, &ref);
    mn_str_t *text = mn_str_new(listing->runtime, name, length);
    *item = text != NULL ? mn_object_value(text) : MN_NULL;
    if (text == NULL) {
        (void)mn_raise_memory_error(listing->runtime);
        listing->failed = true;
    } else if (!mn_list_append(listing->runtime, listing->list, item)) {
        listing->failed = true;
    }
    mn_root_pop(&listing->runtime->heap, &ref);
    return !listing->failed;
}

static mn_value_t listdir_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)keywords;
    const mn_os_port_t *port = os_port(runtime);
    char path[PATH_MAX_BYTES + 1] = ".";
    if (count > 0 && !path_arg(runtime, "listdir", &args[0], path)) {
        return MN_EXCEPTION;
    }
    if (port == NULL || port->listdir == NULL) {
        return raise_missing(runtime);
    }
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_list_new(runtime, 0);
    mn_value_t result = *list;
    if (result != MN_EXCEPTION) {
        listing_t listing = {runtime, list, false};
        int status = port->listdir(port->context, path, add_entry, &listing);
        if (listing.failed) {
            result = MN_EXCEPTION;
        } else if (status < 0) {
            result = raise_error(runtime, status, count > 0 ? &args[0] : NULL);
        } else {
            result = *list;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// urandom(n): n random bytes from the port's source.
static mn_value_t urandom_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count, (void)keywords;
    const mn_os_port_t *port = os_port(runtime);
    if (!mn_int_is(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", args[0]);
    }
    int64_t length;
    if (!mn_int_to_int64(args[0], &length)) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "Python int too large to convert to C ssize_t");
    }
    if (length < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "negative argument not allowed");
    }
    if (port == NULL || port->urandom == NULL) {
        return raise_missing(runtime);
    }
    if ((uint64_t)length > MN_BLOCK_MAX_WORDS * MN_WORD_BYTES) {
        return mn_sequence_raise_too_long(runtime, (size_t)-1);
    }
    mn_bytes_t *bytes = mn_bytes_alloc(runtime, (size_t)length);
    if (bytes == NULL) {
        return mn_raise_memory_error(runtime);
    }
    if (length > 0) {
        int result = port->urandom(port->context, bytes->bytes, (size_t)length);
        if (result < 0) {
            return raise_error(runtime, result, NULL);
        }
    }
    return mn_object_value(bytes);
}

// ---- The module -----------------------------------------------------------------------------

static MN_NATIVE(stat_fn, MN_QSTR_stat, 1, 1, 0, stat_native);
static MN_NATIVE(chdir_fn, MN_QSTR_chdir, 1, 1, 0, chdir_native);
static MN_NATIVE(mkdir_fn, MN_QSTR_mkdir, 1, 2, 0, mkdir_native);
static MN_NATIVE(rmdir_fn, MN_QSTR_rmdir, 1, 1, 0, rmdir_native);
static MN_NATIVE(getcwd_fn, MN_QSTR_getcwd, 0, 0, 0, getcwd_native);
static MN_NATIVE(remove_fn, MN_QSTR_remove, 1, 1, 0, remove_native);
static MN_NATIVE(rename_fn, MN_QSTR_rename, 2, 2, 0, rename_native);
static MN_NATIVE(unlink_fn, MN_QSTR_unlink, 1, 1, 0, remove_native);
static MN_NATIVE(listdir_fn, MN_QSTR_listdir, 0, 1, 0, listdir_native);
static MN_NATIVE(urandom_fn, MN_QSTR_urandom, 1, 1, 0, urandom_native);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t os_attrs[] = {
    MN_ATTR_VALUE(MN_QSTR_sep, MN_QSTR_VALUE(MN_QSTR__slash_)),
    MN_ATTR(MN_QSTR_stat, &stat_fn),
    MN_ATTR(MN_QSTR_chdir, &chdir_fn),
    MN_ATTR(MN_QSTR_mkdir, &mkdir_fn),
    MN_ATTR(MN_QSTR_rmdir, &rmdir_fn),
    MN_ATTR(MN_QSTR_getcwd, &getcwd_fn),
    MN_ATTR(MN_QSTR_remove, &remove_fn),
    MN_ATTR(MN_QSTR_rename, &rename_fn),
    MN_ATTR(MN_QSTR_unlink, &unlink_fn),
    MN_ATTR(MN_QSTR_listdir, &listdir_fn),
    MN_ATTR(MN_QSTR_urandom, &urandom_fn),
};
MN_ATTR_TABLE(os_attr_table, os_attrs);

const mn_rom_module_t mn_module_os = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_os),
    .attrs = &os_attr_table,
};
