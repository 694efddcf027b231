// The sys module: a ROM module. What lives in the runtime (argv, path, modules) and what the
// port decides (platform) comes through its attribute hook; everything else is const data:
// maxsize is a big int in ROM, the version and the streams are ROM objects.
#include <string.h>

#include "lib/modules.h"
#include "obj/buffer.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/port.h"
#include "obj/str.h"
#include "obj/utf8.h"
#include "vm/import.h"
#include "vm/traceback.h"

// ---- The standard streams -------------------------------------------------------------------
//
// sys.stdin, sys.stdout and sys.stderr: [header][type][stream number], const objects of the
// layout the iterator tag gives (type in word 1). stdout writes where print does; stderr and
// stdin go through the port's hooks.

typedef struct stream {
    mn_word_t header;
    const mn_type_t *type;
    mn_value_t number; // small int: 0 stdin, 1 stdout, 2 stderr
} stream_t;

static const mn_type_t stream_type;

#define STREAM(variable, number)                                                                   \
    static const stream_t variable = {                                                             \
        MN_HEADER(MN_TAG_ITERATOR, sizeof(stream_t) / sizeof(mn_word_t)), &stream_type,            \
        MN_SMALL_INT(number)}
STREAM(sys_stdin, 0);
STREAM(sys_stdout, 1);
STREAM(sys_stderr, 2);

static int stream_number(mn_value_t stream) {
    return (int)mn_small_int_value(((const stream_t *)mn_object(stream))->number);
}

// Where a stream's text goes: false for stdin, or a port without standard error.
static bool stream_writer(const mn_runtime_t *runtime, int number, mn_write_fn *write,
                          void **context) {
    if (number == 1) {
        *write = runtime->write_out;
        *context = runtime->write_context;
        return true;
    }
    const mn_port_t *port = runtime->port;
    if (number == 2 && port != NULL && port->write_error != NULL) {
        *write = port->write_error;
        *context = port->context;
        return true;
    }
    return false;
}

// write(text): the number of characters written.
static mn_value_t stream_write_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                      mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &stream_type, "write")) {
        return MN_EXCEPTION;
    }
    if (!mn_is_qstr(args[1]) && !mn_is_tagged(args[1], MN_TAG_STR)) {
        return mn_raise(runtime, &mn_type_TypeError, "write() argument must be str, not %T",
                        args[1]);
    }
    mn_write_fn write = NULL;
    void *context = NULL;
    if (!stream_writer(runtime, stream_number(args[0]), &write, &context)) {
        return mn_raise(runtime, &mn_type_OSError, "not writable");
    }
    const mn_str_t *text = mn_qstr_str(args[1]);
    size_t length = mn_str_length(text);
    if (write != NULL) {
        write(context, text->bytes, length);
    }
    return mn_small_int((mn_small_int_t)mn_utf8_count(text->bytes, length));
}

static mn_value_t stream_flush_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                      mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &stream_type, "flush")) {
        return MN_EXCEPTION;
    }
    return MN_NONE;
}

