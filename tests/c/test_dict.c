// Tests of dict (src/obj/dict.c, src/obj/dict_view.c): the C API the VM uses (new, get, set,
// remove, get_str, next), growth from the linear small dict to the hashed index and back
// through deletions, keys of every kind (ints, bools and floats as one key, strs in ROM and
// in the heap as one key, keys whose hash and == run code), the type's slots and methods,
// views and iterators, with CPython's results and messages; Python code that changes the
// dict in the middle of a lookup or a rebuild; MemoryError that leaves the dict usable.
#include <string.h>

#include "obj/dict.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "objects.h"
#include "testing.h"

#define ARENA (256 * 1024)

static mn_value_t get(mn_value_t key) {
    slots[40] = key;
    return mn_dict_get(&runtime, &slots[0], &slots[40]);
}

static bool set(mn_value_t key, mn_value_t value) {
    slots[40] = key;
    slots[41] = value;
    return mn_dict_set(&runtime, &slots[0], &slots[40], &slots[41]);
}

static mn_value_t remove_key(mn_value_t key) {
    slots[40] = key;
    return mn_dict_remove(&runtime, &slots[0], &slots[40]);
}

// The keys of the dict in slots[0] in iteration order, as small ints.
static const char *keys(void) {
    static char text[8192];
    size_t length = 0;
    text[0] = '\0';
    size_t position = 0;
    mn_value_t key;
    mn_value_t value;
    while (mn_dict_next(slots[0], &position, &key, &value)) {
        length += (size_t)snprintf(text + length, sizeof text - length, length ? " %ld" : "%ld",
                                   mn_is_small_int(key) ? (long)mn_small_int_value(key) : -999L);
    }
    return text;
}

static mn_value_t heap_str(const char *text) {
    return mn_object_value(mn_str_new(&runtime, text, strlen(text)));
}

static void the_c_api(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_dict_new(&runtime, 0);
    CHECK(mn_dict_is(slots[0]));
    CHECK(mn_type_of(slots[0]) == &mn_type_dict);
    CHECK_EQ(mn_dict_count(slots[0]), 0);
    CHECK_EQ(get(mn_small_int(1)), MN_NULL);
    CHECK(set(mn_small_int(3), mn_small_int(30)));
    CHECK(set(mn_small_int(1), mn_small_int(10)));
    CHECK(set(mn_small_int(2), mn_small_int(20)));
    CHECK(set(mn_small_int(1), mn_small_int(11))); // replaced in place
    CHECK_EQ(mn_dict_count(slots[0]), 3);
    CHECK_EQ(get(mn_small_int(1)), mn_small_int(11));
    CHECK_STRING(keys(), "3 1 2", "insertion order");
    CHECK_EQ(remove_key(mn_small_int(3)), mn_small_int(30));
    CHECK_EQ(remove_key(mn_small_int(3)), MN_NULL);
    CHECK_EQ(get(mn_small_int(3)), MN_NULL);
    CHECK(set(mn_small_int(3), mn_small_int(31)));
    CHECK_STRING(keys(), "1 2 3", "re-inserted last");
    CHECK_EQ(mn_dict_count(slots[0]), 3);
    // Unhashable keys.
    slots[1] = mn_list_new(&runtime, 0);
    CHECK_STRING(repr(get(slots[1])), "!TypeError: unhashable type: 'list'", "get");
    CHECK(!set(slots[1], mn_small_int(1)));
    CHECK_STRING(raised(), "!TypeError: unhashable type: 'list'", "set");
    CHECK_STRING(repr(remove_key(slots[1])), "!TypeError: unhashable type: 'list'", "remove");
    CHECK(heap_sound());
}

