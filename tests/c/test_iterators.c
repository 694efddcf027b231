// Tests of the built-in iterator types that wrap others (src/obj/enumerate.c, zip.c,
// reversed.c), of what every iterator type shares (obj/iterator.h), and of the ROM attribute
// tables of the container types (sorted by qstr id, as the binary search needs).
#include <string.h>

#include "obj/dict.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/range.h"
#include "obj/slice.h"
#include "obj/tuple.h"
#include "objects.h"
#include "testing.h"

#define ARENA (64 * 1024)

// The items of an iterable, a tuple shown as its items joined by ':'. may trigger a gc
static const char *flat(mn_value_t iterable) {
    static char text[4096];
    slots[44] = iterable;
    slots[44] = mn_list_from_iterable(&runtime, &slots[44]);
    if (slots[44] == MN_EXCEPTION) {
        return raised();
    }
    size_t length = 0;
    text[0] = '\0';
    for (size_t i = 0; i < mn_list_length(slots[44]); i++) {
        slots[45] = mn_list_items(slots[44])[i];
        if (i > 0) {
            length += (size_t)snprintf(text + length, sizeof text - length, " ");
        }
        size_t parts = mn_tuple_is(slots[45]) ? mn_tuple_length(mn_object(slots[45])) : 0;
        if (parts == 0) {
            length += (size_t)snprintf(text + length, sizeof text - length, "%s", repr(slots[45]));
        }
        for (size_t j = 0; j < parts; j++) {
            const char *part = repr(((const mn_tuple_t *)mn_object(slots[45]))->items[j]);
            length += (size_t)snprintf(text + length, sizeof text - length, j ? ":%s" : "%s", part);
        }
    }
    return text;
}

static void enumerate(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(7, 8, 9);
    slots[1] = make_new(&mn_type_enumerate, 1, slots, 0, NULL);
    CHECK(mn_type_of(slots[1]) == &mn_type_enumerate);
    CHECK_EQ(mn_iter(&runtime, &slots[1]), slots[1]);
    CHECK_STRING(flat(slots[1]), "0:7 1:8 2:9", "enumerate(x)");
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL);
    CHECK_STRING(flat(make_new(&mn_type_enumerate, 2, VALUES(slots[0], MN_SMALL_INT(-1)), 0, NULL)),
                 "-1:7 0:8 1:9", "start -1");
    CHECK_STRING(flat(make_new(&mn_type_enumerate, 2, VALUES(slots[0], MN_TRUE), 0, NULL)),
                 "1:7 2:8 3:9", "start True");
    static const unsigned both[] = {MN_QSTR_start, MN_QSTR_iterable};
    CHECK_STRING(flat(make_new(&mn_type_enumerate, 0, VALUES(MN_SMALL_INT(5), slots[0]), 2, both)),
                 "5:7 6:8 7:9", "keywords");
    slots[2] = mn_small_int(MN_SMALL_INT_MAX);
    slots[3] = make_new(&mn_type_enumerate, 2, VALUES(slots[0], slots[2]), 0, NULL);
    slots[4] = mn_next(&runtime, &slots[3]);
    CHECK_EQ(((const mn_tuple_t *)mn_object(slots[4]))->items[0], mn_small_int(MN_SMALL_INT_MAX));
    slots[4] = mn_next(&runtime, &slots[3]);
    CHECK(mn_is_tagged(((const mn_tuple_t *)mn_object(slots[4]))->items[0], MN_TAG_BIG_INT));
    slots[2] = int_of("100000000000000000000");
    CHECK_STRING(flat(make_new(&mn_type_enumerate, 2, VALUES(slots[0], slots[2]), 0, NULL)),
                 "100000000000000000000:7 100000000000000000001:8 100000000000000000002:9",
                 "big start");
    // Errors, as CPython words them.
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 0, NULL, 0, NULL)),
                 "!TypeError: enumerate() missing required argument 'iterable'", "enumerate()");
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 1, VALUES(MN_SMALL_INT(5)), 0, NULL)),
                 "!TypeError: 'int' object is not iterable", "enumerate(5)");
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 2, VALUES(slots[0], mn_qstr_value(MN_QSTR_key)),
                               0, NULL)),
                 "!TypeError: 'str' object cannot be interpreted as an integer", "start 'key'");
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 3,
                               VALUES(slots[0], MN_SMALL_INT(1), MN_SMALL_INT(2)), 0, NULL)),
                 "!TypeError: enumerate() takes at most 2 arguments (3 given)", "3 arguments");
    static const unsigned key[] = {MN_QSTR_key};
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 1, VALUES(slots[0], MN_SMALL_INT(1)), 1, key)),
                 "!TypeError: 'key' is an invalid keyword argument for enumerate()", "key=");
    static const unsigned start[] = {MN_QSTR_start};
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 0, VALUES(MN_SMALL_INT(1)), 1, start)),
                 "!TypeError: 'start' is an invalid keyword argument for enumerate()",
                 "enumerate(start=1)");
    static const unsigned iterable[] = {MN_QSTR_iterable};
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 1, VALUES(slots[0], slots[0]), 1, iterable)),
                 "!TypeError: 'iterable' is an invalid keyword argument for enumerate()",
                 "given twice");
    CHECK(heap_sound());
}

