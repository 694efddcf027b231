#include "obj/dict.h"

#include <string.h>

#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/number.h"
#include "obj/repr.h"
#include "obj/sequence.h"
#include "obj/str.h"

// Dicts of up to this many entries have no index.
#define SMALL_CAPACITY 8

// The index: a raw block [header][filled][slot count][slot...]. A slot is SLOT_EMPTY,
// SLOT_DUMMY (an entry was deleted: probing goes on past it), or an entry position + 2.
// Every live entry has exactly one slot, deleted entries none. `filled` counts the slots
// that are not empty; the index is rebuilt before it passes three quarters, so a probe
// always ends. The slot count is a power of two, at least 1.5 times the entry capacity;
// slots are 16 bits wide up to 2**15 slots, then 32.
typedef struct dict_index {
    mn_word_t header;
    mn_word_t filled;
    mn_word_t slot_count;
} dict_index_t;

#define SLOT_EMPTY 0u
#define SLOT_DUMMY 1u
#define SLOT_FIRST 2u
#define WIDE_SLOTS (1u << 15)

// Hashes are kept to 30 bits: the same for a str however its type's hash slot fits
// mn_str_hash_bytes into a small int, on every word size.
#define HASH_MASK 0x3fffffffu

// Accessors. no allocation is done
static mn_dict_t *dict_of(const mn_value_t *dict) {
    return mn_object(*dict);
}

static size_t capacity_of(const mn_dict_t *dict) {
    return dict->entries == MN_NULL ? 0 : (mn_block_words(mn_object(dict->entries)) - 1) / 2;
}

static mn_value_t *entries_of(const mn_dict_t *dict) {
    return (mn_value_t *)mn_object(dict->entries) + 1;
}

static size_t index_get(const dict_index_t *index, size_t slot) {
    const void *slots = index + 1;
    return index->slot_count <= WIDE_SLOTS ? ((const uint16_t *)slots)[slot]
                                           : ((const uint32_t *)slots)[slot];
}

static void index_set(dict_index_t *index, size_t slot, size_t value) {
    void *slots = index + 1;
    if (index->slot_count <= WIDE_SLOTS) {
        ((uint16_t *)slots)[slot] = (uint16_t)value;
    } else {
        ((uint32_t *)slots)[slot] = (uint32_t)value;
    }
}

static dict_index_t *index_of(const mn_dict_t *dict) {
    return dict->index == MN_NULL ? NULL : mn_object(dict->index);
}

// The first empty or dummy slot on the probe path of `hash`. no allocation is done
static size_t free_slot(const dict_index_t *index, uint32_t hash) {
    size_t mask = index->slot_count - 1;
    size_t slot = hash & mask;
    while (index_get(index, slot) > SLOT_DUMMY) {
        slot = (slot + 1) & mask;
    }
    return slot;
}

// ---- Keys ----------------------------------------------------------------------------------

// The str of a str value (in ROM or in the heap), else NULL. no allocation is done
static const mn_str_t *str_of(mn_value_t value) {
    return mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR) ? mn_qstr_str(value) : NULL;
}

// Whether a str value is interned. no allocation is done
static bool is_interned(mn_value_t value) {
    return mn_is_qstr(value) || mn_str_is_interned(mn_object(value));
}

// Values whose equality with each other is decided without Python code: strs, numbers,
// None, Ellipsis (a key of another type may define __eq__ with anything).
// no allocation is done
static bool is_plain(mn_value_t value) {
    return str_of(value) != NULL || mn_number_is(value) || value == MN_NONE || value == MN_ELLIPSIS;
}

// a == b as 1 or 0 when known without running Python code, else -1. no allocation is done
static int quick_equal(mn_value_t a, mn_value_t b) {
    if (a == b) {
        return 1;
    }
    if (mn_is_small_int(a) && mn_is_small_int(b)) {
        return 0;
    }
    const mn_str_t *a_str = str_of(a);
    const mn_str_t *b_str = str_of(b);
    if (a_str != NULL && b_str != NULL) {
        if (is_interned(a) && is_interned(b)) {
            return 0; // one interned str per text
        }
        return mn_str_equal_bytes(a_str, b_str->bytes, mn_str_length(b_str));
    }
    if (mn_number_is(a) && mn_number_is(b)) {
        return mn_number_compare(MN_COMPARE_EQUAL, a, b) == MN_TRUE;
    }
    return is_plain(a) && is_plain(b) ? 0 : -1;
}

// The hash of a plain key, without any call. no allocation is done
static bool plain_hash(mn_value_t key, uint32_t *hash) {
    const mn_str_t *str = str_of(key);
    if (str != NULL) {
        *hash = mn_str_hash_bytes(str->bytes, mn_str_length(str)) & HASH_MASK;
        return true;
    }
    if (mn_number_is(key)) {
        *hash = (uint32_t)mn_number_hash(key) & HASH_MASK;
        return true;
    }
    return false;
}

