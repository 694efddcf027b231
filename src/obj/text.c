// The common ground of str, bytes and bytearray: views, results, arguments, searching.
#include "obj/text.h"

#include <string.h>

#include "obj/bytes.h"
#include "obj/int.h"
#include "obj/qstr.h"
#include "obj/utf8.h"

mn_text_kind_t mn_text_kind(mn_value_t value) {
    if (mn_is_qstr(value)) {
        return MN_TEXT_STR;
    }
    if (!mn_is_object(value)) {
        return MN_TEXT_NONE;
    }
    switch (mn_object_tag(value)) {
    case MN_TAG_STR:
        return MN_TEXT_STR;
    case MN_TAG_BYTES:
        return MN_TEXT_BYTES;
    case MN_TAG_BYTEARRAY:
        return MN_TEXT_BYTEARRAY;
    default:
        return MN_TEXT_NONE;
    }
}

const char *mn_text_data(mn_value_t value, size_t *length) {
    if (mn_is_tagged(value, MN_TAG_BYTEARRAY)) {
        *length = ((const mn_bytearray_t *)mn_object(value))->length;
        const char *data = mn_bytearray_data(value);
        return data != NULL ? data : "";
    }
    const mn_str_t *str = mn_qstr_str(value); // a str or a bytes: the same layout
    *length = mn_str_length(str);
    return str->bytes;
}

size_t mn_text_length(mn_value_t value) {
    size_t length;
    const char *data = mn_text_data(value, &length);
    if (mn_text_kind(value) != MN_TEXT_STR || mn_str_is_ascii(mn_qstr_str(value))) {
        return length;
    }
    return mn_utf8_count(data, length);
}

mn_value_t mn_text_hash(const char *bytes, size_t length) {
    return mn_small_int((mn_small_int_t)(mn_str_hash_bytes(bytes, length) & MN_SMALL_INT_MAX));
}

// ---- Making values ---------------------------------------------------------------------------

mn_value_t mn_text_raise_too_big(mn_runtime_t *runtime, size_t bytes) {
    runtime->heap.last_failure = MN_ALLOC_NO_MEMORY;
    runtime->heap.last_failure_bytes = bytes;
    return mn_raise_memory_error(runtime);
}

// The interned str with these bytes when they are empty or one character, else MN_NULL.
// no allocation is done
static mn_value_t interned_character(const mn_runtime_t *runtime, const char *bytes,
                                     size_t length) {
    if (length == 0) {
        return mn_qstr_value(MN_QSTR__empty_);
    }
    uint32_t code_point;
    if (length > 4 || mn_utf8_decode(bytes, length, &code_point) != length) {
        return MN_NULL;
    }
    return mn_qstr_find(runtime, bytes, length);
}

mn_value_t mn_text_new(mn_runtime_t *runtime, mn_text_kind_t kind, const char *bytes,
                       size_t length) {
    if (kind == MN_TEXT_BYTEARRAY) {
        return mn_bytearray_new(runtime, bytes, length);
    }
    void *object;
    if (kind == MN_TEXT_STR) {
        mn_value_t interned = interned_character(runtime, bytes, length);
        if (interned != MN_NULL) {
            return interned;
        }
        object = mn_str_new(runtime, bytes, length);
    } else {
        mn_bytes_t *result = mn_bytes_alloc(runtime, length);
        if (result != NULL && length > 0) {
            memcpy(result->bytes, bytes, length);
        }
        object = result;
    }
    return object != NULL ? mn_object_value(object) : mn_raise_memory_error(runtime);
}