static void zip(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1, 2, 3);
    slots[1] = ITEMS(4, 5);
    slots[2] = ITEMS(6, 7, 8);
    slots[3] = make_new(&mn_type_zip, 2, slots, 0, NULL);
    CHECK(mn_type_of(slots[3]) == &mn_type_zip);
    CHECK_EQ(mn_iter(&runtime, &slots[3]), slots[3]);
    CHECK_STRING(flat(slots[3]), "1:4 2:5", "shortest");
    CHECK_STRING(flat(make_new(&mn_type_zip, 3, VALUES(slots[0], slots[2], slots[0]), 0, NULL)),
                 "1:6:1 2:7:2 3:8:3", "three");
    CHECK_STRING(flat(make_new(&mn_type_zip, 0, NULL, 0, NULL)), "", "zip()");
    CHECK_STRING(flat(make_new(&mn_type_zip, 1, slots, 0, NULL)), "1 2 3", "zip(a)");
    CHECK_STRING(repr(make_new(&mn_type_zip, 2, VALUES(slots[0], MN_SMALL_INT(5)), 0, NULL)),
                 "!TypeError: 'int' object is not iterable", "zip(a, 5)");
    static const unsigned strict[] = {MN_QSTR_strict};
    CHECK_STRING(flat(make_new(&mn_type_zip, 2, VALUES(slots[0], slots[2], MN_TRUE), 1, strict)),
                 "1:6 2:7 3:8", "strict, same lengths");
    CHECK_STRING(flat(make_new(&mn_type_zip, 2, VALUES(slots[0], slots[1], MN_FALSE), 1, strict)),
                 "1:4 2:5", "strict=False");
    static const struct {
        int count;
        int lists[3]; // slots
        const char *expected;
    } strict_cases[] = {
        {2, {0, 1}, "!ValueError: zip() argument 2 is shorter than argument 1"},
        {2, {1, 0}, "!ValueError: zip() argument 2 is longer than argument 1"},
        {3, {0, 2, 1}, "!ValueError: zip() argument 3 is shorter than arguments 1-2"},
        {3, {1, 1, 0}, "!ValueError: zip() argument 3 is longer than arguments 1-2"},
    };
    for (size_t i = 0; i < sizeof strict_cases / sizeof strict_cases[0]; i++) {
        mn_value_t values[4];
        for (int j = 0; j < strict_cases[i].count; j++) {
            values[j] = slots[strict_cases[i].lists[j]];
        }
        values[strict_cases[i].count] = MN_TRUE;
        slots[4] = make_new(&mn_type_zip, (size_t)strict_cases[i].count, values, 1, strict);
        CHECK_STRING(flat(slots[4]), strict_cases[i].expected, "strict case %zu", i);
    }
    static const unsigned key[] = {MN_QSTR_key};
    CHECK_STRING(repr(make_new(&mn_type_zip, 1, VALUES(slots[0], MN_TRUE), 1, key)),
                 "!TypeError: 'key' is an invalid keyword argument for zip()", "key=");
    static const unsigned two[] = {MN_QSTR_strict, MN_QSTR_key};
    CHECK_STRING(repr(make_new(&mn_type_zip, 1, VALUES(slots[0], MN_TRUE, MN_TRUE), 2, two)),
                 "!TypeError: zip() takes at most 1 keyword argument (2 given)", "two keywords");
    CHECK(heap_sound());
}

