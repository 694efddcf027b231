// Tests of set and frozenset (src/obj/set.c): the layout of small sets, growth into the
// hashed form and deletion, items whose == and hash run code that changes the set, collects
// or raises, and the iterator's check of changes.
#include "obj/set.h"
#include "objects.h"
#include "testing.h"

#define ARENA (256 * 1024)

static bool add(mn_value_t key) {
    slots[40] = key;
    return mn_set_add(&runtime, &slots[0], &slots[40]);
}

static mn_value_t contains(mn_value_t key) {
    slots[40] = key;
    return mn_set_contains(&runtime, &slots[0], &slots[40]);
}

static mn_value_t discard(mn_value_t key) {
    return CALL(MN_QSTR_discard, slots[0], key);
}

static size_t slots_words(mn_value_t set) {
    mn_value_t vector = ((const mn_set_t *)mn_object(set))->slots;
    return vector == MN_NULL ? 0 : mn_block_words(mn_object(vector));
}

static void layout(void) {
    CHECK(objects_setup(ARENA));
    // {1, 2, 3}: header, count, slots ref; slots: header and 3 items (12 + 16 on 32-bit).
    slots[1] = mn_small_int(1);
    slots[2] = mn_small_int(2);
    slots[3] = mn_small_int(3);
    slots[0] = mn_set_from_values(&runtime, &slots[1], 3);
    CHECK_EQ(mn_block_words(mn_object(slots[0])), 3);
    CHECK_EQ(slots_words(slots[0]), 4);
    CHECK_STRING(repr(slots[0]), "{1, 2, 3}", "{1, 2, 3}");
    // Duplicates give their slots back; an empty set has no slots.
    slots[2] = mn_small_int(1);
    slots[0] = mn_set_from_values(&runtime, &slots[1], 3);
    CHECK_EQ(slots_words(slots[0]), 3);
    slots[0] = mn_set_from_values(&runtime, NULL, 0);
    CHECK_EQ(slots_words(slots[0]), 0);
    CHECK_STRING(repr(slots[0]), "set()", "set()");
    slots[0] = mn_set_new(&runtime, true);
    CHECK_STRING(repr(slots[0]), "frozenset()", "frozenset()");
    CHECK(mn_type_of(slots[0]) == &mn_type_frozenset);
    CHECK(heap_sound());
}

static void growth_and_deletion(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_set_new(&runtime, false);
    for (int i = 0; i < 300; i++) {
        CHECK(add(mn_small_int(i * 7)));
        CHECK(add(mn_small_int(i * 7))); // already there
    }
    CHECK_EQ(mn_set_count(slots[0]), 300);
    CHECK(slots_words(slots[0]) >= 1 + 1 + 400); // the hashed form, at most 3/4 full
    for (int i = 0; i < 300 * 7; i++) {
        CHECK_EQ(contains(mn_small_int(i)), mn_bool(i % 7 == 0));
    }
    // Deleting and adding again many times: deleted slots never fill the table.
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 300; i += 2) {
            CHECK_EQ(discard(mn_small_int(i * 7)), MN_NONE);
        }
        CHECK_EQ(mn_set_count(slots[0]), 150);
        for (int i = 0; i < 300; i += 2) {
            CHECK(add(mn_small_int(i * 7 + 1000000)));
        }
        for (int i = 0; i < 300; i += 2) {
            CHECK_EQ(discard(mn_small_int(i * 7 + 1000000)), MN_NONE);
            CHECK(add(mn_small_int(i * 7)));
        }
        CHECK_EQ(mn_set_count(slots[0]), 300);
    }
    for (int i = 0; i < 300; i++) {
        CHECK_EQ(contains(mn_small_int(i * 7)), MN_TRUE);
    }
    // Popping everything.
    for (int i = 0; i < 300; i++) {
        CHECK(mn_is_small_int(CALL(MN_QSTR_pop, slots[0])));
    }
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0])), "!KeyError: pop from an empty set", "pop");
    CHECK(heap_sound());
}

static int hook_action; // 1: add an item to the set, 2: raise, 3: collect
static unsigned hook_calls;

static bool hook(void) {
    hook_calls++;
    if (hook_action == 1 && hook_calls == 2) {
        slots[41] = mn_small_int(12345);
        return mn_set_add(&runtime, &slots[0], &slots[41]);
    }
    if (hook_action == 2) {
        hook_action = 0;
        (void)mn_raise(&runtime, &mn_type_RuntimeError, "eq failed");
        return false;
    }
    if (hook_action == 3) {
        mn_gc_collect(&runtime.heap);
    }
    return true;
}

static void items_that_run_code(void) {
    CHECK(objects_setup(ARENA));
    item_hook = hook;
    for (int size = 4; size <= 40; size += 36) { // the small form, then the hashed one
        slots[0] = mn_set_new(&runtime, false);
        for (int i = 0; i < size; i++) {
            slots[1] = item(i);
            CHECK(add(slots[1]));
        }
        // An equal item, another object: found; the set changing under == restarts.
        hook_action = 1;
        hook_calls = 0;
        slots[1] = item(size - 1);
        CHECK_EQ(contains(slots[1]), MN_TRUE);
        CHECK_EQ(contains(mn_small_int(12345)), MN_TRUE);
        CHECK_EQ(mn_set_count(slots[0]), (size_t)size + 1);
        // Errors of == and hash.
        hook_action = 2;
        slots[1] = item(2);
        CHECK_STRING(repr(contains(slots[1])), "!RuntimeError: eq failed", "contains");
        hook_action = 2;
        CHECK_STRING(repr(discard(slots[1])), "!RuntimeError: eq failed", "discard");
        CHECK_EQ(contains(slots[1]), MN_TRUE);
        // A collection at every hash and ==.
        hook_action = 3;
        for (int i = 0; i < size; i++) {
            slots[1] = item(i + 1000);
            CHECK(add(slots[1]));
        }
        for (int i = 0; i < size; i++) {
            slots[1] = item(i + 1000);
            CHECK_EQ(contains(slots[1]), MN_TRUE);
            slots[1] = item(i);
            CHECK_EQ(discard(slots[1]), MN_NONE);
        }
        CHECK_EQ(mn_set_count(slots[0]), (size_t)size + 1);
        hook_action = 0;
    }
    item_hook = NULL;
    CHECK(heap_sound());
}

static void iteration(void) {
    CHECK(objects_setup(ARENA));
    slots[1] = ITEMS(1, 2, 3);
    slots[0] = mn_set_from_iterable(&runtime, false, &slots[1]);
    slots[2] = mn_iter(&runtime, &slots[0]);
    CHECK(mn_next(&runtime, &slots[2]) != MN_NULL);
    CHECK(add(mn_small_int(7)));
    CHECK_STRING(repr(mn_next(&runtime, &slots[2])),
                 "!RuntimeError: Set changed size during iteration", "changed");
    slots[2] = mn_iter(&runtime, &slots[0]);
    size_t seen = 0;
    mn_value_t next;
    while ((next = mn_next(&runtime, &slots[2])) != MN_NULL) {
        CHECK(next != MN_EXCEPTION);
        seen++;
    }
    CHECK_EQ(seen, 4);
    CHECK_EQ(mn_next(&runtime, &slots[2]), MN_NULL);
    CHECK(heap_sound());
}

static const test_case_t cases[] = {
    {"layout", layout},
    {"growth_and_deletion", growth_and_deletion},
    {"items_that_run_code", items_that_run_code},
    {"iteration", iteration},
};

TEST_MAIN(cases)