static void numbers_and_strs_as_keys(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_dict_new(&runtime, 0);
    // 1, True and 1.0 are one key; the first key stays, the last value wins.
    CHECK(set(mn_small_int(1), mn_small_int(100)));
    CHECK(set(MN_TRUE, mn_small_int(101)));
    slots[1] = mn_float_new(&runtime, 1.0);
    CHECK(set(slots[1], mn_small_int(102)));
    CHECK_EQ(mn_dict_count(slots[0]), 1);
    CHECK_STRING(keys(), "1", "the first key stays");
    CHECK_EQ(get(mn_small_int(1)), mn_small_int(102));
    slots[1] = mn_float_new(&runtime, 2.5);
    CHECK(set(slots[1], mn_small_int(25)));
    slots[1] = mn_float_new(&runtime, 2.5); // another float object, equal
    CHECK_EQ(get(slots[1]), mn_small_int(25));
    slots[1] = int_of("100000000000000000000");
    CHECK(set(slots[1], mn_small_int(7)));
    slots[1] = int_of("100000000000000000000");
    CHECK_EQ(get(slots[1]), mn_small_int(7));
    CHECK(set(MN_NONE, mn_small_int(8)));
    CHECK_EQ(get(MN_NONE), mn_small_int(8));
    CHECK(set(MN_FALSE, mn_small_int(9)));
    CHECK_EQ(get(mn_small_int(0)), mn_small_int(9));
    // A str in the heap and the ROM qstr with its bytes are one key, both ways.
    slots[1] = heap_str("append");
    CHECK(set(slots[1], mn_small_int(1)));
    CHECK_EQ(get(mn_qstr_value(MN_QSTR_append)), mn_small_int(1));
    CHECK(set(mn_qstr_value(MN_QSTR_extend), mn_small_int(2)));
    slots[1] = heap_str("extend");
    CHECK_EQ(get(slots[1]), mn_small_int(2));
    CHECK_EQ(mn_dict_get_str(slots[0], mn_qstr_value(MN_QSTR_append)), mn_small_int(1));
    CHECK_EQ(mn_dict_get_str(slots[0], mn_qstr_value(MN_QSTR_extend)), mn_small_int(2));
    CHECK_EQ(mn_dict_get_str(slots[0], mn_qstr_value(MN_QSTR_insert)), MN_NULL);
    slots[1] = heap_str("");
    CHECK_EQ(get(slots[1]), MN_NULL);
    CHECK_EQ(mn_dict_count(slots[0]), 7);
    // A heap-interned str and a new heap str with its bytes.
    slots[2] = mn_qstr_intern(&runtime, "not_in_rom_x", 12);
    CHECK(set(slots[2], mn_small_int(3)));
    slots[1] = heap_str("not_in_rom_x");
    CHECK_EQ(get(slots[1]), mn_small_int(3));
    CHECK_EQ(mn_dict_get_str(slots[0], slots[2]), mn_small_int(3));
    CHECK(heap_sound());
}

static void growth_and_churn(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_dict_new(&runtime, 0);
    enum { COUNT = 1000 };
    for (int i = 0; i < COUNT; i++) {
        CHECK(set(mn_small_int(i * 7), mn_small_int(i)));
        CHECK_EQ(mn_dict_count(slots[0]), i + 1);
    }
    CHECK(((mn_dict_t *)mn_object(slots[0]))->index != MN_NULL);
    for (int i = 0; i < COUNT; i++) {
        CHECK_EQ(get(mn_small_int(i * 7)), mn_small_int(i));
        CHECK_EQ(get(mn_small_int(i * 7 + 1)), MN_NULL);
    }
    for (int i = 0; i < COUNT; i += 2) {
        CHECK_EQ(remove_key(mn_small_int(i * 7)), mn_small_int(i));
    }
    CHECK_EQ(mn_dict_count(slots[0]), COUNT / 2);
    for (int i = 0; i < COUNT; i++) {
        CHECK_EQ(get(mn_small_int(i * 7)), i % 2 ? mn_small_int(i) : MN_NULL);
    }
    // Order is insertion order, deleted entries skipped.
    size_t position = 0;
    mn_value_t key;
    mn_value_t value;
    for (int i = 1; i < COUNT; i += 2) {
        CHECK(mn_dict_next(slots[0], &position, &key, &value));
        CHECK_EQ(key, mn_small_int(i * 7));
    }
    CHECK(!mn_dict_next(slots[0], &position, &key, &value));
    // Churn: insert one, delete one, many times, on the indexed dict and on a small one.
    for (int round = 0; round < 2; round++) {
        int live = round == 0 ? COUNT / 2 : 3;
        if (round == 1) {
            slots[0] = mn_dict_new(&runtime, 0);
            for (int i = 0; i < live; i++) {
                CHECK(set(mn_small_int(-1 - i), mn_small_int(i)));
            }
        }
        mn_dict_t *before = mn_object(slots[0]);
        size_t capacity_before = (mn_block_words(mn_object(before->entries)) - 1) / 2;
        for (int i = 0; i < 5000; i++) {
            CHECK(set(mn_small_int(100000 + i), mn_small_int(i)));
            if (i >= 5) {
                CHECK_EQ(remove_key(mn_small_int(100000 + i - 5)), mn_small_int(i - 5));
            }
        }
        CHECK_EQ(mn_dict_count(slots[0]), (size_t)live + 5);
        for (int i = 4995; i < 5000; i++) {
            CHECK_EQ(get(mn_small_int(100000 + i)), mn_small_int(i));
        }
        mn_dict_t *dict = mn_object(slots[0]);
        size_t capacity = (mn_block_words(mn_object(dict->entries)) - 1) / 2;
        CHECK(capacity <= capacity_before || capacity < 2 * ((size_t)live + 5) + 8); // compacted
    }
    CHECK(heap_sound());
}

static void a_dict_as_big_as_wide_index_slots(void) {
    CHECK(objects_setup(1024 * 1024));
    slots[0] = mn_dict_new(&runtime, 0);
    enum { COUNT = 23000 }; // more than 2**15 slots: 32-bit positions
    for (int i = 0; i < COUNT; i++) {
        CHECK(set(mn_small_int(i), mn_small_int(-i)));
    }
    for (int i = 0; i < COUNT; i += 7) {
        CHECK_EQ(get(mn_small_int(i)), mn_small_int(-i));
    }
    CHECK_EQ(remove_key(mn_small_int(COUNT - 1)), mn_small_int(1 - COUNT));
    CHECK_EQ(mn_dict_count(slots[0]), COUNT - 1);
    CHECK(heap_sound());
}

