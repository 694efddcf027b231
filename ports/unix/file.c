#include "file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The open files: a handle is an index into this table, grown with realloc (the port is
// outside the runtime's arena). Files still open at exit are flushed by the C library.
static FILE **files;
static size_t file_count;

static intptr_t file_open(void *context, const char *path, const char *mode) {
    (void)context;
    size_t handle = 0;
    while (handle < file_count && files[handle] != NULL) {
        handle++;
    }
    if (handle == file_count) {
        size_t grown_count = file_count == 0 ? 8 : file_count * 2;
        FILE **grown = realloc(files, grown_count * sizeof *grown);
        if (grown == NULL) {
            return -ENOMEM;
        }
        memset(grown + file_count, 0, (grown_count - file_count) * sizeof *grown);
        files = grown;
        file_count = grown_count;
    }
    errno = 0;
    FILE *file = fopen(path, mode);
    if (file == NULL) {
        return errno != 0 ? -errno : -EIO;
    }
    files[handle] = file;
    return (intptr_t)handle;
}

static FILE *file_of(intptr_t handle) {
    return handle >= 0 && (size_t)handle < file_count ? files[handle] : NULL;
}

static intptr_t file_read(void *context, intptr_t handle, char *buffer, size_t capacity,
                          bool line) {
    (void)context;
    FILE *file = file_of(handle);
    if (file == NULL) {
        return -EBADF;
    }
    size_t count = 0;
    if (line) {
        int c = 0;
        while (count < capacity && c != '\n' && (c = getc(file)) != EOF) {
            buffer[count++] = (char)c;
        }
    } else {
        count = fread(buffer, 1, capacity, file);
    }
    if (count == 0 && ferror(file)) {
        clearerr(file);
        return -EIO;
    }
    return (intptr_t)count;
}

static int file_write(void *context, intptr_t handle, const char *bytes, size_t length) {
    (void)context;
    FILE *file = file_of(handle);
    if (file == NULL) {
        return -EBADF;
    }
    errno = 0;
    if (fwrite(bytes, 1, length, file) != length) {
        return errno != 0 ? -errno : -EIO;
    }
    return 0;
}

static int file_close(void *context, intptr_t handle) {
    (void)context;
    FILE *file = file_of(handle);
    if (file == NULL) {
        return -EBADF;
    }
    files[handle] = NULL;
    errno = 0;
    return fclose(file) == 0 ? 0 : errno != 0 ? -errno : -EIO;
}

static const char *file_error_text(void *context, int error) {
    (void)context;
    return strerror(error);
}

const mn_file_port_t mn_unix_files = {file_open,  file_read,       file_write,
                                      file_close, file_error_text, NULL};
