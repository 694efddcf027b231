// Tests of range (src/obj/range.c): construction with CPython's errors, printing, lengths,
// lazy iteration of small and huge ranges, membership and search by arithmetic, subscripts
// and slices (ranges of any size), equality and hash, attributes.
#include <string.h>

#include "obj/float.h"
#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/range.h"
#include "objects.h"
#include "slice_cases.h"
#include "testing.h"

#define ARENA (64 * 1024)
#define BIG "100000000000000000000" // 10**20

static mn_value_t range3(mn_value_t start, mn_value_t stop, mn_value_t step) {
    slots[40] = start;
    slots[41] = stop;
    slots[42] = step;
    return make_new(&mn_type_range, 3, &slots[40], 0, NULL);
}

static mn_value_t range1(mn_value_t stop) {
    slots[40] = stop;
    return make_new(&mn_type_range, 1, &slots[40], 0, NULL);
}

static const char *values_of(mn_value_t range) {
    slots[43] = range;
    slots[43] = mn_list_from_iterable(&runtime, &slots[43]);
    return slots[43] == MN_EXCEPTION ? raised() : ints(slots[43]);
}

static void construction_and_printing(void) {
    CHECK(objects_setup(ARENA));
    CHECK_STRING(repr(range1(mn_small_int(10))), "range(0, 10)", "range(10)");
    CHECK_STRING(repr(range1(mn_small_int(-5))), "range(0, -5)", "range(-5)");
    CHECK_STRING(repr(range1(MN_TRUE)), "range(0, 1)", "range(True)");
    CHECK_STRING(repr(range3(mn_small_int(0), mn_small_int(10), mn_small_int(2))),
                 "range(0, 10, 2)", "range(0, 10, 2)");
    CHECK_STRING(repr(range3(mn_small_int(1), mn_small_int(2), mn_small_int(1))), "range(1, 2)",
                 "step 1 not shown");
    slots[0] = int_of(BIG);
    CHECK_STRING(repr(range1(slots[0])), "range(0, " BIG ")", "range(10**20)");
    slots[1] = range1(slots[0]);
    CHECK(mn_type_of(slots[1]) == &mn_type_range);
    CHECK_STRING(repr(make_new(&mn_type_range, 0, NULL, 0, NULL)),
                 "!TypeError: range expected at least 1 argument, got 0", "range()");
    CHECK_STRING(
        repr(make_new(&mn_type_range, 4,
                      VALUES(MN_SMALL_INT(1), MN_SMALL_INT(2), MN_SMALL_INT(3), MN_SMALL_INT(4)), 0,
                      NULL)),
        "!TypeError: range expected at most 3 arguments, got 4", "range(1, 2, 3, 4)");
    slots[2] = mn_float_new(&runtime, 1.0);
    CHECK_STRING(repr(range1(slots[2])),
                 "!TypeError: 'float' object cannot be interpreted as an integer", "range(1.0)");
    CHECK_STRING(repr(range1(mn_qstr_value(MN_QSTR_key))),
                 "!TypeError: 'str' object cannot be interpreted as an integer", "range('key')");
    CHECK_STRING(repr(range3(mn_small_int(0), mn_small_int(1), mn_small_int(0))),
                 "!ValueError: range() arg 3 must not be zero", "range(0, 1, 0)");
    static const unsigned a[] = {MN_QSTR_start};
    CHECK_STRING(repr(make_new(&mn_type_range, 0, VALUES(MN_SMALL_INT(1)), 1, a)),
                 "!TypeError: range() takes no keyword arguments", "range(start=1)");
    CHECK(heap_sound());
}

