// Tests of slice (src/obj/slice.c): construction, printing, attributes, comparison, and the
// two readings of a slice against a length: mn_slice_indices (machine integers, clamped,
// for the sequence types) and indices() (exact ints of any size), with CPython's results.
#include <string.h>

#include "obj/float.h"
#include "obj/slice.h"
#include "objects.h"
#include "slice_cases.h"
#include "testing.h"

#define ARENA (64 * 1024)

static mn_value_t indices(mn_value_t slice, mn_value_t length) {
    slots[40] = slice;
    slots[41] = length;
    return CALL(MN_QSTR_indices, slots[40], slots[41]);
}

static void construction_printing_attributes(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = item(1);
    slots[1] = item(2);
    slots[2] = text_item('s');
    slots[3] = make_new(&mn_type_slice, 3, slots, 0, NULL);
    CHECK(mn_type_of(slots[3]) == &mn_type_slice);
    CHECK_STRING(repr(slots[3]), "slice(1, 2, 's')", "slice(1, 2, 's')");
    CHECK_EQ(mn_load_attr(&runtime, &slots[3], mn_qstr_value(MN_QSTR_start)), slots[0]);
    CHECK_EQ(mn_load_attr(&runtime, &slots[3], mn_qstr_value(MN_QSTR_stop)), slots[1]);
    CHECK_EQ(mn_load_attr(&runtime, &slots[3], mn_qstr_value(MN_QSTR_step)), slots[2]);
    slots[4] = make_new(&mn_type_slice, 1, &slots[1], 0, NULL); // slice(stop)
    CHECK_EQ(mn_load_attr(&runtime, &slots[4], mn_qstr_value(MN_QSTR_start)), MN_NONE);
    CHECK_EQ(mn_load_attr(&runtime, &slots[4], mn_qstr_value(MN_QSTR_stop)), slots[1]);
    CHECK_EQ(mn_load_attr(&runtime, &slots[4], mn_qstr_value(MN_QSTR_step)), MN_NONE);
    slots[4] = make_new(&mn_type_slice, 2, slots, 0, NULL);
    CHECK_EQ(mn_load_attr(&runtime, &slots[4], mn_qstr_value(MN_QSTR_step)), MN_NONE);
    CHECK(!mn_store_attr(&runtime, &slots[4], mn_qstr_value(MN_QSTR_stop), &slots[0]));
    CHECK_STRING(raised(), "!AttributeError: readonly attribute", "s.stop = 1");
    CHECK_STRING(repr(make_new(&mn_type_slice, 0, NULL, 0, NULL)),
                 "!TypeError: slice expected at least 1 argument, got 0", "slice()");
    CHECK_STRING(repr(make_new(&mn_type_slice, 4, slots, 0, NULL)),
                 "!TypeError: slice expected at most 3 arguments, got 4", "slice(1, 2, 3, 4)");
    static const unsigned a[] = {MN_QSTR_start};
    CHECK_STRING(repr(make_new(&mn_type_slice, 0, VALUES(MN_SMALL_INT(1)), 1, a)),
                 "!TypeError: slice() takes no keyword arguments", "slice(start=1)");
    CHECK_STRING(repr(mn_hash(&runtime, &slots[3])), "!TypeError: unhashable type: 'slice'",
                 "hash");
    CHECK(heap_sound());
}

static const char *compare(mn_compare_op_t op, mn_value_t left, mn_value_t right) {
    slots[38] = left;
    slots[39] = right;
    return repr(mn_compare(&runtime, op, &slots[38], &slots[39]));
}

static void comparisons(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = item(1);
    slots[1] = item(2);
    slots[2] = item(3);
    slots[3] = mn_slice_new(&runtime, &slots[0], &slots[1], &slots[2]); // slice(1, 2, 3)
    slots[4] = mn_slice_new(&runtime, &slots[0], &slots[1], &slots[2]);
    slots[5] = mn_slice_new(&runtime, &slots[0], &slots[2], &slots[0]); // slice(1, 3, 1)
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[3], slots[4]), "True", "==");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[3], slots[5]), "True", "<");
    CHECK_STRING(compare(MN_COMPARE_GREATER_EQUAL, slots[3], slots[5]), "False", ">=");
    CHECK_STRING(compare(MN_COMPARE_NOT_EQUAL, slots[3], slots[5]), "True", "!=");
    slots[6] = ITEMS(1, 2, 3);
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[3], slots[6]), "False", "slice == list");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[3], slots[6]),
                 "!TypeError: '<' not supported between instances of 'slice' and 'list'", "<");
    CHECK(heap_sound());
}

static void indices_of_the_table(void) {
    CHECK(objects_setup(ARENA));
    for (size_t i = 0; i < sizeof slice_cases / sizeof slice_cases[0]; i++) {
        const slice_case_t *c = &slice_cases[i];
        slots[0] = slice_of(c->start, c->stop, c->step);
        intptr_t start, stop, step;
        size_t count;
        CHECK(mn_slice_indices(&runtime, slots[0], 6, &start, &stop, &step, &count));
        CHECK_EQ(start, c->indices[0]);
        CHECK_EQ(stop, c->indices[1]);
        CHECK_EQ(step, c->indices[2]);
        char expected[64];
        snprintf(expected, sizeof expected, "%ld %ld %ld", (long)c->indices[0], (long)c->indices[1],
                 (long)c->indices[2]);
        CHECK_STRING(ints(indices(slots[0], mn_small_int(6))), expected, "case %zu", i);
    }
    CHECK(heap_sound());
}

