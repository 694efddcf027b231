// The builtins that compile and run code or expose namespaces: exec, eval, globals, locals
// (lib/builtins_eval.c), listed in the builtins table (lib/builtins.c).
#ifndef MN_LIB_BUILTINS_EVAL_H
#define MN_LIB_BUILTINS_EVAL_H

#include "obj/native.h"

extern const mn_native_t mn_builtin_exec, mn_builtin_eval, mn_builtin_globals, mn_builtin_locals;

#endif