static void lengths(void) {
    CHECK(objects_setup(ARENA));
    static const struct {
        int start, stop, step, length;
    } cases[] = {
        {0, 10, 1, 10}, {0, 10, 3, 4}, {10, 0, -3, 4}, {0, 0, 1, 0},   {5, 2, 1, 0},
        {2, 5, -1, 0},  {-5, 5, 2, 5}, {5, -5, -2, 5}, {0, 1, 100, 1}, {-1, -10, -4, 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        slots[0] = range3(mn_small_int(cases[i].start), mn_small_int(cases[i].stop),
                          mn_small_int(cases[i].step));
        CHECK_EQ(mn_len(&runtime, &slots[0]), mn_small_int(cases[i].length));
        CHECK_EQ(mn_truth(&runtime, &slots[0]), mn_bool(cases[i].length > 0));
    }
    slots[1] = int_of(BIG);
    slots[0] = range1(slots[1]);
    CHECK_STRING(repr(mn_len(&runtime, &slots[0])),
                 "!OverflowError: Python int too large to convert to C ssize_t", "len");
    CHECK_STRING(repr(mn_range_length(&runtime, &slots[0])), BIG, "length");
    CHECK_EQ(mn_truth(&runtime, &slots[0]), MN_TRUE);
    slots[2] = int_of("-" BIG);
    slots[0] = range3(slots[1], slots[2], mn_small_int(-3)); // 10**20 down to -10**20
    CHECK_STRING(repr(mn_range_length(&runtime, &slots[0])), "66666666666666666667", "down");
    slots[0] = range3(slots[1], slots[2], mn_small_int(1));
    CHECK_STRING(repr(mn_range_length(&runtime, &slots[0])), "0", "empty");
    CHECK_EQ(mn_truth(&runtime, &slots[0]), MN_FALSE);
    CHECK(heap_sound());
}

static void iteration(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = range3(mn_small_int(10), mn_small_int(0), mn_small_int(-3));
    CHECK_STRING(values_of(slots[0]), "10 7 4 1", "range(10, 0, -3)");
    slots[1] = mn_iter(&runtime, &slots[0]);
    CHECK(mn_type_of(slots[1]) == &mn_type_range_iterator);
    CHECK_EQ(mn_iter(&runtime, &slots[1]), slots[1]);
    CHECK_STRING(values_of(range1(mn_small_int(0))), "", "empty");
    // Huge ranges are iterated lazily.
    slots[2] = int_of(BIG);
    slots[3] = int_of("100000000000000000003");
    slots[0] = range3(slots[2], slots[3], mn_small_int(1));
    slots[1] = mn_iter(&runtime, &slots[0]);
    CHECK(mn_type_of(slots[1]) == &mn_type_longrange_iterator);
    CHECK_STRING(values_of(slots[0]), BIG " 100000000000000000001 100000000000000000002",
                 "range(10**20, 10**20 + 3)");
    slots[0] = range1(slots[2]);
    slots[1] = mn_iter(&runtime, &slots[0]);
    for (int i = 0; i < 3; i++) {
        CHECK_EQ(mn_next(&runtime, &slots[1]), mn_small_int(i));
    }
    // At the edge of the small ints: the value after the last is not a small int.
    slots[2] = mn_small_int(MN_SMALL_INT_MAX - 3);
    slots[3] = mn_small_int(MN_SMALL_INT_MAX);
    slots[0] = range3(slots[2], slots[3], mn_small_int(2));
    slots[1] = mn_iter(&runtime, &slots[0]);
    CHECK(mn_type_of(slots[1]) == &mn_type_longrange_iterator);
    CHECK_EQ(mn_next(&runtime, &slots[1]), mn_small_int(MN_SMALL_INT_MAX - 3));
    CHECK_EQ(mn_next(&runtime, &slots[1]), mn_small_int(MN_SMALL_INT_MAX - 1));
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL);
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL);
    slots[2] = mn_small_int(MN_SMALL_INT_MIN);
    slots[3] = mn_small_int(MN_SMALL_INT_MAX);
    slots[0] = range3(slots[2], slots[3], mn_small_int(MN_SMALL_INT_MAX));
    CHECK_STRING(repr(mn_len(&runtime, &slots[0])), "3", "wide steps");
    slots[1] = mn_iter(&runtime, &slots[0]);
    CHECK_EQ(mn_next(&runtime, &slots[1]), mn_small_int(MN_SMALL_INT_MIN));
    CHECK_EQ(mn_next(&runtime, &slots[1]), mn_small_int(-1));
    CHECK_EQ(mn_next(&runtime, &slots[1]), mn_small_int(MN_SMALL_INT_MAX - 1));
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL);
    CHECK(heap_sound());
}

