// Exceptions: the built-in hierarchy (ROM types), exception objects, and raising.
//
// One mechanism throughout the C code: a function that raises stores the exception in the
// runtime (roots[MN_ROOT_EXCEPTION]) and returns MN_EXCEPTION; every caller checks and
// passes it up. So raising reads `return mn_raise(runtime, &mn_type_ValueError, ...)`.
//
// MemoryError never needs memory: the runtime allocates its instance and a message buffer
// at start-up (mn_exception_init) and mn_raise_memory_error writes the message in place.
#ifndef MN_OBJ_EXCEPTION_H
#define MN_OBJ_EXCEPTION_H

#include "obj/type.h"

// [header][type][args: tuple or MN_NULL][traceback][cause][context][dict]; an instance of a
// user class deriving from an exception type has one more word, [class] (vm/class.h), and
// its type word holds the ROM type its class derives from.
//
// The cause word holds __suppress_context__ too: MN_NULL is no cause and False, MN_NONE no
// cause and True (`raise X from None`), an exception the cause and True (`raise X from Y`);
// the one other combination, a cause with False (assigned from Python), keeps False in the
// dict. The dict holds every other attribute set on the object (`e.note = 1`, an OSError's
// filename), made at the first such store; MN_NULL until then.
typedef struct mn_exception {
    mn_word_t header;
    mn_value_t type; // the ROM type
    mn_value_t args;
    mn_value_t traceback;
    mn_value_t cause;
    mn_value_t context;
    mn_value_t dict;
} mn_exception_t;

typedef struct mn_exception_user {
    mn_exception_t base;
    mn_value_t cls; // vm/class.h
} mn_exception_user_t;