// The hash of any key: TypeError for an unhashable one; may run __hash__.
// may trigger a gc
static bool hash_of(mn_runtime_t *runtime, const mn_value_t *key, uint32_t *hash) {
    if (plain_hash(*key, hash)) {
        return true;
    }
    mn_value_t result = mn_hash(runtime, key);
    if (result == MN_EXCEPTION) {
        return false;
    }
    *hash = (uint32_t)mn_small_int_value(result) & HASH_MASK;
    return true;
}

// ---- Lookup --------------------------------------------------------------------------------

typedef struct lookup {
    size_t position; // the entry found
    size_t slot;     // its index slot; when absent, the slot an insertion takes
} lookup_t;

// Compares the stored key at `position` with *key through Python: 1 equal, 0 not, -1
// error, 2 when the dict changed meanwhile (the lookup starts again). `scratch` points to
// three rooted slots. may trigger a gc
static int slow_equal(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key,
                      size_t position, mn_value_t *const *scratch) {
    const mn_dict_t *object = dict_of(dict);
    *scratch[0] = entries_of(object)[2 * position];
    *scratch[1] = object->entries;
    *scratch[2] = object->index;
    mn_value_t equal = mn_equal(runtime, scratch[0], key);
    if (equal == MN_EXCEPTION) {
        return -1;
    }
    object = dict_of(dict);
    if (object->entries != *scratch[1] || object->index != *scratch[2] ||
        position >= object->used || entries_of(object)[2 * position] != *scratch[0]) {
        return 2;
    }
    return equal == MN_TRUE;
}

