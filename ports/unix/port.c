#define _POSIX_C_SOURCE 200809L // stat

#include "port.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

#include "file.h"
#include "obj/buffer.h"
#include "obj/exception.h"
#include "obj/qstr.h"
#include "os.h"

static mn_path_kind_t unix_stat(void *context, const char *path) {
    (void)context;
    struct stat info;
    if (stat(path, &info) != 0) {
        return MN_PATH_NONE;
    }
    return S_ISDIR(info.st_mode)   ? MN_PATH_DIRECTORY
           : S_ISREG(info.st_mode) ? MN_PATH_FILE
                                   : MN_PATH_NONE;
}

mn_value_t mn_unix_read_stream(mn_runtime_t *runtime, void *stream) {
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    bool ok = mn_buffer_init(runtime, &buffer, slot, 256);
    char chunk[4096];
    size_t got;
    while (ok && (got = fread(chunk, 1, sizeof chunk, stream)) > 0) {
        ok = mn_buffer_append(runtime, &buffer, chunk, got);
    }
    mn_value_t result = ok ? mn_object_value(mn_buffer_finish_str(runtime, &buffer))
                           : mn_raise_memory_error(runtime);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t unix_read_file(mn_runtime_t *runtime, void *context, const char *path) {
    (void)context;
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        return MN_NULL;
    }
    // A folder opens but does not read (EISDIR): it cannot be read, as a missing file.
    mn_value_t result = mn_unix_read_stream(runtime, file);
    int error = ferror(file) ? errno : 0;
    fclose(file);
    if (error != 0) {
        errno = error; // for the caller's message
        return MN_NULL;
    }
    return result;
}

static void unix_write_error(void *context, const char *text, size_t length) {
    (void)context;
    fflush(stdout); // what was printed before comes first
    fwrite(text, 1, length, stderr);
    fflush(stderr);
}

static size_t unix_read_input(void *context, char *into, size_t capacity, bool line) {
    (void)context;
    fflush(stdout); // a prompt written before is seen
    if (!line) {
        return fread(into, 1, capacity, stdin);
    }
    size_t count = 0;
    while (count < capacity) {
        int c = getchar();
        if (c == EOF) {
            break;
        }
        into[count++] = (char)c;
        if (c == '\n') {
            break;
        }
    }
    return count;
}

const mn_port_t mn_unix_port = {
#ifdef __APPLE__
    .platform = MN_QSTR_VALUE(MN_QSTR_darwin),
#else
    .platform = MN_QSTR_VALUE(MN_QSTR_linux),
#endif
    .stat = unix_stat,
    .read_file = unix_read_file,
    .write_error = unix_write_error,
    .read_input = unix_read_input,
    .clock_ns = mn_unix_clock_ns,
    .time_ns = mn_unix_time_ns,
    .utc_offset = mn_unix_utc_offset,
    .sleep_ns = mn_unix_sleep_ns,
    .files = &mn_unix_files,
    .os = &mn_unix_os,
};