// Each type: its name, its base, and its name's qstr (spelled out: tools/gen_qstr.py finds
// names in the source as written).
#define MN_EXCEPTION_TYPES(X)                                                                      \
    X(BaseException, object, MN_QSTR_BaseException)                                                \
    X(GeneratorExit, BaseException, MN_QSTR_GeneratorExit)                                         \
    X(KeyboardInterrupt, BaseException, MN_QSTR_KeyboardInterrupt)                                 \
    X(SystemExit, BaseException, MN_QSTR_SystemExit)                                               \
    X(Exception, BaseException, MN_QSTR_Exception)                                                 \
    X(ArithmeticError, Exception, MN_QSTR_ArithmeticError)                                         \
    X(FloatingPointError, ArithmeticError, MN_QSTR_FloatingPointError)                             \
    X(OverflowError, ArithmeticError, MN_QSTR_OverflowError)                                       \
    X(ZeroDivisionError, ArithmeticError, MN_QSTR_ZeroDivisionError)                               \
    X(AssertionError, Exception, MN_QSTR_AssertionError)                                           \
    X(AttributeError, Exception, MN_QSTR_AttributeError)                                           \
    X(EOFError, Exception, MN_QSTR_EOFError)                                                       \
    X(ImportError, Exception, MN_QSTR_ImportError)                                                 \
    X(ModuleNotFoundError, ImportError, MN_QSTR_ModuleNotFoundError)                               \
    X(LookupError, Exception, MN_QSTR_LookupError)                                                 \
    X(IndexError, LookupError, MN_QSTR_IndexError)                                                 \
    X(KeyError, LookupError, MN_QSTR_KeyError)                                                     \
    X(MemoryError, Exception, MN_QSTR_MemoryError)                                                 \
    X(NameError, Exception, MN_QSTR_NameError)                                                     \
    X(UnboundLocalError, NameError, MN_QSTR_UnboundLocalError)                                     \
    X(OSError, Exception, MN_QSTR_OSError)                                                         \
    X(FileNotFoundError, OSError, MN_QSTR_FileNotFoundError)                                       \
    X(BlockingIOError, OSError, MN_QSTR_BlockingIOError)                                           \
    X(ChildProcessError, OSError, MN_QSTR_ChildProcessError)                                       \
    X(ConnectionError, OSError, MN_QSTR_ConnectionError)                                           \
    X(BrokenPipeError, ConnectionError, MN_QSTR_BrokenPipeError)                                   \
    X(ConnectionAbortedError, ConnectionError, MN_QSTR_ConnectionAbortedError)                     \
    X(ConnectionRefusedError, ConnectionError, MN_QSTR_ConnectionRefusedError)                     \
    X(ConnectionResetError, ConnectionError, MN_QSTR_ConnectionResetError)                         \
    X(FileExistsError, OSError, MN_QSTR_FileExistsError)                                           \
    X(InterruptedError, OSError, MN_QSTR_InterruptedError)                                         \
    X(IsADirectoryError, OSError, MN_QSTR_IsADirectoryError)                                       \
    X(NotADirectoryError, OSError, MN_QSTR_NotADirectoryError)                                     \
    X(PermissionError, OSError, MN_QSTR_PermissionError)                                           \
    X(ProcessLookupError, OSError, MN_QSTR_ProcessLookupError)                                     \
    X(TimeoutError, OSError, MN_QSTR_TimeoutError)                                                 \
    X(RuntimeError, Exception, MN_QSTR_RuntimeError)                                               \
    X(NotImplementedError, RuntimeError, MN_QSTR_NotImplementedError)                              \
    X(RecursionError, RuntimeError, MN_QSTR_RecursionError)                                        \
    X(StopIteration, Exception, MN_QSTR_StopIteration)                                             \
    X(SyntaxError, Exception, MN_QSTR_SyntaxError)                                                 \
    X(IndentationError, SyntaxError, MN_QSTR_IndentationError)                                     \
    X(TabError, IndentationError, MN_QSTR_TabError)                                                \
    X(SystemError, Exception, MN_QSTR_SystemError)                                                 \
    X(TypeError, Exception, MN_QSTR_TypeError)                                                     \
    X(ValueError, Exception, MN_QSTR_ValueError)                                                   \
    X(UnicodeError, ValueError, MN_QSTR_UnicodeError)                                              \
    X(UnicodeDecodeError, UnicodeError, MN_QSTR_UnicodeDecodeError)                                \
    X(UnicodeEncodeError, UnicodeError, MN_QSTR_UnicodeEncodeError)                                \
    X(UnicodeTranslateError, UnicodeError, MN_QSTR_UnicodeTranslateError)                          \
    X(StopAsyncIteration, Exception, MN_QSTR_StopAsyncIteration)                                   \
    X(BufferError, Exception, MN_QSTR_BufferError)                                                 \
    X(ReferenceError, Exception, MN_QSTR_ReferenceError)                                           \
    X(Warning, Exception, MN_QSTR_Warning)                                                         \
    X(BytesWarning, Warning, MN_QSTR_BytesWarning)                                                 \
    X(DeprecationWarning, Warning, MN_QSTR_DeprecationWarning)                                     \
    X(EncodingWarning, Warning, MN_QSTR_EncodingWarning)                                           \
    X(FutureWarning, Warning, MN_QSTR_FutureWarning)                                               \
    X(ImportWarning, Warning, MN_QSTR_ImportWarning)                                               \
    X(PendingDeprecationWarning, Warning, MN_QSTR_PendingDeprecationWarning)                       \
    X(ResourceWarning, Warning, MN_QSTR_ResourceWarning)                                           \
    X(RuntimeWarning, Warning, MN_QSTR_RuntimeWarning)                                             \
    X(SyntaxWarning, Warning, MN_QSTR_SyntaxWarning)                                               \
    X(UnicodeWarning, Warning, MN_QSTR_UnicodeWarning)                                             \
    X(UserWarning, Warning, MN_QSTR_UserWarning)

#define MN_DECLARE_EXCEPTION_TYPE(name, base, qstr) extern const mn_type_t mn_type_##name;
MN_EXCEPTION_TYPES(MN_DECLARE_EXCEPTION_TYPE)

// Allocates the MemoryError instance and its message buffer. Returns false when the heap
// cannot hold them. may trigger a gc
MN_MUST_CHECK bool mn_exception_init(mn_runtime_t *runtime);

// Raises an exception of `type` whose one argument is the message built from `format`:
// %s a C string, %d an int, %u an unsigned, %z a size_t, %q a str value (interned or not),
// %T the type name of a value, %% a percent sign. Falls back to MemoryError when the
// message cannot be built. Returns MN_EXCEPTION. may trigger a gc
mn_value_t mn_raise(mn_runtime_t *runtime, const mn_type_t *type, const char *format, ...);

// Raises an exception of `type` without arguments (StopIteration()). Returns MN_EXCEPTION.
// may trigger a gc
mn_value_t mn_raise_empty(mn_runtime_t *runtime, const mn_type_t *type);

// Raises an exception of `type` whose one argument is the value in *value (rooted), as
// KeyError(key) is raised. Returns MN_EXCEPTION. may trigger a gc
mn_value_t mn_raise_with_arg(mn_runtime_t *runtime, const mn_type_t *type, const mn_value_t *value);

// Raises MemoryError for the heap's last failure ("memory allocation failed, allocating N
// bytes", or "..., heap is locked"). Returns MN_EXCEPTION. no allocation is done
mn_value_t mn_raise_memory_error(mn_runtime_t *runtime);

