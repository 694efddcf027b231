// dict: insertion-ordered mappings (obj/dict.c). The API the VM uses.
#ifndef MN_OBJ_DICT_H
#define MN_OBJ_DICT_H

#include "obj/protocol.h"

extern const mn_type_t mn_type_dict;

static inline bool mn_dict_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_DICT);
}

// A new empty dict with room for `capacity` entries. may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_new(mn_runtime_t *runtime, size_t capacity);

// The value for *key, MN_NULL when absent, MN_EXCEPTION on error. may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_get(mn_runtime_t *runtime, const mn_value_t *dict,
                                     const mn_value_t *key);

// dict[*key] = *value. may trigger a gc
MN_MUST_CHECK bool mn_dict_set(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key,
                               const mn_value_t *value);

// Removes *key: its value, MN_NULL when absent, MN_EXCEPTION on error. may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_remove(mn_runtime_t *runtime, const mn_value_t *dict,
                                        const mn_value_t *key);

// The value for an interned-string key, or MN_NULL. no allocation is done
mn_value_t mn_dict_get_str(mn_value_t dict, mn_value_t name);

// Iteration in insertion order from *position (start at 0). no allocation is done
bool mn_dict_next(mn_value_t dict, size_t *position, mn_value_t *key, mn_value_t *value);

size_t mn_dict_count(mn_value_t dict);

#endif