static void membership_and_search(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = range3(mn_small_int(0), mn_small_int(10), mn_small_int(3)); // 0 3 6 9
    static const struct {
        int value;
        bool in;
    } cases[] = {{0, true},   {3, true},   {9, true},  {4, false},
                 {10, false}, {-3, false}, {12, false}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        slots[1] = mn_small_int(cases[i].value);
        CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[1]), mn_bool(cases[i].in));
        CHECK_EQ(CALL(MN_QSTR_count, slots[0], slots[1]), mn_small_int(cases[i].in));
    }
    slots[1] = MN_TRUE;
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[1]), MN_FALSE);
    slots[2] = range1(mn_small_int(2));
    CHECK_EQ(mn_contains(&runtime, &slots[2], &slots[1]), MN_TRUE); // True == 1
    CHECK_EQ(CALL(MN_QSTR_index, slots[0], mn_small_int(6)), mn_small_int(2));
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], mn_small_int(10))),
                 "!ValueError: 10 is not in range", "index(10)");
    slots[2] = range3(mn_small_int(1), mn_small_int(3), mn_small_int(1));
    CHECK_EQ(CALL(MN_QSTR_index, slots[2], MN_TRUE), mn_small_int(0));
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[2], MN_FALSE)),
                 "!ValueError: False is not in range", "index(False)");
    // Not an int: searched by iteration, with ==.
    slots[3] = text_item('a');
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[3]), MN_FALSE);
    CHECK_EQ(CALL(MN_QSTR_count, slots[0], slots[3]), mn_small_int(0));
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], slots[3])),
                 "!ValueError: sequence.index(x): x not in sequence", "index('a')");
    // Huge ranges: by arithmetic.
    slots[4] = int_of(BIG);
    slots[0] = range3(mn_small_int(0), slots[4], mn_small_int(3));
    slots[5] = int_of("10000000000000000000"); // 10**19 = 1 (mod 3)
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[5]), MN_FALSE);
    slots[5] = int_of("10000000000000000002");
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[5]), MN_TRUE);
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], slots[5])), "3333333333333333334", "index");
    slots[5] = mn_small_int(-3);
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[5]), MN_FALSE);
    slots[5] = int_of(BIG);
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[5]), MN_FALSE);
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], slots[5])),
                 "!ValueError: " BIG " is not in range", "index(10**20)");
    CHECK(heap_sound());
}

static void subscripts(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = range1(mn_small_int(10));
    static const struct {
        int index;
        const char *expected;
    } cases[] = {{3, "3"},
                 {-1, "9"},
                 {-10, "0"},
                 {10, "!IndexError: range object index out of range"},
                 {-11, "!IndexError: range object index out of range"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        slots[1] = mn_small_int(cases[i].index);
        CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)), cases[i].expected,
                     "range(10)[%d]", cases[i].index);
    }
    slots[1] = MN_TRUE;
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)), "1", "[True]");
    slots[1] = int_of("1000000000000000000000000000000");
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)),
                 "!IndexError: range object index out of range", "[10**30]");
    slots[1] = int_of("-1000000000000000000000000000000");
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)),
                 "!IndexError: range object index out of range", "[-10**30]");
    slots[1] = mn_qstr_value(MN_QSTR_key);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)),
                 "!TypeError: range indices must be integers or slices, not str", "['key']");
    slots[1] = mn_small_int(0);
    slots[2] = mn_small_int(1);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], &slots[2])),
                 "!TypeError: 'range' object does not support item assignment", "r[0] = 1");
    slots[3] = int_of(BIG);
    slots[0] = range1(slots[3]);
    slots[1] = mn_small_int(-1);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)), "99999999999999999999",
                 "range(10**20)[-1]");
    slots[0] = range3(slots[3], mn_small_int(0), mn_small_int(-7));
    slots[1] = mn_small_int(2);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)), "99999999999999999986",
                 "range(10**20, 0, -7)[2]");
    CHECK(heap_sound());
}