static unsigned hook_calls;
static unsigned hook_at; // the call that acts (0: the next one)
static int hook_action;  // 0 nothing, 1 delete key 2 from the dict, 2 insert a key, 3 raise

static bool change_the_dict(void) {
    hook_calls++;
    if (hook_action == 0 || hook_calls < hook_at) {
        return true;
    }
    int action = hook_action;
    hook_action = 0; // once
    if (action == 3) {
        (void)mn_raise(&runtime, &mn_type_RuntimeError, "eq failed");
        return false;
    }
    slots[30] = mn_small_int(action == 1 ? 2 : 77);
    slots[31] = mn_small_int(0);
    if (action == 1) {
        return mn_dict_remove(&runtime, &slots[0], &slots[30]) != MN_EXCEPTION;
    }
    return mn_dict_set(&runtime, &slots[0], &slots[30], &slots[31]);
}

static void keys_that_run_code(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_dict_new(&runtime, 0);
    for (int i = 0; i < 6; i++) {
        slots[1] = item(i);
        CHECK(set(slots[1], mn_small_int(i)));
    }
    CHECK(set(mn_small_int(2), mn_small_int(-2)));
    slots[1] = item(4);
    CHECK_EQ(get(slots[1]), mn_small_int(4));         // an equal item, another object
    CHECK_EQ(get(mn_small_int(2)), mn_small_int(-2)); // an int key 2 is not the item 2
    // The dict changes under an == call: the lookup starts again.
    item_hook = change_the_dict;
    hook_action = 1;
    slots[1] = item(5);
    CHECK_EQ(get(slots[1]), mn_small_int(5));
    CHECK_EQ(get(mn_small_int(2)), MN_NULL);
    hook_action = 2;
    slots[1] = item(9);
    CHECK(set(slots[1], mn_small_int(9)));
    CHECK_EQ(get(mn_small_int(77)), mn_small_int(0));
    CHECK_EQ(get(slots[1]), mn_small_int(9));
    // An == that raises.
    hook_action = 3;
    slots[1] = item(3);
    CHECK_STRING(repr(get(slots[1])), "!RuntimeError: eq failed", "get");
    hook_action = 3;
    CHECK_STRING(repr(remove_key(slots[1])), "!RuntimeError: eq failed", "remove");
    CHECK_EQ(get(slots[1]), mn_small_int(3));
    // Growth rehashes the items, with code that changes the dict while it runs.
    slots[0] = mn_dict_new(&runtime, 0);
    for (int i = 0; i < 7; i++) {
        slots[1] = item(100 + i);
        CHECK(set(slots[1], mn_small_int(i)));
    }
    CHECK(set(mn_small_int(2), mn_small_int(2)));
    CHECK_EQ(((mn_dict_t *)mn_object(slots[0]))->index, MN_NULL);
    // The calls: hash(item(200)), == with the 7 items, then the rebuild's hashes; the first
    // of those deletes the key 2.
    hook_action = 1;
    hook_at = 9;
    slots[1] = item(200);
    hook_calls = 0;
    CHECK(set(slots[1], mn_small_int(200)));
    CHECK(((mn_dict_t *)mn_object(slots[0]))->index != MN_NULL);
    CHECK_EQ(mn_dict_count(slots[0]), 8);
    CHECK(hook_calls >= 1 + 7 + 1 + 7); // the rebuild started again
    for (int i = 0; i < 7; i++) {
        slots[1] = item(100 + i);
        CHECK_EQ(get(slots[1]), mn_small_int(i));
    }
    CHECK_EQ(get(mn_small_int(2)), MN_NULL);
    // Objects moving at every call.
    item_hook = NULL;
    hook_calls = 0;
    CHECK(heap_sound());
}

static bool collect(void) {
    mn_gc_collect(&runtime.heap);
    return true;
}

