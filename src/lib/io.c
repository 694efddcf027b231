// The io module: StringIO and BytesIO, in-memory streams, and open (the builtin).
//
// Both are [header][type][data][position][closed] (obj/iterator.h's layout): data a
// bytearray holding the stream's bytes (UTF-8 for a StringIO), position a small int counting
// bytes, closed True or False. A StringIO's sizes (read(n), readline(n), write's result)
// count characters as CPython's do; its tell() and seek() count bytes, which is the same for
// ASCII text (CPython documents tell()'s value as opaque).
#include <string.h>

#include "lib/builtins.h"
#include "lib/modules.h"
#include "obj/bytes.h"
#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/text.h"

static const mn_type_t string_io_type, bytes_io_type;

enum { DATA, POSITION, CLOSED, VALUE_COUNT };

static bool is_text(mn_value_t stream) {
    return mn_iterator_is(stream, &string_io_type);
}

static size_t position_of(mn_value_t stream) {
    return (size_t)mn_small_int_value(mn_iterator_values(stream)[POSITION]);
}

static void set_position(mn_value_t stream, size_t position) {
    mn_iterator_values(stream)[POSITION] = mn_small_int((mn_small_int_t)position);
}

static size_t length_of(mn_value_t stream) {
    return ((const mn_bytearray_t *)mn_object(mn_iterator_values(stream)[DATA]))->length;
}

static const char *data_of(mn_value_t stream) {
    const char *data = mn_bytearray_data(mn_iterator_values(stream)[DATA]);
    return data != NULL ? data : "";
}

// ValueError for an operation on a closed stream (CPython words the two types' apart).
static mn_value_t raise_closed(mn_runtime_t *runtime, mn_value_t stream) {
    return mn_raise(runtime, &mn_type_ValueError,
                    is_text(stream) ? "I/O operation on closed file"
                                    : "I/O operation on closed file.");
}

// Checks self's type and that the stream is open. may trigger a gc (only to raise)
static bool stream_check(mn_runtime_t *runtime, const mn_value_t *args, const char *method) {
    if (!mn_iterator_is(args[0], &string_io_type) && !mn_iterator_is(args[0], &bytes_io_type)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "descriptor '%s' requires a '_io.StringIO' object but received a '%T'",
                       method, args[0]);
        return false;
    }
    if (mn_iterator_values(args[0])[CLOSED] == MN_TRUE) {
        (void)raise_closed(runtime, args[0]);
        return false;
    }
    return true;
}

// StringIO(initial_value='') and BytesIO(initial_bytes=b'').
static mn_value_t stream_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                  size_t count, mn_value_t keywords) {
    bool text = type == &string_io_type;
    if (count > 1 || mn_native_keyword_count(keywords) > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "%s() takes at most 1 argument",
                        text ? "StringIO" : "BytesIO");
    }
    mn_value_t *initial = count > 0 ? &args[0] : NULL;
    if (mn_native_keyword_count(keywords) == 1) {
        initial = mn_native_keyword(args, count, keywords,
                                    text ? MN_QSTR_initial_value : MN_QSTR_initial_bytes);
        if (initial == NULL) {
            return mn_raise(runtime, &mn_type_TypeError, "%s() got an unexpected keyword argument",
                            text ? "StringIO" : "BytesIO");
        }
    }
    size_t length = 0;
    if (initial != NULL && *initial != MN_NONE) {
        mn_text_kind_t kind = mn_text_kind(*initial);
        if (text && kind != MN_TEXT_STR) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "initial_value must be str or None, not %T", *initial);
        }
        if (!text && kind != MN_TEXT_BYTES && kind != MN_TEXT_BYTEARRAY) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "a bytes-like object is required, not '%T'", *initial);
        }
        mn_text_data(*initial, &length);
    }
    mn_gc_ref_t refs[2];
    mn_value_t *stream = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *data = mn_root_push(&runtime->heap, &refs[1]);
    *stream = mn_iterator_new(runtime, type, VALUE_COUNT);
    bool ok = *stream != MN_EXCEPTION;
    if (ok) {
        *data = mn_bytearray_new(runtime, NULL, 0);
        ok = *data != MN_EXCEPTION &&
             (length == 0 || mn_bytearray_splice(runtime, data, 0, 0, initial, length));
    }
    if (ok) {
        mn_value_t *values = mn_iterator_values(*stream);
        values[DATA] = *data;
        values[POSITION] = mn_small_int(0);
        values[CLOSED] = MN_FALSE;
    }
    mn_value_t result = ok ? *stream : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// The byte `characters` characters after `from` (or the end), in a StringIO; bytes in a