// Finds *key (whose hash is `hash`): 1 found, 0 absent, -1 error. may trigger a gc
static int lookup(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key,
                  uint32_t hash, lookup_t *found) {
    mn_gc_ref_t refs[3];
    mn_value_t *scratch[3];
    for (size_t i = 0; i < 3; i++) {
        scratch[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    int result;
restart:
    result = 0;
    found->slot = SIZE_MAX;
    if (index_of(dict_of(dict)) == NULL) {
        for (size_t position = 0; position < dict_of(dict)->used; position++) {
            mn_value_t stored = entries_of(dict_of(dict))[2 * position];
            if (stored == MN_NULL) {
                continue;
            }
            int equal = quick_equal(stored, *key);
            if (equal < 0) {
                equal = slow_equal(runtime, dict, key, position, scratch);
            }
            if (equal == 2) {
                goto restart;
            }
            if (equal != 0) {
                result = equal;
                found->position = position;
                break;
            }
        }
    } else {
        size_t mask = index_of(dict_of(dict))->slot_count - 1;
        size_t first_free = SIZE_MAX;
        for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            size_t entry = index_get(index_of(dict_of(dict)), slot);
            if (entry == SLOT_EMPTY) {
                found->slot = first_free != SIZE_MAX ? first_free : slot;
                break;
            }
            if (entry == SLOT_DUMMY) {
                first_free = first_free != SIZE_MAX ? first_free : slot;
                continue;
            }
            size_t position = entry - SLOT_FIRST;
            int equal = quick_equal(entries_of(dict_of(dict))[2 * position], *key);
            if (equal < 0) {
                equal = slow_equal(runtime, dict, key, position, scratch);
            }
            if (equal == 2) {
                goto restart;
            }
            if (equal != 0) {
                result = equal;
                found->position = position;
                found->slot = slot;
                break;
            }
        }
    }
    for (size_t i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// ---- Growth --------------------------------------------------------------------------------

// The index size for `capacity` entries. no allocation is done
static size_t slot_count_for(size_t capacity) {
    size_t slots = 16;
    while (slots < capacity + capacity / 2) {
        slots *= 2;
    }
    return slots;
}

// Whether another slot may be filled without passing three quarters.
// no allocation is done
static bool index_has_room(const dict_index_t *index) {
    return index->filled + 1 <= index->slot_count - index->slot_count / 4;
}

// A new index for `capacity` entries, filled from the live entries of the dict at the
// positions they will have once compacted. Hashing a key may run Python code that changes
// the dict: then it starts again. Returns the index (MN_NULL for a small capacity), or
// MN_EXCEPTION; *ran_python tells whether any __hash__ was called. may trigger a gc
static mn_value_t build_index(mn_runtime_t *runtime, const mn_value_t *dict, size_t capacity,
                              mn_value_t *const *scratch, bool *ran_python) {
    if (capacity <= SMALL_CAPACITY) {
        return MN_NULL;
    }
    size_t slot_count = slot_count_for(capacity);
    size_t bytes = sizeof(dict_index_t) + slot_count * (slot_count <= WIDE_SLOTS ? 2 : 4);
    mn_value_t *index = scratch[0];
    *index = mn_object_value(mn_heap_alloc(&runtime->heap, MN_TAG_RAW, bytes));
    if (*index == MN_NULL) {
        return mn_raise_memory_error(runtime);
    }
restart:
    memset((dict_index_t *)mn_object(*index) + 1, 0, bytes - sizeof(dict_index_t));
    ((dict_index_t *)mn_object(*index))->slot_count = slot_count;
    size_t live = 0;
    for (size_t position = 0; position < dict_of(dict)->used; position++) {
        mn_value_t key = entries_of(dict_of(dict))[2 * position];
        uint32_t hash;
        if (key == MN_NULL) {
            continue;
        }
        if (!plain_hash(key, &hash)) {
            *ran_python = true;
            *scratch[1] = key;
            *scratch[2] = dict_of(dict)->entries;
            size_t used = dict_of(dict)->used;
            size_t count = dict_of(dict)->count;
            if (!hash_of(runtime, scratch[1], &hash)) {
                return MN_EXCEPTION;
            }
            const mn_dict_t *object = dict_of(dict);
            if (object->entries != *scratch[2] || object->used != used || object->count != count ||
                entries_of(object)[2 * position] != *scratch[1]) {
                goto restart;
            }
        }
        dict_index_t *object = mn_object(*index);
        index_set(object, free_slot(object, hash), SLOT_FIRST + live);
        live++;
    }
    ((dict_index_t *)mn_object(*index))->filled = live;
    return *index;
}

// Gives the dict `capacity` entry positions (at least its count): new entries and a new
// index, the live entries compacted in order. Nothing changes when it fails.
// Returns -1 on error, 1 when Python code ran (a key's __hash__), else 0. may trigger a gc
static int rebuild(mn_runtime_t *runtime, const mn_value_t *dict, size_t capacity) {
    mn_gc_ref_t refs[3];
    mn_value_t *scratch[3];
    for (size_t i = 0; i < 3; i++) {
        scratch[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    bool ran_python = false;
    int result = -1;
    mn_value_t index = build_index(runtime, dict, capacity, scratch, &ran_python);
    *scratch[0] = index;
    if (index != MN_EXCEPTION) {
        // The entries: in place when the capacity stays or the block can grow where it is.
        mn_dict_t *object = dict_of(dict);
        size_t old_capacity = capacity_of(object);
        size_t bytes = (1 + 2 * capacity) * sizeof(mn_value_t);
        mn_value_t entries = object->entries;
        if (capacity > old_capacity &&
            (entries == MN_NULL ||
             !mn_heap_grow_in_place(&runtime->heap, mn_object(entries), bytes))) {
            if (capacity > (MN_BLOCK_MAX_WORDS - 1) / 2) {
                (void)mn_sequence_raise_too_long(runtime, 2 * capacity);
                entries = MN_EXCEPTION;
            } else {
                entries = mn_object_value(mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, bytes));
                if (entries == MN_NULL) {
                    entries = mn_raise_memory_error(runtime);
                }
            }
        }
        if (entries != MN_EXCEPTION) {
            object = dict_of(dict); // may have moved
            mn_value_t *from = object->entries == MN_NULL ? NULL : entries_of(object);
            mn_value_t *to = (mn_value_t *)mn_object(entries) + 1;
            size_t live = 0;
            for (size_t position = 0; position < object->used; position++) {
                if (from[2 * position] != MN_NULL) {
                    to[2 * live] = from[2 * position];
                    to[2 * live + 1] = from[2 * position + 1];
                    live++;
                }
            }
            // Zero what is past the live entries (the old block's slots, when compacted in
            // place), so the collector keeps nothing alive through them.
            size_t words = mn_block_words(mn_object(entries)) - 1;
            memset(to + 2 * live, 0, (words - 2 * live) * sizeof(mn_value_t));
            object->entries = entries;
            object->index = *scratch[0];
            object->used = live;
            result = ran_python ? 1 : 0;
        }
    }
    for (size_t i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// Makes room for one more entry: compacts the deleted entries away, growing when the dict
// is more than three quarters full. Returns as rebuild does. may trigger a gc
static int make_room(mn_runtime_t *runtime, const mn_value_t *dict) {
    const mn_dict_t *object = dict_of(dict);
    size_t capacity = capacity_of(object);
    if (object->count + 1 > capacity - capacity / 4) {
        capacity =
            capacity < SMALL_CAPACITY ? (capacity < 4 ? 4 : 2 * capacity) : capacity + capacity / 2;
    }
    return rebuild(runtime, dict, capacity);
}

// ---- The C API -----------------------------------------------------------------------------

mn_value_t mn_dict_new(mn_runtime_t *runtime, size_t capacity) {
    mn_gc_ref_t ref;
    mn_value_t *dict = mn_root_push(&runtime->heap, &ref);
    *dict = mn_object_value(mn_heap_alloc(&runtime->heap, MN_TAG_DICT, sizeof(mn_dict_t)));
    if (*dict == MN_NULL) {
        *dict = mn_raise_memory_error(runtime);
    } else if (capacity > 0 && rebuild(runtime, dict, capacity) < 0) {
        *dict = MN_EXCEPTION;
    }
    mn_value_t result = *dict; // read after the allocations: the dict may have moved
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_dict_get(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key) {
    uint32_t hash;
    lookup_t found;
    if (!hash_of(runtime, key, &hash)) {
        return MN_EXCEPTION;
    }
    int result = lookup(runtime, dict, key, hash, &found);
    if (result <= 0) {
        return result < 0 ? MN_EXCEPTION : MN_NULL;
    }
    return entries_of(dict_of(dict))[2 * found.position + 1];
}

bool mn_dict_set(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key,
                 const mn_value_t *value) {
    uint32_t hash;
    if (!hash_of(runtime, key, &hash)) {
        return false;
    }
    lookup_t found;
    int result = lookup(runtime, dict, key, hash, &found);
    for (;;) {
        if (result < 0) {
            return false;
        }
        mn_dict_t *object = dict_of(dict);
        if (result > 0) {
            entries_of(object)[2 * found.position + 1] = *value;
            return true;
        }
        dict_index_t *index = index_of(object);
        bool room =
            object->used < capacity_of(object) &&
            (index == NULL || index_get(index, found.slot) == SLOT_DUMMY || index_has_room(index));
        if (room) {
            size_t position = object->used++;
            object->count++;
            entries_of(object)[2 * position] = *key;
            entries_of(object)[2 * position + 1] = *value;
            if (index != NULL) {
                index->filled += index_get(index, found.slot) == SLOT_EMPTY;
                index_set(index, found.slot, SLOT_FIRST + position);
            }
            return true;
        }
        int grown = make_room(runtime, dict);
        if (grown == 0) {
            // No Python code ran: the key is still absent; only its slot is new.
            index = index_of(dict_of(dict));
            found.slot = index != NULL ? free_slot(index, hash) : SIZE_MAX;
        } else {
            result = grown < 0 ? -1 : lookup(runtime, dict, key, hash, &found);
        }
    }
}

// Forgets the entry at `position` whose index slot is `slot` (SIZE_MAX without an index),
// then lowers `used` past the deleted entries at the end. no allocation is done
static void delete_entry(mn_dict_t *object, size_t position, size_t slot) {
    mn_value_t *entries = entries_of(object);
    entries[2 * position] = entries[2 * position + 1] = MN_NULL;
    object->count--;
    if (object->index != MN_NULL) {
        index_set(index_of(object), slot, SLOT_DUMMY);
    }
    while (object->used > 0 && entries[2 * (object->used - 1)] == MN_NULL) {
        object->used--;
    }
}

mn_value_t mn_dict_remove(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *key) {
    uint32_t hash;
    lookup_t found;
    if (!hash_of(runtime, key, &hash)) {
        return MN_EXCEPTION;
    }
    int result = lookup(runtime, dict, key, hash, &found);
    if (result <= 0) {
        return result < 0 ? MN_EXCEPTION : MN_NULL;
    }
    mn_dict_t *object = dict_of(dict);
    mn_value_t value = entries_of(object)[2 * found.position + 1];
    delete_entry(object, found.position, found.slot);
    return value;
}

mn_value_t mn_dict_get_str(mn_value_t dict, mn_value_t name) {
    const mn_dict_t *object = mn_object(dict);
    if (object->count == 0) {
        return MN_NULL;
    }
    const mn_str_t *name_str = mn_qstr_str(name);
    const mn_value_t *entries = entries_of(object);
    const dict_index_t *index = index_of(object);
    if (index == NULL) {
        for (size_t position = 0; position < object->used; position++) {
            mn_value_t key = entries[2 * position];
            if (key == name) {
                return entries[2 * position + 1];
            }
        }
        for (size_t position = 0; position < object->used; position++) {
            mn_value_t key = entries[2 * position];
            if (key != MN_NULL && quick_equal(key, name) == 1) {
                return entries[2 * position + 1];
            }
        }
        return MN_NULL;
    }
    size_t mask = index->slot_count - 1;
    uint32_t hash = mn_str_hash_bytes(name_str->bytes, mn_str_length(name_str)) & HASH_MASK;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        size_t entry = index_get(index, slot);
        if (entry == SLOT_EMPTY) {
            return MN_NULL;
        }
        if (entry != SLOT_DUMMY) {
            mn_value_t key = entries[2 * (entry - SLOT_FIRST)];
            if (key == name || (str_of(key) != NULL && quick_equal(key, name) == 1)) {
                return entries[2 * (entry - SLOT_FIRST) + 1];
            }
        }
    }
}

bool mn_dict_next(mn_value_t dict, size_t *position, mn_value_t *key, mn_value_t *value) {
    const mn_dict_t *object = mn_object(dict);
    while (*position < object->used) {
        const mn_value_t *entry = entries_of(object) + 2 * (*position)++;
        if (entry[0] != MN_NULL) {
            *key = entry[0];
            *value = entry[1];
            return true;
        }
    }
    return false;
}

enum { UPDATE_ITERATOR, UPDATE_ITEM, UPDATE_KEY, UPDATE_VALUE, UPDATE_SLOTS };

// The entries of another dict. may trigger a gc
static bool update_from_dict(mn_runtime_t *runtime, const mn_value_t *dict,
                             const mn_value_t *source, mn_value_t *const *slots) {
    size_t count = mn_dict_count(*source);
    for (size_t position = 0;
         mn_dict_next(*source, &position, slots[UPDATE_KEY], slots[UPDATE_VALUE]);) {
        if (!mn_dict_set(runtime, dict, slots[UPDATE_KEY], slots[UPDATE_VALUE])) {
            return false;
        }
        if (mn_dict_count(*source) != count) {
            (void)mn_raise(runtime, &mn_type_RuntimeError, "dict mutated during update");
            return false;
        }
    }
    return true;
}

// The keys of a mapping (an object with keys()) and its values by subscript.
// may trigger a gc
static bool update_from_mapping(mn_runtime_t *runtime, const mn_value_t *dict,
                                const mn_value_t *source, mn_value_t *const *slots) {
    mn_value_t *iterator = slots[UPDATE_ITERATOR];
    *iterator = mn_call(runtime, slots[UPDATE_ITEM], NULL, 0, MN_NULL); // keys()
    if (*iterator == MN_EXCEPTION || (*iterator = mn_iter(runtime, iterator)) == MN_EXCEPTION) {
        return false;
    }
    for (;;) {
        *slots[UPDATE_KEY] = mn_next(runtime, iterator);
        if (*slots[UPDATE_KEY] == MN_NULL || *slots[UPDATE_KEY] == MN_EXCEPTION) {
            return *slots[UPDATE_KEY] == MN_NULL;
        }
        *slots[UPDATE_VALUE] = mn_subscript(runtime, source, slots[UPDATE_KEY], NULL);
        if (*slots[UPDATE_VALUE] == MN_EXCEPTION ||
            !mn_dict_set(runtime, dict, slots[UPDATE_KEY], slots[UPDATE_VALUE])) {
            return false;
        }
    }
}

// Key/value pairs: each element a sequence of two. may trigger a gc
static bool update_from_pairs(mn_runtime_t *runtime, const mn_value_t *dict,
                              const mn_value_t *source, mn_value_t *const *slots) {
    mn_value_t *iterator = slots[UPDATE_ITERATOR];
    mn_value_t *item = slots[UPDATE_ITEM];
    if ((*iterator = mn_iter(runtime, source)) == MN_EXCEPTION) {
        return false;
    }
    for (size_t element = 0;; element++) {
        *item = mn_next(runtime, iterator);
        if (*item == MN_NULL || *item == MN_EXCEPTION) {
            return *item == MN_NULL;
        }
        if (!mn_list_is(*item) && !mn_is_tagged(*item, MN_TAG_TUPLE)) {
            if (!mn_iterator_can_iterate(*item)) {
                (void)mn_raise(runtime, &mn_type_TypeError,
                               "cannot convert dictionary update sequence element #%z to a "
                               "sequence",
                               element);
                return false;
            }
            if ((*item = mn_list_from_iterable(runtime, item)) == MN_EXCEPTION) {
                return false;
            }
        }
        mn_value_t *pair;
        size_t length;
        (void)mn_sequence_view(*item, &pair, &length);
        if (length != 2) {
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "dictionary update sequence element #%z has length %z; 2 is required",
                           element, length);
            return false;
        }
        *slots[UPDATE_KEY] = pair[0];
        *slots[UPDATE_VALUE] = pair[1];
        if (!mn_dict_set(runtime, dict, slots[UPDATE_KEY], slots[UPDATE_VALUE])) {
            return false;
        }
    }
}

bool mn_dict_update(mn_runtime_t *runtime, const mn_value_t *dict, const mn_value_t *source) {
    mn_gc_ref_t refs[UPDATE_SLOTS];
    mn_value_t *slots[UPDATE_SLOTS];
    for (size_t i = 0; i < UPDATE_SLOTS; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    bool ok;
    if (mn_dict_is(*source)) {
        ok = update_from_dict(runtime, dict, source, slots);
    } else if ((*slots[UPDATE_ITEM] = mn_find_attr(runtime, source, mn_qstr_value(MN_QSTR_keys))) ==
               MN_EXCEPTION) {
        ok = false;
    } else if (*slots[UPDATE_ITEM] != MN_NULL) {
        ok = update_from_mapping(runtime, dict, source, slots);
    } else {
        ok = update_from_pairs(runtime, dict, source, slots);
    }
    for (size_t i = UPDATE_SLOTS; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return ok;
}

// The keyword arguments (their names in the rooted *keywords) as entries. may trigger a gc
static bool update_from_keywords(mn_runtime_t *runtime, const mn_value_t *dict, mn_value_t *args,
                                 size_t count, const mn_value_t *keywords) {
    size_t keyword_count = mn_native_keyword_count(*keywords);
    for (size_t i = 0; i < keyword_count; i++) {
        mn_value_t name = ((const mn_tuple_t *)mn_object(*keywords))->items[i];
        mn_gc_ref_t ref;
        *mn_root_push(&runtime->heap, &ref) = name;
        bool ok = mn_dict_set(runtime, dict, &ref.value, &args[count + i]);
        mn_root_pop(&runtime->heap, &ref);
        if (!ok) {
            return false;
        }
    }
    return true;
}

mn_value_t mn_dict_copy(mn_runtime_t *runtime, const mn_value_t *dict) {
    mn_gc_ref_t ref;
    mn_value_t *copy = mn_root_push(&runtime->heap, &ref);
    *copy = mn_dict_new(runtime, 0);
    size_t count = *copy == MN_EXCEPTION ? 0 : mn_dict_count(*dict);
    // Entries copied as they are, then an index built for them: one hash per key, no
    // lookups.
    if (count > 0) {
        mn_value_t entries = mn_object_value(
            mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, (1 + 2 * count) * sizeof(mn_value_t)));
        if (entries == MN_NULL) {
            *copy = mn_raise_memory_error(runtime);
        } else {
            mn_dict_t *object = dict_of(copy);
            object->entries = entries;
            mn_value_t *to = entries_of(object);
            size_t live = 0;
            mn_value_t key;
            mn_value_t value;
            for (size_t position = 0; mn_dict_next(*dict, &position, &key, &value); live++) {
                to[2 * live] = key;
                to[2 * live + 1] = value;
            }
            object->count = object->used = live;
            if (count > SMALL_CAPACITY && rebuild(runtime, copy, count) < 0) {
                *copy = MN_EXCEPTION;
            }
        }
    }
    mn_value_t result = *copy;
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// ---- Slots ---------------------------------------------------------------------------------
//
// Their contracts are in obj/type.h: each may trigger a gc.

static mn_value_t dict_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                size_t count, mn_value_t keywords) {
    (void)type;
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "dict expected at most 1 argument, got %z",
                        count);
    }
    mn_gc_ref_t refs[2];
    mn_value_t *names = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
    *names = keywords;
    *dict = mn_dict_new(runtime, 0);
    if (*dict != MN_EXCEPTION && ((count == 1 && !mn_dict_update(runtime, dict, &args[0])) ||
                                  !update_from_keywords(runtime, dict, args, count, names))) {
        *dict = MN_EXCEPTION;
    }
    mn_value_t result = *dict;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

enum { PRINT_KEY, PRINT_VALUE, PRINT_SLOTS };

static bool dict_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr;
    int entered = mn_repr_enter(runtime, self);
    if (entered != 0) {
        return entered > 0 && mn_repr_append(runtime, out, "{...}");
    }
    mn_gc_ref_t refs[PRINT_SLOTS];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[PRINT_KEY]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[PRINT_VALUE]);
    bool ok = mn_repr_append(runtime, out, "{");
    bool first = true;
    // Printing may run Python code that changes the dict: mn_dict_next copes.
    for (size_t position = 0; ok && mn_dict_next(*self, &position, key, value); first = false) {
        ok = (first || mn_repr_append(runtime, out, ", ")) && mn_print(runtime, out, key, true) &&
             mn_repr_append(runtime, out, ": ") && mn_print(runtime, out, value, true);
    }
    ok = ok && mn_repr_append(runtime, out, "}");
    mn_root_pop(&runtime->heap, &refs[PRINT_VALUE]);
    mn_root_pop(&runtime->heap, &refs[PRINT_KEY]);
    mn_repr_leave(runtime);
    return ok;
}

static mn_value_t dict_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    size_t count = mn_dict_count(*self);
    if (op == MN_UNARY_BOOL) {
        return mn_bool(count != 0);
    }
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)count);
    }
    return MN_NOT_IMPLEMENTED; // hash: unhashable
}