// Reads standard input: a line (with its newline) when `line`, else everything; at most
// `limit` bytes. may trigger a gc
static mn_value_t read_input(mn_runtime_t *runtime, const mn_value_t *self, bool line,
                             size_t limit) {
    const mn_port_t *port = runtime->port;
    if (stream_number(*self) != 0) {
        return mn_raise(runtime, &mn_type_OSError, "not readable");
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    bool ok = mn_buffer_init(runtime, &buffer, slot, 64);
    char chunk[128];
    size_t got = 0;
    while (ok && got < limit && port != NULL && port->read_input != NULL) {
        size_t want = limit - got < sizeof chunk ? limit - got : sizeof chunk;
        size_t read = port->read_input(port->context, chunk, want, line);
        if (read == 0) {
            break;
        }
        ok = mn_buffer_append(runtime, &buffer, chunk, read);
        got += read;
        if (line && chunk[read - 1] == '\n') {
            break;
        }
    }
    mn_value_t result = ok ? mn_object_value(mn_buffer_finish_str(runtime, &buffer))
                           : mn_raise_memory_error(runtime);
    if (result != MN_EXCEPTION) {
        const mn_str_t *text = mn_object(result);
        size_t length = mn_str_length(text);
        for (size_t at = 0; at < length;) {
            uint32_t code_point;
            mn_utf8_error_t error;
            size_t error_length;
            size_t size =
                mn_utf8_check(text->bytes + at, length - at, &code_point, &error, &error_length);
            if (size == 0) {
                result = mn_raise(runtime, &mn_type_UnicodeError,
                                  "'utf-8' codec can't decode byte in position %z: %s", at,
                                  mn_utf8_error_reason(error));
                break;
            }
            at += size;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// The optional size argument of read() and readline(): no limit when absent, None or
// negative.
static bool size_argument(mn_runtime_t *runtime, const mn_value_t *args, size_t count,
                          size_t *limit) {
    *limit = (size_t)-1;
    if (count < 2 || args[1] == MN_NONE) {
        return true;
    }
    int64_t size;
    if (!mn_int_is(args[1])) {
        (void)mn_raise(runtime, &mn_type_TypeError, "argument should be integer or None, not '%T'",
                       args[1]);
        return false;
    }
    if (mn_int_to_int64(args[1], &size) && size >= 0) {
        *limit = (size_t)size;
    }
    return true;
}

static mn_value_t stream_read(mn_runtime_t *runtime, mn_value_t *args, size_t count, bool line,
                              const char *method) {
    size_t limit;
    if (!mn_native_check_self(runtime, args, &stream_type, method) ||
        !size_argument(runtime, args, count, &limit)) {
        return MN_EXCEPTION;
    }
    return read_input(runtime, &args[0], line, limit);
}

static mn_value_t stream_read_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords) {
    (void)keywords;
    return stream_read(runtime, args, count, false, "read");
}

static mn_value_t stream_readline_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                         mn_value_t keywords) {
    (void)keywords;
    return stream_read(runtime, args, count, true, "readline");
}

// <io.TextIOWrapper name='<stdout>'>
static bool stream_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                         bool repr) {
    (void)repr;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    const char *name = names[stream_number(*self)];
    return mn_buffer_append(runtime, out, "<io.TextIOWrapper name='", 24) &&
           mn_buffer_append(runtime, out, name, strlen(name)) &&
           mn_buffer_append(runtime, out, "'>", 2);
}

static MN_METHOD(stream_read_fn, MN_QSTR_read, 1, 2, 0, stream_read_native);
static MN_METHOD(stream_flush_fn, MN_QSTR_flush, 1, 1, 0, stream_flush_native);
static MN_METHOD(stream_write_fn, MN_QSTR_write, 2, 2, 0, stream_write_native);
static MN_METHOD(stream_readline_fn, MN_QSTR_readline, 1, 2, 0, stream_readline_native);

// Sorted by qstr id.
static const mn_attr_entry_t stream_attrs[] = {
    MN_ATTR(MN_QSTR_read, &stream_read_fn),
    MN_ATTR(MN_QSTR_flush, &stream_flush_fn),
    MN_ATTR(MN_QSTR_write, &stream_write_fn),
    MN_ATTR(MN_QSTR_readline, &stream_readline_fn),
};
MN_ATTR_TABLE(stream_attr_table, stream_attrs);

static const mn_type_t stream_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_TextIOWrapper,
    .base = &mn_type_object,
    .attrs = &stream_attr_table,
    .print = stream_print,
};

// ---- sys.implementation and the versions ----------------------------------------------------

#define ROM_TUPLE3(variable, a, b, c)                                                              \
    static const struct {                                                                          \
        mn_word_t header;                                                                          \
        mn_value_t items[3];                                                                       \
    } variable = {MN_HEADER(MN_TAG_TUPLE, 4), {MN_SMALL_INT(a), MN_SMALL_INT(b), MN_SMALL_INT(c)}}

ROM_TUPLE3(minnow_version, 0, 1, 0);
ROM_TUPLE3(python_version, 3, 4, 0); // the language level, as MicroPython reports it

// namespace(name='minnow', version=(0, 1, 0))
static bool implementation_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                                 bool repr) {
    (void)self;
    (void)repr;
    static const char text[] = "namespace(name='minnow', version=(0, 1, 0))";
    return mn_buffer_append(runtime, out, text, sizeof text - 1);
}

static const mn_attr_entry_t implementation_attrs[] = {
    MN_ATTR_VALUE(MN_QSTR_name, MN_QSTR_VALUE(MN_QSTR_minnow)),
    MN_ATTR(MN_QSTR_version, &minnow_version),
};
MN_ATTR_TABLE(implementation_attr_table, implementation_attrs);

static const mn_type_t implementation_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_SimpleNamespace,
    .base = &mn_type_object,
    .attrs = &implementation_attr_table,
    .print = implementation_print,
};

static const struct {
    mn_word_t header;
    const mn_type_t *type;
} implementation = {MN_HEADER(MN_TAG_ITERATOR, 2), &implementation_type};

// sys.maxsize: the largest ssize_t, a big int in ROM (it is beyond the small ints).
#if UINTPTR_MAX > 0xffffffffu
#define MAXSIZE_DIGITS 4
#define MAXSIZE_DIGIT_VALUES                                                                       \
    { 0xffff, 0xffff, 0xffff, 0x7fff }
#else
#define MAXSIZE_DIGITS 2
#define MAXSIZE_DIGIT_VALUES                                                                       \
    { 0xffff, 0x7fff }
#endif
static const struct {
    mn_word_t header;
    mn_word_t count_sign;
    mn_digit_t digits[MAXSIZE_DIGITS];
} maxsize = {
    MN_HEADER(MN_TAG_BIG_INT,
              (2 * sizeof(mn_word_t) + MAXSIZE_DIGITS * sizeof(mn_digit_t)) / sizeof(mn_word_t)),
    MAXSIZE_DIGITS << 1, MAXSIZE_DIGIT_VALUES};

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define BYTEORDER MN_QSTR_big
#else
#define BYTEORDER MN_QSTR_little
#endif