static void get_str_and_moving_keys(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_dict_new(&runtime, 0);
    static const unsigned names[] = {MN_QSTR_get,      MN_QSTR_pop,       MN_QSTR_copy,
                                     MN_QSTR_keys,     MN_QSTR_clear,     MN_QSTR_items,
                                     MN_QSTR_update,   MN_QSTR_values,    MN_QSTR_popitem,
                                     MN_QSTR_fromkeys, MN_QSTR_setdefault};
    for (size_t round = 0; round < 2; round++) { // small, then with an index
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            if (round == 0 && i == 8) {
                break;
            }
            if (i % 3 == 0) {
                slots[1] = heap_str(mn_qstr_str(mn_qstr_value(names[i]))->bytes);
                CHECK(set(slots[1], mn_small_int((intptr_t)i)));
            } else {
                CHECK(set(mn_qstr_value(names[i]), mn_small_int((intptr_t)i)));
            }
        }
        for (size_t i = 0; i < (round == 0 ? 8 : sizeof names / sizeof names[0]); i++) {
            CHECK_EQ(mn_dict_get_str(slots[0], mn_qstr_value(names[i])), mn_small_int((intptr_t)i));
        }
        CHECK_EQ(mn_dict_get_str(slots[0], mn_qstr_value(MN_QSTR_append)), MN_NULL);
    }
    CHECK(set(mn_small_int(5), mn_small_int(5)));
    CHECK_EQ(mn_dict_get_str(slots[0], mn_qstr_value(MN_QSTR_append)), MN_NULL);
    // Items as keys with a collection at every hash and ==.
    item_hook = collect;
    slots[0] = mn_dict_new(&runtime, 0);
    for (int i = 0; i < 30; i++) {
        slots[1] = item(i);
        CHECK(set(slots[1], slots[1]));
    }
    for (int i = 0; i < 30; i++) {
        slots[1] = item(i);
        CHECK_EQ(item_value(get(slots[1])), i);
    }
    item_hook = NULL;
    CHECK(heap_sound());
}

// A dict of items: {k0: v0, k1: v1, ...} from pairs of ints.
static mn_value_t item_dict(const int *pairs, size_t count) {
    slots[35] = mn_dict_new(&runtime, 0);
    for (size_t i = 0; i < count; i++) {
        slots[36] = item(pairs[2 * i]);
        slots[37] = item(pairs[2 * i + 1]);
        if (!mn_dict_set(&runtime, &slots[35], &slots[36], &slots[37])) {
            return MN_EXCEPTION;
        }
    }
    return slots[35];
}