static void reversed(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1, 2, 3);
    slots[1] = make_new(&mn_type_reversed, 1, slots, 0, NULL);
    CHECK(mn_type_of(slots[1]) == &mn_type_list_reverseiterator);
    CHECK_STRING(flat(slots[1]), "3 2 1", "reversed(list)");
    slots[2] = mn_tuple_from_iterable(&runtime, &slots[0]);
    slots[1] = make_new(&mn_type_reversed, 1, &slots[2], 0, NULL);
    CHECK(mn_type_of(slots[1]) == &mn_type_reversed);
    CHECK_STRING(flat(slots[1]), "3 2 1", "reversed(tuple)");
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL);
    slots[3] = mn_object_value(&mn_tuple_empty);
    CHECK_STRING(flat(make_new(&mn_type_reversed, 1, &slots[3], 0, NULL)), "", "reversed(())");
    slots[3] = make_new(&mn_type_range, 3,
                        VALUES(MN_SMALL_INT(1), MN_SMALL_INT(10), MN_SMALL_INT(3)), 0, NULL);
    slots[1] = make_new(&mn_type_reversed, 1, &slots[3], 0, NULL);
    CHECK(mn_type_of(slots[1]) == &mn_type_range_iterator);
    CHECK_STRING(flat(slots[1]), "7 4 1", "reversed(range(1, 10, 3))");
    slots[4] = int_of("100000000000000000000");
    slots[5] = int_of("100000000000000000003");
    slots[3] = make_new(&mn_type_range, 2, VALUES(slots[4], slots[5]), 0, NULL);
    CHECK_STRING(flat(make_new(&mn_type_reversed, 1, &slots[3], 0, NULL)),
                 "100000000000000000002 100000000000000000001 100000000000000000000",
                 "reversed(range(10**20, 10**20 + 3))");
    slots[3] = make_new(&mn_type_range, 1, VALUES(MN_SMALL_INT(0)), 0, NULL);
    CHECK_STRING(flat(make_new(&mn_type_reversed, 1, &slots[3], 0, NULL)), "", "range(0)");
    // A list that shrinks under its reverse iterator.
    slots[1] = make_new(&mn_type_reversed, 1, slots, 0, NULL);
    CHECK_STRING(repr(mn_next(&runtime, &slots[1])), "3", "first");
    (void)CALL(MN_QSTR_clear, slots[0]);
    CHECK_EQ(mn_next(&runtime, &slots[1]), MN_NULL);
    // Errors.
    CHECK_STRING(repr(make_new(&mn_type_reversed, 1, VALUES(MN_SMALL_INT(5)), 0, NULL)),
                 "!TypeError: 'int' object is not reversible", "reversed(5)");
    slots[6] = mn_iter(&runtime, &slots[2]);
    CHECK_STRING(repr(make_new(&mn_type_reversed, 1, &slots[6], 0, NULL)),
                 "!TypeError: 'tuple_iterator' object is not reversible", "reversed(iter(t))");
    CHECK_STRING(repr(make_new(&mn_type_reversed, 0, NULL, 0, NULL)),
                 "!TypeError: reversed expected 1 argument, got 0", "reversed()");
    static const unsigned key[] = {MN_QSTR_key};
    CHECK_STRING(repr(make_new(&mn_type_reversed, 0, VALUES(slots[0]), 1, key)),
                 "!TypeError: reversed() takes no keyword arguments", "reversed(key=)");
    CHECK(heap_sound());
}

