// What str, bytes and bytearray share: one view of their bytes, one way to make results of
// each kind, the argument checks with each kind's CPython wording, and the methods that the
// three types have in common (find, split, strip, replace, join, the case and padding
// methods, the predicates ...), written once over byte ranges and listed in each type's
// attribute table (text_methods.c).
//
// A str is UTF-8 (obj/str.h): its methods count and index code points, which for a str
// flagged MN_STR_ASCII are its bytes. The byte-range algorithms work for UTF-8 unchanged (a
// valid UTF-8 needle only matches at character boundaries); only positions, widths and
// single characters are converted. A str's case mapping and character predicates are
// Unicode's (obj/unicode.h: 'ß'.upper() is 'SS'), bytes and bytearray's ASCII's, as in
// CPython. Whitespace and line breaks are Unicode's in full (obj/utf8.h).
#ifndef MN_OBJ_TEXT_H
#define MN_OBJ_TEXT_H

#include "obj/protocol.h"

typedef enum mn_text_kind {
    MN_TEXT_NONE,      // not text
    MN_TEXT_STR,       // a qstr immediate or a str object
    MN_TEXT_BYTES,     // bytes (obj/bytes.h): the str layout with tag MN_TAG_BYTES
    MN_TEXT_BYTEARRAY, // bytearray (obj/bytes.h): its bytes in a separate raw block
} mn_text_kind_t;

// The kind of a value. no allocation is done
mn_text_kind_t mn_text_kind(mn_value_t value);

// Whether value is bytes-like (bytes or bytearray). no allocation is done
static inline bool mn_text_is_binary(mn_value_t value) {
    mn_text_kind_t kind = mn_text_kind(value);
    return kind == MN_TEXT_BYTES || kind == MN_TEXT_BYTEARRAY;
}

// The bytes of a str, bytes or bytearray and their number, valid until the next allocation.
// no allocation is done
const char *mn_text_data(mn_value_t value, size_t *length);

// The length in characters: code points for a str, bytes otherwise. no allocation is done
size_t mn_text_length(mn_value_t value);

// hash() of text: the same for a str in ROM or in the heap and for bytes with the same
// bytes, as in CPython (hash('a') == hash(b'a')). no allocation is done
mn_value_t mn_text_hash(const char *bytes, size_t length);

// ---- Making values ---------------------------------------------------------------------------
//
// A str result that is empty or one character found among the interned strings (ROM or
// pool) is that interned value: no allocation. An empty bytes is a ROM object.

// A new value of `kind` holding a copy of bytes that lie outside the heap; MN_EXCEPTION
// (MemoryError) when out of memory. may trigger a gc
MN_MUST_CHECK mn_value_t mn_text_new(mn_runtime_t *runtime, mn_text_kind_t kind, const char *bytes,
                                     size_t length);

// A new value of `kind` holding bytes [offset, offset + length) of the text in *source
// (rooted, any kind). The whole of an immutable source of the same kind is the source itself.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_text_new_slice(mn_runtime_t *runtime, mn_text_kind_t kind,
                                           const mn_value_t *source, size_t offset, size_t length);

// Buffers (obj/buffer.h) that raise MemoryError instead of returning false quietly.
// may trigger a gc
MN_MUST_CHECK bool mn_text_buffer_init(mn_runtime_t *runtime, mn_buffer_t *buffer, mn_value_t *slot,
                                       size_t capacity);
MN_MUST_CHECK bool mn_text_append(mn_runtime_t *runtime, mn_buffer_t *buffer, const char *bytes,
                                  size_t length);
// Appends bytes [offset, offset + length) of the text in *source (rooted, any kind).
MN_MUST_CHECK bool mn_text_append_slice(mn_runtime_t *runtime, mn_buffer_t *buffer,
                                        const mn_value_t *source, size_t offset, size_t length);
// Room for `length` bytes the caller writes (valid until the next allocation), or NULL.
char *mn_text_extend(mn_runtime_t *runtime, mn_buffer_t *buffer, size_t length);

// The buffer's contents as a value of `kind` (the buffer is used up). may trigger a gc
MN_MUST_CHECK mn_value_t mn_text_finish(mn_runtime_t *runtime, mn_text_kind_t kind,
                                        mn_buffer_t *buffer);

// Raises MemoryError for a request of `bytes` that no heap could hold (a size beyond the
// address space included). Returns MN_EXCEPTION. no allocation is done
mn_value_t mn_text_raise_too_big(mn_runtime_t *runtime, size_t bytes);

// left + right for two texts (rooted), as a new value of `kind`. may trigger a gc
MN_MUST_CHECK mn_value_t mn_text_concat(mn_runtime_t *runtime, mn_text_kind_t kind,
                                        const mn_value_t *left, const mn_value_t *right);

// text * count for the text in *text (rooted) and an int count, as a value of its kind:
// OverflowError "cannot fit 'int' into an index-sized integer" for a count beyond 64 bits,
// "repeated string is too long" ("repeated bytes are too long"; MemoryError for a
// bytearray) when the length would pass 2**63 - 1. may trigger a gc
MN_MUST_CHECK mn_value_t mn_text_repeat(mn_runtime_t *runtime, const mn_value_t *text,
                                        mn_value_t count);