mn_value_t mn_text_new_slice(mn_runtime_t *runtime, mn_text_kind_t kind, const mn_value_t *source,
                             size_t offset, size_t length) {
    size_t source_length;
    const char *data = mn_text_data(*source, &source_length);
    mn_text_kind_t source_kind = mn_text_kind(*source);
    if (kind == source_kind && kind != MN_TEXT_BYTEARRAY && offset == 0 &&
        length == source_length) {
        return *source; // immutable: the same object
    }
    if (length == 0) {
        return mn_text_new(runtime, kind, "", 0); // the ROM empty str or bytes
    }
    if (kind == MN_TEXT_STR) {
        mn_value_t interned = interned_character(runtime, data + offset, length);
        if (interned != MN_NULL) {
            return interned;
        }
    }
    if (!mn_heap_contains(&runtime->heap, *source)) {
        return mn_text_new(runtime, kind, data + offset, length); // ROM: it cannot move
    }
    if (kind == MN_TEXT_BYTEARRAY) {
        mn_value_t result = mn_bytearray_new(runtime, NULL, length);
        if (result != MN_EXCEPTION && length > 0) {
            data = mn_text_data(*source, &source_length); // re-read after the allocation
            memcpy(mn_bytearray_data(result), data + offset, length);
        }
        return result;
    }
    mn_str_t *result = kind == MN_TEXT_STR
                           ? mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(length))
                           : mn_bytes_alloc(runtime, length);
    if (result == NULL) {
        return mn_raise_memory_error(runtime);
    }
    data = mn_text_data(*source, &source_length);
    memcpy(result->bytes, data + offset, length);
    bool ascii = kind == MN_TEXT_STR; // bytes have no flags
    for (size_t i = 0; i < length && ascii; i++) {
        ascii = (unsigned char)result->bytes[i] < 0x80;
    }
    result->length_flags = (mn_word_t)length << 2 | (ascii ? MN_STR_ASCII : 0);
    return mn_object_value(result);
}

bool mn_text_buffer_init(mn_runtime_t *runtime, mn_buffer_t *buffer, mn_value_t *slot,
                         size_t capacity) {
    if (capacity > (size_t)(runtime->heap.arena_end - runtime->heap.start) * MN_WORD_BYTES) {
        capacity = 16; // a guess beyond the heap: let the appends find out
    }
    if (!mn_buffer_init(runtime, buffer, slot, capacity)) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    return true;
}

// Raises MemoryError for a buffer that could not grow by `extra` bytes: the heap's failure,
// or a request the buffer refused without asking (beyond any heap). Returns false.
// no allocation is done
static bool buffer_failed(mn_runtime_t *runtime, const mn_buffer_t *buffer, size_t extra) {
    if (runtime->heap.last_failure == MN_ALLOC_OK) {
        size_t length = mn_buffer_length(buffer);
        size_t needed = mn_str_bytes_for(length) + extra;
        (void)mn_text_raise_too_big(runtime, needed < extra ? SIZE_MAX : needed);
        return false;
    }
    (void)mn_raise_memory_error(runtime);
    return false;
}

bool mn_text_append(mn_runtime_t *runtime, mn_buffer_t *buffer, const char *bytes, size_t length) {
    runtime->heap.last_failure = MN_ALLOC_OK;
    return mn_buffer_append(runtime, buffer, bytes, length) ||
           buffer_failed(runtime, buffer, length);
}

char *mn_text_extend(mn_runtime_t *runtime, mn_buffer_t *buffer, size_t length) {
    runtime->heap.last_failure = MN_ALLOC_OK;
    char *room = mn_buffer_extend(runtime, buffer, length);
    if (room == NULL) {
        (void)buffer_failed(runtime, buffer, length);
    }
    return room;
}

bool mn_text_append_slice(mn_runtime_t *runtime, mn_buffer_t *buffer, const mn_value_t *source,
                          size_t offset, size_t length) {
    if (length == 0) {
        return true;
    }
    char *room = mn_text_extend(runtime, buffer, length);
    if (room == NULL) {
        return false;
    }
    size_t source_length;
    const char *data = mn_text_data(*source, &source_length); // re-read after the allocation
    memmove(room, data + offset, length);
    return true;
}

mn_value_t mn_text_finish(mn_runtime_t *runtime, mn_text_kind_t kind, mn_buffer_t *buffer) {
    if (kind == MN_TEXT_BYTEARRAY) {
        return mn_bytearray_adopt(runtime, buffer->block);
    }
    mn_str_t *block = mn_buffer_finish_str(runtime, buffer);
    size_t length = mn_str_length(block);
    if (kind == MN_TEXT_STR) {
        mn_value_t interned = interned_character(runtime, block->bytes, length);
        return interned != MN_NULL ? interned : mn_object_value(block);
    }
    if (length == 0) {
        return mn_object_value(&mn_bytes_empty);
    }
    // The str block becomes a bytes: the same layout under another tag, without flags.
    block->header =
        (block->header & ~MN_HEADER_TAG_MASK) | ((mn_word_t)MN_TAG_BYTES << MN_HEADER_TAG_SHIFT);
    block->length_flags = (mn_word_t)length << 2;
    return mn_object_value(block);
}

