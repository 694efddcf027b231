// Fuzz target: source text -> compile -> run, in a small heap with an instruction budget.
//
// The input is a program (any bytes: the lexer must refuse what is not UTF-8 Python). It
// runs as __main__ in a fresh runtime over a 64 KB arena with a budget of 20,000 backward
// jumps and calls, output discarded, no port (no files, no imports from disk); an uncaught
// exception's traceback is formatted and discarded too. After the run the heap must pass the
// verifier (which also runs after every collection in this build), every GC reference must
// be popped, and the VM must be back at depth 0. Any crash, sanitizer report or broken
// invariant aborts.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "obj/exception.h"
#include "obj/qstr.h"
#include "obj/str.h"
#include "vm/import.h"
#include "vm/traceback.h"

#define ARENA_BYTES (64 * 1024)
#define BUDGET 20000
#define SOURCE_MAX (16 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static mn_word_t arena[ARENA_BYTES / sizeof(mn_word_t)];
static mn_runtime_t runtime;

static void discard(void *context, const char *text, size_t length) {
    (void)context;
    (void)text;
    (void)length;
}

static void fail(const char *what) {
    fprintf(stderr, "fuzz_exec: %s\n", what);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > SOURCE_MAX) {
        return 0;
    }
    if (!mn_runtime_init(&runtime, arena, sizeof arena)) {
        fail("the runtime does not start");
    }
    runtime.write_out = discard;
    runtime.budget_on = true;
    runtime.budget = BUDGET;
    mn_value_t *slots = mn_heap_reserve_top(&runtime.heap, 3); // source, file name, exception
    if (slots == NULL) {
        fail("no room for three words");
    }
    mn_str_t *source = mn_str_new(&runtime, (const char *)data, size);
    if (source != NULL) {
        slots[0] = mn_object_value(source);
        slots[1] = mn_qstr_value(MN_QSTR__lt_string_gt_);
        if (mn_import_run_main(&runtime, &slots[0], &slots[1], false) == MN_EXCEPTION) {
            slots[2] = mn_exception_pending(&runtime);
            if (slots[2] == MN_NULL) {
                fail("the program failed without an exception");
            }
            mn_exception_clear(&runtime);
            mn_traceback_print(&runtime, &slots[2], discard, NULL);
            mn_exception_clear(&runtime);
        }
    }
    mn_heap_release_top(&runtime.heap, 3);
    if (runtime.heap.refs != NULL) {
        fail("a GC reference was left pushed");
    }
    if (runtime.frame != NULL || runtime.frame_depth != 0 || runtime.call_depth != 0 ||
        runtime.c_depth != 0) {
        fail("the VM did not unwind to depth 0");
    }
    if (runtime.heap.end != runtime.heap.arena_end) {
        fail("words of the VM stack were left reserved");
    }
    mn_gc_collect(&runtime.heap);
    const char *problem = mn_heap_verify(&runtime.heap, NULL);
    if (problem != NULL) {
        fail(problem);
    }
    return 0;
}
