// File objects over the port's files (obj/file.h).
#include "obj/file.h"

#include <string.h>

#include "obj/bytes.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/qstr.h"
#include "obj/text.h"
#include "obj/utf8.h"

enum { FILE_HANDLE, FILE_NAME, FILE_MODE, FILE_FLAGS, FILE_WORDS };

#define FLAG_READ 1
#define FLAG_WRITE 2
#define FLAG_BINARY 4

// Bytes read from the port at a time.
#define CHUNK 256
// Longest path open() passes to the port (a copy on the C stack, NUL-terminated).
#define PATH_MAX_BYTES 256
#define ERRNO_NO_ENTRY 2       // ENOENT
#define ERRNO_NAME_TOO_LONG 36 // ENAMETOOLONG

// The port's files, or NULL on a port without them.
static const mn_file_port_t *file_port(const mn_runtime_t *runtime) {
    return runtime->port != NULL ? runtime->port->files : NULL;
}

static bool is_file(mn_value_t value) {
    return mn_iterator_is(value, &mn_type_text_io_wrapper) ||
           mn_iterator_is(value, &mn_type_buffered_reader) ||
           mn_iterator_is(value, &mn_type_buffered_writer) ||
           mn_iterator_is(value, &mn_type_buffered_random);
}

static unsigned flags_of(mn_value_t file) {
    return (unsigned)mn_small_int_value(mn_iterator_values(file)[FILE_FLAGS]);
}

static bool is_closed(mn_value_t file) {
    return mn_iterator_values(file)[FILE_HANDLE] == MN_NONE;
}

static intptr_t handle_of(mn_value_t file) {
    return mn_small_int_value(mn_iterator_values(file)[FILE_HANDLE]);
}

// OSError for a port error (-errno). may trigger a gc
static mn_value_t raise_port_error(mn_runtime_t *runtime, intptr_t error,
                                   const mn_value_t *filename) {
    const mn_file_port_t *port = file_port(runtime);
    int number = (int)-error;
    return mn_raise_os_error(
        runtime, number == ERRNO_NO_ENTRY ? &mn_type_FileNotFoundError : &mn_type_OSError, number,
        port->error_text(port->context, number), filename);
}

// Checks self and that the file is open and may do `need` (FLAG_READ, FLAG_WRITE or 0).
// `closed_message` is what a binary file says when closed (text files say "I/O operation on
// closed file."). may trigger a gc (only to raise)
static bool check_file(mn_runtime_t *runtime, const mn_value_t *args, const char *method,
                       unsigned need, const char *closed_message) {
    if (!is_file(args[0])) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "descriptor '%s' for '_io._IOBase' objects doesn't apply to a '%T' object",
                       method, args[0]);
        return false;
    }
    unsigned flags = flags_of(args[0]);
    bool binary = (flags & FLAG_BINARY) != 0;
    // A closed text file says so first; a binary file first checks what it may do.
    if (is_closed(args[0]) && !(binary && need != 0 && !(flags & need))) {
        (void)mn_raise(runtime, &mn_type_ValueError, "%s",
                       binary && closed_message != NULL ? closed_message
                                                        : "I/O operation on closed file.");
        return false;
    }
    if (need != 0 && !(flags & need)) {
        // CPython raises io.UnsupportedOperation, an OSError and a ValueError.
        const char *message = binary ? (need == FLAG_READ ? "read" : "write")
                                     : (need == FLAG_READ ? "not readable" : "not writable");
        (void)mn_raise(runtime, &mn_type_OSError, "%s", message);
        return false;
    }
    return true;
}

// ---- Reading ---------------------------------------------------------------------------------