// ---- Functions ----------------------------------------------------------------------------

// exit([code]): raises SystemExit(code).
static mn_value_t exit_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    mn_value_t type = mn_object_value(&mn_type_SystemExit); // in ROM: never moves
    mn_value_t exception = mn_call(runtime, &type, args, count, MN_NULL);
    if (exception == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return mn_raise_object(runtime, exception);
}

// print_exception(exc, file=sys.stdout, /): the traceback as an uncaught exception prints it.
static mn_value_t print_exception_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                         mn_value_t keywords) {
    (void)keywords;
    if (!mn_is_tagged(args[0], MN_TAG_EXCEPTION)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "print_exception() argument must be an "
                        "exception, not %T",
                        args[0]);
    }
    mn_value_t file = count > 1 ? args[1] : mn_object_value(&sys_stdout);
    mn_write_fn write = NULL;
    void *context = NULL;
    if (!mn_is_tagged(file, MN_TAG_ITERATOR) ||
        ((const stream_t *)mn_object(file))->type != &stream_type ||
        !stream_writer(runtime, stream_number(file), &write, &context)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "print_exception() file must be sys.stdout "
                        "or sys.stderr");
    }
    if (write != NULL) {
        mn_traceback_print(runtime, &args[0], write, context);
    }
    return MN_NONE;
}

// getsizeof(object[, default]): the bytes the object occupies in the heap, its header
// included, plus the internal blocks it owns (a list's item array, a dict's entries and
// index, a bytearray's data: blocks of the vector and raw tags it refers to, which nothing
// else shares). Values that take no heap (small ints, interned names from ROM, None, the
// built-in functions and types) are 0 bytes. no allocation is done
static mn_value_t getsizeof_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count;
    (void)keywords;
    const mn_heap_t *heap = &runtime->heap;
    mn_value_t value = args[0];
    if (!mn_heap_contains(heap, value)) {
        return mn_small_int(0);
    }
    const mn_word_t *block = mn_object(value);
    size_t bytes = mn_block_bytes(block);
    size_t first, refs;
    (void)mn_block_ref_range(heap, block, &first, &refs);
    for (size_t i = first; i < first + refs; i++) {
        if (mn_heap_contains(heap, block[i])) {
            unsigned tag = mn_block_tag((const void *)block[i]);
            if (tag == MN_TAG_VECTOR || tag == MN_TAG_RAW) {
                bytes += mn_block_bytes((const void *)block[i]);
            }
        }
    }
    return mn_small_int((mn_small_int_t)bytes);
}

static MN_NATIVE(exit_fn, MN_QSTR_exit, 0, 1, 0, exit_native);
static MN_NATIVE(getsizeof_fn, MN_QSTR_getsizeof, 1, 2, 0, getsizeof_native);
static MN_NATIVE(print_exception_fn, MN_QSTR_print_exception, 1, 2, 0, print_exception_native);

// ---- The module ---------------------------------------------------------------------------

// The attributes that live in the runtime or come from the port.
static mn_value_t sys_attr(mn_runtime_t *runtime, mn_value_t name) {
    switch (mn_is_qstr(name) ? mn_qstr_id(name) : 0) {
    case MN_QSTR_argv:
        return mn_import_root_list(runtime, MN_ROOT_SYS_ARGV);
    case MN_QSTR_path:
        return mn_import_root_list(runtime, MN_ROOT_SYS_PATH);
    case MN_QSTR_modules:
        return mn_import_modules(runtime);
    case MN_QSTR_platform:
        return runtime->port != NULL ? runtime->port->platform : MN_NULL;
    default:
        return MN_NULL;
    }
}

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t sys_attrs[] = {
    MN_ATTR(MN_QSTR_exit, &exit_fn),
    MN_ATTR(MN_QSTR_stdin, &sys_stdin),
    MN_ATTR(MN_QSTR_stderr, &sys_stderr),
    MN_ATTR(MN_QSTR_stdout, &sys_stdout),
    MN_ATTR(MN_QSTR_maxsize, &maxsize),
    MN_ATTR_VALUE(MN_QSTR_version,
                  MN_QSTR_VALUE(MN_QSTR_3_dot_4_dot_0_semicolon__space_Minnow_space_0_dot_1_dot_0)),
    MN_ATTR_VALUE(MN_QSTR_byteorder, MN_QSTR_VALUE(BYTEORDER)),
    MN_ATTR(MN_QSTR_getsizeof, &getsizeof_fn),
    MN_ATTR(MN_QSTR_version_info, &python_version),
    MN_ATTR(MN_QSTR_implementation, &implementation),
    MN_ATTR(MN_QSTR_print_exception, &print_exception_fn),
};
MN_ATTR_TABLE(sys_attr_table, sys_attrs);

const mn_rom_module_t mn_module_sys = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_sys),
    .attrs = &sys_attr_table,
    .attr = sys_attr,
};
