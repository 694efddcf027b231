// Tests of list (src/obj/list.c) and the sequence helpers it shares (obj/sequence.c):
// every slot and method through the C API and mn_call, with CPython 3.11's results and
// messages. Items (objects.h) stand in for ints and strs. The same cases run in the
// GC-stress build, where every allocation moves every object, and with small arenas where
// MemoryError must leave the list usable.
#include <string.h>

#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/slice.h"
#include "obj/tuple.h"
#include "objects.h"
#include "slice_cases.h"
#include "testing.h"

#define ARENA (256 * 1024)

// Native key functions for sorts: item(-value) and item(value / 1000) of an item (both
// allocate).
static mn_value_t negate(mn_runtime_t *rt, mn_value_t *args, size_t count, mn_value_t keywords) {
    (void)rt;
    (void)count;
    (void)keywords;
    if (!is_item(args[0])) {
        return mn_raise(&runtime, &mn_type_TypeError, "bad operand type for unary -: '%T'",
                        args[0]);
    }
    return item(-item_value(args[0]));
}

static MN_NATIVE(negate_native, MN_QSTR_key, 1, 1, 0, negate);

static mn_value_t bucket(mn_runtime_t *rt, mn_value_t *args, size_t count, mn_value_t keywords) {
    (void)rt;
    (void)count;
    (void)keywords;
    return item(item_value(args[0]) / 1000);
}

static MN_NATIVE(bucket_native, MN_QSTR_key, 1, 1, 0, bucket);

static mn_value_t subscript(mn_value_t *object, mn_value_t *index, const mn_value_t *value) {
    return mn_subscript(&runtime, object, index, value);
}

static mn_value_t binary(mn_binary_op_t op, mn_value_t *left, mn_value_t *right) {
    return mn_binary(&runtime, op, left, right);
}

static void new_append_len_repr(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_list_new(&runtime, 0);
    CHECK_STRING(repr(slots[0]), "[]", "empty");
    CHECK_EQ(mn_len(&runtime, &slots[0]), mn_small_int(0));
    CHECK_EQ(mn_truth(&runtime, &slots[0]), MN_FALSE);
    for (int i = 0; i < 20; i++) {
        slots[1] = item(i);
        CHECK(mn_list_append(&runtime, &slots[0], &slots[1]));
    }
    CHECK_EQ(mn_len(&runtime, &slots[0]), mn_small_int(20));
    CHECK_EQ(mn_truth(&runtime, &slots[0]), MN_TRUE);
    CHECK_STRING(repr(slots[0]),
                 "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]", "20");
    slots[1] = text_item('a');
    slots[0] = ITEMS(1);
    CHECK(mn_list_append(&runtime, &slots[0], &slots[1]));
    CHECK_STRING(repr(slots[0]), "[1, 'a']", "mixed");
    slots[2] = mn_str(&runtime, &slots[0]);
    CHECK_STRING(repr(slots[0]), "[1, 'a']", "str() is repr()");
    CHECK(mn_type_of(slots[0]) == &mn_type_list);
    CHECK_STRING(repr(mn_hash(&runtime, &slots[0])), "!TypeError: unhashable type: 'list'", "hash");
    CHECK(heap_sound());
}

static void make_new_from_iterables(void) {
    CHECK(objects_setup(ARENA));
    CHECK_STRING(repr(make_new(&mn_type_list, 0, NULL, 0, NULL)), "[]", "list()");
    slots[0] = ITEMS(1, 2, 3);
    slots[1] = make_new(&mn_type_list, 1, slots, 0, NULL);
    CHECK(slots[1] != slots[0]);
    CHECK_STRING(repr(slots[1]), "[1, 2, 3]", "list(list)");
    slots[2] = mn_tuple_from_iterable(&runtime, &slots[0]);
    CHECK_STRING(repr(make_new(&mn_type_list, 1, &slots[2], 0, NULL)), "[1, 2, 3]", "list(tuple)");
    slots[3] = mn_list_new(&runtime, 0);
    slots[4] = mn_list_from_iterable(&runtime, &slots[3]);
    CHECK(slots[4] != slots[3]);
    CHECK_STRING(repr(make_new(&mn_type_list, 1, VALUES(mn_small_int(5)), 0, NULL)),
                 "!TypeError: 'int' object is not iterable", "list(5)");
    CHECK_STRING(repr(make_new(&mn_type_list, 2, slots, 0, NULL)),
                 "!TypeError: list expected at most 1 argument, got 2", "list(1, 2)");
    static const unsigned x[] = {MN_QSTR_key};
    CHECK_STRING(repr(make_new(&mn_type_list, 0, VALUES(mn_small_int(1)), 1, x)),
                 "!TypeError: list() takes no keyword arguments", "list(x=1)");
    // list(an iterator): read through mn_next.
    slots[5] = mn_iter(&runtime, &slots[0]);
    CHECK_STRING(repr(make_new(&mn_type_list, 1, &slots[5], 0, NULL)), "[1, 2, 3]",
                 "list(iter(list))");
    CHECK(heap_sound());
}