// Whether two dicts have the same keys with equal values. may trigger a gc
static mn_value_t dict_equal(mn_runtime_t *runtime, const mn_value_t *left,
                             const mn_value_t *right) {
    if (mn_dict_count(*left) != mn_dict_count(*right)) {
        return MN_FALSE;
    }
    mn_gc_ref_t refs[3];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *other = mn_root_push(&runtime->heap, &refs[2]);
    mn_value_t result = MN_TRUE;
    for (size_t position = 0; result == MN_TRUE && mn_dict_next(*left, &position, key, value);) {
        *other = mn_dict_get(runtime, right, key);
        result = *other == MN_EXCEPTION ? MN_EXCEPTION
                 : *other == MN_NULL    ? MN_FALSE
                                        : mn_equal(runtime, value, other);
    }
    for (size_t i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

static mn_value_t dict_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    if ((op != MN_COMPARE_EQUAL && op != MN_COMPARE_NOT_EQUAL) || !mn_dict_is(*left) ||
        !mn_dict_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    mn_value_t equal = dict_equal(runtime, left, right);
    return equal == MN_EXCEPTION ? equal : mn_bool((equal == MN_TRUE) == (op == MN_COMPARE_EQUAL));
}

static mn_value_t dict_contains(mn_runtime_t *runtime, const mn_value_t *self,
                                const mn_value_t *item) {
    mn_value_t value = mn_dict_get(runtime, self, item);
    return value == MN_EXCEPTION ? value : mn_bool(value != MN_NULL);
}

static mn_value_t dict_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                 const mn_value_t *index, const mn_value_t *value) {
    if (value != NULL && *value != MN_NULL) {
        return mn_dict_set(runtime, self, index, value) ? MN_NONE : MN_EXCEPTION;
    }
    mn_value_t found =
        value == NULL ? mn_dict_get(runtime, self, index) : mn_dict_remove(runtime, self, index);
    if (found == MN_NULL) {
        return mn_raise_with_arg(runtime, &mn_type_KeyError, index);
    }
    return value == NULL || found == MN_EXCEPTION ? found : MN_NONE;
}

static mn_value_t dict_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    return mn_dict_iterator_new(runtime, self, MN_DICT_KEYS, false);
}

