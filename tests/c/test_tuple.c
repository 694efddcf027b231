// Tests of tuple (src/obj/tuple.c): construction, the empty tuple in ROM, printing, CPython
// 3.11's hash, operators, comparisons, subscripts, iteration and methods, with CPython's
// results and messages.
#include <string.h>

#include "obj/float.h"
#include "obj/list.h"
#include "obj/slice.h"
#include "obj/tuple.h"
#include "objects.h"
#include "testing.h"

#define ARENA (64 * 1024)

static mn_value_t tuple_of_items(int count, int first) {
    slots[40] = mn_list_new(&runtime, 0);
    for (int i = 0; i < count; i++) {
        slots[41] = item(first + i);
        if (!mn_list_append(&runtime, &slots[40], &slots[41])) {
            return MN_EXCEPTION;
        }
    }
    return mn_tuple_from_iterable(&runtime, &slots[40]);
}

static void construction(void) {
    CHECK(objects_setup(ARENA));
    const mn_value_t empty = mn_object_value(&mn_tuple_empty);
    CHECK_EQ(make_new(&mn_type_tuple, 0, NULL, 0, NULL), empty);
    slots[0] = mn_list_new(&runtime, 0);
    CHECK_EQ(mn_tuple_from_iterable(&runtime, &slots[0]), empty);
    CHECK_EQ(mn_tuple_from_values(&runtime, NULL, 0), empty);
    slots[0] = ITEMS(1, 2, 3);
    slots[1] = make_new(&mn_type_tuple, 1, slots, 0, NULL);
    CHECK_STRING(repr(slots[1]), "(1, 2, 3)", "tuple(list)");
    CHECK_EQ(make_new(&mn_type_tuple, 1, &slots[1], 0, NULL), slots[1]); // tuple(t) is t
    slots[2] = mn_iter(&runtime, &slots[0]);
    CHECK_STRING(repr(make_new(&mn_type_tuple, 1, &slots[2], 0, NULL)), "(1, 2, 3)",
                 "tuple(iterator)");
    CHECK_STRING(repr(make_new(&mn_type_tuple, 1, VALUES(mn_small_int(5)), 0, NULL)),
                 "!TypeError: 'int' object is not iterable", "tuple(5)");
    CHECK_STRING(repr(make_new(&mn_type_tuple, 2, slots, 0, NULL)),
                 "!TypeError: tuple expected at most 1 argument, got 2", "tuple(1, 2)");
    static const unsigned x[] = {MN_QSTR_key};
    CHECK_STRING(repr(make_new(&mn_type_tuple, 0, VALUES(mn_small_int(1)), 1, x)),
                 "!TypeError: tuple() takes no keyword arguments", "tuple(x=1)");
    CHECK(mn_type_of(slots[1]) == &mn_type_tuple);
    CHECK(mn_type_of(empty) == &mn_type_tuple);
    CHECK(heap_sound());
}

static void printing(void) {
    CHECK(objects_setup(ARENA));
    CHECK_STRING(repr(mn_object_value(&mn_tuple_empty)), "()", "()");
    CHECK_STRING(repr(tuple_of_items(1, 7)), "(7,)", "(7,)");
    CHECK_STRING(repr(tuple_of_items(2, 7)), "(7, 8)", "(7, 8)");
    slots[0] = text_item('a');
    slots[1] = mn_tuple_from_values(&runtime, &slots[0], 1);
    CHECK_STRING(repr(slots[1]), "('a',)", "('a',)");
    // A tuple holding a list holding the tuple.
    slots[2] = mn_list_new(&runtime, 0);
    slots[3] = mn_tuple_from_values(&runtime, &slots[2], 1);
    CHECK(mn_list_append(&runtime, &slots[2], &slots[3]));
    CHECK_STRING(repr(slots[3]), "([(...)],)", "recursive");
    CHECK(heap_sound());
}

static void lengths_and_hashes(void) {
    CHECK(objects_setup(ARENA));
    static const struct {
        int count;
        intptr_t items[4];
        long long hash64, hash32; // CPython's, halved when beyond a small int
    } cases[] = {
        {0, {0}, 2870177450013036093ll, 750394483},
        {1, {1}, -3322107227436801448ll, 978108133},
        {2, {1, 2}, -3550055125485641917ll, 994727857},
        {3, {1, 2, 3}, 529344067295497451ll, -1011354237},
        {1, {-1}, 4039339759294508182ll, 1052453297},
        {2, {0, 0}, -4229069601841260493ll, -168982784},
        {4, {5, -7, 9, 100000}, -3645641002124343264ll, 993032944},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mn_value_t values[4];
        for (int j = 0; j < cases[i].count; j++) {
            values[j] = mn_small_int(cases[i].items[j]); // immediates: no root needed
        }
        slots[0] = mn_tuple_from_values(&runtime, values, (size_t)cases[i].count);
        CHECK_EQ(mn_len(&runtime, &slots[0]), mn_small_int(cases[i].count));
        CHECK_EQ(mn_truth(&runtime, &slots[0]), mn_bool(cases[i].count > 0));
        mn_value_t hash = mn_hash(&runtime, &slots[0]);
        CHECK_EQ(mn_small_int_value(hash), sizeof(void *) == 8 ? cases[i].hash64 : cases[i].hash32);
    }
    // Items hash through their type: a tuple of items hashes as the tuple of their values.
    slots[0] = tuple_of_items(2, 1);
    CHECK_EQ(mn_small_int_value(mn_hash(&runtime, &slots[0])),
             sizeof(void *) == 8 ? -3550055125485641917ll : 994727857);
    slots[1] = mn_list_new(&runtime, 0);
    slots[2] = mn_tuple_from_values(&runtime, &slots[1], 1);
    CHECK_STRING(repr(mn_hash(&runtime, &slots[2])), "!TypeError: unhashable type: 'list'",
                 "hash(([],))");
    CHECK(heap_sound());
}