// The pending exception (MN_NULL when none), and clearing it. no allocation is done
static inline mn_value_t mn_exception_pending(const mn_runtime_t *runtime) {
    return runtime->roots[MN_ROOT_EXCEPTION];
}
static inline void mn_exception_clear(mn_runtime_t *runtime) {
    runtime->roots[MN_ROOT_EXCEPTION] = MN_NULL;
}

static inline const mn_type_t *mn_exception_type(mn_value_t exception) {
    return mn_object(((const mn_exception_t *)mn_object(exception))->type);
}

// The user class of an exception object, or MN_NULL for a built-in one. no allocation is done
static inline mn_value_t mn_exception_class(mn_value_t exception) {
    return mn_block_words(mn_object(exception)) * sizeof(mn_word_t) >= sizeof(mn_exception_user_t)
               ? ((const mn_exception_user_t *)mn_object(exception))->cls
               : MN_NULL;
}

// A new exception of the user class in *cls (deriving from the ROM type `type`) whose args
// are the `count` values at args. may trigger a gc
MN_MUST_CHECK mn_value_t mn_exception_new_user(mn_runtime_t *runtime, const mn_type_t *type,
                                               const mn_value_t *cls, const mn_value_t *args,
                                               size_t count);

// Sets the pending SyntaxError's location: its traceback becomes the one entry (the file
// name in *filename, line), and its args CPython's (message, (filename, line, offset, text)),
// the text being that line of the str in *source (NULL: unknown), offset its 1-based column
// (0: unknown). Keeps the error as it is when out of memory. may trigger a gc
void mn_exception_set_location(mn_runtime_t *runtime, const mn_value_t *filename, uint32_t line,
                               const mn_value_t *source, size_t offset);

// Raises the exception object `exception`: it becomes the pending exception, and the
// exception being handled (if another) its __context__, as CPython chains them (a cycle
// through the context chain is cut). Returns MN_EXCEPTION. no allocation is done
mn_value_t mn_raise_object(mn_runtime_t *runtime, mn_value_t exception);

// The exception printed before `exception` in a traceback, as CPython chains them: its
// cause, else its context unless suppressed, else MN_NULL; *direct says whether it is the
// cause. no allocation is done
mn_value_t mn_exception_chained(mn_value_t exception, bool *direct);

// The message a traceback prints after the type: str(e), except for a SyntaxError, whose
// location is printed above it (its msg). may trigger a gc
MN_MUST_CHECK mn_value_t mn_exception_traceback_message(mn_runtime_t *runtime,
                                                        const mn_value_t *exception);

// Adds an entry (the code object in *code, line) at the head of the pending exception's
// traceback: entries are tuples (code or file name, line, next entry). Best effort: when
// memory is short the entry is left out, and the exception stays. may trigger a gc
void mn_exception_add_traceback(mn_runtime_t *runtime, const mn_value_t *code, uint32_t line);

// The message of an exception with one str argument, else NULL. no allocation is done
const mn_str_t *mn_exception_message(mn_value_t exception);

// Stores the attribute `name` (an interned str) of the exception in *self in its dict,
// which the first store makes. `value` points to a rooted slot. may trigger a gc
MN_MUST_CHECK bool mn_exception_store_attr(mn_runtime_t *runtime, const mn_value_t *self,
                                           mn_value_t name, const mn_value_t *value);

// ---- OSError (os_error.c) ---------------------------------------------------------------------

// OSError(errno, strerror[, filename, ...]) of `type` from args[0 .. count), count 2 to 5:
// args (errno, strerror), the filename kept beside them; OSError(2, ...) is a
// FileNotFoundError, as in CPython. may trigger a gc
MN_MUST_CHECK mn_value_t mn_os_error_new(mn_runtime_t *runtime, const mn_type_t *type,
                                         const mn_value_t *args, size_t count);

// Raises `type` (OSError or a subclass) with args (error, message) and the filename in
// *filename (rooted), or none when filename is NULL: "[Errno 2] No such file or directory:
// 'x'". Returns MN_EXCEPTION. may trigger a gc
mn_value_t mn_raise_os_error(mn_runtime_t *runtime, const mn_type_t *type, int error,
                             const char *message, const mn_value_t *filename);

// e.errno, e.strerror, e.filename of an OSError, or MN_NULL for other names and other
// exceptions. no allocation is done
mn_value_t mn_os_error_attr(mn_value_t exception, mn_value_t name);

// Appends str(e) of an OSError with (errno, strerror) args: 1, or 0 when out of memory;
// -1 for any other exception (printed as usual). may trigger a gc
int mn_os_error_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self);

#endif