// BytesIO. no allocation is done
static size_t advance(mn_value_t stream, size_t from, size_t characters) {
    size_t length = length_of(stream);
    if (!is_text(stream)) {
        return characters > length - from ? length : from + characters;
    }
    const unsigned char *data = (const unsigned char *)data_of(stream);
    size_t at = from;
    while (characters > 0 && at < length) {
        at++;
        while (at < length && (data[at] & 0xc0) == 0x80) {
            at++;
        }
        characters--;
    }
    return at;
}

// The bytes [from, to) of the stream as a str or bytes, the position moved to `to`.
// may trigger a gc
static mn_value_t take(mn_runtime_t *runtime, const mn_value_t *self, size_t from, size_t to) {
    mn_value_t data = mn_iterator_values(*self)[DATA];
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = data;
    mn_value_t result = mn_text_new_slice(runtime, is_text(*self) ? MN_TEXT_STR : MN_TEXT_BYTES,
                                          slot, from, to - from);
    mn_root_pop(&runtime->heap, &ref);
    if (result != MN_EXCEPTION) {
        set_position(*self, to);
    }
    return result;
}

// The optional size argument: -1 (everything) when absent or None.
static bool size_argument(mn_runtime_t *runtime, const mn_value_t *args, size_t count,
                          int64_t *size) {
    *size = -1;
    if (count < 2 || args[1] == MN_NONE) {
        return true;
    }
    if (!mn_int_is(args[1])) {
        (void)mn_raise(runtime, &mn_type_TypeError, "argument should be integer or None, not '%T'",
                       args[1]);
        return false;
    }
    if (!mn_int_to_int64(args[1], size)) {
        *size = -1;
    }
    return true;
}

// The end of the line that starts at `from` (after its '\n'), at most `limit` characters.
static size_t line_end(mn_value_t stream, size_t from, int64_t limit) {
    size_t length = length_of(stream);
    size_t end = limit < 0 ? length : advance(stream, from, (size_t)limit);
    const char *data = data_of(stream);
    const char *newline = memchr(data + from, '\n', end - from);
    return newline != NULL ? (size_t)(newline - data) + 1 : end;
}

static mn_value_t stream_read(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    int64_t size;
    if (!stream_check(runtime, args, "read") || !size_argument(runtime, args, count, &size)) {
        return MN_EXCEPTION;
    }
    size_t from = position_of(args[0]);
    size_t length = length_of(args[0]);
    if (from > length) {
        from = length;
    }
    size_t to = size < 0 ? length : advance(args[0], from, (size_t)size);
    return take(runtime, &args[0], from, to);
}

static mn_value_t stream_readline(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)keywords;
    int64_t size;
    if (!stream_check(runtime, args, "readline") || !size_argument(runtime, args, count, &size)) {
        return MN_EXCEPTION;
    }
    size_t from = position_of(args[0]);
    size_t length = length_of(args[0]);
    if (from > length) {
        from = length;
    }
    return take(runtime, &args[0], from, line_end(args[0], from, size));
}

// The next line for iteration, MN_NULL at the end.
static mn_value_t stream_next(mn_runtime_t *runtime, const mn_value_t *self) {
    if (mn_iterator_values(*self)[CLOSED] == MN_TRUE) {
        return raise_closed(runtime, *self);
    }
    size_t from = position_of(*self);
    if (from >= length_of(*self)) {
        return MN_NULL;
    }
    return take(runtime, self, from, line_end(*self, from, -1));
}