static void make_new_and_update(void) {
    CHECK(objects_setup(ARENA));
    CHECK_STRING(repr(make_new(&mn_type_dict, 0, NULL, 0, NULL)), "{}", "dict()");
    static const int pairs[] = {1, 10, 2, 20};
    slots[0] = item_dict(pairs, 2);
    slots[1] = make_new(&mn_type_dict, 1, slots, 0, NULL);
    CHECK(slots[1] != slots[0]);
    CHECK_STRING(repr(slots[1]), "{1: 10, 2: 20}", "dict(dict)");
    // Pairs: tuples, lists, any iterable of two.
    slots[2] = mn_list_new(&runtime, 0);
    slots[3] = item(3);
    slots[4] = item(30);
    slots[5] = mn_tuple_from_values(&runtime, &slots[3], 1);
    slots[6] = mn_tuple_from_values(&runtime, &slots[4], 1);
    slots[5] = mn_binary(&runtime, MN_BINARY_ADD, &slots[5], &slots[6]); // (3, 30)
    CHECK(mn_list_append(&runtime, &slots[2], &slots[5]));
    slots[5] = ITEMS(4, 40);
    CHECK(mn_list_append(&runtime, &slots[2], &slots[5]));
    slots[5] = ITEMS(5, 50);
    slots[5] = mn_iter(&runtime, &slots[5]);
    CHECK(mn_list_append(&runtime, &slots[2], &slots[5]));
    slots[7] = make_new(&mn_type_dict, 1, &slots[2], 0, NULL);
    CHECK_STRING(repr(slots[7]), "{3: 30, 4: 40, 5: 50}", "dict(pairs)");
    // Keywords, after the positional argument.
    slots[8] = item(1);
    slots[9] = item(2);
    static const unsigned names[] = {MN_QSTR_key, MN_QSTR_start};
    slots[10] = make_new(&mn_type_dict, 1, VALUES(slots[0], slots[8], slots[9]), 2, names);
    CHECK_EQ(mn_dict_count(slots[10]), 4);
    CHECK_EQ(mn_dict_get_str(slots[10], mn_qstr_value(MN_QSTR_key)), slots[8]);
    CHECK_EQ(mn_dict_get_str(slots[10], mn_qstr_value(MN_QSTR_start)), slots[9]);
    // Errors.
    CHECK_STRING(repr(make_new(&mn_type_dict, 1, VALUES(MN_SMALL_INT(5)), 0, NULL)),
                 "!TypeError: 'int' object is not iterable", "dict(5)");
    slots[11] = ITEMS(1);
    CHECK_STRING(repr(make_new(&mn_type_dict, 1, &slots[11], 0, NULL)),
                 "!TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                 "dict([1])");
    slots[11] = mn_list_new(&runtime, 0);
    slots[12] = ITEMS(1, 2);
    CHECK(mn_list_append(&runtime, &slots[11], &slots[12]));
    slots[12] = ITEMS(1, 2, 3);
    CHECK(mn_list_append(&runtime, &slots[11], &slots[12]));
    CHECK_STRING(repr(make_new(&mn_type_dict, 1, &slots[11], 0, NULL)),
                 "!ValueError: dictionary update sequence element #1 has length 3; 2 is required",
                 "dict([[1, 2], [1, 2, 3]])");
    CHECK_STRING(repr(make_new(&mn_type_dict, 2, slots, 0, NULL)),
                 "!TypeError: dict expected at most 1 argument, got 2", "dict(1, 2)");
    // update() with a dict, pairs, keywords.
    slots[13] = mn_dict_new(&runtime, 0);
    CHECK_EQ(CALL(MN_QSTR_update, slots[13], slots[0]), MN_NONE);
    CHECK_STRING(repr(CALL(MN_QSTR_update, slots[13], slots[2])),
                 "!ValueError: dictionary update sequence element #2 has length 0; 2 is required",
                 "the iterator was read by dict(pairs)");
    (void)CALL(MN_QSTR_pop, slots[2]);
    CHECK_EQ(CALL(MN_QSTR_update, slots[13], slots[2]), MN_NONE);
    CHECK_STRING(repr(slots[13]), "{1: 10, 2: 20, 3: 30, 4: 40}", "update");
    static const unsigned key[] = {MN_QSTR_key};
    CHECK_EQ(call_method(MN_QSTR_update, 1, VALUES(slots[13], slots[8]), 1, key), MN_NONE);
    CHECK_EQ(mn_dict_count(slots[13]), 5);
    CHECK_STRING(repr(CALL(MN_QSTR_update, slots[13], mn_small_int(5))),
                 "!TypeError: 'int' object is not iterable", "update(5)");
    CHECK(heap_sound());
}

static void printing_comparing_subscripts(void) {
    CHECK(objects_setup(ARENA));
    static const int pairs[] = {1, 10, 2, 20};
    slots[0] = item_dict(pairs, 2);
    CHECK_STRING(repr(slots[0]), "{1: 10, 2: 20}", "repr");
    CHECK_STRING(repr(mn_dict_new(&runtime, 0)), "{}", "{}");
    CHECK_EQ(mn_len(&runtime, &slots[0]), mn_small_int(2));
    CHECK_EQ(mn_truth(&runtime, &slots[0]), MN_TRUE);
    CHECK_STRING(repr(mn_hash(&runtime, &slots[0])), "!TypeError: unhashable type: 'dict'", "hash");
    slots[1] = item(3);
    CHECK(mn_dict_set(&runtime, &slots[0], &slots[1], &slots[0]));
    CHECK_STRING(repr(slots[0]), "{1: 10, 2: 20, 3: {...}}", "recursive");
    CHECK_EQ(mn_dict_remove(&runtime, &slots[0], &slots[1]), slots[0]);
    // == compares values with ==, in any order.
    static const int same[] = {2, 20, 1, 10};
    static const int other[] = {2, 20, 1, 11};
    slots[2] = item_dict(same, 2);
    slots[3] = item_dict(other, 2);
    slots[4] = item_dict(same, 1);
    CHECK_EQ(mn_compare(&runtime, MN_COMPARE_EQUAL, &slots[0], &slots[2]), MN_TRUE);
    CHECK_EQ(mn_compare(&runtime, MN_COMPARE_NOT_EQUAL, &slots[0], &slots[2]), MN_FALSE);
    CHECK_EQ(mn_compare(&runtime, MN_COMPARE_EQUAL, &slots[0], &slots[3]), MN_FALSE);
    CHECK_EQ(mn_compare(&runtime, MN_COMPARE_EQUAL, &slots[0], &slots[4]), MN_FALSE);
    CHECK_STRING(repr(mn_compare(&runtime, MN_COMPARE_LESS, &slots[0], &slots[2])),
                 "!TypeError: '<' not supported between instances of 'dict' and 'dict'", "<");
    // Subscripts and `in`.
    slots[5] = item(2);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[5], NULL)), "20", "d[2]");
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[5]), MN_TRUE);
    slots[5] = item(7);
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[5]), MN_FALSE);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[5], NULL)), "!KeyError: 7", "d[7]");
    slots[6] = item(70);
    CHECK_EQ(mn_subscript(&runtime, &slots[0], &slots[5], &slots[6]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "{1: 10, 2: 20, 7: 70}", "d[7] = 70");
    slots[6] = MN_NULL;
    CHECK_EQ(mn_subscript(&runtime, &slots[0], &slots[5], &slots[6]), MN_NONE);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[5], &slots[6])), "!KeyError: 7",
                 "del d[7]");
    slots[7] = mn_list_new(&runtime, 0);
    CHECK_STRING(repr(mn_contains(&runtime, &slots[0], &slots[7])),
                 "!TypeError: unhashable type: 'list'", "[] in d");
    // The KeyError's argument is the key itself.
    CHECK_EQ(mn_subscript(&runtime, &slots[0], &slots[5], NULL), MN_EXCEPTION);
    const mn_exception_t *error = mn_object(mn_exception_pending(&runtime));
    CHECK_EQ(((const mn_tuple_t *)mn_object(error->args))->items[0], slots[5]);
    mn_exception_clear(&runtime);
    CHECK(heap_sound());
}