// ---- Methods -------------------------------------------------------------------------------
//
// Natives (obj/native.h): each may trigger a gc.

// Natives can be called unbound (list.append(5, 1)): self is checked before use.
#define CHECK_SELF(method)                                                                         \
    do {                                                                                           \
        if (!mn_native_check_self(runtime, args, &mn_type_dict, method)) {                         \
            return MN_EXCEPTION;                                                                   \
        }                                                                                          \
    } while (0)

static mn_value_t dict_get(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                           mn_value_t keywords) {
    (void)keywords;
    CHECK_SELF("get");
    mn_value_t value = mn_dict_get(runtime, &args[0], &args[1]);
    return value != MN_NULL ? value : count > 2 ? args[2] : MN_NONE;
}

static mn_value_t dict_setdefault(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)keywords;
    CHECK_SELF("setdefault");
    mn_value_t value = mn_dict_get(runtime, &args[0], &args[1]);
    if (value != MN_NULL) {
        return value;
    }
    static const mn_value_t none = MN_NONE;
    const mn_value_t *fallback = count > 2 ? &args[2] : &none;
    return mn_dict_set(runtime, &args[0], &args[1], fallback) ? *fallback : MN_EXCEPTION;
}

static mn_value_t dict_pop(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                           mn_value_t keywords) {
    (void)keywords;
    CHECK_SELF("pop");
    mn_value_t value = mn_dict_remove(runtime, &args[0], &args[1]);
    if (value != MN_NULL) {
        return value;
    }
    return count > 2 ? args[2] : mn_raise_with_arg(runtime, &mn_type_KeyError, &args[1]);
}

