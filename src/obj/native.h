// Native functions: built-in functions and methods written in C, as const objects in ROM.
//
// The calling convention, for natives and for type slots that take arguments (make_new):
//
//     mn_value_t fn(mn_runtime_t *runtime, mn_value_t *args, size_t count, mn_value_t keywords)
//
// args[0 .. count) are the positional arguments (a method's self first); when `keywords` is
// not MN_NULL it is a tuple of interned names and the keyword values follow the positional
// ones: args[count + i] is the value of keywords[i]. Every args slot is a rooted slot on the
// VM stack that never moves, so a native may keep `args` across allocations (but must
// re-read the values in it); `keywords` comes by value, so a native that reads it after
// anything that may allocate keeps it in a rooted slot first. A native returns its result, or
// MN_EXCEPTION with the exception raised (obj/exception.h). The VM checks the positional count
// against min_args/max_args and rejects keywords for a native without MN_NATIVE_KEYWORDS before the
// call, so a native only checks types and values.
#ifndef MN_OBJ_NATIVE_H
#define MN_OBJ_NATIVE_H

#include "obj/exception.h"
#include "obj/tuple.h"

typedef mn_value_t (*mn_native_fn_t)(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords);

typedef struct mn_native {
    mn_word_t header; // MN_HEADER(MN_TAG_NATIVE, ...)
    uint16_t name;    // qstr id
    uint8_t min_args; // positional arguments, a method's self included
    uint8_t max_args; // MN_ARGS_ANY: no limit
    uint16_t flags;   // MN_NATIVE_*
    mn_native_fn_t fn;
} mn_native_t;

// The type of natives: builtin_function_or_method.
extern const mn_type_t mn_type_builtin_function;

#define MN_ARGS_ANY 255
#define MN_NATIVE_KEYWORDS 1u    // accepts keyword arguments
#define MN_NATIVE_STATIC 2u      // in a type's table: a staticmethod (no self)
#define MN_NATIVE_CLASSMETHOD 4u // in a type's table: a classmethod (args[0] is the type)
#define MN_NATIVE_METHOD 8u      // a method: args[0] is self (only for the wording of errors)

#define MN_NATIVE_HEADER MN_HEADER(MN_TAG_NATIVE, sizeof(mn_native_t) / sizeof(mn_word_t))

// Defines a const native function object `variable`.
#define MN_NATIVE(variable, qstr, min, max, flags, fn)                                             \
    const mn_native_t variable = {MN_NATIVE_HEADER, qstr, min, max, flags, fn}

// Defines a const native method (self is args[0] and counts in min/max).
#define MN_METHOD(variable, qstr, min, max, flags, fn)                                             \
    MN_NATIVE(variable, qstr, min, max, (flags) | MN_NATIVE_METHOD, fn)

// The slot holding the keyword argument `name` (a qstr id), or NULL when it was not given.
// no allocation is done
mn_value_t *mn_native_keyword(mn_value_t *args, size_t count, mn_value_t keywords, unsigned name);

// Checks that every keyword given is one of `allowed` (qstr ids, `allowed_count` of them);
// otherwise raises TypeError "'<name>' is an invalid keyword argument for <function>()".
// may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_native_check_keywords(mn_runtime_t *runtime, const char *function,
                                            mn_value_t keywords, const uint16_t *allowed,
                                            size_t allowed_count);

// A method called unbound (list.append(5, 1)) may get any self: checks that args[0] is of
// `type` (or a subtype), else raises TypeError "descriptor 'append' for 'list' objects
// doesn't apply to a 'int' object". may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_native_check_self(mn_runtime_t *runtime, const mn_value_t *args,
                                        const mn_type_t *type, const char *method);

// The number of keyword arguments given. no allocation is done
static inline size_t mn_native_keyword_count(mn_value_t keywords) {
    return keywords == MN_NULL ? 0 : mn_tuple_length(mn_object(keywords));
}

#endif
