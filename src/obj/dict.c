// dict: [header][count][used][entries][index]. count is the live entries, used the entry
// slots used (a removed entry keeps its slot, its key MN_NULL, until the entries are
// compacted); entries is a vector of key/value pairs in insertion order. Lookups compare
// keys by identity, then by hash and equality; str keys never call Python code.
#include "obj/dict.h"

#include <string.h>

#include "obj/str.h"

typedef struct mn_dict {
    mn_word_t header;
    mn_word_t count;
    mn_word_t used;
    mn_value_t entries; // vector: key, value, key, value...
    mn_value_t index;   // reserved for a hash index; MN_NULL
} mn_dict_t;

static mn_value_t *entries_of(const mn_dict_t *dict) {
    return dict->entries == MN_NULL ? NULL : (mn_value_t *)mn_object(dict->entries) + 1;
}

static size_t capacity_of(const mn_dict_t *dict) {
    return dict->entries == MN_NULL ? 0 : (mn_block_words(mn_object(dict->entries)) - 1) / 2;
}

static bool is_str(mn_value_t value) {
    return mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR);
}

static bool str_equal(mn_value_t a, mn_value_t b) {
    const mn_str_t *x = mn_qstr_str(a);
    const mn_str_t *y = mn_qstr_str(b);
    return mn_str_length(x) == mn_str_length(y) &&
           memcmp(x->bytes, y->bytes, mn_str_length(x)) == 0;
}

// Raises TypeError for an unhashable key (strs and small ints always hash).
// may trigger a gc
static bool check_hashable(mn_runtime_t *runtime, const mn_value_t *key) {
    return is_str(*key) || mn_is_small_int(*key) || mn_hash(runtime, key) != MN_EXCEPTION;
}

mn_value_t mn_dict_new(mn_runtime_t *runtime, size_t capacity) {
    mn_gc_ref_t ref;
    mn_value_t *dict = mn_root_push(&runtime->heap, &ref);
    *dict = mn_object_value(mn_heap_alloc(&runtime->heap, MN_TAG_DICT, sizeof(mn_dict_t)));
    if (*dict != MN_NULL && capacity > 0) {
        mn_value_t *entries =
            mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, (1 + 2 * capacity) * sizeof(mn_value_t));
        if (entries == NULL) {
            *dict = MN_NULL;
        } else {
            ((mn_dict_t *)mn_object(*dict))->entries = mn_object_value(entries);
        }
    }
    mn_value_t result = *dict;
    mn_root_pop(&runtime->heap, &ref);
    return result == MN_NULL ? mn_raise_memory_error(runtime) : result;
}

// The entry position of *key, or -1 when absent; -2 on error. may trigger a gc
static intptr_t find(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key) {
    size_t used = ((const mn_dict_t *)mn_object(*dict))->used;
    bool key_is_str = is_str(*key);
    for (size_t i = 0; i < used; i++) {
        mn_value_t candidate = entries_of(mn_object(*dict))[2 * i];
        if (candidate == MN_NULL) {
            continue;
        }
        if (candidate == *key) {
            return (intptr_t)i;
        }
        if (key_is_str || is_str(candidate)) {
            if (key_is_str && is_str(candidate) && str_equal(candidate, *key)) {
                return (intptr_t)i;
            }
            continue;
        }
        if (mn_is_small_int(candidate) && mn_is_small_int(*key)) {
            continue;
        }
        mn_gc_ref_t ref;
        mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
        *slot = candidate;
        mn_value_t equal = mn_equal(runtime, slot, key);
        mn_root_pop(&runtime->heap, &ref);
        if (equal == MN_EXCEPTION) {
            return -2;
        }
        if (equal == MN_TRUE) {
            return (intptr_t)i;
        }
    }
    return -1;
}

mn_value_t mn_dict_get(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key) {
    if (!check_hashable(runtime, key)) {
        return MN_EXCEPTION;
    }
    intptr_t position = find(runtime, dict, key);
    if (position < 0) {
        return position == -2 ? MN_EXCEPTION : MN_NULL;
    }
    return entries_of(mn_object(*dict))[2 * position + 1];
}

mn_value_t mn_dict_get_str(mn_value_t dict, mn_value_t name) {
    const mn_dict_t *object = mn_object(dict);
    const mn_value_t *entries = entries_of(object);
    for (size_t i = 0; i < object->used; i++) {
        if (entries[2 * i] == name) {
            return entries[2 * i + 1];
        }
    }
    for (size_t i = 0; i < object->used; i++) {
        mn_value_t key = entries[2 * i];
        if (key != MN_NULL && is_str(key) && str_equal(key, name)) {
            return entries[2 * i + 1];
        }
    }
    return MN_NULL;
}

bool mn_dict_set(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key,
                 const mn_value_t *value) {
    if (!check_hashable(runtime, key)) {
        return false;
    }
    intptr_t position = find(runtime, dict, key);
    if (position == -2) {
        return false;
    }
    if (position >= 0) {
        entries_of(mn_object(*dict))[2 * position + 1] = *value;
        return true;
    }
    mn_dict_t *object = mn_object(*dict);
    if (object->used == capacity_of(object)) {
        // Compact the removed entries away, growing by half when more than half are live.
        size_t capacity = object->count < 2 ? 4 : object->count * 2;
        mn_value_t *entries =
            mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, (1 + 2 * capacity) * sizeof(mn_value_t));
        if (entries == NULL) {
            (void)mn_raise_memory_error(runtime);
            return false;
        }
        object = mn_object(*dict);
        const mn_value_t *old = entries_of(object);
        size_t kept = 0;
        for (size_t i = 0; i < object->used; i++) {
            if (old[2 * i] != MN_NULL) {
                entries[1 + 2 * kept] = old[2 * i];
                entries[2 + 2 * kept] = old[2 * i + 1];
                kept++;
            }
        }
        object->entries = mn_object_value(entries);
        object->used = kept;
    }
    mn_value_t *entries = entries_of(object);
    entries[2 * object->used] = *key;
    entries[2 * object->used + 1] = *value;
    object->used++;
    object->count++;
    return true;
}

mn_value_t mn_dict_remove(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key) {
    if (!check_hashable(runtime, key)) {
        return MN_EXCEPTION;
    }
    intptr_t position = find(runtime, dict, key);
    if (position < 0) {
        return position == -2 ? MN_EXCEPTION : MN_NULL;
    }
    mn_dict_t *object = mn_object(*dict);
    mn_value_t *entries = entries_of(object);
    mn_value_t value = entries[2 * position + 1];
    entries[2 * position] = MN_NULL;
    entries[2 * position + 1] = MN_NULL;
    object->count--;
    return value;
}

bool mn_dict_next(mn_value_t dict, size_t *position, mn_value_t *key, mn_value_t *value) {
    const mn_dict_t *object = mn_object(dict);
    const mn_value_t *entries = entries_of(object);
    while (*position < object->used) {
        size_t i = (*position)++;
        if (entries[2 * i] != MN_NULL) {
            *key = entries[2 * i];
            *value = entries[2 * i + 1];
            return true;
        }
    }
    return false;
}

size_t mn_dict_count(mn_value_t dict) {
    return ((const mn_dict_t *)mn_object(dict))->count;
}

const mn_type_t mn_type_dict = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_dict,
    .base = &mn_type_object,
};