static void repr_of_recursive_lists(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = mn_list_new(&runtime, 0);
    CHECK(mn_list_append(&runtime, &slots[0], &slots[0]));
    CHECK_STRING(repr(slots[0]), "[[...]]", "a = [a]");
    slots[1] = ITEMS(1);
    CHECK(mn_list_append(&runtime, &slots[1], &slots[0]));
    CHECK(mn_list_append(&runtime, &slots[0], &slots[1]));
    CHECK_STRING(repr(slots[0]), "[[...], [1, [...]]]", "mutual");
    CHECK_STRING(repr(slots[1]), "[1, [[...], [...]]]", "mutual, other side");
    // The guard is released after each repr: printing again gives the same.
    CHECK_STRING(repr(slots[1]), "[1, [[...], [...]]]", "again");
    CHECK_EQ(runtime.roots[MN_ROOT_REPR_STACK], MN_NULL);
    // Lists in tuples in lists.
    slots[2] = mn_list_new(&runtime, 0);
    slots[3] = mn_tuple_from_values(&runtime, &slots[2], 1);
    CHECK(mn_list_append(&runtime, &slots[2], &slots[3]));
    CHECK_STRING(repr(slots[3]), "([(...)],)", "w");
    CHECK_STRING(repr(slots[2]), "[([...],)]", "z");
    // A slice holding a list that holds the slice prints through the list's guard.
    slots[4] = item(1);
    slots[5] = mn_list_new(&runtime, 0);
    slots[6] = mn_slice_new(&runtime, &slots[5], &slots[4], &slots[4]);
    CHECK(mn_list_append(&runtime, &slots[5], &slots[6]));
    CHECK_STRING(repr(slots[5]), "[slice([...], 1, 1)]", "slice");
    CHECK(heap_sound());
}

static void integer_subscripts(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(10, 11, 12);
    slots[1] = mn_small_int(-1);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)), "12", "a[-1]");
    slots[1] = MN_TRUE;
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)), "11", "a[True]");
    slots[1] = mn_small_int(3);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)),
                 "!IndexError: list index out of range", "a[3]");
    slots[1] = mn_small_int(-4);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)),
                 "!IndexError: list index out of range", "a[-4]");
    slots[1] = mn_qstr_value(MN_QSTR_key);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)),
                 "!TypeError: list indices must be integers or slices, not str", "a['key']");
    slots[1] = mn_float_new(&runtime, 1.0);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)),
                 "!TypeError: list indices must be integers or slices, not float", "a[1.0]");
    slots[1] = int_of("18446744073709551616");
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)),
                 "!IndexError: cannot fit 'int' into an index-sized integer", "a[2**64]");
    // Stores and deletions.
    slots[1] = mn_small_int(-3);
    slots[2] = item(7);
    CHECK_EQ(subscript(&slots[0], &slots[1], &slots[2]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[7, 11, 12]", "a[-3] = 7");
    slots[1] = mn_small_int(3);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], &slots[2])),
                 "!IndexError: list assignment index out of range", "a[3] = 7");
    slots[2] = MN_NULL;
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], &slots[2])),
                 "!IndexError: list assignment index out of range", "del a[3]");
    slots[1] = mn_small_int(1);
    CHECK_EQ(subscript(&slots[0], &slots[1], &slots[2]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[7, 12]", "del a[1]");
    CHECK_EQ(mn_list_items(slots[0])[2], MN_NULL); // no stale reference past the length
    CHECK(heap_sound());
}

static void slices_get_set_delete(void) {
    CHECK(objects_setup(ARENA));
    for (size_t i = 0; i < sizeof slice_cases / sizeof slice_cases[0]; i++) {
        const slice_case_t *c = &slice_cases[i];
        slots[0] = ITEMS(0, 1, 2, 3, 4, 5);
        slots[1] = slice_of(c->start, c->stop, c->step);
        CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)), c->get, "case %zu get", i);
        intptr_t start, stop, step;
        size_t count;
        CHECK(mn_slice_indices(&runtime, slots[1], 6, &start, &stop, &step, &count));
        CHECK_EQ(start, c->indices[0]);
        CHECK_EQ(stop, c->indices[1]);
        CHECK_EQ(step, c->indices[2]);
        // del a[s]
        slots[2] = MN_NULL;
        CHECK_EQ(subscript(&slots[0], &slots[1], &slots[2]), MN_NONE);
        CHECK_STRING(repr(slots[0]), c->deleted, "case %zu del", i);
        // a[s] = [100, ...] with as many items as the slice selects
        slots[0] = ITEMS(0, 1, 2, 3, 4, 5);
        slots[2] = mn_list_new(&runtime, count);
        for (size_t j = 0; j < count; j++) {
            slots[3] = item(100 + (intptr_t)j);
            CHECK(mn_list_append(&runtime, &slots[2], &slots[3]));
        }
        CHECK_EQ(subscript(&slots[0], &slots[1], &slots[2]), MN_NONE);
        CHECK_STRING(repr(slots[0]), c->assigned, "case %zu set", i);
        size_t length = mn_list_length(slots[0]);
        for (size_t j = length; j < length + 4 && mn_list_items(slots[0]) != NULL; j++) {
            size_t capacity =
                mn_block_words(mn_object(((mn_list_t *)mn_object(slots[0]))->items)) - 1;
            if (j < capacity) {
                CHECK_EQ(mn_list_items(slots[0])[j], MN_NULL);
            }
        }
    }
    CHECK(heap_sound());
}

