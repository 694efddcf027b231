// exec(), eval(), globals() and locals(). exec and eval compile their source in the arena
// (everything but the code object is garbage once compiled, and the code once run) and
// run it as a module body with the given namespaces, or the caller's: its globals, and
// its locals (a snapshot dict in a function, as CPython's locals() is).
#include "lib/builtins_eval.h"

#include "compile/compile.h"
#include "obj/dict.h"
#include "obj/str.h"
#include "vm/vm.h"

static bool is_str(mn_value_t value) {
    return mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR);
}

// The source in *source without its leading spaces and tabs (eval ignores them, as
// CPython's does). may trigger a gc
static mn_value_t strip_leading_blanks(mn_runtime_t *runtime, const mn_value_t *source) {
    const mn_str_t *text = mn_qstr_str(*source);
    size_t length = mn_str_length(text), start = 0;
    while (start < length && (text->bytes[start] == ' ' || text->bytes[start] == '\t')) {
        start++;
    }
    if (start == 0) {
        return *source;
    }
    mn_str_t *stripped = mn_is_qstr(*source)
                             ? mn_str_new(runtime, text->bytes + start, length - start) // ROM
                             : mn_str_new_slice(runtime, source, start, length - start);
    return stripped != NULL ? mn_object_value(stripped) : mn_raise_memory_error(runtime);
}

// exec(source, globals=None, locals=None) and eval(expression, globals=None, locals=None).
static mn_value_t run_source(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_compile_mode_t mode) {
    bool eval = mode == MN_COMPILE_EVAL;
    const char *function = eval ? "eval" : "exec";
    mn_value_t given_globals = count > 1 ? args[1] : MN_NONE;
    mn_value_t given_locals = count > 2 ? args[2] : MN_NONE;
    if (given_globals != MN_NONE && !mn_dict_is(given_globals)) {
        return eval ? mn_raise(runtime, &mn_type_TypeError, "globals must be a dict")
                    : mn_raise(runtime, &mn_type_TypeError, "exec() globals must be a dict, not %T",
                               given_globals);
    }
    if (given_locals != MN_NONE && !mn_dict_is(given_locals)) {
        return mn_raise(runtime, &mn_type_TypeError, "locals must be a mapping");
    }
    if (!is_str(args[0]) && !mn_is_tagged(args[0], MN_TAG_CODE)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "%s() arg 1 must be a string, bytes or code object", function);
    }
    // slots: the code, the globals, the locals
    mn_gc_ref_t refs[3];
    mn_value_t *code = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *globals = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *locals = mn_root_push(&runtime->heap, &refs[2]);
    mn_value_t result = MN_EXCEPTION;
    if (given_globals != MN_NONE) {
        *globals = given_globals;
        *locals = given_locals != MN_NONE ? given_locals : given_globals;
    } else {
        *globals = mn_vm_globals(runtime);
        if (*globals == MN_NULL) { // called from C, outside any frame
            *globals = mn_dict_new(runtime, 0);
        }
        *locals = given_locals != MN_NONE ? given_locals : mn_vm_locals(runtime);
        if (*locals == MN_NULL) {
            *locals = *globals;
        }
    }
    if (*globals == MN_EXCEPTION || *locals == MN_EXCEPTION) {
        goto done;
    }
    *code = args[0];
    if (is_str(*code)) {
        if (eval) {
            *code = strip_leading_blanks(runtime, &args[0]);
        }
        mn_value_t filename = mn_qstr_value(MN_QSTR__lt_string_gt_);
        if (*code == MN_EXCEPTION ||
            (*code = mn_compile(runtime, code, &filename, mode)) == MN_EXCEPTION) {
            goto done;
        }
    }
    result = mn_vm_run_code(runtime, code, globals, locals);
    if (result != MN_EXCEPTION && !eval) {
        result = MN_NONE;
    }
done:
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t exec_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return run_source(runtime, args, count, MN_COMPILE_MODULE);
}

static mn_value_t eval_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return run_source(runtime, args, count, MN_COMPILE_EVAL);
}

// globals(): the running module's dict.
static mn_value_t globals_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_value_t globals = mn_vm_globals(runtime);
    return globals != MN_NULL ? globals : mn_dict_new(runtime, 0);
}

// locals(): globals() at module level, a new dict of the local variables in a function.
static mn_value_t locals_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)args;
    (void)count;
    (void)keywords;
    mn_value_t locals = mn_vm_locals(runtime);
    return locals != MN_NULL ? locals : mn_dict_new(runtime, 0);
}

MN_NATIVE(mn_builtin_exec, MN_QSTR_exec, 1, 3, 0, exec_native);
MN_NATIVE(mn_builtin_eval, MN_QSTR_eval, 1, 3, 0, eval_native);
MN_NATIVE(mn_builtin_globals, MN_QSTR_globals, 0, 0, 0, globals_native);
MN_NATIVE(mn_builtin_locals, MN_QSTR_locals, 0, 0, 0, locals_native);
