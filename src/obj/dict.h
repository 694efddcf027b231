// dict: an insertion-ordered hash map.
//
// Layout: [header][count][used][entries][index]
//   count    raw: live entries
//   used     raw: entry positions used, deleted ones included; the last used entry is
//            always live (deleting it lowers `used` past every deleted entry before it)
//   entries  a vector block [header][key, value]... (capacity: its size), or MN_NULL; a
//            deleted entry has key and value MN_NULL. Entries stay in insertion order.
//   index    MN_NULL for a small dict (capacity up to 8: a linear scan over the entries
//            costs no memory and is as quick), else a raw block (obj/dict.c) of open-
//            addressing slots, 16 or 32 bits each, holding entry positions.
//
// No hash is stored: the index is rebuilt from the keys' hashes when the dict grows or is
// compacted, which for ints and strs costs no call (and for other keys may run __hash__).
// Keys compare by identity first, then ints, floats and strs directly (a str in the heap
// equals the ROM qstr with the same bytes: str hashes are mn_str_hash_bytes however the
// str is stored), and anything else with ==, which may run Python code; a lookup that finds
// the dict changed by that code starts again, as CPython's does.
#ifndef MN_OBJ_DICT_H
#define MN_OBJ_DICT_H

#include "obj/protocol.h"

typedef struct mn_dict {
    mn_word_t header;
    mn_word_t count;
    mn_word_t used;
    mn_value_t entries;
    mn_value_t index;
} mn_dict_t;

extern const mn_type_t mn_type_dict;

static inline bool mn_dict_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_DICT);
}

// The number of live entries: len(dict). no allocation is done
static inline size_t mn_dict_count(mn_value_t dict) {
    return ((const mn_dict_t *)mn_object(dict))->count;
}

// Entry `position` (< used) of the dict: a pointer to its key, its value following; valid
// until the next allocation. The key is MN_NULL for a deleted entry. no allocation is done
static inline mn_value_t *mn_dict_entry(mn_value_t dict, size_t position) {
    return (mn_value_t *)mn_object(((const mn_dict_t *)mn_object(dict))->entries) + 1 +
           2 * position;
}

// A new empty dict with room for `capacity` entries; MN_EXCEPTION (MemoryError) when out
// of memory. may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_new(mn_runtime_t *runtime, size_t capacity);

// dict[key]: the value, MN_NULL when the key is absent, MN_EXCEPTION on an error (an
// unhashable key, an __eq__ that raised). may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_get(mn_runtime_t *runtime, const mn_value_t *dict,
                                     const mn_value_t *key);

// dict[key] = value. may trigger a gc
MN_MUST_CHECK bool mn_dict_set(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key,
                               const mn_value_t *value);

// del dict[key]: the value removed, or MN_NULL when the key is absent (nothing raised).
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_remove(mn_runtime_t *runtime, const mn_value_t *dict,
                                        const mn_value_t *key);

// The value of the str key `name` (interned: globals, attributes), or MN_NULL: identity
// first, then the str keys by their bytes; never calls Python code (a non-str key never
// matches). no allocation is done
mn_value_t mn_dict_get_str(mn_value_t dict, mn_value_t name);

// Iteration in insertion order: from *position 0, each call gives the next live entry and
// advances *position; false at the end. Safe against a dict that changed between calls.
// no allocation is done
bool mn_dict_next(mn_value_t dict, size_t *position, mn_value_t *key, mn_value_t *value);

// dict.update(source) for one positional source: a dict, a mapping (an object with keys()
// and subscripts), or an iterable of key/value pairs. may trigger a gc
MN_MUST_CHECK bool mn_dict_update(mn_runtime_t *runtime, const mn_value_t *dict,
                                  const mn_value_t *source);

// A new dict with the entries of *dict. may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_copy(mn_runtime_t *runtime, const mn_value_t *dict);

// Keys as dicts compare and hash them, for sets (obj/set.c). Whether a == b is decided
// without running Python code: 1 or 0, or -1 when only mn_equal can tell. no allocation is done
int mn_dict_key_quick_equal(mn_value_t a, mn_value_t b);
// The key's hash kept to 30 bits, as the dict index uses it; TypeError for an unhashable
// key. may trigger a gc
MN_MUST_CHECK bool mn_dict_key_hash(mn_runtime_t *runtime, const mn_value_t *key, uint32_t *hash);

// ---- Views and iterators (obj/dict_view.c) -------------------------------------------------

typedef enum mn_dict_kind {
    MN_DICT_KEYS,
    MN_DICT_VALUES,
    MN_DICT_ITEMS,
} mn_dict_kind_t;

extern const mn_type_t mn_type_dict_keys, mn_type_dict_values, mn_type_dict_items;
extern const mn_type_t mn_type_dict_keyiterator, mn_type_dict_valueiterator,
    mn_type_dict_itemiterator, mn_type_dict_reversekeyiterator, mn_type_dict_reversevalueiterator,
    mn_type_dict_reverseitemiterator;

// d.keys(), d.values(), d.items(): a view [header][type][dict]. may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_view_new(mn_runtime_t *runtime, const mn_value_t *dict,
                                          mn_dict_kind_t kind);

// An iterator over the keys, values or items of *dict, in insertion order or reversed:
// [header][type][dict, MN_NULL once exhausted][position][count when made][remaining].
// RuntimeError "dictionary changed size during iteration". may trigger a gc
MN_MUST_CHECK mn_value_t mn_dict_iterator_new(mn_runtime_t *runtime, const mn_value_t *dict,
                                              mn_dict_kind_t kind, bool reverse);

#endif
