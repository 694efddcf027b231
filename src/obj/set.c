#include "obj/set.h"

#include <string.h>

#include "obj/dict.h"
#include "obj/iterator.h"
#include "obj/repr.h"

// The small form holds up to this many items (set.h).
#define SMALL_CAPACITY 8
// The hashed form has at least this many slots, a power of two.
#define HASHED_MIN 16
// A deleted slot of the hashed form: an immediate that is never an item.
#define SET_DELETED MN_EXCEPTION
// Hashes as dicts keep them (dict.c): 30 bits.
#define HASH_MASK 0x3fffffffu

// ---- The slots -----------------------------------------------------------------------------

static mn_set_t *set_of(const mn_value_t *set) {
    return mn_object(*set);
}

// Words of the slots vector after its header; 0 without one. no allocation is done
static size_t vector_size(const mn_set_t *set) {
    return set->slots == MN_NULL ? 0 : mn_block_words(mn_object(set->slots)) - 1;
}

static bool is_hashed(const mn_set_t *set) {
    return vector_size(set) > SMALL_CAPACITY;
}

// The item slots: the packed items of the small form, the probed slots of the hashed form.
// Valid until the next allocation. no allocation is done
static mn_value_t *slots_of(const mn_set_t *set) {
    mn_value_t *vector = (mn_value_t *)mn_object(set->slots) + 1;
    return is_hashed(set) ? vector + 1 : vector;
}

static size_t slot_count(const mn_set_t *set) {
    size_t size = vector_size(set);
    return size > SMALL_CAPACITY ? size - 1 : size;
}

static bool is_item(mn_value_t slot) {
    return slot != MN_NULL && slot != SET_DELETED;
}

// The item at or after *position, advancing *position past it; false at the end. Safe
// against a set that changed between calls. no allocation is done
static bool next_item(const mn_value_t *set, size_t *position, mn_value_t *item) {
    const mn_set_t *object = set_of(set);
    size_t count = slot_count(object);
    while (*position < count) {
        mn_value_t slot = slots_of(object)[(*position)++];
        if (is_item(slot)) {
            *item = slot;
            return true;
        }
    }
    return false;
}

// Slots for `count` items: exactly `count` in the small form when `exact`, else room to
// grow (4 or 8); in the hashed form a power of two at least twice the count.
static size_t capacity_for(size_t count, bool exact) {
    if (count <= SMALL_CAPACITY) {
        return exact ? count : count <= 4 ? 4 : SMALL_CAPACITY;
    }
    size_t capacity = HASHED_MIN;
    while (capacity < 2 * count) {
        capacity *= 2;
    }
    return capacity;
}

// ---- Keys ----------------------------------------------------------------------------------

static mn_value_t items_hash(mn_runtime_t *runtime, const mn_value_t *set);

// The hash of a key as dicts take it; a mutable set is hashed as the frozenset it equals.
// may trigger a gc
static bool key_hash(mn_runtime_t *runtime, const mn_value_t *key, uint32_t *hash) {
    if (mn_is_tagged(*key, MN_TAG_SET)) {
        mn_value_t result = items_hash(runtime, key);
        if (result == MN_EXCEPTION) {
            return false;
        }
        *hash = (uint32_t)mn_small_int_value(result) & HASH_MASK;
        return true;
    }
    return mn_dict_key_hash(runtime, key, hash);
}