static void slice_assignment_resizes(void) {
    CHECK(objects_setup(ARENA));
    static const struct {
        int start, stop;
        int count; // items 100, 101, ... assigned
        const char *expected;
    } cases[] = {
        {1, 3, 4, "[0, 100, 101, 102, 103, 3, 4, 5]"},
        {1, 5, 1, "[0, 100, 5]"},
        {4, 2, 1, "[0, 1, 2, 3, 100, 4, 5]"}, // before 4, not before 2
        {N, N, 0, "[]"},
        {-2, N, 3, "[0, 1, 2, 3, 100, 101, 102]"},
        {10, 20, 2, "[0, 1, 2, 3, 4, 5, 100, 101]"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        slots[0] = ITEMS(0, 1, 2, 3, 4, 5);
        slots[1] = slice_of(cases[i].start, cases[i].stop, N);
        slots[2] = mn_list_new(&runtime, 0);
        for (int j = 0; j < cases[i].count; j++) {
            slots[3] = item(100 + j);
            CHECK(mn_list_append(&runtime, &slots[2], &slots[3]));
        }
        if (i % 2 == 1) { // from a tuple as well as from a list
            slots[2] = mn_tuple_from_iterable(&runtime, &slots[2]);
        }
        CHECK_EQ(subscript(&slots[0], &slots[1], &slots[2]), MN_NONE);
        CHECK_STRING(repr(slots[0]), cases[i].expected, "case %zu", i);
    }
    // From itself, and from any iterable.
    slots[0] = ITEMS(0, 1, 2);
    slots[1] = slice_of(1, 1, N);
    CHECK_EQ(subscript(&slots[0], &slots[1], &slots[0]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[0, 0, 1, 2, 1, 2]", "a[1:1] = a");
    slots[1] = slice_of(N, N, -1);
    CHECK_EQ(subscript(&slots[0], &slots[1], &slots[0]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[2, 1, 2, 1, 0, 0]", "a[::-1] = a");
    slots[2] = ITEMS(7, 8);
    slots[2] = mn_iter(&runtime, &slots[2]);
    slots[1] = slice_of(0, 5, N);
    CHECK_EQ(subscript(&slots[0], &slots[1], &slots[2]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[7, 8, 0]", "a[0:5] = iter([7, 8])");
    // Errors.
    slots[2] = mn_small_int(5);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], &slots[2])),
                 "!TypeError: can only assign an iterable", "a[0:5] = 5");
    slots[1] = slice_of(N, N, 2);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], &slots[2])),
                 "!TypeError: must assign iterable to extended slice", "a[::2] = 5");
    slots[2] = ITEMS(1);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], &slots[2])),
                 "!ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
                 "a[::2] = [1]");
    slots[1] = slice_of(N, N, 0);
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)),
                 "!ValueError: slice step cannot be zero", "a[::0]");
    slots[1] = mn_slice_new(&runtime, VALUES(mn_qstr_value(MN_QSTR_key)), VALUES(MN_NONE),
                            VALUES(MN_NONE));
    CHECK_STRING(repr(subscript(&slots[0], &slots[1], NULL)),
                 "!TypeError: slice indices must be integers or None or have an __index__ method",
                 "a['key':]");
    CHECK_STRING(repr(slots[0]), "[7, 8, 0]", "unchanged by the errors");
    CHECK(heap_sound());
}