// The order of two texts by their bytes (code point order for UTF-8): negative, zero or
// positive. no allocation is done
int mn_text_compare(mn_value_t left, mn_value_t right);

// ---- Arguments -------------------------------------------------------------------------------

// The value of an int argument (an int or a bool), as CPython's __index__ conversions:
// TypeError "'X' object cannot be interpreted as an integer", OverflowError "cannot fit
// 'int' into an index-sized integer" beyond 64 bits. may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_text_int_argument(mn_runtime_t *runtime, mn_value_t value, int64_t *out);

// A slice bound of find() and the like: None (MN_NULL too) leaves *out as it is, an int is
// clamped into int64_t; TypeError "slice indices must be integers or None or have an
// __index__ method". may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_text_slice_bound(mn_runtime_t *runtime, mn_value_t value, int64_t *out);

// The argument at `position` (args[0] is self), given there or by the keyword `name` (a qstr
// id), or NULL when missing; TypeError "argument for f() given by name ('x') and position
// (1)" when given both ways. may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_text_argument(mn_runtime_t *runtime, const char *function, mn_value_t *args,
                                    size_t count, mn_value_t keywords, size_t position,
                                    unsigned name, mn_value_t **slot);
// The same for a constructor, whose args[0] is its first argument (position 1).
MN_MUST_CHECK bool mn_text_constructor_argument(mn_runtime_t *runtime, const char *function,
                                                mn_value_t *args, size_t count, mn_value_t keywords,
                                                size_t index, unsigned name, mn_value_t **slot);

// A byte value for bytes methods and `in`: an int in 0..255, else ValueError "byte must be in
// range(0, 256)". may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_text_byte_value(mn_runtime_t *runtime, mn_value_t value, unsigned char *out);

// The type name CPython's argument checks print for a value: "None" for None, else the name
// of its type (a NUL-terminated ROM string). no allocation is done
const char *mn_text_argument_type(mn_value_t value);

// TypeError "a bytes-like object is required, not 'X'". Returns MN_EXCEPTION.
// may trigger a gc
mn_value_t mn_text_raise_need_bytes(mn_runtime_t *runtime, mn_value_t value);

// Adjusts a slice with CPython's rules to a sequence of `length` items: the start, the step
// and the number of items. *slice must be a slice object. ValueError "slice step cannot be
// zero"; TypeError for bounds that are not ints or None. may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_text_slice_indices(mn_runtime_t *runtime, mn_value_t slice, size_t length,
                                         int64_t *start, int64_t *step, size_t *count);

// self[slice] for the text in *self (rooted) and a slice object, as a value of its kind.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_text_get_slice(mn_runtime_t *runtime, const mn_value_t *self,
                                           mn_value_t slice);

// iter(text) for the text in *self: an iterator over a str's characters or over the bytes
// (as ints) of bytes and bytearray; a bytearray that changes while iterated is read as it is
// at each step. Layout: [header][type][text][byte offset as a small int]. may trigger a gc
MN_MUST_CHECK mn_value_t mn_text_iter(mn_runtime_t *runtime, const mn_value_t *self);

// ---- Searching (no allocation is done) -------------------------------------------------------

// The offset of the first (or, reverse, the last) occurrence of needle in text[start, end),
// or SIZE_MAX. An empty needle is found at start (reverse: end).
size_t mn_text_search(const char *text, size_t start, size_t end, const char *needle,
                      size_t needle_length, bool reverse);

// The number of non-overlapping occurrences of a non-empty needle in text[start, end), at
// most `limit`.
size_t mn_text_count(const char *text, size_t start, size_t end, const char *needle,
                     size_t needle_length, size_t limit);

// ---- The methods the three types share (text_methods.c) --------------------------------------

extern const mn_native_t mn_text_capitalize_obj, mn_text_center_obj, mn_text_count_obj,
    mn_text_endswith_obj, mn_text_expandtabs_obj, mn_text_find_obj, mn_text_index_obj,
    mn_text_isalnum_obj, mn_text_isalpha_obj, mn_text_isascii_obj, mn_text_isdigit_obj,
    mn_text_islower_obj, mn_text_isspace_obj, mn_text_istitle_obj, mn_text_isupper_obj,
    mn_text_join_obj, mn_text_ljust_obj, mn_text_lower_obj, mn_text_lstrip_obj,
    mn_text_partition_obj, mn_text_removeprefix_obj, mn_text_removesuffix_obj, mn_text_replace_obj,
    mn_text_rfind_obj, mn_text_rindex_obj, mn_text_rjust_obj, mn_text_rpartition_obj,
    mn_text_rsplit_obj, mn_text_rstrip_obj, mn_text_split_obj, mn_text_splitlines_obj,
    mn_text_startswith_obj, mn_text_strip_obj, mn_text_swapcase_obj, mn_text_title_obj,
    mn_text_upper_obj, mn_text_zfill_obj;

// The kind of a method's self (args[0]); TypeError "descriptor 'name' doesn't apply to a 'X'
// object" when it is not text (an unbound method called on something else).
// may trigger a gc (only to raise)
MN_MUST_CHECK mn_text_kind_t mn_text_self_kind(mn_runtime_t *runtime, const mn_value_t *args,
                                               const char *name);

#endif
