// The built-in functions, one file per concern: builtins_iter.c (min, max, sum, sorted, all,
// any, iter, next), builtins_numeric.c (round, divmod, pow, hex, oct, bin), builtins_text.c
// (ord, chr, format), builtins_attr.c (getattr, setattr, hasattr, delattr, callable, id) and
// builtins_io.c (input, open). lib/builtins.c lists them all in the one ROM table of
// builtins (vm/vm.h: mn_builtins_table), sorted by qstr id.
#ifndef MN_LIB_BUILTINS_H
#define MN_LIB_BUILTINS_H

#include "obj/protocol.h"

extern const mn_native_t mn_builtin_min, mn_builtin_max, mn_builtin_sum, mn_builtin_sorted,
    mn_builtin_all, mn_builtin_any, mn_builtin_iter, mn_builtin_next;
extern const mn_native_t mn_builtin_round, mn_builtin_divmod, mn_builtin_pow, mn_builtin_hex,
    mn_builtin_oct, mn_builtin_bin;
extern const mn_native_t mn_builtin_ord, mn_builtin_chr, mn_builtin_format;
extern const mn_native_t mn_builtin_getattr, mn_builtin_setattr, mn_builtin_hasattr,
    mn_builtin_delattr, mn_builtin_callable, mn_builtin_id;
extern const mn_native_t mn_builtin_input, mn_builtin_open;

// Checks a positional argument count with the wording of CPython's functions that take no
// keywords: "min expected at least 1 argument, got 0", "divmod expected 2 arguments, got 1",
// "next expected at most 2 arguments, got 3". may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_builtin_check_count(mn_runtime_t *runtime, const char *function, size_t count,
                                          size_t min, size_t max);

// callable(value): MN_TRUE or MN_FALSE. may trigger a gc
MN_MUST_CHECK mn_value_t mn_builtin_is_callable(mn_runtime_t *runtime, const mn_value_t *value);

#endif
