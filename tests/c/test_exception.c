// Types and exceptions: the hierarchy, raising with formatted messages, MemoryError without
// memory.
#include <string.h>

#include "obj/exception.h"
#include "obj/tuple.h"
#include "testing.h"

static mn_runtime_t runtime;
static mn_word_t arena[16 * 1024 / sizeof(mn_word_t)];

static bool message_is(const char *expected) {
    const mn_str_t *message = mn_exception_message(mn_exception_pending(&runtime));
    return message != NULL && mn_str_equal_bytes(message, expected, strlen(expected));
}

static void types_of_values(void) {
    CHECK(mn_runtime_init(&runtime, arena, sizeof arena));
    CHECK(mn_type_of(mn_small_int(5)) == &mn_type_int);
    CHECK(mn_type_of(MN_TRUE) == &mn_type_bool);
    CHECK(mn_type_of(MN_NONE) == &mn_type_none);
    CHECK(mn_type_of(MN_ELLIPSIS) == &mn_type_ellipsis);
    CHECK(mn_type_of(MN_NOT_IMPLEMENTED) == &mn_type_not_implemented);
    CHECK(mn_type_of(mn_qstr_value(MN_QSTR___name__)) == &mn_type_str);
    CHECK(mn_type_of(mn_object_value(&mn_type_int)) == &mn_type_type);
    mn_str_t *str = mn_str_new(&runtime, "abc", 3);
    CHECK(mn_type_of(mn_object_value(str)) == &mn_type_str);
    CHECK(mn_type_of(mn_object_value(mn_tuple_new(&runtime, 2))) == &mn_type_tuple);
    CHECK(mn_type_is_subtype(&mn_type_bool, &mn_type_int));
    CHECK(mn_type_is_subtype(&mn_type_bool, &mn_type_object));
    CHECK(!mn_type_is_subtype(&mn_type_int, &mn_type_bool));
    CHECK(mn_str_equal_bytes(mn_type_name(&mn_type_bool), "bool", 4));
    CHECK(mn_str_equal_bytes(mn_type_name(&mn_type_ZeroDivisionError), "ZeroDivisionError", 17));
}

static void the_exception_hierarchy(void) {
    CHECK(mn_type_is_subtype(&mn_type_ZeroDivisionError, &mn_type_ArithmeticError));
    CHECK(mn_type_is_subtype(&mn_type_KeyError, &mn_type_LookupError));
    CHECK(mn_type_is_subtype(&mn_type_TabError, &mn_type_SyntaxError));
    CHECK(mn_type_is_subtype(&mn_type_RecursionError, &mn_type_RuntimeError));
    CHECK(mn_type_is_subtype(&mn_type_ModuleNotFoundError, &mn_type_ImportError));
    CHECK(mn_type_is_subtype(&mn_type_MemoryError, &mn_type_Exception));
    CHECK(!mn_type_is_subtype(&mn_type_KeyboardInterrupt, &mn_type_Exception));
    CHECK(!mn_type_is_subtype(&mn_type_SystemExit, &mn_type_Exception));
    CHECK(mn_type_is_subtype(&mn_type_SystemExit, &mn_type_BaseException));
    CHECK(mn_type_is_subtype(&mn_type_BaseException, &mn_type_object));
    CHECK(mn_type_BaseException.flags & MN_TYPE_EXCEPTION);
}

static void raise_formats_the_message(void) {
    CHECK(mn_runtime_init(&runtime, arena, sizeof arena));
    CHECK_EQ(mn_exception_pending(&runtime), MN_NULL);
    CHECK_EQ(mn_raise(&runtime, &mn_type_ValueError, "bad reading"), MN_EXCEPTION);
    mn_value_t pending = mn_exception_pending(&runtime);
    CHECK(mn_type_of(pending) == &mn_type_ValueError);
    CHECK(message_is("bad reading"));

    mn_gc_ref_t ref;
    mn_value_t *name = mn_root_push(&runtime.heap, &ref);
    *name = mn_qstr_intern(&runtime, "checkin", 7);
    mn_str_new(&runtime, "garbage", 7);
    CHECK_EQ(mn_raise(&runtime, &mn_type_AttributeError, "'%T' object has no attribute '%q'",
                      mn_small_int(3), *name),
             MN_EXCEPTION);
    CHECK(message_is("'int' object has no attribute 'checkin'"));
    // %T of a heap value: its type is read before the message allocates (and moves it).
    *name = mn_object_value(mn_str_new(&runtime, "x", 1));
    CHECK_EQ(mn_raise(&runtime, &mn_type_TypeError, "'%T' and '%T'", *name, mn_small_int(1)),
             MN_EXCEPTION);
    CHECK(message_is("'str' and 'int'"));
    mn_root_pop(&runtime.heap, &ref);

    CHECK_EQ(mn_raise(&runtime, &mn_type_TypeError,
                      "%s() takes %d positional arguments but %z "
                      "were given (%u%%) %q",
                      "f", 2, (size_t)3, 100u, mn_qstr_value(MN_QSTR___init__)),
             MN_EXCEPTION);
    CHECK(message_is("f() takes 2 positional arguments but 3 were given (100%) __init__"));
    mn_exception_clear(&runtime);
    CHECK_EQ(mn_exception_pending(&runtime), MN_NULL);
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static void memory_error_needs_no_memory(void) {
    CHECK(mn_runtime_init(&runtime, arena, 1024));
    // Fill the heap with a chain of one-item tuples.
    mn_gc_ref_t chain_ref;
    mn_value_t *chain = mn_root_push(&runtime.heap, &chain_ref);
    for (;;) {
        mn_tuple_t *link = mn_tuple_new(&runtime, 1);
        if (link == NULL) {
            break;
        }
        link->items[0] = *chain;
        *chain = mn_object_value(link);
    }
    CHECK(mn_tuple_new(&runtime, 100) == NULL);
    size_t allocated = runtime.heap.allocated_bytes;
    CHECK_EQ(mn_raise_memory_error(&runtime), MN_EXCEPTION);
    CHECK_EQ(runtime.heap.allocated_bytes, allocated); // nothing allocated
    CHECK(mn_type_of(mn_exception_pending(&runtime)) == &mn_type_MemoryError);
    CHECK(message_is("memory allocation failed, allocating 404 bytes") ||
          message_is("memory allocation failed, allocating 808 bytes"));
    mn_root_pop(&runtime.heap, &chain_ref);

    // A message that cannot be built raises MemoryError instead.
    mn_heap_lock(&runtime.heap);
    CHECK_EQ(mn_raise(&runtime, &mn_type_ValueError, "some message"), MN_EXCEPTION);
    CHECK(mn_type_of(mn_exception_pending(&runtime)) == &mn_type_MemoryError);
    CHECK(message_is("memory allocation failed, heap is locked"));
    mn_heap_unlock(&runtime.heap);
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static void runtime_init_fails_cleanly_in_a_tiny_arena(void) {
    CHECK(!mn_runtime_init(&runtime, arena, 40));
}

static const test_case_t cases[] = {
    {"types_of_values", types_of_values},
    {"the_exception_hierarchy", the_exception_hierarchy},
    {"raise_formats_the_message", raise_formats_the_message},
    {"memory_error_needs_no_memory", memory_error_needs_no_memory},
    {"runtime_init_fails_cleanly_in_a_tiny_arena", runtime_init_fails_cleanly_in_a_tiny_arena},
};

TEST_MAIN(cases)
