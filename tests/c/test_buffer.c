// The growable heap buffer: appends in place and by copy, slices of moving strs, finishing
// into a str, running out of memory.
#include <string.h>

#include "obj/buffer.h"
#include "testing.h"

static mn_runtime_t runtime;
static mn_word_t arena[64 * 1024 / sizeof(mn_word_t)];

static void appends_grow_in_place_and_by_copy(void) {
    mn_runtime_init(&runtime, arena, sizeof arena);
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime.heap, &ref);
    mn_buffer_t buffer;
    CHECK(mn_buffer_init(&runtime, &buffer, slot, 4));
    CHECK_EQ(mn_buffer_length(&buffer), 0);
    char expected[4000];
    size_t length = 0;
    for (int i = 0; i < 500; i++) {
        char piece[8];
        size_t piece_length = (size_t)(i % 7) + 1;
        for (size_t j = 0; j < piece_length; j++) {
            piece[j] = (char)('a' + (i + (int)j) % 26);
        }
        CHECK(mn_buffer_append(&runtime, &buffer, piece, piece_length));
        memcpy(expected + length, piece, piece_length);
        length += piece_length;
        if (i % 50 == 0) {
            mn_str_new(&runtime, "x", 1); // a block behind the buffer: the next growth copies
        }
    }
    CHECK_EQ(mn_buffer_length(&buffer), length);
    CHECK(memcmp(mn_buffer_bytes(&buffer), expected, length) == 0);
    mn_str_t *str = mn_buffer_finish_str(&runtime, &buffer);
    CHECK(str == mn_object(*slot));
    CHECK(mn_str_equal_bytes(str, expected, length));
    CHECK(mn_str_is_ascii(str));
    CHECK_EQ(mn_block_bytes(str), mn_words_for_bytes(mn_str_bytes_for(length)) * MN_WORD_BYTES);
    mn_gc_collect(&runtime.heap);
    CHECK(mn_str_equal_bytes(mn_object(*slot), expected, length));
    mn_root_pop(&runtime.heap, &ref);
}

static void slices_of_moving_strs(void) {
    mn_runtime_init(&runtime, arena, sizeof arena);
    mn_gc_ref_t source_ref;
    mn_gc_ref_t buffer_ref;
    mn_value_t *source = mn_root_push(&runtime.heap, &source_ref);
    mn_value_t *slot = mn_root_push(&runtime.heap, &buffer_ref);
    mn_str_new(&runtime, "garbage", 7);
    *source = mn_object_value(mn_str_new(&runtime, "hello, w\xc3\xb6rld", 13));
    mn_buffer_t buffer;
    CHECK(mn_buffer_init(&runtime, &buffer, slot, 0));
    CHECK(mn_buffer_append_slice(&runtime, &buffer, source, 7, 6));
    CHECK(mn_buffer_append(&runtime, &buffer, " and ", 5));
    CHECK(mn_buffer_append_slice(&runtime, &buffer, source, 0, 5));
    // A slice of the buffer itself.
    CHECK(mn_buffer_append_slice(&runtime, &buffer, slot, 0, 3));
    // Room written by the caller.
    char *room = mn_buffer_extend(&runtime, &buffer, 2);
    CHECK(room != NULL);
    memcpy(room, "!?", 2);
    mn_buffer_truncate(&buffer, mn_buffer_length(&buffer) + 5); // longer: no change
    CHECK(mn_buffer_append(&runtime, &buffer, "xyz", 3));
    mn_buffer_truncate(&buffer, mn_buffer_length(&buffer) - 3);
    mn_str_t *str = mn_buffer_finish_str(&runtime, &buffer);
    const char *expected = "w\xc3\xb6rld and hellow\xc3\xb6!?";
    CHECK(mn_str_equal_bytes(str, expected, strlen(expected)));
    CHECK(!mn_str_is_ascii(str));
    mn_root_pop(&runtime.heap, &buffer_ref);
    mn_root_pop(&runtime.heap, &source_ref);
}

static void out_of_memory_keeps_what_was_written(void) {
    mn_runtime_init(&runtime, arena, 1024);
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime.heap, &ref);
    mn_buffer_t buffer;
    CHECK(mn_buffer_init(&runtime, &buffer, slot, 8));
    size_t written = 0;
    while (mn_buffer_append(&runtime, &buffer, "0123456789", 10)) {
        written += 10;
    }
    CHECK(written >= 500);
    CHECK_EQ(runtime.heap.last_failure, MN_ALLOC_NO_MEMORY);
    CHECK_EQ(mn_buffer_length(&buffer), written);
    CHECK(memcmp(mn_buffer_bytes(&buffer) + written - 10, "0123456789", 10) == 0);
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
    CHECK(!mn_buffer_append(&runtime, &buffer, "x", (size_t)-1 / 2)); // absurd sizes fail
    mn_str_t *str = mn_buffer_finish_str(&runtime, &buffer);
    CHECK_EQ(mn_str_length(str), written);
    mn_root_pop(&runtime.heap, &ref);
}

static const test_case_t cases[] = {
    {"appends_grow_in_place_and_by_copy", appends_grow_in_place_and_by_copy},
    {"slices_of_moving_strs", slices_of_moving_strs},
    {"out_of_memory_keeps_what_was_written", out_of_memory_keeps_what_was_written},
};

TEST_MAIN(cases)
