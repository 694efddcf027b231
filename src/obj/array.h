// array.array: a typed sequence of machine numbers, and the buffer protocol that bytes,
// bytearray and array share (struct, bytes(x), bytearray(x) read it).
//
// Layout (tag MN_TAG_ARRAY): [header][info][items...]
//   info   raw: typecode (bits 0..7), MN_ARRAY_EXTERNAL (bit 8), item count (bits 9..)
//   items  inline, the rest of the block, while the array has never outgrown its block;
//          once it has, word 2 is a raw block ([header][item bytes], its capacity the
//          block's size) and the object keeps its place and size, as a bytearray does.
//
// So array('H', [0, 0, 0]) is one 16-byte block on a 32-bit target (header, info, 6 bytes
// of items rounded to two words); the block always has room for word 2, so even array('b')
// is 12 bytes. An append that does not fit grows the block in place when it is the last
// one in the heap, else moves the items to a raw block (growing by half again) and gives
// the inline words back to the heap: the array then costs 12 bytes plus its items block.
// The collector reads word 2 as a reference only when MN_ARRAY_EXTERNAL is set
// (mn_array_ref_range); every other word is raw.
#ifndef MN_OBJ_ARRAY_H
#define MN_OBJ_ARRAY_H

#include "obj/protocol.h"

typedef struct mn_array {
    mn_word_t header;
    mn_word_t info;
    mn_word_t items[]; // inline items, or word 0: the raw items block
} mn_array_t;

#define MN_ARRAY_EXTERNAL ((mn_word_t)1 << 8)
#define MN_ARRAY_LENGTH_SHIFT 9

extern const mn_type_t mn_type_array, mn_type_array_iterator;

static inline bool mn_array_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_ARRAY);
}

// The collector's view of an array block: word 2 is a reference when the items are
// external. no allocation is done
void mn_array_ref_range(const mn_word_t *block, size_t block_words, size_t *first_ref,
                        size_t *ref_count);

// The typecode, item size, item count and items of an array (the items valid until the next
// allocation). no allocation is done
char mn_array_typecode(mn_value_t array);
size_t mn_array_itemsize(char typecode);
size_t mn_array_length(mn_value_t array);
char *mn_array_data(mn_value_t array);

// The bytes of a bytes-like object: bytes, bytearray or array. Returns NULL for anything
// else; *writable tells whether they may be written in place (bytearray and array). The
// pointer is valid until the next allocation. no allocation is done
char *mn_bytes_like_data(mn_value_t value, size_t *length, bool *writable);

#endif