// Appends at most `limit` bytes (SIZE_MAX: to the end), or with `line` up to and including
// the next '\n', to the buffer. may trigger a gc
static bool read_bytes(mn_runtime_t *runtime, const mn_value_t *file, mn_buffer_t *buffer,
                       size_t limit, bool line) {
    const mn_file_port_t *port = file_port(runtime);
    while (limit > 0) {
        size_t request = limit < CHUNK ? limit : CHUNK;
        size_t before = mn_buffer_length(buffer);
        char *room = mn_buffer_extend(runtime, buffer, request);
        if (room == NULL) {
            (void)mn_raise_memory_error(runtime);
            return false;
        }
        intptr_t got = port->read(port->context, handle_of(*file), room, request, line);
        mn_buffer_truncate(buffer, before + (got > 0 ? (size_t)got : 0));
        if (got < 0) {
            (void)raise_port_error(runtime, got, NULL);
            return false;
        }
        if (got == 0 || (line && mn_buffer_bytes(buffer)[before + (size_t)got - 1] == '\n')) {
            break;
        }
        if (limit != SIZE_MAX) {
            limit -= (size_t)got;
        }
    }
    return true;
}

// Appends `count` characters of UTF-8 (fewer at the end of the file): bytes are read until
// that many characters have started, then the last one's continuation bytes. may trigger a gc
static bool read_characters(mn_runtime_t *runtime, const mn_value_t *file, mn_buffer_t *buffer,
                            size_t count) {
    size_t characters = 0;
    while (characters < count) {
        size_t before = mn_buffer_length(buffer);
        if (!read_bytes(runtime, file, buffer, count - characters, false)) {
            return false;
        }
        size_t after = mn_buffer_length(buffer);
        if (after == before) {
            return true;
        }
        const char *bytes = mn_buffer_bytes(buffer);
        for (size_t i = before; i < after; i++) {
            characters += !mn_utf8_is_continuation(bytes[i]);
        }
    }
    // Complete the last character.
    size_t length = mn_buffer_length(buffer);
    const char *bytes = mn_buffer_bytes(buffer);
    size_t start = length;
    while (start > 0 && mn_utf8_is_continuation(bytes[start - 1])) {
        start--;
    }
    if (start == 0) {
        return true;
    }
    unsigned char lead = (unsigned char)bytes[start - 1];
    size_t expected = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    size_t have = length - (start - 1);
    return have >= expected || read_bytes(runtime, file, buffer, expected - have, false);
}

// The buffer's bytes as the file's kind of result: bytes, or a str decoded from UTF-8.
// may trigger a gc
static mn_value_t finish_read(mn_runtime_t *runtime, const mn_value_t *file, mn_buffer_t *buffer) {
    mn_value_t bytes = mn_text_finish(runtime, MN_TEXT_BYTES, buffer);
    if (bytes == MN_EXCEPTION || (flags_of(*file) & FLAG_BINARY)) {
        return bytes;
    }
    *buffer->block = bytes;
    return mn_bytes_decode(runtime, buffer->block, MN_NULL, MN_NULL);
}

// A size argument: -1 or None for everything. may trigger a gc (only to raise)
static bool size_argument(mn_runtime_t *runtime, const mn_value_t *args, size_t count,
                          size_t *size) {
    *size = SIZE_MAX;
    if (count < 2 || args[1] == MN_NONE) {
        return true;
    }
    int64_t n;
    if (!mn_int_is(args[1])) {
        (void)mn_raise(runtime, &mn_type_TypeError, "argument should be integer or None, not '%T'",
                       args[1]);
        return false;
    }
    if (mn_int_to_int64(args[1], &n) && n >= 0 && (uint64_t)n < SIZE_MAX) {
        *size = (size_t)n;
    }
    return true;
}