static void slices(void) {
    CHECK(objects_setup(ARENA));
    for (size_t i = 0; i < sizeof slice_cases / sizeof slice_cases[0]; i++) {
        const slice_case_t *c = &slice_cases[i];
        slots[0] = range1(mn_small_int(6));
        slots[1] = slice_of(c->start, c->stop, c->step);
        slots[2] = mn_subscript(&runtime, &slots[0], &slots[1], NULL);
        CHECK_STRING(repr(slots[2]), c->range, "case %zu", i);
        // The same values as the list's slice.
        char expected[128];
        size_t length = strlen(c->get);
        snprintf(expected, sizeof expected, "%.*s", (int)(length - 2), c->get + 1);
        for (char *comma; (comma = strstr(expected, ", ")) != NULL;) {
            memmove(comma, comma + 1, strlen(comma + 1) + 1);
        }
        CHECK_STRING(values_of(slots[2]), expected, "case %zu values", i);
    }
    static const struct {
        const char *start, *stop, *step; // NULL: None
        const char *range_stop, *range_step;
        const char *expected;
    } big[] = {
        {"10000000000000000000", NULL, NULL, BIG, "1", "range(10000000000000000000, " BIG ")"},
        {NULL, NULL, "7", BIG, "3", "range(0, 100000000000000000002, 21)"},
        {NULL, NULL, "1000000000000000000000000000000", "5", "1",
         "range(0, 5, 1000000000000000000000000000000)"},
        {NULL, NULL, "-1", BIG, "1", "range(99999999999999999999, -1, -1)"},
    };
    for (size_t i = 0; i < sizeof big / sizeof big[0]; i++) {
        slots[1] = int_of(big[i].range_stop);
        slots[2] = int_of(big[i].range_step);
        slots[0] = range3(mn_small_int(0), slots[1], slots[2]);
        slots[3] = big[i].start ? int_of(big[i].start) : MN_NONE;
        slots[4] = big[i].stop ? int_of(big[i].stop) : MN_NONE;
        slots[5] = big[i].step ? int_of(big[i].step) : MN_NONE;
        slots[6] = mn_slice_new(&runtime, &slots[3], &slots[4], &slots[5]);
        CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[6], NULL)), big[i].expected,
                     "big %zu", i);
    }
    slots[1] = slice_of(N, N, 0);
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[0], &slots[1], NULL)),
                 "!ValueError: slice step cannot be zero", "[::0]");
    CHECK(heap_sound());
}

static const char *compare(mn_compare_op_t op, mn_value_t left, mn_value_t right) {
    slots[38] = left;
    slots[39] = right;
    return repr(mn_compare(&runtime, op, &slots[38], &slots[39]));
}

static void equality_and_hash(void) {
    CHECK(objects_setup(ARENA));
    static const struct {
        int a[3], b[3];
        bool equal;
    } cases[] = {
        {{0, 3, 1}, {0, 3, 1}, true},  {{0, 0, 1}, {5, 2, 1}, true},  {{0, 3, 2}, {0, 4, 2}, true},
        {{1, 2, 5}, {1, 2, 7}, true},  {{0, 3, 1}, {0, 4, 1}, false}, {{0, 3, 1}, {1, 3, 1}, false},
        {{0, 9, 2}, {0, 9, 3}, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        slots[0] = range3(mn_small_int(cases[i].a[0]), mn_small_int(cases[i].a[1]),
                          mn_small_int(cases[i].a[2]));
        slots[1] = range3(mn_small_int(cases[i].b[0]), mn_small_int(cases[i].b[1]),
                          mn_small_int(cases[i].b[2]));
        CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[1]),
                     cases[i].equal ? "True" : "False", "case %zu", i);
        CHECK_STRING(compare(MN_COMPARE_NOT_EQUAL, slots[0], slots[1]),
                     cases[i].equal ? "False" : "True", "case %zu", i);
        if (cases[i].equal) {
            CHECK_EQ(mn_hash(&runtime, &slots[0]), mn_hash(&runtime, &slots[1]));
        }
    }
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[0], slots[1]),
                 "!TypeError: '<' not supported between instances of 'range' and 'range'", "<");
    slots[2] = ITEMS(0);
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[2]), "False", "range == list");
    static const struct {
        int start, stop, step;
        long long hash64, hash32;
    } hashes[] = {
        {5, 10, 1, 2734443936551295478ll, -168724673},
        {0, 10, 3, -1816567394155750349ll, -124062889},
        {-3, 30, 7, 2537025029498426190ll, -756019890},
    };
    for (size_t i = 0; i < sizeof hashes / sizeof hashes[0]; i++) {
        slots[0] = range3(mn_small_int(hashes[i].start), mn_small_int(hashes[i].stop),
                          mn_small_int(hashes[i].step));
        CHECK_EQ(mn_small_int_value(mn_hash(&runtime, &slots[0])),
                 sizeof(void *) == 8 ? hashes[i].hash64 : hashes[i].hash32);
    }
    slots[3] = int_of(BIG);
    slots[0] = range1(slots[3]);
    slots[1] = range1(slots[3]);
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[1]), "True", "big");
    CHECK_EQ(mn_hash(&runtime, &slots[0]), mn_hash(&runtime, &slots[1]));
    CHECK(heap_sound());
}