static void operators(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(0, 1);
    slots[1] = ITEMS(2);
    CHECK_STRING(repr(binary(MN_BINARY_ADD, &slots[0], &slots[1])), "[0, 1, 2]", "+");
    slots[2] = mn_tuple_from_iterable(&runtime, &slots[1]);
    CHECK_STRING(repr(binary(MN_BINARY_ADD, &slots[0], &slots[2])),
                 "!TypeError: can only concatenate list (not \"tuple\") to list", "list + tuple");
    slots[3] = MN_NONE;
    CHECK_STRING(repr(binary(MN_BINARY_ADD, &slots[3], &slots[0])),
                 "!TypeError: unsupported operand type(s) for +: 'NoneType' and 'list'",
                 "None + list");
    slots[3] = mn_small_int(2);
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[3])), "[0, 1, 0, 1]", "* 2");
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[3], &slots[0])), "[0, 1, 0, 1]", "2 *");
    slots[3] = mn_small_int(-1);
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[3])), "[]", "* -1");
    slots[3] = MN_TRUE;
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[3])), "[0, 1]", "* True");
    slots[3] = mn_float_new(&runtime, 1.5);
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[3])),
                 "!TypeError: can't multiply sequence by non-int of type 'float'", "* 1.5");
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[3], &slots[0])),
                 "!TypeError: can't multiply sequence by non-int of type 'float'", "1.5 *");
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[1])),
                 "!TypeError: can't multiply sequence by non-int of type 'list'", "* [2]");
    slots[3] = int_of("1000000000000000000000000000000");
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[3])),
                 "!OverflowError: cannot fit 'int' into an index-sized integer", "* 10**30");
    slots[3] = int_of(sizeof(void *) == 8 ? "4611686018427387904" : "1073741824");
    CHECK(strncmp(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[3])), "!MemoryError", 12) == 0);
    // In place: the same list.
    slots[4] = binary(MN_BINARY_INPLACE_ADD, &slots[0], &slots[2]);
    CHECK_EQ(slots[4], slots[0]);
    CHECK_STRING(repr(slots[0]), "[0, 1, 2]", "+= tuple");
    slots[3] = mn_small_int(5);
    CHECK_STRING(repr(binary(MN_BINARY_INPLACE_ADD, &slots[0], &slots[3])),
                 "!TypeError: 'int' object is not iterable", "+= 5");
    slots[3] = mn_small_int(2);
    slots[4] = binary(MN_BINARY_INPLACE_MULTIPLY, &slots[0], &slots[3]);
    CHECK_EQ(slots[4], slots[0]);
    CHECK_STRING(repr(slots[0]), "[0, 1, 2, 0, 1, 2]", "*= 2");
    slots[3] = mn_qstr_value(MN_QSTR_key);
    CHECK_STRING(repr(binary(MN_BINARY_INPLACE_MULTIPLY, &slots[0], &slots[3])),
                 "!TypeError: can't multiply sequence by non-int of type 'str'", "*= 'key'");
    slots[3] = mn_small_int(0);
    CHECK_EQ(binary(MN_BINARY_INPLACE_MULTIPLY, &slots[0], &slots[3]), slots[0]);
    CHECK_STRING(repr(slots[0]), "[]", "*= 0");
    CHECK(heap_sound());
}

static const char *compare(mn_compare_op_t op, mn_value_t left, mn_value_t right) {
    slots[40] = left;
    slots[41] = right;
    return repr(mn_compare(&runtime, op, &slots[40], &slots[41]));
}

static void comparisons(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1, 2);
    slots[1] = ITEMS(1, 2);
    slots[2] = ITEMS(1, 3);
    slots[3] = ITEMS(1, 2, 0);
    slots[4] = mn_list_new(&runtime, 0);
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[1]), "True", "==");
    CHECK_STRING(compare(MN_COMPARE_NOT_EQUAL, slots[0], slots[2]), "True", "!=");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[0], slots[2]), "True", "<");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[0], slots[3]), "True", "< longer");
    CHECK_STRING(compare(MN_COMPARE_GREATER, slots[2], slots[3]), "True", ">");
    CHECK_STRING(compare(MN_COMPARE_LESS_EQUAL, slots[0], slots[1]), "True", "<=");
    CHECK_STRING(compare(MN_COMPARE_GREATER_EQUAL, slots[0], slots[2]), "False", ">=");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[4], slots[0]), "True", "[] <");
    CHECK_STRING(compare(MN_COMPARE_GREATER, slots[4], slots[4]), "False", "[] > []");
    unsigned before = item_compares;
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[3]), "False", "lengths differ");
    CHECK_EQ(item_compares, before); // no item compared
    slots[5] = text_item('a');
    slots[6] = ITEMS(1);
    CHECK(mn_list_append(&runtime, &slots[4], &slots[5]));
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[6], slots[4]),
                 "!TypeError: '<' not supported between instances of 'int' and 'str'",
                 "[1] < ['a']");
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[6], slots[4]), "False", "[1] == ['a']");
    slots[7] = mn_tuple_from_iterable(&runtime, &slots[0]);
    CHECK_STRING(compare(MN_COMPARE_EQUAL, slots[0], slots[7]), "False", "[1, 2] == (1, 2)");
    CHECK_STRING(compare(MN_COMPARE_LESS, slots[0], slots[7]),
                 "!TypeError: '<' not supported between instances of 'list' and 'tuple'",
                 "list < tuple");
    // Containment compares with ==, identity first.
    slots[8] = item(2);
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[8]), MN_TRUE);
    slots[8] = item(5);
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[8]), MN_FALSE);
    slots[8] = mn_list_items(slots[0])[1];
    before = item_compares;
    CHECK_EQ(mn_contains(&runtime, &slots[0], &slots[8]), MN_TRUE);
    CHECK_EQ(item_compares, before + 1); // 1 == 2, then 2 is 2
    CHECK(heap_sound());
}

static void iteration(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1, 2);
    slots[1] = mn_iter(&runtime, &slots[0]);
    CHECK(mn_type_of(slots[1]) == &mn_type_list_iterator);
    CHECK_EQ(mn_iter(&runtime, &slots[1]), slots[1]);
    CHECK_STRING(repr(mn_next(&runtime, &slots[1])), "1", "first");
    slots[2] = item(3);
    CHECK(mn_list_append(&runtime, &slots[0], &slots[2])); // seen by the iterator
    CHECK_STRING(repr(mn_next(&runtime, &slots[1])), "2", "second");
    CHECK_STRING(repr(mn_next(&runtime, &slots[1])), "3", "appended");
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL);
    CHECK(mn_list_append(&runtime, &slots[0], &slots[2]));
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL); // exhausted stays exhausted
    CHECK(heap_sound());
}