static mn_value_t dict_popitem(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("popitem");
    if (mn_dict_count(args[0]) == 0) {
        return mn_raise(runtime, &mn_type_KeyError, "popitem(): dictionary is empty");
    }
    mn_tuple_t *pair = mn_tuple_new(runtime, 2); // first: a MemoryError changes nothing
    if (pair == NULL) {
        return mn_raise_memory_error(runtime);
    }
    mn_dict_t *object = dict_of(&args[0]);
    size_t position = object->used - 1; // the last used entry is live
    mn_value_t key = entries_of(object)[2 * position];
    pair->items[0] = key;
    pair->items[1] = entries_of(object)[2 * position + 1];
    size_t slot = SIZE_MAX;
    dict_index_t *index = index_of(object);
    if (index != NULL) {
        // Its slot: on the key's probe path when the hash needs no call, else by a scan.
        uint32_t hash;
        size_t mask = index->slot_count - 1;
        if (plain_hash(key, &hash)) {
            for (slot = hash & mask; index_get(index, slot) != SLOT_FIRST + position;) {
                slot = (slot + 1) & mask;
            }
        } else {
            for (slot = 0; index_get(index, slot) != SLOT_FIRST + position;) {
                slot++;
            }
        }
    }
    delete_entry(object, position, slot);
    return mn_object_value(pair);
}