static void operators(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = tuple_of_items(2, 1);
    slots[1] = tuple_of_items(1, 3);
    slots[2] = mn_object_value(&mn_tuple_empty);
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_ADD, &slots[0], &slots[1])), "(1, 2, 3)", "+");
    CHECK_EQ(mn_binary(&runtime, MN_BINARY_ADD, &slots[0], &slots[2]), slots[0]);
    CHECK_EQ(mn_binary(&runtime, MN_BINARY_ADD, &slots[2], &slots[0]), slots[0]);
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_INPLACE_ADD, &slots[0], &slots[1])),
                 "(1, 2, 3)", "+=");
    CHECK_STRING(repr(slots[0]), "(1, 2)", "+= makes a new tuple");
    slots[3] = ITEMS(1);
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_ADD, &slots[0], &slots[3])),
                 "!TypeError: can only concatenate tuple (not \"list\") to tuple", "tuple + list");
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_INPLACE_ADD, &slots[0], &slots[3])),
                 "!TypeError: can only concatenate tuple (not \"list\") to tuple", "tuple += list");
    slots[4] = mn_small_int(2);
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_MULTIPLY, &slots[0], &slots[4])),
                 "(1, 2, 1, 2)", "* 2");
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_MULTIPLY, &slots[4], &slots[0])),
                 "(1, 2, 1, 2)", "2 *");
    slots[4] = mn_small_int(1);
    CHECK_EQ(mn_binary(&runtime, MN_BINARY_MULTIPLY, &slots[0], &slots[4]), slots[0]);
    slots[4] = mn_small_int(-5);
    CHECK_EQ(mn_binary(&runtime, MN_BINARY_MULTIPLY, &slots[0], &slots[4]),
             mn_object_value(&mn_tuple_empty));
    slots[4] = mn_float_new(&runtime, 2.0);
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_MULTIPLY, &slots[0], &slots[4])),
                 "!TypeError: can't multiply sequence by non-int of type 'float'", "* 2.0");
    slots[4] = int_of("1000000000000000000000000000000");
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_MULTIPLY, &slots[0], &slots[4])),
                 "!OverflowError: cannot fit 'int' into an index-sized integer", "* 10**30");
    slots[4] = mn_small_int(3);
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_SUBTRACT, &slots[0], &slots[4])),
                 "!TypeError: unsupported operand type(s) for -: 'tuple' and 'int'", "-");
    CHECK(heap_sound());
}

static const char *compare(mn_compare_op_t op, mn_value_t left, mn_value_t right) {
    slots[38] = left;
    slots[39] = right;
    return repr(mn_compare(&runtime, op, &slots[38], &slots[39]));
}

static void comparisons_and_search(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = tuple_of_items(2, 1); // (1, 2)
    slots[1] = tuple_of_items(3, 1); // (1, 2, 3)
    slots[2] = tuple_of_items(2, 1); // (1, 2)
    slots[3] = tuple_of_items(1, 2); // (2,)
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[2]), "True", "==");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[0], slots[1]), "True", "(1, 2) < (1, 2, 3)");
    CHECK_STRING(compare(MN_COMPARE_GREATER, slots[3], slots[1]), "True", "(2,) > (1, 2, 3)");
    CHECK_STRING(compare(MN_COMPARE_NOT_EQUAL, slots[0], slots[1]), "True", "!=");
    CHECK_STRING(compare(MN_COMPARE_GREATER_EQUAL, slots[0], slots[2]), "True", ">=");
    slots[4] = ITEMS(1, 2);
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[4]), "False", "tuple == list");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[0], slots[4]),
                 "!TypeError: '<' not supported between instances of 'tuple' and 'list'", "<");
    slots[5] = item(2);
    CHECK_EQ(mn_contains(&runtime, &slots[1], &slots[5]), MN_TRUE);
    slots[5] = item(4);
    CHECK_EQ(mn_contains(&runtime, &slots[1], &slots[5]), MN_FALSE);
    slots[6] = mn_binary(&runtime, MN_BINARY_ADD, &slots[1], &slots[0]); // (1, 2, 3, 1, 2)
    slots[5] = item(2);
    CHECK_EQ(CALL(MN_QSTR_count, slots[6], slots[5]), mn_small_int(2));
    CHECK_EQ(CALL(MN_QSTR_index, slots[6], slots[5]), mn_small_int(1));
    CHECK_EQ(CALL(MN_QSTR_index, slots[6], slots[5], mn_small_int(2)), mn_small_int(4));
    CHECK_EQ(CALL(MN_QSTR_index, slots[6], slots[5], mn_small_int(-1)), mn_small_int(4));
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[6], slots[5], mn_small_int(2), mn_small_int(4))),
                 "!ValueError: tuple.index(x): x not in tuple", "index(2, 2, 4)");
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[6], slots[5], mn_qstr_value(MN_QSTR_key))),
                 "!TypeError: slice indices must be integers or have an __index__ method",
                 "index(2, 'key')");
    slots[5] = item(9);
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[6], slots[5])),
                 "!ValueError: tuple.index(x): x not in tuple", "index(9)");
    CHECK(heap_sound());
}

