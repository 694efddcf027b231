// str: immutable UTF-8 text. Layout: [header][byte length << 2 | flags][bytes], no
// terminator and no stored hash (computed on demand). Flags: bit 0, every byte is ASCII (so
// indexing is by byte); bit 1, interned (the one str with these bytes in the intern pool,
// so two interned strs are equal exactly when they are the same object).
#ifndef MN_OBJ_STR_H
#define MN_OBJ_STR_H

#include <stddef.h>

#include "obj/runtime.h"

typedef struct mn_str {
    mn_word_t header;
    mn_word_t length_flags; // byte length << 2 | MN_STR_INTERNED | MN_STR_ASCII
    char bytes[];
} mn_str_t;

#define MN_STR_ASCII ((mn_word_t)1)
#define MN_STR_INTERNED ((mn_word_t)2)

// An interned str in ROM (the generated qstr table uses it).
#define MN_ROM_STR(name, length, literal, ascii)                                                   \
    static const struct {                                                                          \
        mn_word_t header;                                                                          \
        mn_word_t length_flags;                                                                    \
        char bytes[(length) + 1];                                                                  \
    } name = {MN_HEADER(MN_TAG_STR, 2 + ((length) + sizeof(mn_word_t) - 1) / sizeof(mn_word_t)),   \
              ((mn_word_t)(length) << 2) | MN_STR_INTERNED | (ascii), literal}

static inline size_t mn_str_length(const mn_str_t *str) {
    return str->length_flags >> 2;
}
static inline bool mn_str_is_ascii(const mn_str_t *str) {
    return (str->length_flags & MN_STR_ASCII) != 0;
}
static inline bool mn_str_is_interned(const mn_str_t *str) {
    return (str->length_flags & MN_STR_INTERNED) != 0;
}

// Bytes a str of `length` bytes occupies (header included).
static inline size_t mn_str_bytes_for(size_t length) {
    return sizeof(mn_str_t) + length;
}

// A new str holding a copy of `bytes`, which must not point into the heap (use
// mn_str_new_slice for that). Returns NULL when out of memory. may trigger a gc
mn_str_t *mn_str_new(mn_runtime_t *runtime, const char *bytes, size_t length);

// A new str holding bytes [offset, offset + length) of the str in *source (rooted).
// may trigger a gc
mn_str_t *mn_str_new_slice(mn_runtime_t *runtime, const mn_value_t *source, size_t offset,
                           size_t length);

// FNV-1a over the bytes: cheap on a microcontroller, and the same in ROM and RAM.
// no allocation is done
uint32_t mn_str_hash_bytes(const char *bytes, size_t length);

bool mn_str_equal_bytes(const mn_str_t *str, const char *bytes, size_t length);

#endif