static void append_extend_insert(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1);
    slots[1] = item(2);
    CHECK_EQ(CALL(MN_QSTR_append, slots[0], slots[1]), MN_NONE);
    slots[1] = ITEMS(3, 4);
    CHECK_EQ(CALL(MN_QSTR_extend, slots[0], slots[1]), MN_NONE);
    slots[1] = mn_tuple_from_iterable(&runtime, &slots[1]);
    CHECK_EQ(CALL(MN_QSTR_extend, slots[0], slots[1]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[1, 2, 3, 4, 3, 4]", "extend");
    CHECK_EQ(CALL(MN_QSTR_extend, slots[0], slots[0]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[1, 2, 3, 4, 3, 4, 1, 2, 3, 4, 3, 4]", "extend(self)");
    CHECK_STRING(repr(CALL(MN_QSTR_extend, slots[0], mn_small_int(5))),
                 "!TypeError: 'int' object is not iterable", "extend(5)");
    slots[0] = ITEMS(1, 2);
    slots[1] = item(9);
    CHECK_EQ(CALL(MN_QSTR_insert, slots[0], mn_small_int(0), slots[1]), MN_NONE);
    CHECK_EQ(CALL(MN_QSTR_insert, slots[0], mn_small_int(-1), slots[1]), MN_NONE);
    CHECK_EQ(CALL(MN_QSTR_insert, slots[0], mn_small_int(100), slots[1]), MN_NONE);
    CHECK_EQ(CALL(MN_QSTR_insert, slots[0], mn_small_int(-100), slots[1]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[9, 9, 1, 9, 2, 9]", "insert");
    CHECK_STRING(repr(CALL(MN_QSTR_insert, slots[0], mn_qstr_value(MN_QSTR_key), slots[1])),
                 "!TypeError: 'str' object cannot be interpreted as an integer", "insert('key')");
    slots[2] = int_of("100000000000000000000");
    CHECK_STRING(repr(CALL(MN_QSTR_insert, slots[0], slots[2], slots[1])),
                 "!OverflowError: Python int too large to convert to C ssize_t", "insert(10**20)");
    // Unbound, with a self that is not a list.
    mn_value_t append = mn_type_find_attr(&mn_type_list, mn_qstr_value(MN_QSTR_append));
    slots[3] = mn_small_int(5);
    slots[4] = mn_small_int(1);
    CHECK_STRING(repr(mn_call(&runtime, &append, &slots[3], 2, MN_NULL)),
                 "!TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' "
                 "object",
                 "list.append(5, 1)");
    CHECK(heap_sound());
}

static void pop_remove_index_count(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1, 2, 3, 2, 1);
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0])), "1", "pop()");
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0], mn_small_int(0))), "1", "pop(0)");
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0], mn_small_int(-2))), "3", "pop(-2)");
    CHECK_STRING(repr(slots[0]), "[2, 2]", "after pops");
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0], mn_small_int(2))),
                 "!IndexError: pop index out of range", "pop(2)");
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0], mn_small_int(-3))),
                 "!IndexError: pop index out of range", "pop(-3)");
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[0], mn_qstr_value(MN_QSTR_key))),
                 "!TypeError: 'str' object cannot be interpreted as an integer", "pop('key')");
    slots[1] = mn_list_new(&runtime, 0);
    CHECK_STRING(repr(CALL(MN_QSTR_pop, slots[1])), "!IndexError: pop from empty list", "empty");

    slots[0] = ITEMS(1, 2, 3, 2, 1);
    slots[1] = item(2);
    CHECK_EQ(CALL(MN_QSTR_remove, slots[0], slots[1]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[1, 3, 2, 1]", "remove(2)");
    slots[1] = item(9);
    CHECK_STRING(repr(CALL(MN_QSTR_remove, slots[0], slots[1])),
                 "!ValueError: list.remove(x): x not in list", "remove(9)");

    // index(x[, start[, end]]) on [1, 3, 2, 1]
    slots[1] = item(1);
    CHECK_EQ(CALL(MN_QSTR_index, slots[0], slots[1]), mn_small_int(0));
    CHECK_EQ(CALL(MN_QSTR_index, slots[0], slots[1], mn_small_int(1)), mn_small_int(3));
    CHECK_EQ(CALL(MN_QSTR_index, slots[0], slots[1], mn_small_int(-1)), mn_small_int(3));
    CHECK_EQ(CALL(MN_QSTR_index, slots[0], slots[1], mn_small_int(-100), mn_small_int(100)),
             mn_small_int(0));
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], slots[1], mn_small_int(1), mn_small_int(-1))),
                 "!ValueError: 1 is not in list", "index(1, 1, -1)");
    slots[2] = int_of("-1000000000000000000000000000000");
    CHECK_EQ(CALL(MN_QSTR_index, slots[0], slots[1], slots[2]), mn_small_int(0));
    slots[2] = int_of("1000000000000000000000000000000");
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], slots[1], slots[2])),
                 "!ValueError: 1 is not in list", "index(1, 10**30)");
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], slots[1], mn_qstr_value(MN_QSTR_key))),
                 "!TypeError: slice indices must be integers or have an __index__ method",
                 "index(1, 'key')");
    slots[1] = item(5);
    CHECK_STRING(repr(CALL(MN_QSTR_index, slots[0], slots[1])), "!ValueError: 5 is not in list",
                 "index(5)");
    slots[1] = item(1);
    CHECK_EQ(CALL(MN_QSTR_count, slots[0], slots[1]), mn_small_int(2));
    slots[1] = item(7);
    CHECK_EQ(CALL(MN_QSTR_count, slots[0], slots[1]), mn_small_int(0));
    CHECK(heap_sound());
}