static mn_value_t stream_readlines(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!stream_check(runtime, args, "readlines")) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *list = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *line = mn_root_push(&runtime->heap, &refs[1]);
    *list = mn_list_new(runtime, 0);
    bool ok = *list != MN_EXCEPTION;
    while (ok) {
        *line = stream_next(runtime, &args[0]);
        if (*line == MN_NULL) {
            break;
        }
        ok = *line != MN_EXCEPTION && mn_list_append(runtime, list, line);
    }
    mn_value_t result = ok ? *list : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t stream_write(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!stream_check(runtime, args, "write")) {
        return MN_EXCEPTION;
    }
    bool text = is_text(args[0]);
    mn_text_kind_t kind = mn_text_kind(args[1]);
    if (text && kind != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "string argument expected, got '%T'", args[1]);
    }
    if (!text && kind != MN_TEXT_BYTES && kind != MN_TEXT_BYTEARRAY) {
        return mn_raise(runtime, &mn_type_TypeError, "a bytes-like object is required, not '%T'",
                        args[1]);
    }
    size_t inserted;
    mn_text_data(args[1], &inserted);
    size_t characters = mn_text_length(args[1]);
    size_t position = position_of(args[0]);
    size_t length = length_of(args[0]);
    // args[2] (beyond the arguments) is not ours: keep the data in a GC reference
    mn_gc_ref_t ref;
    mn_value_t *data = mn_root_push(&runtime->heap, &ref);
    *data = mn_iterator_values(args[0])[DATA];
    bool ok = true;
    if (position > length) { // a seek past the end: the gap is zeros
        ok = mn_bytearray_splice(runtime, data, length, 0, NULL, position - length);
        length = position;
    }
    if (ok && inserted > 0) {
        size_t replaced = length - position < inserted ? length - position : inserted;
        ok = mn_bytearray_splice(runtime, data, position, replaced, &args[1], inserted);
    }
    mn_root_pop(&runtime->heap, &ref);
    if (!ok) {
        return MN_EXCEPTION;
    }
    set_position(args[0], position + inserted);
    return mn_small_int((mn_small_int_t)characters);
}

static mn_value_t stream_getvalue(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!stream_check(runtime, args, "getvalue")) {
        return MN_EXCEPTION;
    }
    size_t position = position_of(args[0]);
    mn_value_t result = take(runtime, &args[0], 0, length_of(args[0]));
    set_position(args[0], position);
    return result;
}

// seek(pos, whence=0): whence 0 from the start, 1 from the position, 2 from the end.
static mn_value_t stream_seek(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    if (!stream_check(runtime, args, "seek")) {
        return MN_EXCEPTION;
    }
    int64_t offset;
    int64_t whence = 0;
    if (!mn_int_is(args[1]) || (count > 2 && !mn_int_is(args[2]))) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer",
                        mn_int_is(args[1]) ? args[2] : args[1]);
    }
    if (!mn_int_to_int64(args[1], &offset) || (count > 2 && !mn_int_to_int64(args[2], &whence))) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "Python int too large to convert to C ssize_t");
    }
    if (whence < 0 || whence > 2) {
        return mn_raise(runtime, &mn_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)",
                        (int)whence);
    }
    bool text = is_text(args[0]);
    if (text && whence != 0 && offset != 0) {
        return mn_raise(runtime, &mn_type_OSError, "Can't do nonzero cur-relative seeks");
    }
    int64_t base = whence == 0   ? 0
                   : whence == 1 ? (int64_t)position_of(args[0])
                                 : (int64_t)length_of(args[0]);
    int64_t target = base + offset;
    if (offset < 0 && whence == 0) {
        return mn_raise(runtime, &mn_type_ValueError, "negative seek value %d", (int)offset);
    }
    if (target < 0) {
        target = 0;
    }
    if (target > MN_SMALL_INT_MAX / 2) {
        return mn_raise(runtime, &mn_type_OverflowError, "seek position too large");
    }
    set_position(args[0], (size_t)target);
    return mn_small_int((mn_small_int_t)target);
}

static mn_value_t stream_tell(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!stream_check(runtime, args, "tell")) {
        return MN_EXCEPTION;
    }
    return mn_small_int((mn_small_int_t)position_of(args[0]));
}

static mn_value_t stream_flush(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return stream_check(runtime, args, "flush") ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t stream_close(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_iterator_is(args[0], &string_io_type) && !mn_iterator_is(args[0], &bytes_io_type)) {
        return mn_raise(runtime, &mn_type_TypeError, "descriptor 'close' requires a stream");
    }
    mn_iterator_values(args[0])[CLOSED] = MN_TRUE;
    return MN_NONE;
}

static mn_value_t stream_enter(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return stream_check(runtime, args, "__enter__") ? args[0] : MN_EXCEPTION;
}

