// Interned strings and str objects: ROM lookup, the heap pool, growth, moves, out of memory.
#include <stdio.h>
#include <string.h>

#include "obj/qstr.h"
#include "testing.h"

static mn_runtime_t runtime;
static mn_word_t arena[256 * 1024 / sizeof(mn_word_t)];

static size_t baseline_bytes; // what the runtime allocates at start-up

static void setup(size_t bytes) {
    mn_runtime_init(&runtime, arena, bytes);
    baseline_bytes = runtime.heap.allocated_bytes;
}

static bool same_bytes(mn_value_t interned, const char *text) {
    const mn_str_t *str = mn_qstr_str(interned);
    return mn_str_equal_bytes(str, text, strlen(text));
}

static void rom_strings_are_found_without_memory(void) {
    setup(4096);
    mn_value_t name = mn_qstr_find(&runtime, "__name__", 8);
    CHECK(mn_is_qstr(name));
    CHECK_EQ(mn_qstr_id(name), MN_QSTR___name__);
    CHECK(same_bytes(name, "__name__"));
    CHECK_EQ(mn_qstr_find(&runtime, "<module>", 8), mn_qstr_value(MN_QSTR__lt_module_gt_));
    CHECK_EQ(mn_qstr_find(&runtime, "", 0), mn_qstr_value(MN_QSTR__empty_));
    CHECK_EQ(mn_qstr_find(&runtime, "__name_", 7), MN_NULL);
    CHECK_EQ(mn_qstr_find(&runtime, "__name__x", 9), MN_NULL);
    // Every ROM string is found by its bytes, and the table is sorted.
    for (unsigned id = 0; id < MN_QSTR_ROM_COUNT; id++) {
        const mn_str_t *str = mn_qstr_rom[id];
        CHECK(mn_str_is_interned(str));
        CHECK_EQ(mn_block_tag(str), MN_TAG_STR);
        CHECK_EQ(mn_qstr_find(&runtime, str->bytes, mn_str_length(str)), mn_qstr_value(id));
    }
    CHECK_EQ(mn_qstr_intern(&runtime, "__init__", 8), mn_qstr_value(MN_QSTR___init__));
    mn_heap_stats_t stats;
    mn_heap_stats(&runtime.heap, &stats);
    CHECK_EQ(stats.allocated_bytes, baseline_bytes);
}

static void heap_strings_are_interned_once(void) {
    setup(4096);
    mn_gc_ref_t button_ref; // a heap value held across allocations must be rooted
    mn_value_t *button_root = mn_root_push(&runtime.heap, &button_ref);
    *button_root = mn_qstr_intern(&runtime, "button", 6);
    mn_value_t button = *button_root;
    CHECK(mn_is_object(button));
    CHECK(mn_str_is_interned(mn_object(button)));
    CHECK(mn_str_is_ascii(mn_object(button)));
    CHECK(same_bytes(button, "button"));
    CHECK_EQ(mn_qstr_intern(&runtime, "button", 6), button);
    CHECK_EQ(mn_qstr_find(&runtime, "button", 6), button);
    mn_value_t led = mn_qstr_intern(&runtime, "led", 3);
    CHECK(led != *button_root);
    CHECK_EQ(mn_qstr_find(&runtime, "button", 6), *button_root);
    mn_root_pop(&runtime.heap, &button_ref);

    // Interning a str object: the first one with its bytes joins the pool itself.
    mn_gc_ref_t ref;
    mn_value_t *str = mn_root_push(&runtime.heap, &ref);
    *str = mn_object_value(mn_str_new(&runtime, "caf\xc3\xa9", 5));
    CHECK(!mn_str_is_ascii(mn_object(*str)));
    CHECK(!mn_str_is_interned(mn_object(*str)));
    mn_value_t cafe = mn_qstr_intern_str(&runtime, str);
    CHECK_EQ(cafe, *str);
    CHECK(mn_str_is_interned(mn_object(*str)));
    *str = mn_object_value(mn_str_new(&runtime, "caf\xc3\xa9", 5));
    CHECK(mn_qstr_intern_str(&runtime, str) != *str); // an equal one is already interned
    CHECK_EQ(mn_qstr_find(&runtime, "caf\xc3\xa9", 5), mn_qstr_intern_str(&runtime, str));
    mn_root_pop(&runtime.heap, &ref);

    mn_qstr_info_t info;
    mn_qstr_info(&runtime, &info);
    CHECK_EQ(info.rom_count, MN_QSTR_ROM_COUNT);
    CHECK_EQ(info.pool_count, 3);
    CHECK_EQ(info.pool_data_bytes, 6 + 3 + 5);
    CHECK_EQ(info.pool_total_bytes, mn_block_bytes(mn_object(runtime.roots[MN_ROOT_QSTR_POOL])) +
                                        mn_words_for_bytes(mn_str_bytes_for(6)) * MN_WORD_BYTES +
                                        mn_words_for_bytes(mn_str_bytes_for(3)) * MN_WORD_BYTES +
                                        mn_words_for_bytes(mn_str_bytes_for(5)) * MN_WORD_BYTES);
}