static void methods(void) {
    CHECK(objects_setup(ARENA));
    static const int pairs[] = {1, 10, 2, 20, 3, 30};
    slots[0] = item_dict(pairs, 3);
    slots[1] = item(2);
    slots[2] = item(9);
    slots[3] = item(99);
    CHECK_STRING(repr(CALL(MN_QSTR_get, slots[0], slots[1])), "20", "get(2)");
    CHECK_EQ(CALL(MN_QSTR_get, slots[0], slots[2]), MN_NONE);
    CHECK_EQ(CALL(MN_QSTR_get, slots[0], slots[2], slots[3]), slots[3]);
    CHECK_STRING(repr(CALL(MN_QSTR_setdefault, slots[0], slots[1], slots[3])), "20", "present");
    CHECK_EQ(CALL(MN_QSTR_setdefault, slots[0], slots[2], slots[3]), slots[3]);
    slots[4] = item(8);
    CHECK_EQ(CALL(MN_QSTR_setdefault, slots[0], slots[4]), MN_NONE);
    CHECK_EQ(mn_dict_count(slots[0]), 5);
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0], slots[1])), "20", "pop(2)");
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0], slots[1])), "!KeyError: 2", "pop(2) again");
    CHECK_EQ(CALL(MN_QSTR_pop, slots[0], slots[1], slots[3]), slots[3]);
    slots[9] = CALL(MN_QSTR_popitem, slots[0]);
    CHECK_EQ(mn_tuple_length(mn_object(slots[9])), 2);
    CHECK_EQ(item_value(((const mn_tuple_t *)mn_object(slots[9]))->items[0]), 8);
    CHECK_EQ(((const mn_tuple_t *)mn_object(slots[9]))->items[1], MN_NONE);
    CHECK_STRING(repr(CALL(MN_QSTR_popitem, slots[0])), "(9, 99)", "popitem, LIFO");
    slots[5] = CALL(MN_QSTR_copy, slots[0]);
    CHECK_STRING(repr(slots[5]), "{1: 10, 3: 30}", "copy");
    CHECK_EQ(CALL(MN_QSTR_clear, slots[0]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "{}", "clear");
    CHECK_STRING(repr(slots[5]), "{1: 10, 3: 30}", "the copy stays");
    CHECK_STRING(repr(CALL(MN_QSTR_popitem, slots[0])), "!KeyError: popitem(): dictionary is empty",
                 "popitem on {}");
    CHECK(set(slots[1], slots[1]));
    CHECK_STRING(repr(slots[0]), "{2: 2}", "usable after clear");
    // fromkeys, a classmethod.
    slots[6] = ITEMS(4, 5, 4);
    slots[0] = CALL(MN_QSTR_fromkeys, TYPE_VALUE(mn_type_dict), slots[6]);
    CHECK_EQ(mn_dict_count(slots[0]), 2);
    slots[7] = item(5);
    CHECK_EQ(get(slots[7]), MN_NONE); // {4: None, 5: None}
    CHECK_STRING(repr(CALL(MN_QSTR_fromkeys, TYPE_VALUE(mn_type_dict), slots[6], slots[3])),
                 "{4: 99, 5: 99}", "fromkeys(keys, 99)");
    CHECK_STRING(repr(CALL(MN_QSTR_fromkeys, TYPE_VALUE(mn_type_dict), mn_small_int(5))),
                 "!TypeError: 'int' object is not iterable", "fromkeys(5)");
    // copy and popitem on an indexed dict.
    slots[0] = mn_dict_new(&runtime, 0);
    for (int i = 0; i < 40; i++) {
        slots[7] = item(i);
        CHECK(set(slots[7], slots[7]));
        CHECK(set(mn_small_int(i), mn_small_int(i)));
    }
    slots[5] = CALL(MN_QSTR_copy, slots[0]);
    CHECK_EQ(mn_dict_count(slots[5]), 80);
    CHECK(((mn_dict_t *)mn_object(slots[5]))->index != MN_NULL);
    for (int i = 39; i >= 0; i--) {
        slots[8] = CALL(MN_QSTR_popitem, slots[5]);
        CHECK_EQ(((const mn_tuple_t *)mn_object(slots[8]))->items[0], mn_small_int(i));
        slots[8] = CALL(MN_QSTR_popitem, slots[5]);
        CHECK_EQ(item_value(((const mn_tuple_t *)mn_object(slots[8]))->items[0]), i);
        slots[7] = item(i);
        CHECK_EQ(mn_dict_get(&runtime, &slots[5], &slots[7]), MN_NULL);
        CHECK_EQ(mn_dict_count(slots[5]), (size_t)i * 2);
    }
    for (int i = 0; i < 40; i++) {
        slots[7] = item(i);
        CHECK_EQ(item_value(get(slots[7])), i);
    }
    // Unbound, with a self that is not a dict.
    mn_value_t keys = mn_type_find_attr(&mn_type_dict, mn_qstr_value(MN_QSTR_keys));
    slots[9] = mn_small_int(1);
    CHECK_STRING(repr(mn_call(&runtime, &keys, &slots[9], 1, MN_NULL)),
                 "!TypeError: descriptor 'keys' for 'dict' objects doesn't apply to a 'int' object",
                 "dict.keys(1)");
    CHECK(heap_sound());
}

