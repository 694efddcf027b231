#define _POSIX_C_SOURCE 200809L // isatty

#include "run.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile/compile.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/int.h"
#include "obj/qstr.h"
#include "obj/str.h"
#include "port.h"
#include "terminal.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/traceback.h"
#include "vm/vm.h"

static void write_file(void *context, const char *text, size_t length) {
    fwrite(text, 1, length, context);
}

// The exit status for the pending exception: SystemExit's code (its message printed on
// stderr when it is not an int), 130 for KeyboardInterrupt, 1 for any other after its
// traceback. Clears the exception. Unlocks the heap (micropython.heap_lock), as
// MicroPython's REPL does, so that the report can be made.
static int report(mn_runtime_t *runtime) {
    runtime->heap.lock_depth = 0;
    mn_gc_ref_t ref;
    mn_value_t *exception = mn_root_push(&runtime->heap, &ref);
    *exception = mn_exception_pending(runtime);
    mn_exception_clear(runtime);
    int status = 1;
    if (mn_type_is_subtype(mn_type_of(*exception), &mn_type_SystemExit)) {
        mn_value_t args = ((const mn_exception_t *)mn_object(*exception))->args;
        size_t count = args == MN_NULL ? 0 : mn_tuple_length(mn_object(args));
        mn_value_t code = count == 1 ? ((const mn_tuple_t *)mn_object(args))->items[0] : MN_NONE;
        int64_t number;
        if (code == MN_NONE) {
            status = 0;
        } else if (mn_int_is(code) && mn_int_to_int64(code, &number)) {
            status = (int)(number & 0xff);
        } else {
            *exception = code; // printed as str() prints it
            mn_value_t text = mn_str(runtime, exception);
            fflush(stdout);
            if (text != MN_EXCEPTION) {
                const mn_str_t *str = mn_qstr_str(text);
                fwrite(str->bytes, 1, mn_str_length(str), stderr);
                fputc('\n', stderr);
            }
            mn_exception_clear(runtime);
            status = 1;
        }
    } else {
        if (mn_type_is_subtype(mn_type_of(*exception), &mn_type_KeyboardInterrupt)) {
            status = 130;
        }
        fflush(stdout);
        mn_traceback_print(runtime, exception, write_file, stderr);
    }
    mn_root_pop(&runtime->heap, &ref);
    return status;
}

// sys.argv: "-c" or the script or module, then the program's arguments; sys.path: the
// script's folder (or '' for -c, -m and the REPL), then the entries of MINNOWPATH.
static bool set_up_sys(mn_runtime_t *runtime, const mn_options_t *options) {
    const char *first = options->mode == MN_RUN_COMMAND ? "-c"
                        : options->mode == MN_RUN_REPL  ? ""
                                                        : options->program;
    bool ok = mn_import_root_append(runtime, MN_ROOT_SYS_ARGV, first, strlen(first));
    for (int i = 1; ok && i < options->program_argc; i++) {
        const char *arg = options->program_argv[i];
        ok = mn_import_root_append(runtime, MN_ROOT_SYS_ARGV, arg, strlen(arg));
    }
    size_t folder = 0;
    if (options->mode == MN_RUN_SCRIPT && strcmp(options->program, "-") != 0) {
        const char *slash = strrchr(options->program, '/');
        folder = slash == NULL               ? 0
                 : slash == options->program ? 1
                                             : (size_t)(slash - options->program);
    }
    ok = ok && mn_import_root_append(runtime, MN_ROOT_SYS_PATH, folder > 0 ? options->program : "",
                                     folder);
    const char *entries = getenv("MINNOWPATH");
    while (ok && entries != NULL && *entries != '\0') {
        const char *end = strchr(entries, ':');
        size_t length = end == NULL ? strlen(entries) : (size_t)(end - entries);
        if (length > 0) {
            ok = mn_import_root_append(runtime, MN_ROOT_SYS_PATH, entries, length);
        }
        entries = end == NULL ? NULL : end + 1;
    }
    return ok;
}

// Runs the program: the script, -c text, -m module, or standard input when it is not a
// terminal. Returns false with the exception pending. may trigger a gc
static bool run_program(mn_runtime_t *runtime, const mn_options_t *options, int *status) {
    mn_value_t *slots = mn_heap_reserve_top(&runtime->heap, 2); // source, file name
    if (slots == NULL) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    bool ok = true;
    bool has_file = false;
    if (options->mode == MN_RUN_MODULE) {
        ok = mn_import_run_module_as_main(runtime, options->program) != MN_EXCEPTION;
    } else {
        if (options->mode == MN_RUN_COMMAND) {
            slots[0] =
                mn_object_value(mn_str_new(runtime, options->program, strlen(options->program)));
            slots[1] = mn_qstr_value(MN_QSTR__lt_string_gt_);
        } else if (options->mode == MN_RUN_SCRIPT && strcmp(options->program, "-") != 0) {
            errno = 0;
            slots[0] = mn_unix_port.read_file(runtime, NULL, options->program);
            if (slots[0] == MN_NULL) {
                int error = errno != 0 ? errno : ENOENT;
                fprintf(stderr, "minnow: can't open file '%s': [Errno %d] %s\n", options->program,
                        error, strerror(error));
                *status = 2;
                mn_heap_release_top(&runtime->heap, 2);
                return true;
            }
            slots[1] =
                mn_object_value(mn_str_new(runtime, options->program, strlen(options->program)));
            has_file = slots[1] != MN_NULL;
        } else if (options->mode == MN_RUN_SCRIPT || !isatty(STDIN_FILENO)) {
            slots[0] = mn_unix_read_stream(runtime, stdin);
            slots[1] = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
        } else {
            // The REPL: __main__ starts empty.
            slots[0] = mn_qstr_value(MN_QSTR__empty_);
            slots[1] = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
        }
        ok = slots[0] != MN_EXCEPTION && slots[0] != MN_NULL && slots[1] != MN_NULL;
        if (!ok && mn_exception_pending(runtime) == MN_NULL) {
            (void)mn_raise_memory_error(runtime);
        }
        ok = ok && mn_import_run_main(runtime, &slots[0], &slots[1], has_file) != MN_EXCEPTION;
    }
    mn_heap_release_top(&runtime->heap, 2);
    return ok;
}

