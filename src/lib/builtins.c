// The builtins: functions, types and exceptions every module sees (vm/vm.h looks names up
// here after the globals). The table lives in ROM, sorted by qstr id.
#include <string.h>

#include "lib/builtins.h"
#include "lib/builtins_eval.h"
#include "lib/help.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/protocol.h"
#include "obj/range.h"
#include "obj/set.h"
#include "obj/slice.h"
#include "obj/str.h"
#include "vm/class.h"
#include "vm/function.h"
#include "vm/vm.h"

// Appends the str in *text, or `fallback` when the keyword was not given or is None.
// may trigger a gc
static bool append_keyword_text(mn_runtime_t *runtime, mn_buffer_t *buffer, const mn_value_t *text,
                                const char *fallback) {
    if (text != NULL && *text != MN_NONE) {
        return mn_buffer_append_slice(runtime, buffer, text, 0, mn_str_length(mn_qstr_str(*text)));
    }
    return mn_buffer_append(runtime, buffer, fallback, strlen(fallback));
}

// print(*values, sep=' ', end='\n')
static mn_value_t print_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_sep, MN_QSTR_end, MN_QSTR_flush};
    if (!mn_native_check_keywords(runtime, "print", keywords, allowed, 3)) {
        return MN_EXCEPTION;
    }
    mn_value_t *sep = mn_native_keyword(args, count, keywords, MN_QSTR_sep);
    mn_value_t *end = mn_native_keyword(args, count, keywords, MN_QSTR_end);
    mn_value_t *texts[2] = {sep, end};
    static const char *const names[2] = {"sep", "end"};
    for (int i = 0; i < 2; i++) {
        if (texts[i] != NULL && *texts[i] != MN_NONE && !mn_is_qstr(*texts[i]) &&
            !mn_is_tagged(*texts[i], MN_TAG_STR)) {
            return mn_raise(runtime, &mn_type_TypeError, "%s must be None or a string, not %T",
                            names[i], *texts[i]);
        }
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    bool ok = mn_buffer_init(runtime, &buffer, slot, 32);
    for (size_t i = 0; i < count && ok; i++) {
        ok = (i == 0 || append_keyword_text(runtime, &buffer, sep, " ")) &&
             mn_print(runtime, &buffer, &args[i], false);
    }
    ok = ok && append_keyword_text(runtime, &buffer, end, "\n");
    if (ok && runtime->write_out != NULL) {
        runtime->write_out(runtime->write_context, mn_buffer_bytes(&buffer),
                           mn_buffer_length(&buffer));
    }
    bool raised = !ok && mn_exception_pending(runtime) != MN_NULL;
    mn_root_pop(&runtime->heap, &ref);
    if (!ok) {
        return raised ? MN_EXCEPTION : mn_raise_memory_error(runtime);
    }
    return MN_NONE;
}

static mn_value_t len_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_len(runtime, &args[0]);
}

static mn_value_t repr_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_repr(runtime, &args[0]);
}

static mn_value_t abs_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_unary(runtime, MN_UNARY_ABSOLUTE, &args[0]);
}

static mn_value_t hash_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_hash(runtime, &args[0]);
}

// Whether `types` (a class or a tuple of classes) includes the class of `value`
// (issubclass: `value` itself); TypeError "<function>() arg 2 must be ..." otherwise.
static mn_value_t class_check(mn_runtime_t *runtime, mn_value_t value, mn_value_t types,
                              bool subclass) {
    if (mn_is_tagged(types, MN_TAG_TUPLE)) {
        const mn_tuple_t *tuple = mn_object(types);
        for (size_t i = 0; i < mn_tuple_length(tuple); i++) {
            mn_value_t result = class_check(runtime, value, tuple->items[i], subclass);
            if (result != MN_FALSE) {
                return result;
            }
            tuple = mn_object(types);
        }
        return MN_FALSE;
    }
    if (!mn_class_is_type(types)) {
        return subclass ? mn_raise(runtime, &mn_type_TypeError,
                                   "issubclass() arg 2 must be a class, a tuple of classes, or a "
                                   "union")
                        : mn_raise(runtime, &mn_type_TypeError,
                                   "isinstance() arg 2 must be a type, a tuple of types, or a "
                                   "union");
    }
    return mn_bool(subclass ? mn_class_is_subclass(value, types)
                            : mn_class_is_instance(value, types));
}