static void every_iterator_type(void) {
    const mn_type_t *const types[] = {
        &mn_type_list_iterator,
        &mn_type_list_reverseiterator,
        &mn_type_tuple_iterator,
        &mn_type_range_iterator,
        &mn_type_longrange_iterator,
        &mn_type_dict_keyiterator,
        &mn_type_dict_valueiterator,
        &mn_type_dict_itemiterator,
        &mn_type_dict_reversekeyiterator,
        &mn_type_dict_reversevalueiterator,
        &mn_type_dict_reverseitemiterator,
        &mn_type_enumerate,
        &mn_type_zip,
        &mn_type_reversed,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        CHECK(types[i]->flags & MN_TYPE_ITERATOR);
        CHECK(types[i]->iter == mn_iterator_self);
        CHECK(types[i]->next != NULL);
    }
    CHECK(mn_str_equal_bytes(mn_type_name(&mn_type_dict_reverseitemiterator),
                             "dict_reverseitemiterator", 24));
    CHECK(mn_str_equal_bytes(mn_type_name(&mn_type_longrange_iterator), "longrange_iterator", 18));
}

static void attribute_tables_are_sorted(void) {
    const mn_type_t *const types[] = {
        &mn_type_list,        &mn_type_tuple,      &mn_type_dict,  &mn_type_dict_keys,
        &mn_type_dict_values, &mn_type_dict_items, &mn_type_range, &mn_type_slice,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        const mn_attr_table_t *table = types[i]->attrs;
        CHECK(table != NULL && table->count > 0);
        for (size_t j = 0; j + 1 < table->count; j++) {
            CHECK(table->entries[j].name < table->entries[j + 1].name);
        }
        // Each method is found by its name, and is named so.
        for (size_t j = 0; j < table->count; j++) {
            mn_value_t found = mn_attr_table_find(table, table->entries[j].name);
            CHECK_EQ(found, table->entries[j].value);
            const mn_native_t *native = mn_object(found);
            CHECK_EQ(mn_qstr_value(native->name), table->entries[j].name);
        }
    }
}

static void memory_errors(void) {
    CHECK(objects_setup(ARENA));
    slots[0] = ITEMS(1, 2, 3);
    slots[1] = make_new(&mn_type_enumerate, 1, slots, 0, NULL);
    slots[2] = make_new(&mn_type_zip, 2, VALUES(slots[0], slots[0]), 0, NULL);
    slots[3] = mn_tuple_from_iterable(&runtime, &slots[0]);
    mn_heap_lock(&runtime.heap);
    const char *locked = "!MemoryError: memory allocation failed, heap is locked";
    CHECK_STRING(repr(mn_next(&runtime, &slots[1])), locked, "enumerate");
    CHECK_STRING(repr(mn_next(&runtime, &slots[2])), locked, "zip");
    CHECK_STRING(repr(make_new(&mn_type_reversed, 1, &slots[3], 0, NULL)), locked, "reversed");
    CHECK_STRING(repr(make_new(&mn_type_enumerate, 1, slots, 0, NULL)), locked, "enumerate()");
    mn_heap_unlock(&runtime.heap);
    CHECK(heap_sound());
}

static const test_case_t cases[] = {
    {"enumerate", enumerate},
    {"zip", zip},
    {"reversed", reversed},
    {"every_iterator_type", every_iterator_type},
    {"attribute_tables_are_sorted", attribute_tables_are_sorted},
    {"memory_errors", memory_errors},
};

TEST_MAIN(cases)