mn_value_t mn_text_concat(mn_runtime_t *runtime, mn_text_kind_t kind, const mn_value_t *left,
                          const mn_value_t *right) {
    size_t left_length;
    size_t right_length;
    mn_text_data(*left, &left_length);
    mn_text_data(*right, &right_length);
    if (kind != MN_TEXT_BYTEARRAY) {
        if (right_length == 0 && mn_text_kind(*left) == kind) {
            return *left; // immutable: the same object
        }
        if (left_length == 0 && mn_text_kind(*right) == kind) {
            return *right;
        }
    }
    if (left_length + right_length < left_length) {
        return mn_text_raise_too_big(runtime, SIZE_MAX);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, left_length + right_length) &&
        mn_text_append_slice(runtime, &buffer, left, 0, left_length) &&
        mn_text_append_slice(runtime, &buffer, right, 0, right_length)) {
        result = mn_text_finish(runtime, kind, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_text_repeat(mn_runtime_t *runtime, const mn_value_t *text, mn_value_t count) {
    mn_text_kind_t kind = mn_text_kind(*text);
    int64_t n;
    if (!mn_text_int_argument(runtime, count, &n)) {
        return MN_EXCEPTION;
    }
    size_t length;
    mn_text_data(*text, &length);
    if (n <= 0 || length == 0) {
        return mn_text_new(runtime, kind, "", 0);
    }
    if (n == 1 && kind != MN_TEXT_BYTEARRAY) {
        return *text;
    }
    if ((uint64_t)length > (uint64_t)INT64_MAX / (uint64_t)n) {
        if (kind == MN_TEXT_BYTEARRAY) {
            return mn_text_raise_too_big(runtime, SIZE_MAX);
        }
        return mn_raise(runtime, &mn_type_OverflowError,
                        kind == MN_TEXT_STR ? "repeated string is too long"
                                            : "repeated bytes are too long");
    }
    uint64_t total = (uint64_t)length * (uint64_t)n;
    if (total > SIZE_MAX / 2) {
        return mn_text_raise_too_big(runtime, SIZE_MAX);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room;
    if (mn_text_buffer_init(runtime, &buffer, slot, (size_t)total) &&
        (room = mn_text_extend(runtime, &buffer, (size_t)total)) != NULL) {
        const char *data = mn_text_data(*text, &length); // re-read after the allocation
        memcpy(room, data, length);
        for (size_t done = length; done < total;) { // doubling copies
            size_t step = done < total - done ? done : (size_t)total - done;
            memcpy(room + done, room, step);
            done += step;
        }
        result = mn_text_finish(runtime, kind, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

int mn_text_compare(mn_value_t left, mn_value_t right) {
    size_t left_length;
    size_t right_length;
    const char *left_data = mn_text_data(left, &left_length);
    const char *right_data = mn_text_data(right, &right_length);
    size_t common = left_length < right_length ? left_length : right_length;
    int order = common > 0 ? memcmp(left_data, right_data, common) : 0;
    if (order != 0) {
        return order;
    }
    return (left_length > right_length) - (left_length < right_length);
}

// ---- Arguments -------------------------------------------------------------------------------

bool mn_text_int_argument(mn_runtime_t *runtime, mn_value_t value, int64_t *out) {
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    if (!mn_int_to_int64(value, out)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       "cannot fit 'int' into an index-sized integer");
        return false;
    }
    return true;
}

bool mn_text_slice_bound(mn_runtime_t *runtime, mn_value_t value, int64_t *out) {
    if (value == MN_NULL || value == MN_NONE) {
        return true;
    }
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    if (!mn_int_to_int64(value, out)) {
        *out = mn_int_compare(value, mn_small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
    }
    return true;
}

// may trigger a gc (only to raise)
static bool find_argument(mn_runtime_t *runtime, const char *function, mn_value_t *args,
                          size_t count, mn_value_t keywords, size_t index, size_t shown,
                          unsigned name, mn_value_t **slot) {
    mn_value_t *by_name = mn_native_keyword(args, count, keywords, name);
    if (index < count) {
        if (by_name != NULL) {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "argument for %s() given by name ('%q') and position (%z)", function,
                           mn_qstr_value(name), shown);
            return false;
        }
        *slot = &args[index];
    } else {
        *slot = by_name;
    }
    return true;
}

bool mn_text_argument(mn_runtime_t *runtime, const char *function, mn_value_t *args, size_t count,
                      mn_value_t keywords, size_t position, unsigned name, mn_value_t **slot) {
    return find_argument(runtime, function, args, count, keywords, position, position, name, slot);
}

bool mn_text_constructor_argument(mn_runtime_t *runtime, const char *function, mn_value_t *args,
                                  size_t count, mn_value_t keywords, size_t index, unsigned name,
                                  mn_value_t **slot) {
    return find_argument(runtime, function, args, count, keywords, index, index + 1, name, slot);
}

bool mn_text_byte_value(mn_runtime_t *runtime, mn_value_t value, unsigned char *out) {
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    int64_t n;
    if (!mn_int_to_int64(value, &n) || n < 0 || n > 255) {
        (void)mn_raise(runtime, &mn_type_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (unsigned char)n;
    return true;
}

const char *mn_text_argument_type(mn_value_t value) {
    return value == MN_NONE ? "None" : mn_type_name(mn_type_of(value))->bytes;
}

mn_value_t mn_text_raise_need_bytes(mn_runtime_t *runtime, mn_value_t value) {
    return mn_raise(runtime, &mn_type_TypeError, "a bytes-like object is required, not '%T'",
                    value);
}

// The slice layout [header][start][stop][step] of obj/slice.h, read directly until that
// file exposes its own adjustment.
bool mn_text_slice_indices(mn_runtime_t *runtime, mn_value_t slice, size_t length, int64_t *start,
                           int64_t *step, size_t *count) {
    const mn_value_t *fields = (const mn_value_t *)mn_object(slice) + 1;
    int64_t stop;
    *step = 1;
    if (!mn_text_slice_bound(runtime, fields[2], step)) {
        return false;
    }
    if (*step == 0) {
        (void)mn_raise(runtime, &mn_type_ValueError, "slice step cannot be zero");
        return false;
    }
    if (*step < -INT64_MAX) {
        *step = -INT64_MAX; // so that -step exists, as CPython does
    }
    int64_t n = (int64_t)length;
    *start = *step < 0 ? INT64_MAX : 0;
    stop = *step < 0 ? INT64_MIN : INT64_MAX;
    if (!mn_text_slice_bound(runtime, fields[0], start) ||
        !mn_text_slice_bound(runtime, fields[1], &stop)) {
        return false;
    }
    // CPython's PySlice_AdjustIndices.
    if (*start < 0) {
        *start = *start < -n ? (*step < 0 ? -1 : 0) : *start + n;
    } else if (*start >= n) {
        *start = *step < 0 ? n - 1 : n;
    }
    if (stop < 0) {
        stop = stop < -n ? (*step < 0 ? -1 : 0) : stop + n;
    } else if (stop >= n) {
        stop = *step < 0 ? n - 1 : n;
    }
    if (*step < 0) {
        *count = stop < *start ? (size_t)((*start - stop - 1) / (-*step) + 1) : 0;
    } else {
        *count = *start < stop ? (size_t)((stop - *start - 1) / *step + 1) : 0;
    }
    return true;
}

// ---- Slices and iteration --------------------------------------------------------------------

mn_value_t mn_text_get_slice(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t slice) {
    mn_text_kind_t kind = mn_text_kind(*self);
    size_t length;
    const char *data = mn_text_data(*self, &length);
    bool by_byte = kind != MN_TEXT_STR || mn_str_is_ascii(mn_qstr_str(*self));
    int64_t start;
    int64_t step;
    size_t count;
    if (!mn_text_slice_indices(runtime, slice, by_byte ? length : mn_utf8_count(data, length),
                               &start, &step, &count)) {
        return MN_EXCEPTION;
    }
    size_t offset = by_byte ? (size_t)start : mn_utf8_offset(data, length, (size_t)start);
    if (count == 0) {
        return mn_text_new(runtime, kind, "", 0);
    }
    if (step == 1) {
        size_t end = by_byte ? offset + count
                             : offset + mn_utf8_offset(data + offset, length - offset, count);
        return mn_text_new_slice(runtime, kind, self, offset, end - offset);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, count)) {
        bool ok = true;
        for (size_t k = 0; k < count && ok; k++) {
            data = mn_text_data(*self, &length); // re-read after each append
            uint32_t code_point;
            size_t size = by_byte ? 1 : mn_utf8_decode(data + offset, length - offset, &code_point);
            ok = mn_text_append_slice(runtime, &buffer, self, offset, size);
            if (k + 1 == count) {
                break;
            }
            data = mn_text_data(*self, &length);
            if (by_byte) {
                offset = (size_t)((int64_t)offset + step);
            } else if (step > 0) {
                for (int64_t i = 0; i < step; i++) {
                    offset += mn_utf8_decode(data + offset, length - offset, &code_point);
                }
            } else {
                for (int64_t i = 0; i < -step; i++) {
                    offset -= mn_utf8_decode_last(data, offset, &code_point);
                }
            }
        }
        if (ok) {
            result = mn_text_finish(runtime, kind, &buffer);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

typedef struct text_iterator {
    mn_word_t header;
    const mn_type_t *type;
    mn_value_t text;
    mn_value_t offset; // small int
} text_iterator_t;

// iter(iterator) is the iterator. no allocation is done
static mn_value_t iterator_self(mn_runtime_t *runtime, const mn_value_t *self) {
    (void)runtime;
    return *self;
}

// The next character or byte, MN_NULL at the end. may trigger a gc
static mn_value_t iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    text_iterator_t *iterator = mn_object(*self);
    size_t offset = (size_t)mn_small_int_value(iterator->offset);
    size_t length;
    const char *data = mn_text_data(iterator->text, &length);
    if (offset >= length) {
        return MN_NULL;
    }
    if (mn_text_kind(iterator->text) != MN_TEXT_STR) {
        iterator->offset = mn_small_int((mn_small_int_t)offset + 1);
        return mn_small_int((unsigned char)data[offset]);
    }
    uint32_t code_point;
    size_t size = mn_utf8_decode(data + offset, length - offset, &code_point);
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    *text = iterator->text;
    mn_value_t character = mn_text_new_slice(runtime, MN_TEXT_STR, text, offset, size);
    mn_root_pop(&runtime->heap, &ref);
    if (character != MN_EXCEPTION) {
        iterator = mn_object(*self); // re-read after the allocation
        iterator->offset = mn_small_int((mn_small_int_t)(offset + size));
    }
    return character;
}

#define TEXT_ITERATOR_TYPE(variable, qstr)                                                         \
    static const mn_type_t variable = {                                                            \
        .header = MN_ROM_TYPE_HEADER,                                                              \
        .name = qstr,                                                                              \
        .flags = MN_TYPE_ITERATOR,                                                                 \
        .base = &mn_type_object,                                                                   \
        .iter = iterator_self,                                                                     \
        .next = iterator_next,                                                                     \
    }

TEXT_ITERATOR_TYPE(str_iterator_type, MN_QSTR_str_iterator);
TEXT_ITERATOR_TYPE(bytes_iterator_type, MN_QSTR_bytes_iterator);
TEXT_ITERATOR_TYPE(bytearray_iterator_type, MN_QSTR_bytearray_iterator);

mn_value_t mn_text_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    text_iterator_t *iterator =
        mn_heap_alloc(&runtime->heap, MN_TAG_ITERATOR, sizeof(text_iterator_t));
    if (iterator == NULL) {
        return mn_raise_memory_error(runtime);
    }
    mn_text_kind_t kind = mn_text_kind(*self);
    iterator->type = kind == MN_TEXT_STR     ? &str_iterator_type
                     : kind == MN_TEXT_BYTES ? &bytes_iterator_type
                                             : &bytearray_iterator_type;
    iterator->text = *self;
    iterator->offset = mn_small_int(0);
    return mn_object_value(iterator);
}

// ---- Searching -------------------------------------------------------------------------------

size_t mn_text_search(const char *text, size_t start, size_t end, const char *needle,
                      size_t needle_length, bool reverse) {
    if (end < start || end - start < needle_length) {
        return SIZE_MAX;
    }
    if (needle_length == 0) {
        return reverse ? end : start;
    }
    size_t last = end - needle_length; // the last offset a match can start at
    if (!reverse) {
        for (size_t i = start; i <= last;) {
            const char *first = memchr(text + i, needle[0], last - i + 1);
            if (first == NULL) {
                return SIZE_MAX;
            }
            i = (size_t)(first - text);
            if (memcmp(first + 1, needle + 1, needle_length - 1) == 0) {
                return i;
            }
            i++;
        }
        return SIZE_MAX;
    }
    for (size_t i = last + 1; i-- > start;) {
        if (text[i] == needle[0] && memcmp(text + i + 1, needle + 1, needle_length - 1) == 0) {
            return i;
        }
    }
    return SIZE_MAX;
}

size_t mn_text_count(const char *text, size_t start, size_t end, const char *needle,
                     size_t needle_length, size_t limit) {
    size_t count = 0;
    while (count < limit) {
        size_t found = mn_text_search(text, start, end, needle, needle_length, false);
        if (found == SIZE_MAX) {
            break;
        }
        count++;
        start = found + needle_length;
    }
    return count;
}
