#include "run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "file.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/int.h"
#include "obj/qstr.h"
#include "obj/str.h"
#include "vm/traceback.h"
#include "vm/vm.h"

static void write_file(void *context, const char *text, size_t length) {
    fwrite(text, 1, length, context);
}

// The whole file as a heap str in *slot; false with OSError raised when it can't be read.
static bool read_source(mn_runtime_t *runtime, const char *path, mn_value_t *slot) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        (void)mn_raise(runtime, &mn_type_OSError, "can't open file '%s'", path);
        return false;
    }
    char *text = NULL;
    size_t length = 0, capacity = 0;
    for (;;) {
        if (length == capacity) {
            capacity = capacity == 0 ? 4096 : capacity * 2;
            char *grown = realloc(text, capacity);
            if (grown == NULL) {
                break;
            }
            text = grown;
        }
        size_t got = fread(text + length, 1, capacity - length, file);
        if (got == 0) {
            break;
        }
        length += got;
    }
    fclose(file);
    mn_str_t *str = text != NULL ? mn_str_new(runtime, text, length) : NULL;
    free(text);
    if (str == NULL) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    *slot = mn_object_value(str);
    return true;
}

// The exit status for an uncaught exception: SystemExit's code, else 1 after the traceback.
static int report(mn_runtime_t *runtime) {
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
        if (code == MN_NONE || count == 0) {
            status = 0;
        } else if (mn_int_is(code) && mn_int_to_int64(code, &number)) {
            status = (int)number;
        } else {
            mn_value_t *slot = exception; // print the code as str() would
            *slot = code;
            mn_value_t text = mn_str(runtime, slot);
            if (text != MN_EXCEPTION) {
                const mn_str_t *str = mn_qstr_str(text);
                fwrite(str->bytes, 1, mn_str_length(str), stderr);
                fputc('\n', stderr);
            }
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

int mn_unix_run(const mn_options_t *options) {
    size_t arena_bytes = options->heap_bytes != 0 ? options->heap_bytes : MN_UNIX_DEFAULT_HEAP;
    void *arena = malloc(arena_bytes);
    static mn_runtime_t runtime;
    if (arena == NULL || !mn_runtime_init(&runtime, arena, arena_bytes)) {
        fprintf(stderr, "minnow: cannot set up a heap of %zu bytes\n", arena_bytes);
        free(arena);
        return 1;
    }
    runtime.write_out = write_file;
    runtime.write_context = stdout;
    runtime.read_line = mn_unix_read_line;
    runtime.read_context = stdin;
    runtime.files = &mn_unix_files;
    // Slots: the source, the file name, the code, the globals.
    mn_value_t *slots = mn_heap_reserve_top(&runtime.heap, 4);
    int status = 0;
    bool ok = slots != NULL;
    if (ok && options->mode == MN_RUN_COMMAND) {
        mn_str_t *source = mn_str_new(&runtime, options->program, strlen(options->program));
        slots[0] = mn_object_value(source);
        slots[1] = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
        ok = source != NULL && slots[1] != MN_NULL;
    } else if (ok) {
        ok = read_source(&runtime, options->program, &slots[0]);
        if (ok) {
            mn_str_t *name = mn_str_new(&runtime, options->program, strlen(options->program));
            slots[1] = mn_object_value(name);
            ok = name != NULL;
        } else if (mn_type_of(mn_exception_pending(&runtime)) == &mn_type_OSError) {
            fprintf(stderr, "minnow: can't open file '%s': [Errno 2] No such file or directory\n",
                    options->program);
            free(arena);
            return 2;
        }
    }
    if (ok && (slots[3] = mn_dict_new(&runtime, 8)) == MN_EXCEPTION) {
        ok = false;
    }
    if (ok) {
        mn_value_t name = mn_qstr_value(MN_QSTR___name__);
        mn_value_t main_name = mn_qstr_value(MN_QSTR___main__);
        ok = mn_dict_set(&runtime, &slots[3], &name, &main_name);
    }
    if (ok) {
        slots[2] = mn_compile(&runtime, &slots[0], &slots[1], MN_COMPILE_MODULE);
        ok = slots[2] != MN_EXCEPTION;
        slots[0] = MN_NULL; // the source is garbage now
    }
    if (ok) {
        ok = mn_vm_run_code(&runtime, &slots[2], &slots[3], &slots[3]) != MN_EXCEPTION;
    }
    if (!ok) {
        if (mn_exception_pending(&runtime) == MN_NULL) {
            (void)mn_raise_memory_error(&runtime);
        }
        status = report(&runtime);
    }
    fflush(stdout);
    free(arena);
    return status;
}
