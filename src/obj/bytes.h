// bytes and bytearray: immutable and mutable byte strings.
//
// bytes has the str layout, [header][length << 2 | flags][bytes], with tag MN_TAG_BYTES, so
// the buffer code (obj/buffer.h) builds both and the byte-range methods (obj/text.h) read
// both alike; its two flag bits are always 0. The empty bytes is one object in ROM.
//
// bytearray is [header][length][data], data a raw block ([header][bytes], its capacity the
// block's size) or MN_NULL for capacity 0: the object keeps its place and size while its
// bytes grow, move or shrink, as a list does with its items.
#ifndef MN_OBJ_BYTES_H
#define MN_OBJ_BYTES_H

#include "obj/protocol.h"
#include "obj/str.h"

typedef mn_str_t mn_bytes_t; // the same layout

typedef struct mn_bytearray {
    mn_word_t header;
    mn_word_t length; // raw count of bytes in use
    mn_value_t data;  // raw block, or MN_NULL
} mn_bytearray_t;

extern const mn_type_t mn_type_bytes, mn_type_bytearray;
extern const mn_bytes_t mn_bytes_empty; // b'' (ROM)

static inline bool mn_bytes_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_BYTES);
}
static inline bool mn_bytearray_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_BYTEARRAY);
}

// The bytes of a bytearray, valid until the next allocation (NULL when it has none).
// no allocation is done
static inline char *mn_bytearray_data(mn_value_t bytearray) {
    mn_value_t data = ((const mn_bytearray_t *)mn_object(bytearray))->data;
    return data == MN_NULL ? NULL : (char *)mn_object(data) + sizeof(mn_word_t);
}
static inline size_t mn_bytearray_capacity(mn_value_t bytearray) {
    mn_value_t data = ((const mn_bytearray_t *)mn_object(bytearray))->data;
    return data == MN_NULL ? 0 : mn_block_bytes(mn_object(data)) - sizeof(mn_word_t);
}

// A new bytes of `length` bytes for the caller to fill (zeroed); NULL when out of memory
// (nothing raised). The empty bytes is the ROM one. may trigger a gc
mn_bytes_t *mn_bytes_alloc(mn_runtime_t *runtime, size_t length);

// A new bytearray holding a copy of bytes that lie outside the heap (NULL: `length` zeros);
// MN_EXCEPTION (MemoryError) when out of memory. may trigger a gc
MN_MUST_CHECK mn_value_t mn_bytearray_new(mn_runtime_t *runtime, const char *bytes, size_t length);

// A new bytearray made of a str block filled through a buffer (obj/buffer.h), which becomes
// its data without a copy. *block (rooted) holds the block. may trigger a gc
MN_MUST_CHECK mn_value_t mn_bytearray_adopt(mn_runtime_t *runtime, mn_value_t *block);

// Makes room for `capacity` bytes in the bytearray in *bytearray (rooted); MemoryError when
// out of memory. may trigger a gc
MN_MUST_CHECK bool mn_bytearray_reserve(mn_runtime_t *runtime, const mn_value_t *bytearray,
                                        size_t capacity);

// Replaces bytes [offset, offset + removed) of the bytearray in *bytearray (rooted) by
// `inserted` bytes of the text in *source (rooted, any kind; NULL: zeros), growing or
// shrinking it. *source may be the bytearray itself. may trigger a gc
MN_MUST_CHECK bool mn_bytearray_splice(mn_runtime_t *runtime, const mn_value_t *bytearray,
                                       size_t offset, size_t removed, const mn_value_t *source,
                                       size_t inserted);

// bytes(x) and bytearray(x) for one argument that is neither an int nor a str: the bytes of
// a bytes-like object, or of an iterable of ints in 0..255, as a new value of the type.
// TypeError "cannot convert 'X' object to bytes"; ValueError "bytes must be in range(0,
// 256)". may trigger a gc
MN_MUST_CHECK mn_value_t mn_bytes_from_object(mn_runtime_t *runtime, bool bytearray,
                                              const mn_value_t *object);

// ---- Codecs ----------------------------------------------------------------------------------
//
// The encodings of a microcontroller: 'utf-8', 'ascii' and 'latin-1' under their usual names
// (case, '-' and '_' ignored: 'UTF8', 'utf_8', 'u8', 'us-ascii', 'iso-8859-1', 'latin1' ...);
// LookupError "unknown encoding: x" for any other. Error handlers 'strict', 'ignore' and
// 'replace'; LookupError "unknown error handler name 'x'" for any other when an error occurs.
// Errors are UnicodeDecodeError and UnicodeEncodeError with CPython's message (their one
// argument: not CPython's five, nor the attributes encoding, object, start, end, reason).

// The str decoded from bytes [0, length) of the bytes-like in *bytes (rooted); `encoding` and
// `errors` are str values or MN_NULL (utf-8, strict). may trigger a gc
MN_MUST_CHECK mn_value_t mn_bytes_decode(mn_runtime_t *runtime, const mn_value_t *bytes,
                                         mn_value_t encoding, mn_value_t errors);

// The bytes (or bytearray) encoding the str in *str (rooted). may trigger a gc
MN_MUST_CHECK mn_value_t mn_str_encode(mn_runtime_t *runtime, const mn_value_t *str,
                                       mn_value_t encoding, mn_value_t errors, bool bytearray);

// Appends repr(b) (b'...' with CPython's escapes) of bytes [0, length) of the bytes-like in
// *value (rooted). may trigger a gc
MN_MUST_CHECK bool mn_bytes_print_repr(mn_runtime_t *runtime, mn_buffer_t *out,
                                       const mn_value_t *value);

// ---- Shared by bytes.c and bytearray.c -------------------------------------------------------

// bytes(...) and bytearray(...) (CPython's bytes_new and bytearray___init__). may trigger a gc
MN_MUST_CHECK mn_value_t mn_bytes_make_new(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                           mn_value_t keywords, bool bytearray);

// The slots of bytes that bytearray shares: repr (also for str()), len(), bool(), hash() for
// bytes only, + * % (the plain operators), comparisons, `in`, and reading self[index].
// may trigger a gc
bool mn_bytes_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr);
mn_value_t mn_bytes_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self);
mn_value_t mn_bytes_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                           const mn_value_t *right);
mn_value_t mn_bytes_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                            const mn_value_t *right);
mn_value_t mn_bytes_contains(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *item);
mn_value_t mn_bytes_get_item(mn_runtime_t *runtime, const mn_value_t *self,
                             const mn_value_t *index);

// decode(), hex() and the classmethod fromhex() of both types.
extern const mn_native_t mn_bytes_decode_obj, mn_bytes_hex_obj, mn_bytes_fromhex_obj;

#endif