static void attributes(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = range3(mn_small_int(1), mn_small_int(9), mn_small_int(2));
    CHECK_EQ(mn_load_attr(&runtime, &slots[0], mn_qstr_value(MN_QSTR_start)), mn_small_int(1));
    CHECK_EQ(mn_load_attr(&runtime, &slots[0], mn_qstr_value(MN_QSTR_stop)), mn_small_int(9));
    CHECK_EQ(mn_load_attr(&runtime, &slots[0], mn_qstr_value(MN_QSTR_step)), mn_small_int(2));
    slots[0] = range1(mn_small_int(4));
    CHECK_EQ(mn_load_attr(&runtime, &slots[0], mn_qstr_value(MN_QSTR_start)), mn_small_int(0));
    CHECK_EQ(mn_load_attr(&runtime, &slots[0], mn_qstr_value(MN_QSTR_step)), mn_small_int(1));
    slots[1] = mn_small_int(5);
    CHECK(!mn_store_attr(&runtime, &slots[0], mn_qstr_value(MN_QSTR_start), &slots[1]));
    CHECK_STRING(raised(), "!AttributeError: readonly attribute", "r.start = 5");
    CHECK_STRING(repr(mn_load_attr(&runtime, &slots[0], mn_qstr_value(MN_QSTR_key))),
                 "!AttributeError: 'range' object has no attribute 'key'", "r.key");
    CHECK(heap_sound());
}

static void memory_errors(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = int_of(BIG);
    slots[1] = range1(slots[0]);
    slots[2] = range1(mn_small_int(10));
    slots[3] = slice_of(1, N, 2);
    slots[4] = mn_small_int(-1);
    mn_heap_lock(&runtime.heap);
    const char *locked = "!MemoryError: memory allocation failed, heap is locked";
    CHECK_STRING(repr(mn_iter(&runtime, &slots[1])), locked, "iter");
    CHECK_STRING(repr(mn_iter(&runtime, &slots[2])), locked, "iter small");
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[2], &slots[3], NULL)), locked, "slice");
    CHECK_STRING(repr(mn_subscript(&runtime, &slots[1], &slots[4], NULL)), locked, "big item");
    CHECK_STRING(repr(mn_range_length(&runtime, &slots[1])), locked, "big length");
    mn_heap_unlock(&runtime.heap);
    CHECK_STRING(repr(slots[1]), "range(0, " BIG ")", "unchanged");
    CHECK(heap_sound());
}

static const test_case_t cases[] = {
    {"construction_and_printing", construction_and_printing},
    {"lengths", lengths},
    {"iteration", iteration},
    {"membership_and_search", membership_and_search},
    {"subscripts", subscripts},
    {"slices", slices},
    {"equality_and_hash", equality_and_hash},
    {"attributes", attributes},
    {"memory_errors", memory_errors},
};

TEST_MAIN(cases)
