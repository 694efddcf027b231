#include "obj/buffer.h"

#include <string.h>

#include "obj/qstr.h"

static mn_str_t *block_of(const mn_buffer_t *buffer) {
    return mn_object(*buffer->block);
}

static size_t capacity_of(const mn_str_t *block) {
    return mn_block_bytes(block) - sizeof(mn_str_t);
}

bool mn_buffer_init(mn_runtime_t *runtime, mn_buffer_t *buffer, mn_value_t *slot, size_t capacity) {
    buffer->block = slot;
    mn_str_t *block = mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(capacity));
    *slot = mn_object_value(block);
    return block != NULL; // a new block's length word is 0: empty
}

// Makes room for `extra` more bytes: in place, or in a new block of at least 1.5 times the
// size (amortised linear appends). may trigger a gc
static bool reserve(mn_runtime_t *runtime, mn_buffer_t *buffer, size_t extra) {
    mn_str_t *block = block_of(buffer);
    size_t length = mn_str_length(block);
    size_t needed = length + extra;
    if (needed < length || needed > ((mn_word_t)-1 >> 3)) {
        return false;
    }
    if (needed <= capacity_of(block)) {
        return true;
    }
    size_t grown = capacity_of(block) + capacity_of(block) / 2;
    size_t capacity = needed > grown ? needed : grown;
    if (mn_heap_grow_in_place(&runtime->heap, block, mn_str_bytes_for(capacity)) ||
        mn_heap_grow_in_place(&runtime->heap, block, mn_str_bytes_for(needed))) {
        return true;
    }
    mn_str_t *larger = mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(capacity));
    if (larger == NULL) {
        larger = mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(needed));
        if (larger == NULL) {
            return false;
        }
    }
    block = block_of(buffer); // the allocation may have moved it
    larger->length_flags = block->length_flags;
    memcpy(larger->bytes, block->bytes, length);
    *buffer->block = mn_object_value(larger);
    return true;
}

static void advance(mn_buffer_t *buffer, size_t length) {
    block_of(buffer)->length_flags += (mn_word_t)length << 2;
}

bool mn_buffer_append(mn_runtime_t *runtime, mn_buffer_t *buffer, const char *bytes,
                      size_t length) {
    if (!reserve(runtime, buffer, length)) {
        return false;
    }
    mn_str_t *block = block_of(buffer);
    memcpy(block->bytes + mn_str_length(block), bytes, length);
    advance(buffer, length);
    return true;
}

bool mn_buffer_append_slice(mn_runtime_t *runtime, mn_buffer_t *buffer, const mn_value_t *source,
                            size_t offset, size_t length) {
    if (!reserve(runtime, buffer, length)) {
        return false;
    }
    mn_str_t *block = block_of(buffer);
    const mn_str_t *from = mn_qstr_str(*source); // re-read after the allocation
    memmove(block->bytes + mn_str_length(block), from->bytes + offset, length);
    advance(buffer, length);
    return true;
}

char *mn_buffer_extend(mn_runtime_t *runtime, mn_buffer_t *buffer, size_t length) {
    if (!reserve(runtime, buffer, length)) {
        return NULL;
    }
    mn_str_t *block = block_of(buffer);
    char *start = block->bytes + mn_str_length(block);
    advance(buffer, length);
    return start;
}

void mn_buffer_truncate(mn_buffer_t *buffer, size_t length) {
    mn_str_t *block = block_of(buffer);
    if (length < mn_str_length(block)) {
        block->length_flags = (block->length_flags & 3) | (mn_word_t)length << 2;
    }
}

size_t mn_buffer_length(const mn_buffer_t *buffer) {
    return mn_str_length(block_of(buffer));
}

char *mn_buffer_bytes(const mn_buffer_t *buffer) {
    return block_of(buffer)->bytes;
}

mn_str_t *mn_buffer_finish_str(mn_runtime_t *runtime, mn_buffer_t *buffer) {
    mn_str_t *block = block_of(buffer);
    size_t length = mn_str_length(block);
    mn_heap_shrink(&runtime->heap, block, mn_str_bytes_for(length));
    bool ascii = true;
    for (size_t i = 0; i < length && ascii; i++) {
        ascii = (unsigned char)block->bytes[i] < 0x80;
    }
    block->length_flags = ((mn_word_t)length << 2) | (ascii ? MN_STR_ASCII : 0);
    return block;
}