// Sets the runtime up over the arena (again, for a soft reset), with sys.argv and sys.path.
// Returns false, with a message or a traceback printed and *status set, when it cannot.
// may trigger a gc
static bool start_runtime(mn_runtime_t *runtime, void *arena, size_t arena_bytes,
                          const mn_options_t *options, int *status) {
    if (arena == NULL || !mn_runtime_init(runtime, arena, arena_bytes)) {
        fprintf(stderr, "minnow: cannot set up a heap of %zu bytes\n", arena_bytes);
        *status = 1;
        return false;
    }
    runtime->write_out = write_file;
    runtime->write_context = stdout;
    runtime->port = &mn_unix_port;
    runtime->budget_on = options->budget != 0;
    runtime->budget = options->budget;
    if (!set_up_sys(runtime, options)) {
        *status = report(runtime);
        return false;
    }
    return true;
}

// The REPL on standard input, after the program (-i) or instead of one. A soft reset (Ctrl-D
// in the raw REPL) starts a fresh runtime over the same arena, as a board's does. Returns the
// exit status.
static int interact(mn_runtime_t *runtime, void *arena, size_t arena_bytes,
                    const mn_options_t *options) {
    static mn_repl_t repl;
    mn_repl_init(&repl, &mn_unix_terminal);
    repl.banner = options->mode == MN_RUN_REPL;
    for (;;) {
        switch (mn_repl_run(runtime, &repl)) {
        case MN_REPL_SOFT_RESET: {
            int status = 0;
            if (!start_runtime(runtime, arena, arena_bytes, options, &status)) {
                return status;
            }
            break;
        }
        case MN_REPL_SYSTEM_EXIT:
            return report(runtime);
        case MN_REPL_END_OF_INPUT:
            fputc('\n', stdout);
            return 0;
        case MN_REPL_LEAVE:
            return 0;
        }
    }
}

int mn_unix_run(const mn_options_t *options) {
    size_t arena_bytes = options->heap_bytes != 0 ? options->heap_bytes : MN_UNIX_DEFAULT_HEAP;
    void *arena = malloc(arena_bytes); // the one allocation: the runtime's arena
    static mn_runtime_t runtime;
    int status = 0;
    if (!start_runtime(&runtime, arena, arena_bytes, options, &status)) {
        fflush(stdout);
        free(arena);
        return status;
    }
#if MN_ALLOC_FAIL_INJECTION
    // The test build fails the k-th allocation after set-up (MINNOW_FAIL_ALLOC=k) and reports
    // how many there were (MINNOW_COUNT_ALLOC=1): tests/inject/run.py.
    uint64_t allocations_before = mn_heap_allocation_count(&runtime.heap);
    const char *fail_at = getenv("MINNOW_FAIL_ALLOC");
    if (fail_at != NULL) {
        mn_heap_fail_allocation(&runtime.heap, strtoull(fail_at, NULL, 10));
    }
#endif
    mn_unix_interrupt_install(&runtime);
    bool interactive = options->inspect || (options->mode == MN_RUN_REPL && isatty(STDIN_FILENO));
    if (!run_program(&runtime, options, &status)) {
        bool exit =
            mn_type_is_subtype(mn_type_of(mn_exception_pending(&runtime)), &mn_type_SystemExit);
        status = report(&runtime);
        if (options->inspect && !exit) {
            status = interact(&runtime, arena, arena_bytes, options);
        }
    } else if (status == 0 && interactive) {
        status = interact(&runtime, arena, arena_bytes, options);
    }
    fflush(stdout);
#if MN_ALLOC_FAIL_INJECTION
    mn_heap_fail_allocation(&runtime.heap, 0);
    uint64_t allocations = mn_heap_allocation_count(&runtime.heap) - allocations_before;
    mn_gc_collect(&runtime.heap); // with MN_GC_VERIFY, the heap is checked after it
    if (getenv("MINNOW_COUNT_ALLOC") != NULL) {
        fprintf(stderr, "minnow: %llu allocations\n", (unsigned long long)allocations);
    }
#endif
    free(arena);
    return status;
}