static void subscripts_and_iteration(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = tuple_of_items(5, 0); // (0, 1, 2, 3, 4)
    slots[1] = mn_small_int(-1);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)), "4", "t[-1]");
    slots[1] = mn_small_int(5);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)),
                 "!IndexError: tuple index out of range", "t[5]");
    slots[1] = mn_qstr_value(MN_QSTR_key);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)),
                 "!TypeError: tuple indices must be integers or slices, not str", "t['key']");
    static const struct {
        mn_value_t start, stop, step;
        const char *expected;
    } slices[] = {
        {MN_SMALL_INT(1), MN_SMALL_INT(3), MN_NONE, "(1, 2)"},
        {MN_NONE, MN_NONE, MN_SMALL_INT(-1), "(4, 3, 2, 1, 0)"},
        {MN_SMALL_INT(-2), MN_NONE, MN_NONE, "(3, 4)"},
        {MN_SMALL_INT(5), MN_NONE, MN_NONE, "()"},
        {MN_NONE, MN_NONE, MN_SMALL_INT(2), "(0, 2, 4)"},
        {MN_SMALL_INT(10), MN_SMALL_INT(-10), MN_SMALL_INT(-3), "(4, 1)"},
    };
    for (size_t i = 0; i < sizeof slices / sizeof slices[0]; i++) {
        slots[1] = mn_slice_new(&runtime, &slices[i].start, &slices[i].stop, &slices[i].step);
        CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)), slices[i].expected,
                     "slice %zu", i);
    }
    slots[1] = mn_slice_new(&runtime, VALUES(MN_NONE), VALUES(MN_NONE), VALUES(MN_NONE));
    CHECK_EQ(mn_subscript(&runtime, &slots[0], &slots[1], NULL), slots[0]); // t[:] is t
    slots[1] = mn_small_int(0);
    slots[2] = item(1);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], &slots[2])),
                 "!TypeError: 'tuple' object does not support item assignment", "t[0] = 1");
    slots[2] = MN_NULL;
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], &slots[2])),
                 "!TypeError: 'tuple' object doesn't support item deletion", "del t[0]");
    // Iteration.
    slots[3] = mn_iter(&runtime, &slots[0]);
    CHECK(mn_type_of(slots[3]) == &mn_type_tuple_iterator);
    CHECK_EQ(mn_iter(&runtime, &slots[3]), slots[3]);
    for (int i = 0; i < 5; i++) {
        mn_value_t next = mn_next(&runtime, &slots[3]);
        CHECK_EQ(item_value(next), i);
    }
    CHECK_EQ(mn_next(&runtime, &slots[3]), MN_NULL);
    CHECK_EQ(mn_next(&runtime, &slots[3]), MN_NULL);
    CHECK(heap_sound());
}

static void memory_errors(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = tuple_of_items(3, 0);
    slots[1] = tuple_of_items(1, 5);
    slots[2] = mn_small_int(2);
    slots[3] = ITEMS(1, 2);
    slots[4] = mn_slice_new(&runtime, VALUES(MN_SMALL_INT(1)), VALUES(MN_NONE), VALUES(MN_NONE));
    mn_heap_lock(&runtime.heap);
    const char *locked = "!MemoryError: memory allocation failed, heap is locked";
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_ADD, &slots[0], &slots[1])), locked, "+");
    CHECK_STRING(repr(mn_binary(&runtime, MN_BINARY_MULTIPLY, &slots[0], &slots[2])), locked, "*");
    CHECK_STRING(repr(mn_tuple_from_iterable(&runtime, &slots[3])), locked, "tuple(list)");
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[4], NULL)), locked, "t[1:]");
    CHECK_STRING(repr(mn_iter(&runtime, &slots[0])), locked, "iter");
    mn_heap_unlock(&runtime.heap);
    CHECK_STRING(repr(slots[0]), "(0, 1, 2)", "unchanged");
    CHECK(heap_sound());
}

static const test_case_t cases[] = {
    {"construction", construction},
    {"printing", printing},
    {"lengths_and_hashes", lengths_and_hashes},
    {"operators", operators},
    {"comparisons_and_search", comparisons_and_search},
    {"subscripts_and_iteration", subscripts_and_iteration},
    {"memory_errors", memory_errors},
};

TEST_MAIN(cases)
