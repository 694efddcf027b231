#include "obj/str.h"

#include <string.h>

static bool all_ascii(const char *bytes, size_t length) {
    for (size_t i = 0; i < length; i++) {
        if ((unsigned char)bytes[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

static mn_str_t *allocate(mn_runtime_t *runtime, size_t length) {
    if (length > ((mn_word_t)-1 >> 3)) {
        return NULL;
    }
    return mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(length));
}

mn_str_t *mn_str_new(mn_runtime_t *runtime, const char *bytes, size_t length) {
    mn_str_t *str = allocate(runtime, length);
    if (str != NULL) {
        memcpy(str->bytes, bytes, length);
        str->length_flags =
            ((mn_word_t)length << 2) | (all_ascii(bytes, length) ? MN_STR_ASCII : 0);
    }
    return str;
}

mn_str_t *mn_str_new_slice(mn_runtime_t *runtime, const mn_value_t *source, size_t offset,
                           size_t length) {
    mn_str_t *str = allocate(runtime, length);
    if (str != NULL) {
        const mn_str_t *from = mn_object(*source); // re-read: the allocation may have moved it
        memcpy(str->bytes, from->bytes + offset, length);
        str->length_flags =
            ((mn_word_t)length << 2) | (all_ascii(str->bytes, length) ? MN_STR_ASCII : 0);
    }
    return str;
}

uint32_t mn_str_hash_bytes(const char *bytes, size_t length) {
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < length; i++) {
        hash = (hash ^ (unsigned char)bytes[i]) * 16777619u;
    }
    return hash;
}

bool mn_str_equal_bytes(const mn_str_t *str, const char *bytes, size_t length) {
    return mn_str_length(str) == length && memcmp(str->bytes, bytes, length) == 0;
}