// Finds *key (its hash `hash`) in *set: 1 found at *slot, 0 absent, -1 error. When absent,
// *slot is where it goes: the item count in the small form, the first free slot of its
// probe in the hashed form, or SIZE_MAX when the hashed form has no free slot on it.
// may trigger a gc
static int find(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *key, uint32_t hash,
                size_t *slot) {
    mn_gc_ref_t refs[2];
    mn_value_t *stored = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *vector = mn_root_push(&runtime->heap, &refs[1]);
    int result;
restart:
    result = 0;
    *slot = SIZE_MAX;
    const mn_set_t *object = set_of(set);
    bool hashed = is_hashed(object);
    size_t count = hashed ? slot_count(object) : object->count;
    size_t mask = count - 1;
    size_t position = hashed ? hash & mask : 0;
    size_t reusable = SIZE_MAX;
    for (size_t probes = 0; probes < count; probes++) {
        object = set_of(set);
        mn_value_t item = slots_of(object)[position];
        if (item == MN_NULL) {
            *slot = reusable != SIZE_MAX ? reusable : position;
            break;
        }
        if (item == SET_DELETED) {
            reusable = reusable != SIZE_MAX ? reusable : position;
        } else {
            int equal = mn_dict_key_quick_equal(item, *key);
            if (equal < 0) {
                *stored = item;
                *vector = object->slots;
                mn_value_t answer = mn_equal(runtime, stored, key);
                if (answer == MN_EXCEPTION) {
                    result = -1;
                    break;
                }
                object = set_of(set);
                if (object->slots != *vector || slots_of(object)[position] != *stored) {
                    goto restart; // __eq__ changed the set
                }
                equal = answer == MN_TRUE;
            }
            if (equal) {
                *slot = position;
                result = 1;
                break;
            }
        }
        position = hashed ? (position + 1) & mask : position + 1;
    }
    if (result == 0 && !hashed) {
        *slot = set_of(set)->count;
    } else if (result == 0 && *slot == SIZE_MAX) {
        *slot = reusable;
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// Moves the items into a new vector sized for `extra` more items (exactly, in the small
// form, when `exact`), which drops the deleted slots. __hash__ of an item may change the
// set: the rebuild then starts again. may trigger a gc
static bool rebuild(mn_runtime_t *runtime, const mn_value_t *set, size_t extra, bool exact) {
    mn_gc_ref_t refs[3];
    mn_value_t *old = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *fresh = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    bool ok = true;
restart:
    *old = set_of(set)->slots;
    size_t capacity = capacity_for(set_of(set)->count + extra, exact);
    bool hashed = capacity > SMALL_CAPACITY;
    *fresh = MN_NULL;
    if (capacity > 0) {
        size_t words = 1 + capacity + (hashed ? 1 : 0);
        mn_word_t *block = mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, words * sizeof(mn_word_t));
        if (block == NULL) {
            ok = false;
            (void)mn_raise_memory_error(runtime);
            goto done;
        }
        *fresh = mn_object_value(block);
    }
    size_t filled = 0;
    size_t position = 0;
    while (next_item(set, &position, item)) {
        if (!hashed) {
            ((mn_value_t *)mn_object(*fresh))[1 + filled++] = *item;
            continue;
        }
        uint32_t hash;
        if (!key_hash(runtime, item, &hash)) {
            ok = false;
            goto done;
        }
        if (set_of(set)->slots != *old) {
            goto restart;
        }
        mn_value_t *target = (mn_value_t *)mn_object(*fresh) + 2;
        size_t mask = capacity - 1;
        size_t slot = hash & mask;
        while (target[slot] != MN_NULL) {
            slot = (slot + 1) & mask;
        }
        target[slot] = *item;
        filled++;
    }
    if (hashed) {
        ((mn_value_t *)mn_object(*fresh))[1] = mn_small_int((mn_small_int_t)filled);
    }
    set_of(set)->slots = *fresh;
done:
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

// Adds *key: 1 added, 0 already there, -1 error (a mutable set is unhashable here).
// may trigger a gc
static int insert(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *key) {
    uint32_t hash;
    if (!mn_dict_key_hash(runtime, key, &hash)) {
        return -1;
    }
    for (;;) {
        size_t slot;
        int found = find(runtime, set, key, hash, &slot);
        if (found != 0) {
            return found < 0 ? -1 : 0;
        }
        mn_set_t *object = set_of(set);
        if (!is_hashed(object)) {
            if (object->count < slot_count(object)) {
                slots_of(object)[object->count++] = *key;
                return 1;
            }
        } else if (slot != SIZE_MAX) {
            mn_value_t *vector = (mn_value_t *)mn_object(object->slots) + 1;
            size_t filled = (size_t)mn_small_int_value(vector[0]);
            bool empty = vector[1 + slot] == MN_NULL;
            if (!empty || 4 * (filled + 1) <= 3 * slot_count(object)) {
                vector[1 + slot] = *key;
                vector[0] = mn_small_int((mn_small_int_t)(filled + (empty ? 1 : 0)));
                object->count++;
                return 1;
            }
        }
        if (!rebuild(runtime, set, 1, false)) {
            return -1;
        }
    }
}

// Removes *key: 1 removed, 0 absent, -1 error. may trigger a gc
static int discard(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *key) {
    uint32_t hash;
    if (!key_hash(runtime, key, &hash)) {
        return -1;
    }
    size_t slot;
    int found = find(runtime, set, key, hash, &slot);
    if (found <= 0) {
        return found;
    }
    mn_set_t *object = set_of(set);
    mn_value_t *slots = slots_of(object);
    if (is_hashed(object)) {
        slots[slot] = SET_DELETED;
    } else {
        memmove(&slots[slot], &slots[slot + 1], (object->count - slot - 1) * sizeof(mn_value_t));
        slots[object->count - 1] = MN_NULL;
    }
    object->count--;
    return 1;
}

// Gives back the unused slots of a small form (a set built from a known list of items).
// no allocation is done
static void trim(mn_runtime_t *runtime, const mn_value_t *set) {
    mn_set_t *object = set_of(set);
    if (object->slots == MN_NULL || is_hashed(object) || object->count == slot_count(object)) {
        return;
    }
    if (object->count == 0) {
        object->slots = MN_NULL;
        return;
    }
    mn_heap_shrink(&runtime->heap, mn_object(object->slots),
                   (1 + object->count) * sizeof(mn_word_t));
}

// ---- Construction --------------------------------------------------------------------------

mn_value_t mn_set_new(mn_runtime_t *runtime, bool frozen) {
    mn_set_t *set =
        mn_heap_alloc(&runtime->heap, frozen ? MN_TAG_FROZENSET : MN_TAG_SET, sizeof(mn_set_t));
    return set != NULL ? mn_object_value(set) : mn_raise_memory_error(runtime);
}

bool mn_set_add(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *key) {
    return insert(runtime, set, key) >= 0;
}

mn_value_t mn_set_contains(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *key) {
    uint32_t hash;
    if (!key_hash(runtime, key, &hash)) {
        return MN_EXCEPTION;
    }
    size_t slot;
    int found = find(runtime, set, key, hash, &slot);
    return found < 0 ? MN_EXCEPTION : mn_bool(found > 0);
}

// Adds the items of the iterable in *iterable to the set in *set. may trigger a gc
static bool update_from(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *iterable) {
    if (*iterable == *set) {
        return true;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    *iterator = mn_iter(runtime, iterable);
    bool ok = *iterator != MN_EXCEPTION;
    while (ok && (*item = mn_next(runtime, iterator)) != MN_NULL) {
        ok = *item != MN_EXCEPTION && insert(runtime, set, item) >= 0;
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

mn_value_t mn_set_from_iterable(mn_runtime_t *runtime, bool frozen, const mn_value_t *iterable) {
    mn_gc_ref_t ref;
    mn_value_t *set = mn_root_push(&runtime->heap, &ref);
    *set = mn_set_new(runtime, frozen);
    if (*set != MN_EXCEPTION) {
        if (update_from(runtime, set, iterable)) {
            trim(runtime, set);
        } else {
            *set = MN_EXCEPTION;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return *set;
}

mn_value_t mn_set_from_values(mn_runtime_t *runtime, const mn_value_t *values, size_t count) {
    mn_gc_ref_t ref;
    mn_value_t *set = mn_root_push(&runtime->heap, &ref);
    *set = mn_set_new(runtime, false);
    bool ok = *set != MN_EXCEPTION && (count == 0 || rebuild(runtime, set, count, true));
    for (size_t i = 0; ok && i < count; i++) {
        ok = insert(runtime, set, &values[i]) >= 0;
    }
    if (ok) {
        trim(runtime, set);
    }
    mn_value_t result = ok ? *set : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// A new set (frozen: a frozenset) with the items of the set in *set. may trigger a gc
static mn_value_t copy(mn_runtime_t *runtime, const mn_value_t *set, bool frozen) {
    mn_gc_ref_t ref;
    mn_value_t *result = mn_root_push(&runtime->heap, &ref);
    *result = mn_set_new(runtime, frozen);
    if (*result != MN_EXCEPTION && set_of(set)->slots != MN_NULL) {
        size_t words = mn_block_words(mn_object(set_of(set)->slots));
        mn_word_t *block = mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, words * sizeof(mn_word_t));
        if (block == NULL) {
            *result = mn_raise_memory_error(runtime);
        } else {
            const mn_set_t *from = set_of(set);
            memcpy(block + 1, (const mn_word_t *)mn_object(from->slots) + 1,
                   (words - 1) * sizeof(mn_word_t));
            set_of(result)->slots = mn_object_value(block);
            set_of(result)->count = from->count;
        }
    }
    mn_value_t value = *result;
    mn_root_pop(&runtime->heap, &ref);
    return value;
}

// Empties the set. no allocation is done
static void clear(const mn_value_t *set) {
    set_of(set)->slots = MN_NULL;
    set_of(set)->count = 0;
}

// Gives the set in *set the items of the set in *other (which is then dropped).
// no allocation is done
static void take_items(const mn_value_t *set, const mn_value_t *other) {
    set_of(set)->slots = set_of(other)->slots;
    set_of(set)->count = set_of(other)->count;
}

// ---- Algebra -------------------------------------------------------------------------------

// Whether every item of the iterable in *items is in the set in *set (1, 0, or -1 on an
// error); with `none`, whether no item is. may trigger a gc
static int all_in(mn_runtime_t *runtime, const mn_value_t *items, const mn_value_t *set,
                  bool none) {
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    int result = 1;
    *iterator = mn_iter(runtime, items);
    if (*iterator == MN_EXCEPTION) {
        result = -1;
    }
    while (result == 1 && (*item = mn_next(runtime, iterator)) != MN_NULL) {
        mn_value_t found =
            *item == MN_EXCEPTION ? MN_EXCEPTION : mn_set_contains(runtime, set, item);
        result = found == MN_EXCEPTION ? -1 : (found == MN_TRUE) != none;
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// The set in *set or, for another iterable, a new set of its items. may trigger a gc
static mn_value_t as_set(mn_runtime_t *runtime, const mn_value_t *iterable) {
    return mn_set_is(*iterable) ? *iterable : mn_set_from_iterable(runtime, false, iterable);
}

// Whether the set in *set is a subset of the iterable in *other: MN_TRUE, MN_FALSE or
// MN_EXCEPTION. may trigger a gc
static mn_value_t subset(mn_runtime_t *runtime, const mn_value_t *set, const mn_value_t *other) {
    mn_gc_ref_t ref;
    mn_value_t *items = mn_root_push(&runtime->heap, &ref);
    *items = as_set(runtime, other);
    mn_value_t result = *items;
    if (result != MN_EXCEPTION) {
        int all =
            mn_set_count(*set) > mn_set_count(*items) ? 0 : all_in(runtime, set, items, false);
        result = all < 0 ? MN_EXCEPTION : mn_bool(all > 0);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// Removes from the set in *set every item of the iterable in *other. may trigger a gc
static bool difference_update(mn_runtime_t *runtime, const mn_value_t *set,
                              const mn_value_t *other) {
    if (*other == *set) {
        clear(set);
        return true;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    *iterator = mn_iter(runtime, other);
    bool ok = *iterator != MN_EXCEPTION;
    while (ok && (*item = mn_next(runtime, iterator)) != MN_NULL) {
        ok = *item != MN_EXCEPTION && discard(runtime, set, item) >= 0;
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

// A new set (frozen: a frozenset) of the items of the iterable in *other that are in the
// set in *set. may trigger a gc
static mn_value_t intersection(mn_runtime_t *runtime, const mn_value_t *set,
                               const mn_value_t *other, bool frozen) {
    mn_gc_ref_t refs[3];
    mn_value_t *result = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    *result = mn_set_new(runtime, frozen);
    *iterator = *result == MN_EXCEPTION ? MN_EXCEPTION : mn_iter(runtime, other);
    bool ok = *iterator != MN_EXCEPTION;
    while (ok && (*item = mn_next(runtime, iterator)) != MN_NULL) {
        mn_value_t found =
            *item == MN_EXCEPTION ? MN_EXCEPTION : mn_set_contains(runtime, set, item);
        ok = found != MN_EXCEPTION && (found == MN_FALSE || insert(runtime, result, item) >= 0);
    }
    mn_value_t value = ok ? *result : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return value;
}

// Toggles in the set in *set each distinct item of the iterable in *other.
// may trigger a gc
static bool symmetric_update(mn_runtime_t *runtime, const mn_value_t *set,
                             const mn_value_t *other) {
    if (*other == *set) {
        clear(set);
        return true;
    }
    mn_gc_ref_t refs[3];
    mn_value_t *items = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    *items = as_set(runtime, other);
    *iterator = *items == MN_EXCEPTION ? MN_EXCEPTION : mn_iter(runtime, items);
    bool ok = *iterator != MN_EXCEPTION;
    while (ok && (*item = mn_next(runtime, iterator)) != MN_NULL) {
        int removed = *item == MN_EXCEPTION ? -1 : discard(runtime, set, item);
        ok = removed > 0 || (removed == 0 && insert(runtime, set, item) >= 0);
    }
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

// An operation of the algebra on the set in *set (left unchanged) and one operand.
typedef enum algebra {
    ALGEBRA_UNION,
    ALGEBRA_INTERSECTION,
    ALGEBRA_DIFFERENCE,
    ALGEBRA_SYMMETRIC,
} algebra_t;

// The new set (of the kind of *set) `*set op *other`. may trigger a gc
static mn_value_t combine(mn_runtime_t *runtime, algebra_t op, const mn_value_t *set,
                          const mn_value_t *other) {
    bool frozen = mn_is_tagged(*set, MN_TAG_FROZENSET);
    if (op == ALGEBRA_INTERSECTION) {
        return intersection(runtime, set, other, frozen);
    }
    mn_gc_ref_t ref;
    mn_value_t *result = mn_root_push(&runtime->heap, &ref);
    *result = copy(runtime, set, frozen);
    if (*result != MN_EXCEPTION) {
        bool ok = op == ALGEBRA_UNION        ? update_from(runtime, result, other)
                  : op == ALGEBRA_DIFFERENCE ? difference_update(runtime, result, other)
                                             : symmetric_update(runtime, result, other);
        *result = ok ? *result : MN_EXCEPTION;
    }
    mn_value_t value = *result;
    mn_root_pop(&runtime->heap, &ref);
    return value;
}

// Changes the set in *set to `*set op *other`. may trigger a gc
static bool combine_in_place(mn_runtime_t *runtime, algebra_t op, const mn_value_t *set,
                             const mn_value_t *other) {
    switch (op) {
    case ALGEBRA_UNION:
        return update_from(runtime, set, other);
    case ALGEBRA_DIFFERENCE:
        return difference_update(runtime, set, other);
    case ALGEBRA_SYMMETRIC:
        return symmetric_update(runtime, set, other);
    case ALGEBRA_INTERSECTION:
        break;
    }
    if (*other == *set) {
        return true;
    }
    mn_gc_ref_t ref;
    mn_value_t *result = mn_root_push(&runtime->heap, &ref);
    *result = intersection(runtime, set, other, false);
    bool ok = *result != MN_EXCEPTION;
    if (ok) {
        take_items(set, result);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// ---- Slots ---------------------------------------------------------------------------------

// The frozenset hash, independent of the items' order (CPython's mixing of the items'
// hashes, over the 30-bit hashes that sets keep), as a small int. may trigger a gc
static mn_value_t items_hash(mn_runtime_t *runtime, const mn_value_t *set) {
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    uint32_t hash = 0;
    size_t position = 0;
    mn_value_t result = MN_NULL;
    while (next_item(set, &position, item)) {
        uint32_t item_hash;
        if (!mn_dict_key_hash(runtime, item, &item_hash)) {
            result = MN_EXCEPTION;
            break;
        }
        hash ^= ((item_hash ^ 89869747u) ^ (item_hash << 16)) * 3644798167u;
    }
    if (result != MN_EXCEPTION) {
        hash ^= ((uint32_t)mn_set_count(*set) + 1) * 1927868237u;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069u + 907133923u;
        result = mn_small_int((mn_small_int_t)(hash & HASH_MASK));
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t set_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                               size_t count, mn_value_t keywords) {
    bool frozen = type == &mn_type_frozenset;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "%s() takes no keyword arguments",
                        frozen ? "frozenset" : "set");
    }
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "%s expected at most 1 argument, got %z",
                        frozen ? "frozenset" : "set", count);
    }
    if (count == 0) {
        return mn_set_new(runtime, frozen);
    }
    if (frozen && mn_is_tagged(args[0], MN_TAG_FROZENSET)) {
        return args[0];
    }
    return mn_set_from_iterable(runtime, frozen, &args[0]);
}

// {1, 2}, set(), frozenset({1, 2}), frozenset(). may trigger a gc
static bool set_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr;
    bool frozen = mn_is_tagged(*self, MN_TAG_FROZENSET);
    const char *name = frozen ? "frozenset" : "set";
    if (mn_set_count(*self) == 0) {
        return mn_repr_append(runtime, out, name) && mn_repr_append(runtime, out, "()");
    }
    int entered = mn_repr_enter(runtime, self);
    if (entered != 0) {
        return entered > 0 && mn_repr_append(runtime, out, name) &&
               mn_repr_append(runtime, out, "(...)");
    }
    bool ok = (!frozen || mn_repr_append(runtime, out, "frozenset(")) &&
              mn_repr_append(runtime, out, "{");
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    size_t position = 0;
    for (bool first = true; ok && next_item(self, &position, item); first = false) {
        ok = (first || mn_repr_append(runtime, out, ", ")) && mn_print(runtime, out, item, true);
    }
    mn_root_pop(&runtime->heap, &ref);
    ok = ok && mn_repr_append(runtime, out, "}") && (!frozen || mn_repr_append(runtime, out, ")"));
    mn_repr_leave(runtime);
    return ok;
}

static mn_value_t set_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    switch ((int)op) {
    case MN_UNARY_BOOL:
        return mn_bool(mn_set_count(*self) != 0);
    case MN_UNARY_LEN:
        return mn_small_int((mn_small_int_t)mn_set_count(*self));
    case MN_UNARY_HASH:
        return mn_is_tagged(*self, MN_TAG_FROZENSET) ? items_hash(runtime, self)
                                                     : MN_NOT_IMPLEMENTED;
    default:
        return MN_NOT_IMPLEMENTED;
    }
}

// | & - ^ between sets and frozensets, the result of the left operand's kind; the in-place
// forms change a set (a frozenset makes a new one, through the plain operator).
static mn_value_t set_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                             const mn_value_t *right) {
    if (!mn_set_is(*left) || !mn_set_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    algebra_t algebra;
    switch (mn_binary_op_plain(op)) {
    case MN_BINARY_OR:
        algebra = ALGEBRA_UNION;
        break;
    case MN_BINARY_AND:
        algebra = ALGEBRA_INTERSECTION;
        break;
    case MN_BINARY_SUBTRACT:
        algebra = ALGEBRA_DIFFERENCE;
        break;
    case MN_BINARY_XOR:
        algebra = ALGEBRA_SYMMETRIC;
        break;
    default:
        return MN_NOT_IMPLEMENTED;
    }
    if (!mn_binary_op_is_inplace(op)) {
        return combine(runtime, algebra, left, right);
    }
    if (!mn_is_tagged(*left, MN_TAG_SET)) {
        return MN_NOT_IMPLEMENTED;
    }
    return combine_in_place(runtime, algebra, left, right) ? *left : MN_EXCEPTION;
}

static mn_value_t set_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                              const mn_value_t *right) {
    if (!mn_set_is(*left) || !mn_set_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    size_t left_count = mn_set_count(*left);
    size_t right_count = mn_set_count(*right);
    mn_value_t result;
    switch (op) {
    case MN_COMPARE_EQUAL:
    case MN_COMPARE_NOT_EQUAL:
        result = left_count != right_count ? MN_FALSE : subset(runtime, left, right);
        if (result != MN_EXCEPTION && op == MN_COMPARE_NOT_EQUAL) {
            result = mn_bool(result == MN_FALSE);
        }
        return result;
    case MN_COMPARE_LESS:
        return left_count >= right_count ? MN_FALSE : subset(runtime, left, right);
    case MN_COMPARE_LESS_EQUAL:
        return subset(runtime, left, right);
    case MN_COMPARE_GREATER:
        return left_count <= right_count ? MN_FALSE : subset(runtime, right, left);
    case MN_COMPARE_GREATER_EQUAL:
        return subset(runtime, right, left);
    default:
        return MN_NOT_IMPLEMENTED;
    }
}

static mn_value_t set_contains_slot(mn_runtime_t *runtime, const mn_value_t *self,
                                    const mn_value_t *item) {
    return mn_set_contains(runtime, self, item);
}

static mn_value_t set_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t iterator = mn_iterator_new(runtime, &mn_type_set_iterator, 3);
    if (iterator != MN_EXCEPTION) {
        mn_value_t *values = mn_iterator_values(iterator);
        values[0] = *self;
        values[1] = mn_small_int(0);
        values[2] = mn_small_int((mn_small_int_t)mn_set_count(*self));
    }
    return iterator;
}

// ---- Methods -------------------------------------------------------------------------------

// Checks that a method's self is a set (mutable: a set only), else raises TypeError.
static bool check_self(mn_runtime_t *runtime, const mn_value_t *args, bool mutable,
                       const char *method) {
    if (mutable || !mn_set_is(args[0])) {
        return mn_native_check_self(runtime, args, &mn_type_set, method);
    }
    return true;
}

static mn_value_t set_add(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                          mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_self(runtime, args, true, "add")) {
        return MN_EXCEPTION;
    }
    return insert(runtime, &args[0], &args[1]) >= 0 ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t set_remove(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_self(runtime, args, true, "remove")) {
        return MN_EXCEPTION;
    }
    int removed = discard(runtime, &args[0], &args[1]);
    return removed > 0    ? MN_NONE
           : removed == 0 ? mn_raise_with_arg(runtime, &mn_type_KeyError, &args[1])
                          : MN_EXCEPTION;
}

static mn_value_t set_discard(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_self(runtime, args, true, "discard")) {
        return MN_EXCEPTION;
    }
    return discard(runtime, &args[0], &args[1]) >= 0 ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t set_pop(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                          mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_self(runtime, args, true, "pop")) {
        return MN_EXCEPTION;
    }
    mn_set_t *set = set_of(&args[0]);
    if (set->count == 0) {
        return mn_raise(runtime, &mn_type_KeyError, "pop from an empty set");
    }
    mn_value_t *slots = slots_of(set);
    size_t position = 0;
    while (!is_item(slots[position])) {
        position++;
    }
    mn_value_t item = slots[position];
    if (is_hashed(set)) {
        slots[position] = SET_DELETED;
    } else {
        memmove(&slots[0], &slots[1], (set->count - 1) * sizeof(mn_value_t));
        slots[set->count - 1] = MN_NULL;
    }
    set->count--;
    return item;
}

static mn_value_t set_clear(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_self(runtime, args, true, "clear")) {
        return MN_EXCEPTION;
    }
    clear(&args[0]);
    return MN_NONE;
}

static mn_value_t set_copy(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                           mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_self(runtime, args, false, "copy")) {
        return MN_EXCEPTION;
    }
    if (mn_is_tagged(args[0], MN_TAG_FROZENSET)) {
        return args[0];
    }
    return copy(runtime, &args[0], false);
}

// union, intersection, difference with any number of iterables: a new set of self's kind.
static mn_value_t combine_all(mn_runtime_t *runtime, mn_value_t *args, size_t count, algebra_t op,
                              const char *method) {
    if (!check_self(runtime, args, false, method)) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t ref;
    mn_value_t *result = mn_root_push(&runtime->heap, &ref);
    *result = count == 1 ? copy(runtime, &args[0], mn_is_tagged(args[0], MN_TAG_FROZENSET))
                         : combine(runtime, op, &args[0], &args[1]);
    for (size_t i = 2; i < count && *result != MN_EXCEPTION; i++) {
        *result = op == ALGEBRA_INTERSECTION ? combine(runtime, op, result, &args[i])
                  : combine_in_place(runtime, op, result, &args[i]) ? *result
                                                                    : MN_EXCEPTION;
    }
    mn_value_t value = *result;
    mn_root_pop(&runtime->heap, &ref);
    return value;
}

// update, intersection_update, difference_update with any number of iterables.
static mn_value_t update_all(mn_runtime_t *runtime, mn_value_t *args, size_t count, algebra_t op,
                             const char *method) {
    if (!check_self(runtime, args, true, method)) {
        return MN_EXCEPTION;
    }
    for (size_t i = 1; i < count; i++) {
        if (!combine_in_place(runtime, op, &args[0], &args[i])) {
            return MN_EXCEPTION;
        }
    }
    return MN_NONE;
}

static mn_value_t set_union(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)keywords;
    return combine_all(runtime, args, count, ALGEBRA_UNION, "union");
}

static mn_value_t set_intersection(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)keywords;
    return combine_all(runtime, args, count, ALGEBRA_INTERSECTION, "intersection");
}

static mn_value_t set_difference(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)keywords;
    return combine_all(runtime, args, count, ALGEBRA_DIFFERENCE, "difference");
}

static mn_value_t set_symmetric_difference(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                           mn_value_t keywords) {
    (void)keywords;
    return combine_all(runtime, args, count, ALGEBRA_SYMMETRIC, "symmetric_difference");
}

static mn_value_t set_update(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return update_all(runtime, args, count, ALGEBRA_UNION, "update");
}

static mn_value_t set_intersection_update(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                          mn_value_t keywords) {
    (void)keywords;
    return update_all(runtime, args, count, ALGEBRA_INTERSECTION, "intersection_update");
}

static mn_value_t set_difference_update(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                        mn_value_t keywords) {
    (void)keywords;
    return update_all(runtime, args, count, ALGEBRA_DIFFERENCE, "difference_update");
}

static mn_value_t set_symmetric_difference_update(mn_runtime_t *runtime, mn_value_t *args,
                                                  size_t count, mn_value_t keywords) {
    (void)keywords;
    return update_all(runtime, args, count, ALGEBRA_SYMMETRIC, "symmetric_difference_update");
}

static mn_value_t set_issubset(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_self(runtime, args, false, "issubset")) {
        return MN_EXCEPTION;
    }
    return subset(runtime, &args[0], &args[1]);
}

// issuperset (every item of the iterable in self) and isdisjoint (none).
static mn_value_t items_in_self(mn_runtime_t *runtime, mn_value_t *args, bool none,
                                const char *method) {
    if (!check_self(runtime, args, false, method)) {
        return MN_EXCEPTION;
    }
    int all = all_in(runtime, &args[1], &args[0], none);
    return all < 0 ? MN_EXCEPTION : mn_bool(all > 0);
}

static mn_value_t set_issuperset(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return items_in_self(runtime, args, false, "issuperset");
}

static mn_value_t set_isdisjoint(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return items_in_self(runtime, args, true, "isdisjoint");
}

static MN_NATIVE(set_add_obj, MN_QSTR_add, 2, 2, 0, set_add);
static MN_NATIVE(set_pop_obj, MN_QSTR_pop, 1, 1, 0, set_pop);
static MN_NATIVE(set_copy_obj, MN_QSTR_copy, 1, 1, 0, set_copy);
static MN_NATIVE(set_clear_obj, MN_QSTR_clear, 1, 1, 0, set_clear);
static MN_NATIVE(set_union_obj, MN_QSTR_union, 1, MN_ARGS_ANY, 0, set_union);
static MN_NATIVE(set_remove_obj, MN_QSTR_remove, 2, 2, 0, set_remove);
static MN_NATIVE(set_update_obj, MN_QSTR_update, 1, MN_ARGS_ANY, 0, set_update);
static MN_NATIVE(set_discard_obj, MN_QSTR_discard, 2, 2, 0, set_discard);
static MN_NATIVE(set_issubset_obj, MN_QSTR_issubset, 2, 2, 0, set_issubset);
static MN_NATIVE(set_difference_obj, MN_QSTR_difference, 1, MN_ARGS_ANY, 0, set_difference);
static MN_NATIVE(set_isdisjoint_obj, MN_QSTR_isdisjoint, 2, 2, 0, set_isdisjoint);
static MN_NATIVE(set_issuperset_obj, MN_QSTR_issuperset, 2, 2, 0, set_issuperset);
static MN_NATIVE(set_intersection_obj, MN_QSTR_intersection, 1, MN_ARGS_ANY, 0, set_intersection);
static MN_NATIVE(set_difference_update_obj, MN_QSTR_difference_update, 1, MN_ARGS_ANY, 0,
                 set_difference_update);
static MN_NATIVE(set_intersection_update_obj, MN_QSTR_intersection_update, 1, MN_ARGS_ANY, 0,
                 set_intersection_update);
static MN_NATIVE(set_symmetric_difference_obj, MN_QSTR_symmetric_difference, 2, 2, 0,
                 set_symmetric_difference);
static MN_NATIVE(set_symmetric_difference_update_obj, MN_QSTR_symmetric_difference_update, 2, 2, 0,
                 set_symmetric_difference_update);

// Sorted by qstr id: by length, then alphabetically.
static const mn_attr_entry_t set_attr_entries[] = {
    MN_ATTR(MN_QSTR_add, &set_add_obj),
    MN_ATTR(MN_QSTR_pop, &set_pop_obj),
    MN_ATTR(MN_QSTR_copy, &set_copy_obj),
    MN_ATTR(MN_QSTR_clear, &set_clear_obj),
    MN_ATTR(MN_QSTR_union, &set_union_obj),
    MN_ATTR(MN_QSTR_remove, &set_remove_obj),
    MN_ATTR(MN_QSTR_update, &set_update_obj),
    MN_ATTR(MN_QSTR_discard, &set_discard_obj),
    MN_ATTR(MN_QSTR_issubset, &set_issubset_obj),
    MN_ATTR(MN_QSTR_difference, &set_difference_obj),
    MN_ATTR(MN_QSTR_isdisjoint, &set_isdisjoint_obj),
    MN_ATTR(MN_QSTR_issuperset, &set_issuperset_obj),
    MN_ATTR(MN_QSTR_intersection, &set_intersection_obj),
    MN_ATTR(MN_QSTR_difference_update, &set_difference_update_obj),
    MN_ATTR(MN_QSTR_intersection_update, &set_intersection_update_obj),
    MN_ATTR(MN_QSTR_symmetric_difference, &set_symmetric_difference_obj),
    MN_ATTR(MN_QSTR_symmetric_difference_update, &set_symmetric_difference_update_obj),
};
MN_ATTR_TABLE(set_attrs, set_attr_entries);

static const mn_attr_entry_t frozenset_attr_entries[] = {
    MN_ATTR(MN_QSTR_copy, &set_copy_obj),
    MN_ATTR(MN_QSTR_union, &set_union_obj),
    MN_ATTR(MN_QSTR_issubset, &set_issubset_obj),
    MN_ATTR(MN_QSTR_difference, &set_difference_obj),
    MN_ATTR(MN_QSTR_isdisjoint, &set_isdisjoint_obj),
    MN_ATTR(MN_QSTR_issuperset, &set_issuperset_obj),
    MN_ATTR(MN_QSTR_intersection, &set_intersection_obj),
    MN_ATTR(MN_QSTR_symmetric_difference, &set_symmetric_difference_obj),
};
MN_ATTR_TABLE(frozenset_attrs, frozenset_attr_entries);

const mn_type_t mn_type_set = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_set,
    .base = &mn_type_object,
    .attrs = &set_attrs,
    .make_new = set_make_new,
    .print = set_print,
    .unary = set_unary,
    .binary = set_binary,
    .compare = set_compare,
    .contains = set_contains_slot,
    .iter = set_iter,
};

const mn_type_t mn_type_frozenset = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_frozenset,
    .base = &mn_type_object,
    .attrs = &frozenset_attrs,
    .make_new = set_make_new,
    .print = set_print,
    .unary = set_unary,
    .binary = set_binary,
    .compare = set_compare,
    .contains = set_contains_slot,
    .iter = set_iter,
};

// ---- Iterator: [header][type][set, MN_NULL once exhausted][next slot][count when made] ---

static mn_value_t set_iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t *values = mn_iterator_values(*self);
    if (values[0] == MN_NULL) {
        return MN_NULL;
    }
    if (mn_set_count(values[0]) != (size_t)mn_small_int_value(values[2])) {
        values[2] = mn_small_int(-1); // keeps failing, as CPython's does
        return mn_raise(runtime, &mn_type_RuntimeError, "Set changed size during iteration");
    }
    size_t position = (size_t)mn_small_int_value(values[1]);
    mn_value_t item;
    if (next_item(&values[0], &position, &item)) {
        values[1] = mn_small_int((mn_small_int_t)position);
        return item;
    }
    values[0] = MN_NULL; // the set may go
    return MN_NULL;
}

const mn_type_t mn_type_set_iterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_set_iterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = set_iterator_next,
};