// read(size=-1) and readline(size=-1). may trigger a gc
static mn_value_t read_common(mn_runtime_t *runtime, mn_value_t *args, size_t count, bool line) {
    size_t size;
    if (!check_file(runtime, args, line ? "readline" : "read", FLAG_READ,
                    line ? "readline of closed file" : "read of closed file") ||
        !size_argument(runtime, args, count, &size)) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    bool text = !(flags_of(args[0]) & FLAG_BINARY);
    if (mn_text_buffer_init(runtime, &buffer, slot, 32)) {
        bool ok = text && !line && size != SIZE_MAX
                      ? read_characters(runtime, &args[0], &buffer, size)
                      : read_bytes(runtime, &args[0], &buffer, size, line);
        if (ok) {
            result = finish_read(runtime, &args[0], &buffer);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t file_read(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)keywords;
    return read_common(runtime, args, count, false);
}

static mn_value_t file_readline(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)keywords;
    return read_common(runtime, args, count, true);
}

static bool is_empty(mn_value_t text) {
    size_t length;
    (void)mn_text_data(text, &length);
    return length == 0;
}

// readlines(hint=-1): the remaining lines (the hint is not used).
static mn_value_t file_readlines(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_file(runtime, args, "readlines", FLAG_READ, NULL)) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *list = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *line = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = *list = mn_list_new(runtime, 0);
    while (result != MN_EXCEPTION) {
        result = *line = read_common(runtime, args, 1, true);
        if (result == MN_EXCEPTION) {
            break;
        }
        if (is_empty(*line)) {
            result = *list;
            break;
        }
        if (!mn_list_append(runtime, list, line)) {
            result = MN_EXCEPTION;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// The next slot: the next line, MN_NULL at the end.
static mn_value_t file_next(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = *self;
    mn_value_t line = read_common(runtime, slot, 1, true);
    mn_root_pop(&runtime->heap, &ref);
    if (line == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return is_empty(line) ? MN_NULL : line;
}

static mn_value_t file_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    if (is_closed(*self)) {
        return mn_raise(runtime, &mn_type_ValueError, "I/O operation on closed file.");
    }
    return *self;
}

// ---- Writing ---------------------------------------------------------------------------------

// Writes the str (text file) or bytes-like (binary file) in *data; *written gets its length in
// characters or bytes. may trigger a gc (only to raise)
static bool write_data(mn_runtime_t *runtime, const mn_value_t *file, const mn_value_t *data,
                       const char *method, size_t *written) {
    bool binary = (flags_of(*file) & FLAG_BINARY) != 0;
    mn_text_kind_t kind = mn_text_kind(*data);
    if (binary && kind != MN_TEXT_BYTES && kind != MN_TEXT_BYTEARRAY) {
        (void)mn_raise(runtime, &mn_type_TypeError, "a bytes-like object is required, not '%T'",
                       *data);
        return false;
    }
    if (!binary && kind != MN_TEXT_STR) {
        (void)mn_raise(runtime, &mn_type_TypeError, "%s() argument must be str, not %T", method,
                       *data);
        return false;
    }
    size_t length;
    const char *bytes = mn_text_data(*data, &length);
    const mn_file_port_t *port = file_port(runtime);
    int status = length == 0 ? 0 : port->write(port->context, handle_of(*file), bytes, length);
    if (status < 0) {
        (void)raise_port_error(runtime, status, NULL);
        return false;
    }
    *written = binary ? length : mn_text_length(*data);
    return true;
}

static mn_value_t file_write(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    size_t written;
    if (!check_file(runtime, args, "write", FLAG_WRITE, "write to closed file") ||
        !write_data(runtime, &args[0], &args[1], "write", &written)) {
        return MN_EXCEPTION;
    }
    return mn_small_int((mn_small_int_t)written);
}

// writelines(lines): each item written as it is.
static mn_value_t file_writelines(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_file(runtime, args, "writelines", FLAG_WRITE, NULL)) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = *iterator = mn_iter(runtime, &args[1]);
    while (result != MN_EXCEPTION) {
        result = *item = mn_next(runtime, iterator);
        if (result == MN_NULL) {
            result = MN_NONE;
            break;
        }
        size_t written;
        if (result != MN_EXCEPTION && (!check_file(runtime, args, "writelines", FLAG_WRITE, NULL) ||
                                       !write_data(runtime, &args[0], item, "write", &written))) {
            result = MN_EXCEPTION;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// ---- Closing and the rest ----------------------------------------------------------------------

static mn_value_t file_close(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!is_file(args[0])) {
        return check_file(runtime, args, "close", 0, NULL) ? MN_NONE : MN_EXCEPTION;
    }
    if (is_closed(args[0])) {
        return MN_NONE;
    }
    intptr_t handle = handle_of(args[0]);
    mn_iterator_values(args[0])[FILE_HANDLE] = MN_NONE;
    const mn_file_port_t *port = file_port(runtime);
    int status = port->close(port->context, handle);
    return status < 0 ? raise_port_error(runtime, status, NULL) : MN_NONE;
}

static mn_value_t file_flush(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return check_file(runtime, args, "flush", 0, NULL) ? MN_NONE : MN_EXCEPTION;
}

// readable() and writable().
static mn_value_t file_can(mn_runtime_t *runtime, const mn_value_t *args, const char *method,
                           unsigned flag) {
    if (!is_file(args[0])) {
        (void)check_file(runtime, args, method, 0, NULL); // raises the descriptor's TypeError
        return MN_EXCEPTION;
    }
    if (is_closed(args[0])) {
        return mn_raise(runtime, &mn_type_ValueError, "I/O operation on closed file");
    }
    return mn_bool(flags_of(args[0]) & flag);
}

static mn_value_t file_readable(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return file_can(runtime, args, "readable", FLAG_READ);
}

static mn_value_t file_writable(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return file_can(runtime, args, "writable", FLAG_WRITE);
}

static mn_value_t file_enter(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return check_file(runtime, args, "__enter__", 0, NULL) ? args[0] : MN_EXCEPTION;
}

// __exit__(type, value, traceback): closes the file; the exception, if any, goes on.
static mn_value_t file_exit(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    mn_value_t result = file_close(runtime, args, count, keywords);
    return result == MN_EXCEPTION ? result : MN_NONE;
}

// closed, name, mode.
static mn_value_t file_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                            const mn_value_t *value) {
    (void)runtime;
    if (value != NULL) {
        return MN_NULL;
    }
    if (name == mn_qstr_value(MN_QSTR_closed)) {
        return mn_bool(is_closed(*self));
    }
    if (name == mn_qstr_value(MN_QSTR_name)) {
        return mn_iterator_values(*self)[FILE_NAME];
    }
    if (name == mn_qstr_value(MN_QSTR_mode)) {
        return mn_iterator_values(*self)[FILE_MODE];
    }
    return MN_NULL;
}

// <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>, <_io.BufferedReader name='x'>
static bool file_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr;
    const mn_str_t *type_name = mn_type_name(mn_type_of(*self));
    bool text = !(flags_of(*self) & FLAG_BINARY);
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    *item = mn_iterator_values(*self)[FILE_NAME];
    bool ok = mn_buffer_append(runtime, out, "<_io.", 5) &&
              mn_buffer_append(runtime, out, type_name->bytes, mn_str_length(type_name)) &&
              mn_buffer_append(runtime, out, " name=", 6) && mn_print(runtime, out, item, true);
    if (ok && text) {
        *item = mn_iterator_values(*self)[FILE_MODE];
        ok = mn_buffer_append(runtime, out, " mode=", 6) && mn_print(runtime, out, item, true) &&
             mn_buffer_append(runtime, out, " encoding='UTF-8'", 17);
    }
    ok = ok && mn_buffer_append(runtime, out, ">", 1);
    mn_root_pop(&runtime->heap, &ref);
    return ok || (mn_exception_pending(runtime) == MN_NULL &&
                  mn_raise_memory_error(runtime) != MN_EXCEPTION);
}

static MN_METHOD(file_read_obj, MN_QSTR_read, 1, 2, 0, file_read);
static MN_METHOD(file_readline_obj, MN_QSTR_readline, 1, 2, 0, file_readline);
static MN_METHOD(file_readlines_obj, MN_QSTR_readlines, 1, 2, 0, file_readlines);
static MN_METHOD(file_write_obj, MN_QSTR_write, 2, 2, 0, file_write);
static MN_METHOD(file_writelines_obj, MN_QSTR_writelines, 2, 2, 0, file_writelines);
static MN_METHOD(file_close_obj, MN_QSTR_close, 1, 1, 0, file_close);
static MN_METHOD(file_flush_obj, MN_QSTR_flush, 1, 1, 0, file_flush);
static MN_METHOD(file_readable_obj, MN_QSTR_readable, 1, 1, 0, file_readable);
static MN_METHOD(file_writable_obj, MN_QSTR_writable, 1, 1, 0, file_writable);
static MN_METHOD(file_enter_obj, MN_QSTR___enter__, 1, 1, 0, file_enter);
static MN_METHOD(file_exit_obj, MN_QSTR___exit__, 1, 4, 0, file_exit);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t file_attrs[] = {
    MN_ATTR(MN_QSTR_read, &file_read_obj),
    MN_ATTR(MN_QSTR_close, &file_close_obj),
    MN_ATTR(MN_QSTR_flush, &file_flush_obj),
    MN_ATTR(MN_QSTR_write, &file_write_obj),
    MN_ATTR(MN_QSTR___exit__, &file_exit_obj),
    MN_ATTR(MN_QSTR_readable, &file_readable_obj),
    MN_ATTR(MN_QSTR_readline, &file_readline_obj),
    MN_ATTR(MN_QSTR_writable, &file_writable_obj),
    MN_ATTR(MN_QSTR___enter__, &file_enter_obj),
    MN_ATTR(MN_QSTR_readlines, &file_readlines_obj),
    MN_ATTR(MN_QSTR_writelines, &file_writelines_obj),
};
MN_ATTR_TABLE(file_attr_table, file_attrs);

#define FILE_TYPE(variable, qstr)                                                                  \
    const mn_type_t variable = {                                                                   \
        .header = MN_ROM_TYPE_HEADER,                                                              \
        .name = qstr,                                                                              \
        .flags = MN_TYPE_ITERATOR,                                                                 \
        .base = &mn_type_object,                                                                   \
        .attrs = &file_attr_table,                                                                 \
        .print = file_print,                                                                       \
        .iter = file_iter,                                                                         \
        .next = file_next,                                                                         \
        .attr = file_attr,                                                                         \
    }

FILE_TYPE(mn_type_text_io_wrapper, MN_QSTR_TextIOWrapper);
FILE_TYPE(mn_type_buffered_reader, MN_QSTR_BufferedReader);
FILE_TYPE(mn_type_buffered_writer, MN_QSTR_BufferedWriter);
FILE_TYPE(mn_type_buffered_random, MN_QSTR_BufferedRandom);

// ---- open() ----------------------------------------------------------------------------------

// The flags of a mode string and the C mode for the port, with CPython's checks.
static bool parse_mode(mn_runtime_t *runtime, const mn_value_t *mode, unsigned *flags,
                       char c_mode[5]) {
    size_t length;
    const char *text = mn_text_data(*mode, &length);
    bool seen[128] = {false};
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 128 || strchr("rwxabt+", c) == NULL || c == '\0' || seen[c]) {
            mn_value_t repr = mn_repr(runtime, mode);
            if (repr != MN_EXCEPTION) {
                (void)mn_raise(runtime, &mn_type_ValueError, "invalid mode: %q", repr);
            }
            return false;
        }
        seen[c] = true;
    }
    if (seen['t'] && seen['b']) {
        (void)mn_raise(runtime, &mn_type_ValueError, "can't have text and binary mode at once");
        return false;
    }
    int kinds = seen['x'] + seen['r'] + seen['w'] + seen['a'];
    if (kinds > 1) {
        (void)mn_raise(runtime, &mn_type_ValueError,
                       "must have exactly one of create/read/write/append mode");
        return false;
    }
    if (kinds == 0) {
        (void)mn_raise(runtime, &mn_type_ValueError,
                       "Must have exactly one of create/read/write/append mode and at most one "
                       "plus");
        return false;
    }
    char kind = seen['x'] ? 'x' : seen['r'] ? 'r' : seen['w'] ? 'w' : 'a';
    *flags = (kind == 'r' ? FLAG_READ : FLAG_WRITE) | (seen['+'] ? FLAG_READ | FLAG_WRITE : 0) |
             (seen['b'] ? FLAG_BINARY : 0);
    size_t n = 0;
    c_mode[n++] = kind == 'x' ? 'w' : kind;
    c_mode[n++] = 'b';
    if (seen['+']) {
        c_mode[n++] = '+';
    }
    if (kind == 'x') {
        c_mode[n++] = 'x';
    }
    c_mode[n] = '\0';
    return true;
}