static mn_value_t isinstance_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                    mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return class_check(runtime, args[0], args[1], false);
}

static mn_value_t issubclass_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                    mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_class_is_type(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError, "issubclass() arg 1 must be a class");
    }
    return class_check(runtime, args[0], args[1], true);
}

static MN_NATIVE(builtin_print, MN_QSTR_print, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, print_native);
static MN_NATIVE(builtin_len, MN_QSTR_len, 1, 1, 0, len_native);
static MN_NATIVE(builtin_repr, MN_QSTR_repr, 1, 1, 0, repr_native);
static MN_NATIVE(builtin_abs, MN_QSTR_abs, 1, 1, 0, abs_native);
static MN_NATIVE(builtin_hash, MN_QSTR_hash, 1, 1, 0, hash_native);
static MN_NATIVE(builtin_isinstance, MN_QSTR_isinstance, 2, 2, 0, isinstance_native);
static MN_NATIVE(builtin_issubclass, MN_QSTR_issubclass, 2, 2, 0, issubclass_native);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t builtins[] = {
    MN_ATTR(MN_QSTR_id, &mn_builtin_id),
    MN_ATTR(MN_QSTR_abs, &builtin_abs),
    MN_ATTR(MN_QSTR_all, &mn_builtin_all),
    MN_ATTR(MN_QSTR_any, &mn_builtin_any),
    MN_ATTR(MN_QSTR_bin, &mn_builtin_bin),
    MN_ATTR(MN_QSTR_chr, &mn_builtin_chr),
    MN_ATTR(MN_QSTR_hex, &mn_builtin_hex),
    MN_ATTR(MN_QSTR_int, &mn_type_int),
    MN_ATTR(MN_QSTR_len, &builtin_len),
    MN_ATTR(MN_QSTR_max, &mn_builtin_max),
    MN_ATTR(MN_QSTR_min, &mn_builtin_min),
    MN_ATTR(MN_QSTR_oct, &mn_builtin_oct),
    MN_ATTR(MN_QSTR_ord, &mn_builtin_ord),
    MN_ATTR(MN_QSTR_pow, &mn_builtin_pow),
    MN_ATTR(MN_QSTR_set, &mn_type_set),
    MN_ATTR(MN_QSTR_str, &mn_type_str),
    MN_ATTR(MN_QSTR_sum, &mn_builtin_sum),
    MN_ATTR(MN_QSTR_zip, &mn_type_zip),
    MN_ATTR(MN_QSTR_bool, &mn_type_bool),
    MN_ATTR(MN_QSTR_dict, &mn_type_dict),
    MN_ATTR(MN_QSTR_eval, &mn_builtin_eval),
    MN_ATTR(MN_QSTR_exec, &mn_builtin_exec),
    MN_ATTR(MN_QSTR_hash, &builtin_hash),
    MN_ATTR(MN_QSTR_help, &mn_builtin_help),
    MN_ATTR(MN_QSTR_iter, &mn_builtin_iter),
    MN_ATTR(MN_QSTR_list, &mn_type_list),
    MN_ATTR(MN_QSTR_next, &mn_builtin_next),
    MN_ATTR(MN_QSTR_open, &mn_builtin_open),
    MN_ATTR(MN_QSTR_repr, &builtin_repr),
    MN_ATTR(MN_QSTR_type, &mn_type_type),
    MN_ATTR(MN_QSTR_bytes, &mn_type_bytes),
    MN_ATTR(MN_QSTR_float, &mn_type_float),
    MN_ATTR(MN_QSTR_input, &mn_builtin_input),
    MN_ATTR(MN_QSTR_print, &builtin_print),
    MN_ATTR(MN_QSTR_range, &mn_type_range),
    MN_ATTR(MN_QSTR_round, &mn_builtin_round),
    MN_ATTR(MN_QSTR_slice, &mn_type_slice),
    MN_ATTR(MN_QSTR_super, &mn_type_super),
    MN_ATTR(MN_QSTR_tuple, &mn_type_tuple),
    MN_ATTR(MN_QSTR_divmod, &mn_builtin_divmod),
    MN_ATTR(MN_QSTR_format, &mn_builtin_format),
    MN_ATTR(MN_QSTR_locals, &mn_builtin_locals),
    MN_ATTR(MN_QSTR_object, &mn_type_object),
    MN_ATTR(MN_QSTR_sorted, &mn_builtin_sorted),
    MN_ATTR(MN_QSTR_IOError, &mn_type_OSError),
    MN_ATTR(MN_QSTR_OSError, &mn_type_OSError),
    MN_ATTR(MN_QSTR_Warning, &mn_type_Warning),
    MN_ATTR(MN_QSTR_delattr, &mn_builtin_delattr),
    MN_ATTR(MN_QSTR_getattr, &mn_builtin_getattr),
    MN_ATTR(MN_QSTR_globals, &mn_builtin_globals),
    MN_ATTR(MN_QSTR_hasattr, &mn_builtin_hasattr),
    MN_ATTR(MN_QSTR_setattr, &mn_builtin_setattr),
    MN_ATTR(MN_QSTR_EOFError, &mn_type_EOFError),
    MN_ATTR(MN_QSTR_KeyError, &mn_type_KeyError),
    MN_ATTR(MN_QSTR_TabError, &mn_type_TabError),
    MN_ATTR(MN_QSTR_callable, &mn_builtin_callable),
    MN_ATTR(MN_QSTR_reversed, &mn_type_reversed),
    MN_ATTR(MN_QSTR_Exception, &mn_type_Exception),
    MN_ATTR(MN_QSTR_NameError, &mn_type_NameError),
    MN_ATTR(MN_QSTR_TypeError, &mn_type_TypeError),
    MN_ATTR(MN_QSTR_bytearray, &mn_type_bytearray),
    MN_ATTR(MN_QSTR_enumerate, &mn_type_enumerate),
    MN_ATTR(MN_QSTR_frozenset, &mn_type_frozenset),
    MN_ATTR(MN_QSTR_IndexError, &mn_type_IndexError),
    MN_ATTR(MN_QSTR_SystemExit, &mn_type_SystemExit),
    MN_ATTR(MN_QSTR_ValueError, &mn_type_ValueError),
    MN_ATTR(MN_QSTR_isinstance, &builtin_isinstance),
    MN_ATTR(MN_QSTR_issubclass, &builtin_issubclass),
    MN_ATTR(MN_QSTR_BufferError, &mn_type_BufferError),
    MN_ATTR(MN_QSTR_ImportError, &mn_type_ImportError),
    MN_ATTR(MN_QSTR_LookupError, &mn_type_LookupError),
    MN_ATTR(MN_QSTR_MemoryError, &mn_type_MemoryError),
    MN_ATTR(MN_QSTR_SyntaxError, &mn_type_SyntaxError),
    MN_ATTR(MN_QSTR_SystemError, &mn_type_SystemError),
    MN_ATTR(MN_QSTR_UserWarning, &mn_type_UserWarning),
    MN_ATTR(MN_QSTR_BytesWarning, &mn_type_BytesWarning),
    MN_ATTR(MN_QSTR_RuntimeError, &mn_type_RuntimeError),
    MN_ATTR(MN_QSTR_TimeoutError, &mn_type_TimeoutError),
    MN_ATTR(MN_QSTR_UnicodeError, &mn_type_UnicodeError),
    MN_ATTR(MN_QSTR_BaseException, &mn_type_BaseException),
    MN_ATTR(MN_QSTR_FutureWarning, &mn_type_FutureWarning),
    MN_ATTR(MN_QSTR_GeneratorExit, &mn_type_GeneratorExit),
    MN_ATTR(MN_QSTR_ImportWarning, &mn_type_ImportWarning),
    MN_ATTR(MN_QSTR_OverflowError, &mn_type_OverflowError),
    MN_ATTR(MN_QSTR_StopIteration, &mn_type_StopIteration),
    MN_ATTR(MN_QSTR_SyntaxWarning, &mn_type_SyntaxWarning),
    MN_ATTR(MN_QSTR_AssertionError, &mn_type_AssertionError),
    MN_ATTR(MN_QSTR_AttributeError, &mn_type_AttributeError),
    MN_ATTR_VALUE(MN_QSTR_NotImplemented, MN_NOT_IMPLEMENTED),
    MN_ATTR(MN_QSTR_RecursionError, &mn_type_RecursionError),
    MN_ATTR(MN_QSTR_ReferenceError, &mn_type_ReferenceError),
    MN_ATTR(MN_QSTR_RuntimeWarning, &mn_type_RuntimeWarning),
    MN_ATTR(MN_QSTR_UnicodeWarning, &mn_type_UnicodeWarning),
    MN_ATTR(MN_QSTR_ArithmeticError, &mn_type_ArithmeticError),
    MN_ATTR(MN_QSTR_BlockingIOError, &mn_type_BlockingIOError),
    MN_ATTR(MN_QSTR_BrokenPipeError, &mn_type_BrokenPipeError),
    MN_ATTR(MN_QSTR_ConnectionError, &mn_type_ConnectionError),
    MN_ATTR(MN_QSTR_EncodingWarning, &mn_type_EncodingWarning),
    MN_ATTR(MN_QSTR_FileExistsError, &mn_type_FileExistsError),
    MN_ATTR(MN_QSTR_PermissionError, &mn_type_PermissionError),
    MN_ATTR(MN_QSTR_ResourceWarning, &mn_type_ResourceWarning),
    MN_ATTR(MN_QSTR_EnvironmentError, &mn_type_OSError),
    MN_ATTR(MN_QSTR_IndentationError, &mn_type_IndentationError),
    MN_ATTR(MN_QSTR_InterruptedError, &mn_type_InterruptedError),
    MN_ATTR(MN_QSTR_ChildProcessError, &mn_type_ChildProcessError),
    MN_ATTR(MN_QSTR_FileNotFoundError, &mn_type_FileNotFoundError),
    MN_ATTR(MN_QSTR_IsADirectoryError, &mn_type_IsADirectoryError),
    MN_ATTR(MN_QSTR_KeyboardInterrupt, &mn_type_KeyboardInterrupt),
    MN_ATTR(MN_QSTR_UnboundLocalError, &mn_type_UnboundLocalError),
    MN_ATTR(MN_QSTR_ZeroDivisionError, &mn_type_ZeroDivisionError),
    MN_ATTR(MN_QSTR_DeprecationWarning, &mn_type_DeprecationWarning),
    MN_ATTR(MN_QSTR_FloatingPointError, &mn_type_FloatingPointError),
    MN_ATTR(MN_QSTR_NotADirectoryError, &mn_type_NotADirectoryError),
    MN_ATTR(MN_QSTR_ProcessLookupError, &mn_type_ProcessLookupError),
    MN_ATTR(MN_QSTR_StopAsyncIteration, &mn_type_StopAsyncIteration),
    MN_ATTR(MN_QSTR_UnicodeDecodeError, &mn_type_UnicodeDecodeError),
    MN_ATTR(MN_QSTR_UnicodeEncodeError, &mn_type_UnicodeEncodeError),
    MN_ATTR(MN_QSTR_ModuleNotFoundError, &mn_type_ModuleNotFoundError),
    MN_ATTR(MN_QSTR_NotImplementedError, &mn_type_NotImplementedError),
    MN_ATTR(MN_QSTR_ConnectionResetError, &mn_type_ConnectionResetError),
    MN_ATTR(MN_QSTR_UnicodeTranslateError, &mn_type_UnicodeTranslateError),
    MN_ATTR(MN_QSTR_ConnectionAbortedError, &mn_type_ConnectionAbortedError),
    MN_ATTR(MN_QSTR_ConnectionRefusedError, &mn_type_ConnectionRefusedError),
    MN_ATTR(MN_QSTR_PendingDeprecationWarning, &mn_type_PendingDeprecationWarning),
};

const mn_attr_table_t mn_builtins_table = {sizeof builtins / sizeof builtins[0], builtins};