static mn_value_t stream_exit(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    return stream_close(runtime, args, count, keywords);
}

// True for readable(), writable() and seekable() of an open stream.
static mn_value_t stream_true(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return stream_check(runtime, args, "readable") ? MN_TRUE : MN_EXCEPTION;
}

static mn_value_t stream_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    if (!is_text(*self) && mn_iterator_values(*self)[CLOSED] == MN_TRUE) {
        return raise_closed(runtime, *self);
    }
    return *self;
}

// The attribute `closed`.
static mn_value_t stream_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                              const mn_value_t *value) {
    (void)runtime;
    if (value == NULL && name == mn_qstr_value(MN_QSTR_closed)) {
        return mn_iterator_values(*self)[CLOSED];
    }
    return MN_NULL;
}

static MN_NATIVE(read_fn, MN_QSTR_read, 1, 2, 0, stream_read);
static MN_NATIVE(seek_fn, MN_QSTR_seek, 2, 3, 0, stream_seek);
static MN_NATIVE(tell_fn, MN_QSTR_tell, 1, 1, 0, stream_tell);
static MN_NATIVE(close_fn, MN_QSTR_close, 1, 1, 0, stream_close);
static MN_NATIVE(flush_fn, MN_QSTR_flush, 1, 1, 0, stream_flush);
static MN_NATIVE(write_fn, MN_QSTR_write, 2, 2, 0, stream_write);
static MN_NATIVE(getvalue_fn, MN_QSTR_getvalue, 1, 1, 0, stream_getvalue);
static MN_NATIVE(readable_fn, MN_QSTR_readable, 1, 1, 0, stream_true);
static MN_NATIVE(readline_fn, MN_QSTR_readline, 1, 2, 0, stream_readline);
static MN_NATIVE(seekable_fn, MN_QSTR_seekable, 1, 1, 0, stream_true);
static MN_NATIVE(writable_fn, MN_QSTR_writable, 1, 1, 0, stream_true);
static MN_NATIVE(__exit___fn, MN_QSTR___exit__, 1, 4, 0, stream_exit);
static MN_NATIVE(readlines_fn, MN_QSTR_readlines, 1, 2, 0, stream_readlines);
static MN_NATIVE(__enter___fn, MN_QSTR___enter__, 1, 1, 0, stream_enter);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t stream_attrs[] = {
    MN_ATTR(MN_QSTR_read, &read_fn),           MN_ATTR(MN_QSTR_seek, &seek_fn),
    MN_ATTR(MN_QSTR_tell, &tell_fn),           MN_ATTR(MN_QSTR_close, &close_fn),
    MN_ATTR(MN_QSTR_flush, &flush_fn),         MN_ATTR(MN_QSTR_write, &write_fn),
    MN_ATTR(MN_QSTR___exit__, &__exit___fn),   MN_ATTR(MN_QSTR_getvalue, &getvalue_fn),
    MN_ATTR(MN_QSTR_readable, &readable_fn),   MN_ATTR(MN_QSTR_readline, &readline_fn),
    MN_ATTR(MN_QSTR_seekable, &seekable_fn),   MN_ATTR(MN_QSTR_writable, &writable_fn),
    MN_ATTR(MN_QSTR___enter__, &__enter___fn), MN_ATTR(MN_QSTR_readlines, &readlines_fn),
};
MN_ATTR_TABLE(stream_attr_table, stream_attrs);

static const mn_type_t string_io_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_StringIO,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .attrs = &stream_attr_table,
    .make_new = stream_make_new,
    .iter = stream_iter,
    .next = stream_next,
    .attr = stream_attr,
};

static const mn_type_t bytes_io_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_BytesIO,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .attrs = &stream_attr_table,
    .make_new = stream_make_new,
    .iter = stream_iter,
    .next = stream_next,
    .attr = stream_attr,
};

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t io_attrs[] = {
    MN_ATTR(MN_QSTR_open, &mn_builtin_open),
    MN_ATTR(MN_QSTR_BytesIO, &bytes_io_type),
    MN_ATTR(MN_QSTR_StringIO, &string_io_type),
};
MN_ATTR_TABLE(io_attr_table, io_attrs);

const mn_rom_module_t mn_module_io = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_io),
    .attrs = &io_attr_table,
};
