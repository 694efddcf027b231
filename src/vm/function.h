// Function objects: Python functions (made by `def`) and bound methods.
#ifndef MN_VM_FUNCTION_H
#define MN_VM_FUNCTION_H

#include "obj/protocol.h"

// A bound method: [header][self][function]. Calling it calls function(self, *args).
typedef struct mn_bound {
    mn_word_t header;
    mn_value_t self;
    mn_value_t function;
} mn_bound_t;

extern const mn_type_t mn_type_bound_method;

#endif