static void the_pool_grows_and_survives_collections(void) {
    setup(256 * 1024);
    char name[16];
    for (int i = 0; i < 1000; i++) {
        snprintf(name, sizeof name, "name%d", i);
        CHECK(mn_qstr_intern(&runtime, name, strlen(name)) != MN_NULL);
        if (i % 100 == 0) {
            mn_str_new(&runtime, "garbage", 7); // so that the pool moves
            mn_gc_collect(&runtime.heap);
        }
    }
    mn_gc_collect(&runtime.heap);
    for (int i = 0; i < 1000; i++) {
        snprintf(name, sizeof name, "name%d", i);
        mn_value_t found = mn_qstr_find(&runtime, name, strlen(name));
        CHECK(found != MN_NULL);
        CHECK(same_bytes(found, name));
        CHECK_EQ(mn_qstr_intern(&runtime, name, strlen(name)), found);
    }
    mn_qstr_info_t info;
    mn_qstr_info(&runtime, &info);
    CHECK_EQ(info.pool_count, 1000);
    // Interned strings are never freed.
    mn_heap_stats_t stats;
    mn_heap_stats(&runtime.heap, &stats);
    CHECK_EQ(stats.allocated_bytes, baseline_bytes + info.pool_total_bytes);
    CHECK_EQ(stats.per_type[MN_TAG_STR].blocks, 1000 + 1); // and MemoryError's message
}

static void out_of_memory_leaves_the_pool_usable(void) {
    setup(512);
    char name[32];
    int interned = 0;
    for (int i = 0; i < 100; i++) {
        snprintf(name, sizeof name, "a_longer_name_%d", i);
        mn_value_t value = mn_qstr_intern(&runtime, name, strlen(name));
        if (value == MN_NULL) {
            CHECK_EQ(runtime.heap.last_failure, MN_ALLOC_NO_MEMORY);
            break;
        }
        interned++;
    }
    CHECK(interned > 0 && interned < 100);
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
    for (int i = 0; i < interned; i++) {
        snprintf(name, sizeof name, "a_longer_name_%d", i);
        CHECK(mn_qstr_find(&runtime, name, strlen(name)) != MN_NULL);
    }
    CHECK_EQ(mn_qstr_find(&runtime, "__main__", 8), mn_qstr_value(MN_QSTR___main__));
}

static void str_slices_copy_from_a_moving_source(void) {
    setup(4096);
    mn_gc_ref_t ref;
    mn_value_t *source = mn_root_push(&runtime.heap, &ref);
    mn_str_new(&runtime, "garbage below", 13);
    *source = mn_object_value(mn_str_new(&runtime, "def main(): pass", 16));
    mn_str_t *slice = mn_str_new_slice(&runtime, source, 4, 4);
    CHECK(slice != NULL);
    CHECK(mn_str_equal_bytes(slice, "main", 4));
    CHECK(mn_str_equal_bytes(mn_object(*source), "def main(): pass", 16));
    mn_root_pop(&runtime.heap, &ref);
    CHECK_EQ(mn_str_hash_bytes("", 0), 2166136261u);
    CHECK(mn_str_hash_bytes("ab", 2) != mn_str_hash_bytes("ba", 2));
}

static const test_case_t cases[] = {
    {"rom_strings_are_found_without_memory", rom_strings_are_found_without_memory},
    {"heap_strings_are_interned_once", heap_strings_are_interned_once},
    {"the_pool_grows_and_survives_collections", the_pool_grows_and_survives_collections},
    {"out_of_memory_leaves_the_pool_usable", out_of_memory_leaves_the_pool_usable},
    {"str_slices_copy_from_a_moving_source", str_slices_copy_from_a_moving_source},
};

TEST_MAIN(cases)