static void views_and_iterators(void) {
    CHECK(objects_setup(ARENA));
    static const int pairs[] = {1, 10, 2, 20, 3, 30};
    slots[0] = item_dict(pairs, 3);
    slots[1] = CALL(MN_QSTR_keys, slots[0]);
    slots[2] = CALL(MN_QSTR_values, slots[0]);
    slots[3] = CALL(MN_QSTR_items, slots[0]);
    CHECK(mn_type_of(slots[1]) == &mn_type_dict_keys);
    CHECK_STRING(repr(slots[1]), "dict_keys([1, 2, 3])", "keys");
    CHECK_STRING(repr(slots[2]), "dict_values([10, 20, 30])", "values");
    CHECK_STRING(repr(slots[3]), "dict_items([(1, 10), (2, 20), (3, 30)])", "items");
    CHECK_EQ(mn_len(&runtime, &slots[1]), mn_small_int(3));
    CHECK_EQ(mn_truth(&runtime, &slots[2]), MN_TRUE);
    // Views follow the dict.
    slots[4] = item(4);
    slots[5] = item(40);
    CHECK(mn_dict_set(&runtime, &slots[0], &slots[4], &slots[5]));
    CHECK_STRING(repr(slots[1]), "dict_keys([1, 2, 3, 4])", "live");
    CHECK_EQ(mn_contains(&runtime, &slots[1], &slots[4]), MN_TRUE);
    CHECK_EQ(mn_contains(&runtime, &slots[2], &slots[5]), MN_TRUE);
    CHECK_EQ(mn_contains(&runtime, &slots[2], &slots[4]), MN_FALSE);
    slots[6] = mn_tuple_from_values(&runtime, &slots[4], 1);
    slots[7] = mn_tuple_from_values(&runtime, &slots[5], 1);
    slots[6] = mn_binary(&runtime, MN_BINARY_ADD, &slots[6], &slots[7]); // (4, 40)
    CHECK_EQ(mn_contains(&runtime, &slots[3], &slots[6]), MN_TRUE);
    CHECK_EQ(mn_contains(&runtime, &slots[3], &slots[4]), MN_FALSE);
    slots[7] = mn_binary(&runtime, MN_BINARY_ADD, &slots[6], &slots[6]);
    CHECK_EQ(mn_contains(&runtime, &slots[3], &slots[7]), MN_FALSE);
    // Keys and items views compare as sets.
    static const int reordered[] = {4, 40, 3, 30, 2, 20, 1, 10};
    slots[8] = item_dict(reordered, 4);
    slots[9] = CALL(MN_QSTR_keys, slots[8]);
    CHECK_EQ(mn_compare(&runtime, MN_COMPARE_EQUAL, &slots[1], &slots[9]), MN_TRUE);
    slots[9] = CALL(MN_QSTR_items, slots[8]);
    CHECK_EQ(mn_compare(&runtime, MN_COMPARE_EQUAL, &slots[3], &slots[9]), MN_TRUE);
    CHECK_EQ(mn_compare(&runtime, MN_COMPARE_EQUAL, &slots[1], &slots[9]), MN_FALSE);
    CHECK_STRING(repr(mn_hash(&runtime, &slots[1])), "!TypeError: unhashable type: 'dict_keys'",
                 "hash(keys)");
    // Iterators, forward and reversed.
    static const struct {
        int view; // slot
        bool reverse;
        const mn_type_t *type;
        const char *expected;
    } iterations[] = {
        {0, false, &mn_type_dict_keyiterator, "[1, 2, 3, 4]"},
        {1, false, &mn_type_dict_keyiterator, "[1, 2, 3, 4]"},
        {2, false, &mn_type_dict_valueiterator, "[10, 20, 30, 40]"},
        {3, false, &mn_type_dict_itemiterator, "[(1, 10), (2, 20), (3, 30), (4, 40)]"},
        {0, true, &mn_type_dict_reversekeyiterator, "[4, 3, 2, 1]"},
        {1, true, &mn_type_dict_reversekeyiterator, "[4, 3, 2, 1]"},
        {2, true, &mn_type_dict_reversevalueiterator, "[40, 30, 20, 10]"},
        {3, true, &mn_type_dict_reverseitemiterator, "[(4, 40), (3, 30), (2, 20), (1, 10)]"},
    };
    for (size_t i = 0; i < sizeof iterations / sizeof iterations[0]; i++) {
        slots[10] = iterations[i].reverse ? CALL(MN_QSTR___reversed__, slots[iterations[i].view])
                                          : mn_iter(&runtime, &slots[iterations[i].view]);
        CHECK(mn_type_of(slots[10]) == iterations[i].type);
        CHECK_STRING(repr(mn_list_from_iterable(&runtime, &slots[10])), iterations[i].expected,
                     "iteration %zu", i);
        CHECK_EQ(mn_next(&runtime, &slots[10]), MN_NULL);
    }
    // Changes during an iteration.
    slots[10] = mn_iter(&runtime, &slots[0]);
    CHECK_STRING(repr(mn_next(&runtime, &slots[10])), "1", "first");
    slots[4] = item(5);
    CHECK(mn_dict_set(&runtime, &slots[0], &slots[4], &slots[4]));
    CHECK_STRING(repr(mn_next(&runtime, &slots[10])),
                 "!RuntimeError: dictionary changed size during iteration", "grown");
    CHECK_STRING(repr(mn_next(&runtime, &slots[10])),
                 "!RuntimeError: dictionary changed size during iteration", "stays raising");
    // Deleting and adding keeps the size: the keys changed (CPython's second check).
    static const int two[] = {1, 2, 3, 4};
    slots[0] = item_dict(two, 2);
    slots[10] = mn_iter(&runtime, &slots[0]);
    CHECK_STRING(repr(mn_next(&runtime, &slots[10])), "1", "first");
    slots[4] = item(1);
    CHECK(mn_dict_remove(&runtime, &slots[0], &slots[4]) != MN_NULL);
    slots[4] = item(5);
    CHECK(mn_dict_set(&runtime, &slots[0], &slots[4], &slots[4]));
    CHECK_STRING(repr(mn_next(&runtime, &slots[10])), "3", "second");
    CHECK_STRING(repr(mn_next(&runtime, &slots[10])),
                 "!RuntimeError: dictionary keys changed during iteration", "changed");
    CHECK_EQ(mn_next(&runtime, &slots[10]), MN_NULL);
    CHECK(heap_sound());
}