static mn_value_t dict_update(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    CHECK_SELF("update");
    mn_gc_ref_t ref;
    mn_value_t *names = mn_root_push(&runtime->heap, &ref);
    *names = keywords;
    bool ok = (count <= 1 || mn_dict_update(runtime, &args[0], &args[1])) &&
              update_from_keywords(runtime, &args[0], args, count, names);
    mn_root_pop(&runtime->heap, &ref);
    return ok ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t dict_copy(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("copy");
    return mn_dict_copy(runtime, &args[0]);
}

static mn_value_t dict_clear(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("clear");
    mn_dict_t *object = dict_of(&args[0]);
    object->count = object->used = 0;
    object->entries = object->index = MN_NULL;
    return MN_NONE;
}

static mn_value_t dict_keys(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("keys");
    return mn_dict_view_new(runtime, &args[0], MN_DICT_KEYS);
}

static mn_value_t dict_values(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("values");
    return mn_dict_view_new(runtime, &args[0], MN_DICT_VALUES);
}

static mn_value_t dict_items(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("items");
    return mn_dict_view_new(runtime, &args[0], MN_DICT_ITEMS);
}

static mn_value_t dict_reversed(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("__reversed__");
    return mn_dict_iterator_new(runtime, &args[0], MN_DICT_KEYS, true);
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
static mn_value_t dict_fromkeys(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)keywords;
    enum { RESULT, ITERATOR, KEY, VALUE, SLOTS };
    mn_gc_ref_t refs[SLOTS];
    mn_value_t *slots[SLOTS];
    for (size_t i = 0; i < SLOTS; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    *slots[VALUE] = count > 2 ? args[2] : MN_NONE;
    // A subclass (a user class) is called and filled by subscript.
    bool plain = args[0] == mn_object_value(&mn_type_dict);
    mn_value_t result = *slots[RESULT] =
        plain ? mn_dict_new(runtime, 0) : mn_call(runtime, &args[0], NULL, 0, MN_NULL);
    if (result != MN_EXCEPTION) {
        result = *slots[ITERATOR] = mn_iter(runtime, &args[1]);
    }
    while (result != MN_EXCEPTION) {
        *slots[KEY] = mn_next(runtime, slots[ITERATOR]);
        if (*slots[KEY] == MN_NULL || *slots[KEY] == MN_EXCEPTION) {
            result = *slots[KEY] == MN_NULL ? *slots[RESULT] : MN_EXCEPTION;
            break;
        }
        if (plain
                ? !mn_dict_set(runtime, slots[RESULT], slots[KEY], slots[VALUE])
                : mn_subscript(runtime, slots[RESULT], slots[KEY], slots[VALUE]) == MN_EXCEPTION) {
            result = MN_EXCEPTION;
        }
    }
    for (size_t i = SLOTS; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

static MN_METHOD(dict_get_obj, MN_QSTR_get, 2, 3, 0, dict_get);
static MN_METHOD(dict_pop_obj, MN_QSTR_pop, 2, 3, 0, dict_pop);
static MN_METHOD(dict_copy_obj, MN_QSTR_copy, 1, 1, 0, dict_copy);
static MN_METHOD(dict_keys_obj, MN_QSTR_keys, 1, 1, 0, dict_keys);
static MN_METHOD(dict_clear_obj, MN_QSTR_clear, 1, 1, 0, dict_clear);
static MN_METHOD(dict_items_obj, MN_QSTR_items, 1, 1, 0, dict_items);
static MN_METHOD(dict_update_obj, MN_QSTR_update, 1, 2, MN_NATIVE_KEYWORDS, dict_update);
static MN_METHOD(dict_values_obj, MN_QSTR_values, 1, 1, 0, dict_values);
static MN_METHOD(dict_popitem_obj, MN_QSTR_popitem, 1, 1, 0, dict_popitem);
static MN_METHOD(dict_fromkeys_obj, MN_QSTR_fromkeys, 2, 3, MN_NATIVE_CLASSMETHOD, dict_fromkeys);
static MN_METHOD(dict_setdefault_obj, MN_QSTR_setdefault, 2, 3, 0, dict_setdefault);
static MN_METHOD(dict_reversed_obj, MN_QSTR___reversed__, 1, 1, 0, dict_reversed);

// Sorted by qstr id: by length, then alphabetically.
static const mn_attr_entry_t dict_attr_entries[] = {
    MN_ATTR(MN_QSTR_get, &dict_get_obj),
    MN_ATTR(MN_QSTR_pop, &dict_pop_obj),
    MN_ATTR(MN_QSTR_copy, &dict_copy_obj),
    MN_ATTR(MN_QSTR_keys, &dict_keys_obj),
    MN_ATTR(MN_QSTR_clear, &dict_clear_obj),
    MN_ATTR(MN_QSTR_items, &dict_items_obj),
    MN_ATTR(MN_QSTR_update, &dict_update_obj),
    MN_ATTR(MN_QSTR_values, &dict_values_obj),
    MN_ATTR(MN_QSTR_popitem, &dict_popitem_obj),
    MN_ATTR(MN_QSTR_fromkeys, &dict_fromkeys_obj),
    MN_ATTR(MN_QSTR_setdefault, &dict_setdefault_obj),
    MN_ATTR(MN_QSTR___reversed__, &dict_reversed_obj),
};
MN_ATTR_TABLE(dict_attrs, dict_attr_entries);

const mn_type_t mn_type_dict = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_dict,
    .flags = MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .attrs = &dict_attrs,
    .make_new = dict_make_new,
    .print = dict_print,
    .unary = dict_unary,
    .compare = dict_compare,
    .contains = dict_contains,
    .subscript = dict_subscript,
    .iter = dict_iter,
};

// ---- Keys for sets (obj/set.c) -------------------------------------------------------------

int mn_dict_key_quick_equal(mn_value_t a, mn_value_t b) {
    return quick_equal(a, b);
}

bool mn_dict_key_hash(mn_runtime_t *runtime, const mn_value_t *key, uint32_t *hash) {
    return hash_of(runtime, key, hash);
}
