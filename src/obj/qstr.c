// Interning. The heap pool is a vector [count][slot...] with a power-of-two number of
// slots, each MN_NULL or an interned str, probed linearly from the str's hash; it grows
// (doubling) before it is two-thirds full, so every probe ends at an empty slot.
#include "obj/qstr.h"

#include <string.h>

#define POOL_INITIAL_SLOTS 8

static int compare_rom(const mn_str_t *rom, const char *bytes, size_t length) {
    size_t rom_length = mn_str_length(rom);
    if (rom_length != length) {
        return rom_length < length ? -1 : 1;
    }
    return memcmp(rom->bytes, bytes, length);
}

static mn_value_t find_rom(const char *bytes, size_t length) {
    size_t low = 0;
    size_t high = MN_QSTR_ROM_COUNT;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int order = compare_rom(mn_qstr_rom[middle], bytes, length);
        if (order == 0) {
            return mn_qstr_value((unsigned)middle);
        }
        if (order < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return MN_NULL;
}

static size_t pool_slots(const mn_word_t *pool) {
    return mn_block_words(pool) - 2;
}

// The slot holding these bytes, or the empty slot where they would go. The pool exists.
static mn_value_t *probe(mn_word_t *pool, const char *bytes, size_t length) {
    size_t mask = pool_slots(pool) - 1;
    size_t index = mn_str_hash_bytes(bytes, length) & mask;
    for (;;) {
        mn_value_t *slot = &pool[2 + index];
        if (*slot == MN_NULL || mn_str_equal_bytes(mn_object(*slot), bytes, length)) {
            return slot;
        }
        index = (index + 1) & mask;
    }
}

mn_value_t mn_qstr_find(const mn_runtime_t *runtime, const char *bytes, size_t length) {
    mn_value_t rom = find_rom(bytes, length);
    if (rom != MN_NULL) {
        return rom;
    }
    mn_value_t pool = runtime->roots[MN_ROOT_QSTR_POOL];
    if (pool == MN_NULL) {
        return MN_NULL;
    }
    return *probe(mn_object(pool), bytes, length);
}

// Makes room for one more string: a new pool of twice the slots, refilled. may trigger a gc
static bool grow_pool(mn_runtime_t *runtime) {
    mn_word_t *old_pool = mn_object(runtime->roots[MN_ROOT_QSTR_POOL]);
    size_t old_slots = old_pool != NULL ? pool_slots(old_pool) : 0;
    size_t count = old_pool != NULL ? (size_t)mn_small_int_value(old_pool[1]) : 0;
    if ((count + 1) * 3 <= old_slots * 2) {
        return true;
    }
    size_t slots = old_slots != 0 ? 2 * old_slots : POOL_INITIAL_SLOTS;
    mn_word_t *pool = mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, (2 + slots) * MN_WORD_BYTES);
    if (pool == NULL) {
        return false;
    }
    pool[1] = mn_small_int((mn_small_int_t)count);
    old_pool = mn_object(runtime->roots[MN_ROOT_QSTR_POOL]); // may have moved
    for (size_t i = 0; i < old_slots; i++) {
        mn_value_t str_value = old_pool[2 + i];
        if (str_value != MN_NULL) {
            const mn_str_t *str = mn_object(str_value);
            *probe(pool, str->bytes, mn_str_length(str)) = str_value;
        }
    }
    runtime->roots[MN_ROOT_QSTR_POOL] = mn_object_value(pool);
    return true;
}

mn_value_t mn_qstr_intern_str(mn_runtime_t *runtime, mn_value_t *str_value) {
    mn_str_t *str = mn_object(*str_value);
    if (mn_str_is_interned(str)) {
        return *str_value;
    }
    mn_value_t found = mn_qstr_find(runtime, str->bytes, mn_str_length(str));
    if (found != MN_NULL) {
        return found;
    }
    if (!grow_pool(runtime)) {
        return MN_NULL;
    }
    str = mn_object(*str_value); // the pool's allocation may have moved it
    mn_word_t *pool = mn_object(runtime->roots[MN_ROOT_QSTR_POOL]);
    *probe(pool, str->bytes, mn_str_length(str)) = *str_value;
    pool[1] = mn_small_int(mn_small_int_value(pool[1]) + 1);
    str->length_flags |= MN_STR_INTERNED;
    return *str_value;
}

mn_value_t mn_qstr_intern(mn_runtime_t *runtime, const char *bytes, size_t length) {
    mn_value_t found = mn_qstr_find(runtime, bytes, length);
    if (found != MN_NULL) {
        return found;
    }
    mn_gc_ref_t ref;
    mn_value_t *str = mn_root_push(&runtime->heap, &ref);
    *str = mn_object_value(mn_str_new(runtime, bytes, length));
    mn_value_t interned = *str != MN_NULL ? mn_qstr_intern_str(runtime, str) : MN_NULL;
    mn_root_pop(&runtime->heap, &ref);
    return interned;
}

void mn_qstr_info(const mn_runtime_t *runtime, mn_qstr_info_t *info) {
    memset(info, 0, sizeof *info);
    info->rom_count = MN_QSTR_ROM_COUNT;
    const mn_word_t *pool = mn_object(runtime->roots[MN_ROOT_QSTR_POOL]);
    if (pool == NULL) {
        return;
    }
    info->pool_total_bytes = mn_block_bytes(pool);
    for (size_t i = 0; i < pool_slots(pool); i++) {
        if (pool[2 + i] != MN_NULL) {
            const mn_str_t *str = mn_object(pool[2 + i]);
            info->pool_count++;
            info->pool_data_bytes += mn_str_length(str);
            info->pool_total_bytes += mn_block_bytes(str);
        }
    }
}