static void memory_errors(void) {
    CHECK(objects_setup(16 * 1024));
    slots[0] = mn_dict_new(&runtime, 0);
    int inserted = 0;
    for (;; inserted++) {
        slots[1] = mn_small_int(inserted);
        if (!mn_dict_set(&runtime, &slots[0], &slots[1], &slots[1])) {
            break;
        }
    }
    CHECK(strncmp(raised(), "!MemoryError: memory allocation failed", 38) == 0);
    CHECK(inserted > 100);
    CHECK_EQ(mn_dict_count(slots[0]), (size_t)inserted);
    for (int i = 0; i < inserted; i++) {
        CHECK_EQ(get(mn_small_int(i)), mn_small_int(i));
    }
    CHECK(heap_sound());
    CHECK_EQ(CALL(MN_QSTR_clear, slots[0]), MN_NONE);
    CHECK(set(mn_small_int(1), mn_small_int(2)));
    CHECK_EQ(get(mn_small_int(1)), mn_small_int(2));
    // Under a locked heap.
    CHECK(objects_setup(ARENA));
    static const int pairs[] = {1, 10, 2, 20, 3, 30, 4, 40};
    slots[0] = item_dict(pairs, 4);
    slots[1] = mn_small_int(9);
    slots[2] = ITEMS(5, 6);
    mn_heap_lock(&runtime.heap);
    const char *locked = "!MemoryError: memory allocation failed, heap is locked";
    CHECK(!mn_dict_set(&runtime, &slots[0], &slots[1], &slots[1])); // needs room
    CHECK_STRING(raised(), locked, "set");
    CHECK_STRING(repr(CALL(MN_QSTR_copy, slots[0])), locked, "copy");
    CHECK_STRING(repr(CALL(MN_QSTR_popitem, slots[0])), locked, "popitem");
    CHECK_STRING(repr(CALL(MN_QSTR_items, slots[0])), locked, "items");
    CHECK_STRING(repr(mn_iter(&runtime, &slots[0])), locked, "iter");
    CHECK_STRING(repr(make_new(&mn_type_dict, 0, NULL, 0, NULL)), locked, "dict()");
    mn_heap_unlock(&runtime.heap);
    CHECK_STRING(repr(slots[0]), "{1: 10, 2: 20, 3: 30, 4: 40}", "unchanged");
    CHECK(set(slots[1], slots[1]));
    CHECK(heap_sound());
}

static const test_case_t cases[] = {
    {"the_c_api", the_c_api},
    {"numbers_and_strs_as_keys", numbers_and_strs_as_keys},
    {"growth_and_churn", growth_and_churn},
    {"a_dict_as_big_as_wide_index_slots", a_dict_as_big_as_wide_index_slots},
    {"keys_that_run_code", keys_that_run_code},
    {"get_str_and_moving_keys", get_str_and_moving_keys},
    {"make_new_and_update", make_new_and_update},
    {"printing_comparing_subscripts", printing_comparing_subscripts},
    {"methods", methods},
    {"views_and_iterators", views_and_iterators},
    {"memory_errors", memory_errors},
};

TEST_MAIN(cases)