static void indices_of_any_size(void) {
    CHECK(objects_setup(ARENA));
    static const struct {
        const char *start, *stop, *step, *length; // NULL: None
        const char *expected;
    } cases[] = {
        {NULL, NULL, "9223372036854775808", "5", "0 5 9223372036854775808"},
        {"-1000000000000000000000000000000", "1000000000000000000000000000000",
         "1000000000000000000000000000000", "5", "0 5 1000000000000000000000000000000"},
        {"1", "2", "3", "1000000000000000000000000000000", "1 2 3"},
        {NULL, NULL, "-1", "5", "4 -1 -1"},
        {"-100000000000000000000", NULL, "-1", "100000000000000000000", "0 -1 -1"},
        {"-100000000000000000001", NULL, "-1", "100000000000000000000", "-1 -1 -1"},
        {"-3", NULL, NULL, "100000000000000000000", "99999999999999999997 100000000000000000000 1"},
        {NULL, NULL, NULL, "0", "0 0 1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        slots[0] = cases[i].start ? int_of(cases[i].start) : MN_NONE;
        slots[1] = cases[i].stop ? int_of(cases[i].stop) : MN_NONE;
        slots[2] = cases[i].step ? int_of(cases[i].step) : MN_NONE;
        slots[3] = int_of(cases[i].length);
        slots[4] = mn_slice_new(&runtime, &slots[0], &slots[1], &slots[2]);
        CHECK_STRING(ints(indices(slots[4], slots[3])), cases[i].expected, "case %zu", i);
    }
    slots[0] = mn_slice_new(&runtime, VALUES(MN_TRUE), VALUES(MN_NONE), VALUES(MN_NONE));
    CHECK_STRING(ints(indices(slots[0], MN_TRUE)), "1 1 1", "slice(True).indices(True)");
    CHECK_STRING(repr(indices(slots[0], mn_small_int(-1))),
                 "!ValueError: length should not be negative", "indices(-1)");
    slots[1] = mn_float_new(&runtime, 5.0);
    CHECK_STRING(repr(indices(slots[0], slots[1])),
                 "!TypeError: 'float' object cannot be interpreted as an integer", "indices(5.0)");
    slots[0] = mn_slice_new(&runtime, VALUES(mn_qstr_value(MN_QSTR_start)), VALUES(MN_NONE),
                            VALUES(MN_NONE));
    CHECK_STRING(repr(indices(slots[0], mn_small_int(5))),
                 "!TypeError: slice indices must be integers or None or have an __index__ method",
                 "slice('start').indices(5)");
    slots[0] = slice_of(1, 2, 0);
    CHECK_STRING(repr(indices(slots[0], mn_small_int(5))), "!ValueError: slice step cannot be zero",
                 "step 0");
    // Machine-integer reading: huge bounds and steps clamp.
    slots[0] = int_of("-9223372036854775808");
    slots[0] = mn_slice_new(&runtime, VALUES(MN_NONE), VALUES(MN_NONE), &slots[0]);
    intptr_t start, stop, step;
    size_t count;
    CHECK(mn_slice_indices(&runtime, slots[0], 3, &start, &stop, &step, &count));
    CHECK_EQ(start, 2);
    CHECK_EQ(step, -INTPTR_MAX);
    CHECK_EQ(count, 1);
    slots[1] = int_of("-9223372036854775808");
    slots[2] = int_of("9223372036854775808");
    slots[0] = mn_slice_new(&runtime, &slots[1], &slots[2], VALUES(MN_NONE));
    CHECK(mn_slice_indices(&runtime, slots[0], 3, &start, &stop, &step, &count));
    CHECK_EQ(start, 0);
    CHECK_EQ(stop, 3);
    CHECK_EQ(count, 3);
    CHECK(heap_sound());
}

static void memory_errors(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = slice_of(1, 5, 2);
    slots[1] = item(1);
    mn_heap_lock(&runtime.heap);
    const char *locked = "!MemoryError: memory allocation failed, heap is locked";
    CHECK_STRING(repr(indices(slots[0], mn_small_int(10))), locked, "indices");
    CHECK_STRING(repr(mn_slice_new(&runtime, &slots[1], &slots[1], &slots[1])), locked, "new");
    mn_heap_unlock(&runtime.heap);
    CHECK_STRING(ints(indices(slots[0], mn_small_int(10))), "1 5 2", "afterwards");
    CHECK(heap_sound());
}

static const test_case_t cases[] = {
    {"construction_printing_attributes", construction_printing_attributes},
    {"comparisons", comparisons},
    {"indices_of_the_table", indices_of_the_table},
    {"indices_of_any_size", indices_of_any_size},
    {"memory_errors", memory_errors},
};

TEST_MAIN(cases)
