// Function objects: Python functions (made by `def`) and bound methods.
#ifndef MN_VM_FUNCTION_H
#define MN_VM_FUNCTION_H

#include "obj/protocol.h"

// A Python function: [header][code][globals][defaults]: 16 bytes on a 32-bit target.
typedef struct mn_function {
    mn_word_t header;
    mn_value_t code;     // vm/code.h
    mn_value_t globals;  // the module's dict
    mn_value_t defaults; // tuple of the last positional parameters' defaults, then one item
                         // per keyword-only parameter (MN_NULL: required), or MN_NULL
} mn_function_t;

// A bound method: [header][self][function]. Calling it calls function(self, *args).
typedef struct mn_bound {
    mn_word_t header;
    mn_value_t self;
    mn_value_t function;
} mn_bound_t;

extern const mn_type_t mn_type_function, mn_type_bound_method;

// A new function of the code in *code with globals in *globals and the defaults tuple in
// *defaults (or MN_NULL). may trigger a gc
MN_MUST_CHECK mn_value_t mn_function_new(mn_runtime_t *runtime, const mn_value_t *code,
                                         const mn_value_t *globals, const mn_value_t *defaults);

#endif