// The mode attribute of a binary file: 'rb', 'wb', 'ab', 'xb', with '+' after.
static mn_value_t binary_mode(mn_runtime_t *runtime, const char *c_mode) {
    char mode[4];
    size_t n = 0;
    mode[n++] = strchr(c_mode, 'x') != NULL ? 'x' : c_mode[0];
    mode[n++] = 'b';
    if (strchr(c_mode, '+') != NULL) {
        mode[n++] = '+';
    }
    return mn_text_new(runtime, MN_TEXT_STR, mode, n);
}

mn_value_t mn_file_open(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                        mn_value_t keywords) {
    static const uint16_t names[] = {MN_QSTR_file,     MN_QSTR_mode,   MN_QSTR_buffering,
                                     MN_QSTR_encoding, MN_QSTR_errors, MN_QSTR_newline,
                                     MN_QSTR_closefd};
    if (!mn_native_check_keywords(runtime, "open", keywords, names, 7)) {
        return MN_EXCEPTION;
    }
    if (count > 7) {
        return mn_raise(runtime, &mn_type_TypeError, "open() takes at most 7 arguments (%z given)",
                        count);
    }
    mn_value_t *given[7];
    for (size_t i = 0; i < 7; i++) {
        given[i] = i < count ? &args[i] : mn_native_keyword(args, count, keywords, names[i]);
    }
    if (given[0] == NULL) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "open() missing required argument 'file' (pos 1)");
    }
    mn_value_t default_mode = mn_qstr_value(MN_QSTR_r);
    mn_value_t *mode = given[1] != NULL ? given[1] : &default_mode;
    if (mn_text_kind(*mode) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "open() argument 'mode' must be str, not %T",
                        *mode);
    }
    mn_text_kind_t path_kind = mn_text_kind(*given[0]);
    if (path_kind != MN_TEXT_STR && path_kind != MN_TEXT_BYTES) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "expected str, bytes or os.PathLike object, not %T", *given[0]);
    }
    unsigned flags;
    char c_mode[5];
    if (!parse_mode(runtime, mode, &flags, c_mode)) {
        return MN_EXCEPTION;
    }
    if ((flags & FLAG_BINARY) && given[3] != NULL && *given[3] != MN_NONE) {
        return mn_raise(runtime, &mn_type_ValueError,
                        "binary mode doesn't take an encoding argument");
    }
    const mn_file_port_t *port = file_port(runtime);
    if (port == NULL) {
        return mn_raise(runtime, &mn_type_OSError, "no files on this port");
    }
    size_t length;
    const char *bytes = mn_text_data(*given[0], &length);
    char path[PATH_MAX_BYTES + 1];
    if (memchr(bytes, '\0', length) != NULL) {
        return mn_raise(runtime, &mn_type_ValueError, "embedded null byte");
    }
    if (length > PATH_MAX_BYTES) {
        return raise_port_error(runtime, -ERRNO_NAME_TOO_LONG, given[0]);
    }
    memcpy(path, bytes, length);
    path[length] = '\0';
    // The object first, so that a MemoryError leaves no handle open.
    const mn_type_t *type = !(flags & FLAG_BINARY)      ? &mn_type_text_io_wrapper
                            : (flags & FLAG_READ) == 0  ? &mn_type_buffered_writer
                            : (flags & FLAG_WRITE) == 0 ? &mn_type_buffered_reader
                                                        : &mn_type_buffered_random;
    mn_gc_ref_t ref;
    mn_value_t *file = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = *file = mn_iterator_new(runtime, type, FILE_WORDS);
    if (result != MN_EXCEPTION) {
        mn_iterator_values(*file)[FILE_HANDLE] = MN_NONE;
        mn_iterator_values(*file)[FILE_NAME] = *given[0];
        mn_iterator_values(*file)[FILE_FLAGS] = mn_small_int((mn_small_int_t)flags);
        result = (flags & FLAG_BINARY) ? binary_mode(runtime, c_mode) : *mode;
    }
    if (result != MN_EXCEPTION) {
        mn_iterator_values(*file)[FILE_MODE] = result;
        intptr_t handle = port->open(port->context, path, c_mode);
        if (handle < 0) {
            result = raise_port_error(runtime, handle, given[0]);
        } else {
            mn_iterator_values(*file)[FILE_HANDLE] = mn_small_int(handle);
            result = *file;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}