static void reverse_copy_clear(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1, 2, 3, 4);
    CHECK_EQ(CALL(MN_QSTR_reverse, slots[0]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[4, 3, 2, 1]", "reverse");
    slots[1] = CALL(MN_QSTR_copy, slots[0]);
    CHECK(slots[1] != slots[0]);
    CHECK_STRING(repr(slots[1]), "[4, 3, 2, 1]", "copy");
    CHECK_EQ(CALL(MN_QSTR_clear, slots[0]), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[]", "clear");
    CHECK_STRING(repr(slots[1]), "[4, 3, 2, 1]", "the copy stays");
    slots[0] = mn_list_new(&runtime, 0);
    CHECK_EQ(CALL(MN_QSTR_reverse, slots[0]), MN_NONE);
    CHECK(heap_sound());
}

// The small ints of a list, space-separated (ints have no print slot of their own yet).
static const char *small_ints(mn_value_t list) {
    static char text[4096];
    size_t length = 0;
    text[0] = '\0';
    for (size_t i = 0; i < mn_list_length(list); i++) {
        mn_value_t value = mn_list_items(list)[i];
        length +=
            (size_t)snprintf(text + length, sizeof text - length, i ? " %ld" : "%ld",
                             mn_is_small_int(value) ? (long)mn_small_int_value(value) : -999L);
    }
    return text;
}

static mn_value_t sort(mn_value_t key, mn_value_t reverse) {
    unsigned names[2];
    mn_value_t values[3] = {slots[0]};
    size_t keywords = 0;
    if (key != MN_NULL) {
        names[keywords] = MN_QSTR_key;
        values[1 + keywords++] = key;
    }
    if (reverse != MN_NULL) {
        names[keywords] = MN_QSTR_reverse;
        values[1 + keywords++] = reverse;
    }
    return call_method(MN_QSTR_sort, 1, values, keywords, names);
}

static void sort_small_ints_and_items(void) {
    CHECK(objects_setup(ARENA));
    static const int values[] = {5, -3, 9, 0, 5, 2, -8, 7, 1, 1, 4, 6, 3, -1};
    slots[0] = mn_list_new(&runtime, 0);
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        slots[1] = mn_small_int(values[i]);
        CHECK(mn_list_append(&runtime, &slots[0], &slots[1]));
    }
    CHECK_EQ(sort(MN_NULL, MN_NULL), MN_NONE);
    CHECK_STRING(small_ints(slots[0]), "-8 -3 -1 0 1 1 2 3 4 5 5 6 7 9", "ints");
    CHECK_EQ(sort(MN_NULL, MN_TRUE), MN_NONE);
    CHECK_STRING(small_ints(slots[0]), "9 7 6 5 5 4 3 2 1 1 0 -1 -3 -8", "reverse");
    slots[0] = ITEMS(3, 1, 2, 1, 10, -4, 7, 7, 0, 12, 5);
    unsigned before = item_compares;
    CHECK_EQ(sort(MN_NULL, MN_NULL), MN_NONE);
    CHECK(item_compares > before); // through the items' compare slot
    CHECK_STRING(repr(slots[0]), "[-4, 0, 1, 1, 2, 3, 5, 7, 7, 10, 12]", "items");
    slots[1] = mn_object_value(&negate_native);
    CHECK_EQ(sort(slots[1], MN_NULL), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[12, 10, 7, 7, 5, 3, 2, 1, 1, 0, -4]", "key=negate");
    CHECK_EQ(sort(MN_NONE, mn_small_int(0)), MN_NONE); // key=None, reverse=0
    CHECK_STRING(repr(slots[0]), "[-4, 0, 1, 1, 2, 3, 5, 7, 7, 10, 12]", "key=None");
    slots[0] = mn_list_new(&runtime, 0);
    CHECK_EQ(sort(slots[1], MN_NULL), MN_NONE);
    slots[0] = ITEMS(1);
    CHECK_EQ(sort(slots[1], MN_NULL), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[1]", "one");
    CHECK(heap_sound());
}

// Sorts are stable, also reversed: equal keys keep their order.
static void sort_is_stable(void) {
    CHECK(objects_setup(ARENA));
    // Values bucket * 1000 + original position; the key is the bucket.
    unsigned seed = 12345;
    enum { COUNT = 300 };
    slots[0] = mn_list_new(&runtime, COUNT);
    for (int i = 0; i < COUNT; i++) {
        seed = seed * 1103515245u + 12345u;
        slots[1] = item((intptr_t)((seed >> 16) % 17) * 1000 + i);
        CHECK(mn_list_append(&runtime, &slots[0], &slots[1]));
    }
    for (int reverse = 0; reverse < 2; reverse++) {
        slots[1] = mn_object_value(&bucket_native);
        CHECK_EQ(sort(slots[1], mn_bool(reverse)), MN_NONE);
        CHECK_EQ(mn_list_length(slots[0]), COUNT);
        for (size_t i = 1; i < COUNT; i++) {
            intptr_t previous = item_value(mn_list_items(slots[0])[i - 1]);
            intptr_t value = item_value(mn_list_items(slots[0])[i]);
            if (previous / 1000 == value / 1000) {
                CHECK(previous % 1000 < value % 1000); // original order kept
            } else {
                CHECK(reverse ? previous > value : previous < value);
            }
        }
        // Back to the original order for the next round.
        CHECK_EQ(sort(MN_NULL, MN_NULL), MN_NONE);
        slots[2] = mn_list_new(&runtime, COUNT);
        for (size_t i = 0; i < COUNT; i++) {
            slots[3] = mn_list_items(slots[0])[i];
            CHECK(mn_list_append(&runtime, &slots[2], &slots[3]));
        }
        // Restore insertion order: sort by position (value % 1000) through a key of
        // items made here.
        for (size_t i = 0; i < COUNT; i++) {
            intptr_t value = item_value(mn_list_items(slots[2])[i]);
            mn_list_items(slots[0])[value % 1000] = mn_list_items(slots[2])[i];
        }
    }
    CHECK(heap_sound());
}

static unsigned hook_calls;

// Appends to the list being sorted (kept in slots[31]) at the third comparison.
static bool append_to_sorted_list(void) {
    if (++hook_calls == 3) {
        slots[30] = item(99);
        return mn_list_append(&runtime, &slots[31], &slots[30]);
    }
    return true;
}

static bool fail_at_fifth(void) {
    if (++hook_calls == 5) {
        (void)mn_raise(&runtime, &mn_type_RuntimeError, "comparison failed");
        return false;
    }
    return true;
}

static bool collect(void) {
    mn_gc_collect(&runtime.heap);
    return true;
}

static void sort_errors(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(3, 1, 2);
    CHECK_STRING(repr(CALL(MN_QSTR_sort, slots[0], mn_small_int(1))),
                 "!TypeError: sort() takes no positional arguments", "sort(1)");
    static const unsigned foo[] = {MN_QSTR_count};
    CHECK_STRING(repr(call_method(MN_QSTR_sort, 1, VALUES(slots[0], MN_NONE), 1, foo)),
                 "!TypeError: 'count' is an invalid keyword argument for sort()", "sort(count=)");
    CHECK_STRING(repr(sort(MN_NULL, MN_NONE)),
                 "!TypeError: 'NoneType' object cannot be interpreted as an integer",
                 "reverse=None");
    CHECK_STRING(repr(sort(mn_small_int(1), MN_NULL)), "!TypeError: 'int' object is not callable",
                 "key=1");
    CHECK_STRING(repr(slots[0]), "[3, 1, 2]", "unchanged");
    // A key that raises: the list stays as it was.
    slots[1] = mn_small_int(5);
    CHECK(mn_list_append(&runtime, &slots[0], &slots[1]));
    slots[1] = mn_object_value(&negate_native);
    CHECK_STRING(repr(sort(slots[1], MN_NULL)), "!TypeError: bad operand type for unary -: 'int'",
                 "key raises");
    CHECK_EQ(mn_list_length(slots[0]), 4);
    (void)CALL(MN_QSTR_pop, slots[0]);
    CHECK_STRING(repr(slots[0]), "[3, 1, 2]", "unchanged after the key's error");
    // Items that cannot be ordered.
    slots[1] = text_item('a');
    slots[2] = ITEMS(1);
    CHECK(mn_list_append(&runtime, &slots[2], &slots[1]));
    slots[3] = slots[0];
    slots[0] = slots[2];
    CHECK_STRING(repr(sort(MN_NULL, MN_NULL)),
                 "!TypeError: '<' not supported between instances of 'str' and 'int'", "[1, 'a']");
    CHECK_STRING(repr(slots[0]), "[1, 'a']", "unordered");
    // A comparison that raises midway: the list keeps every item.
    slots[0] = ITEMS(9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10);
    hook_calls = 0;
    item_hook = fail_at_fifth;
    CHECK_STRING(repr(sort(MN_NULL, MN_NULL)), "!RuntimeError: comparison failed", "raises");
    item_hook = NULL;
    CHECK_EQ(mn_list_length(slots[0]), 20);
    CHECK_EQ(sort(MN_NULL, MN_NULL), MN_NONE);
    CHECK_STRING(repr(slots[0]),
                 "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]",
                 "a permutation");
    // Changed during the sort: ValueError, and the list holds its items sorted.
    slots[31] = slots[0] = ITEMS(5, 3, 4, 1, 2);
    hook_calls = 0;
    item_hook = append_to_sorted_list;
    CHECK_STRING(repr(sort(MN_NULL, MN_NULL)), "!ValueError: list modified during sort",
                 "modified");
    item_hook = NULL;
    CHECK_STRING(repr(slots[0]), "[1, 2, 3, 4, 5]", "sorted, the append dropped");
    // Objects moving at every comparison.
    slots[0] = ITEMS(4, 2, 9, 1, 8, 3, 7, 5, 6, 0, 11, 10);
    item_hook = collect;
    slots[1] = mn_object_value(&negate_native);
    CHECK_EQ(sort(slots[1], MN_NULL), MN_NONE);
    item_hook = NULL;
    CHECK_STRING(repr(slots[0]), "[11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]", "collecting");
    CHECK(heap_sound());
}

static void memory_errors_leave_the_list_usable(void) {
    CHECK(objects_setup(16 * 1024));
    slots[0] = mn_list_new(&runtime, 0);
    size_t appended = 0;
    for (;;) {
        slots[1] = item((intptr_t)appended);
        if (slots[1] == MN_EXCEPTION) {
            break;
        }
        if (!mn_list_append(&runtime, &slots[0], &slots[1])) {
            break;
        }
        appended++;
    }
    CHECK(strncmp(raised(), "!MemoryError: memory allocation failed", 38) == 0);
    CHECK(appended > 100);
    CHECK_EQ(mn_list_length(slots[0]), appended);
    for (size_t i = 0; i < appended; i++) {
        CHECK_EQ(item_value(mn_list_items(slots[0])[i]), (intptr_t)i);
    }
    CHECK(heap_sound());
    CHECK_EQ(CALL(MN_QSTR_clear, slots[0]), MN_NONE);
    slots[1] = item(1);
    CHECK(mn_list_append(&runtime, &slots[0], &slots[1]));
    CHECK_STRING(repr(slots[0]), "[1]", "usable again");

    // Every operation that allocates, under a locked heap.
    slots[0] = ITEMS(3, 1, 2, 4);
    slots[1] = mn_object_value(&negate_native);
    slots[2] = ITEMS(5, 6);
    slots[3] = mn_small_int(3);
    slots[4] = slice_of(1, 3, N);
    slots[5] = mn_list_new(&runtime, 0);
    mn_heap_lock(&runtime.heap);
    const char *locked = "!MemoryError: memory allocation failed, heap is locked";
    CHECK_STRING(repr(sort(MN_NULL, MN_NULL)), locked, "sort");
    CHECK_STRING(repr(sort(slots[1], MN_NULL)), locked, "sort with a key");
    CHECK_STRING(repr(binary(MN_BINARY_ADD, &slots[0], &slots[2])), locked, "+");
    CHECK_STRING(repr(binary(MN_BINARY_MULTIPLY, &slots[0], &slots[3])), locked, "*");
    CHECK_STRING(repr(binary(MN_BINARY_INPLACE_MULTIPLY, &slots[0], &slots[3])), locked, "*=");
    CHECK_STRING(repr(binary(MN_BINARY_INPLACE_ADD, &slots[5], &slots[2])), locked, "+=");
    CHECK_STRING(repr(subscript(&slots[0], &slots[4], NULL)), locked, "a[1:3]");
    CHECK_STRING(repr(CALL(MN_QSTR_copy, slots[0])), locked, "copy");
    CHECK_STRING(repr(mn_iter(&runtime, &slots[0])), locked, "iter");
    CHECK_STRING(repr(CALL(MN_QSTR_insert, slots[5], mn_small_int(0), slots[3])), locked, "insert");
    mn_heap_unlock(&runtime.heap);
    CHECK_STRING(repr(slots[0]), "[3, 1, 2, 4]", "unchanged");
    CHECK_STRING(repr(slots[5]), "[]", "unchanged");
    CHECK_EQ(sort(MN_NULL, MN_NULL), MN_NONE);
    CHECK_STRING(repr(slots[0]), "[1, 2, 3, 4]", "sorts afterwards");
    CHECK(heap_sound());
}

static const test_case_t cases[] = {
    {"new_append_len_repr", new_append_len_repr},
    {"make_new_from_iterables", make_new_from_iterables},
    {"repr_of_recursive_lists", repr_of_recursive_lists},
    {"integer_subscripts", integer_subscripts},
    {"slices_get_set_delete", slices_get_set_delete},
    {"slice_assignment_resizes", slice_assignment_resizes},
    {"operators", operators},
    {"comparisons", comparisons},
    {"iteration", iteration},
    {"append_extend_insert", append_extend_insert},
    {"pop_remove_index_count", pop_remove_index_count},
    {"reverse_copy_clear", reverse_copy_clear},
    {"sort_small_ints_and_items", sort_small_ints_and_items},
    {"sort_is_stable", sort_is_stable},
    {"sort_errors", sort_errors},
    {"memory_errors_leave_the_list_usable", memory_errors_leave_the_list_usable},
};

TEST_MAIN(cases)
