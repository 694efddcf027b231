// A growable byte buffer in the heap, for text and code built piece by piece (repr, format,
// f-strings, bytecode). The buffer is a str block whose length word counts the bytes written
// so far; its capacity is the block's size. It lives in a rooted slot the caller provides,
// so it follows every move; growing is in place when the buffer is the last block, else a
// new block and a copy. mn_buffer_finish_str turns it into the finished str without a copy.
#ifndef MN_OBJ_BUFFER_H
#define MN_OBJ_BUFFER_H

#include "obj/str.h"

typedef struct mn_buffer {
    mn_value_t *block; // rooted slot holding the str block being filled
} mn_buffer_t;

// Starts an empty buffer with room for `capacity` bytes in *slot (rooted).
// Returns false when out of memory. may trigger a gc
MN_MUST_CHECK bool mn_buffer_init(mn_runtime_t *runtime, mn_buffer_t *buffer, mn_value_t *slot,
                                  size_t capacity);

// Appends bytes that lie outside the heap. may trigger a gc
MN_MUST_CHECK bool mn_buffer_append(mn_runtime_t *runtime, mn_buffer_t *buffer, const char *bytes,
                                    size_t length);

// Appends bytes [offset, offset + length) of the str or interned string in *source (rooted).
// may trigger a gc
MN_MUST_CHECK bool mn_buffer_append_slice(mn_runtime_t *runtime, mn_buffer_t *buffer,
                                          const mn_value_t *source, size_t offset, size_t length);

// Appends `length` bytes for the caller to write, and returns where they start (valid until
// the next allocation), or NULL when out of memory. may trigger a gc
char *mn_buffer_extend(mn_runtime_t *runtime, mn_buffer_t *buffer, size_t length);

// Drops the bytes past `length` (no more than written). no allocation is done
void mn_buffer_truncate(mn_buffer_t *buffer, size_t length);

// Bytes written so far, and a pointer to them (valid until the next allocation).
// no allocation is done
size_t mn_buffer_length(const mn_buffer_t *buffer);
char *mn_buffer_bytes(const mn_buffer_t *buffer);

// The finished str, trimmed to its length; *slot holds it. no allocation is done
mn_str_t *mn_buffer_finish_str(mn_runtime_t *runtime, mn_buffer_t *buffer);

#endif
