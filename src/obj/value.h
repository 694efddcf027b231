// Values: one machine word each (docs/interpreter.md, "Values").
//
//   ...1   small int: value >> 1 (31 bits on a 32-bit target, 63 on 64-bit)
//   ..00   pointer to an object, in the heap or in ROM (both start with a header word)
//   .010   interned string: value >> 3 is its qstr id
//   .110   other immediates: None, False, True, Ellipsis, NotImplemented, and the internal
//          MN_EXCEPTION
//   0      MN_NULL: no value (an empty slot, an unbound local); zeroed memory reads as it
//
// Only pointers have both low bits clear: that is the contract with src/mem, whose
// collector treats an aligned word pointing into the heap as a reference.
#ifndef MN_OBJ_VALUE_H
#define MN_OBJ_VALUE_H

#include <stdbool.h>
#include <stdint.h>

#include "mem/mem.h"

typedef mn_word_t mn_value_t;
typedef intptr_t mn_small_int_t;

// Functions that can raise return MN_EXCEPTION (or a false mn_status_t); callers must look.
#if defined(__GNUC__) || defined(__clang__)
#define MN_MUST_CHECK __attribute__((warn_unused_result))
#else
#define MN_MUST_CHECK
#endif

#define MN_IMMEDIATE(n) ((mn_value_t)(((mn_value_t)(n) << 3) | 6))
#define MN_NULL ((mn_value_t)0) // no value; never visible to Python code
#define MN_NONE MN_IMMEDIATE(1)
#define MN_FALSE MN_IMMEDIATE(2)
#define MN_TRUE MN_IMMEDIATE(3)
#define MN_ELLIPSIS MN_IMMEDIATE(4)
#define MN_NOT_IMPLEMENTED MN_IMMEDIATE(5)
#define MN_EXCEPTION MN_IMMEDIATE(6) // "an exception is pending": see obj/runtime.h

// Small ints.
#define MN_SMALL_INT_BITS (8 * sizeof(mn_value_t) - 1)
#define MN_SMALL_INT_MAX ((mn_small_int_t)(((mn_value_t)1 << (MN_SMALL_INT_BITS - 1)) - 1))
#define MN_SMALL_INT_MIN (-MN_SMALL_INT_MAX - 1)

static inline bool mn_is_small_int(mn_value_t value) {
    return (value & 1) != 0;
}
static inline mn_small_int_t mn_small_int_value(mn_value_t value) {
    return (mn_small_int_t)value >> 1; // arithmetic shift: gcc and clang guarantee it
}
static inline bool mn_small_int_fits(intmax_t n) {
    return n >= MN_SMALL_INT_MIN && n <= MN_SMALL_INT_MAX;
}
// `n` must fit (mn_small_int_fits).
#define MN_SMALL_INT(n) (((mn_value_t)(n) << 1) | 1) // a constant expression
static inline mn_value_t mn_small_int(mn_small_int_t n) {
    return ((mn_value_t)n << 1) | 1;
}

// Interned strings.
static inline bool mn_is_qstr(mn_value_t value) {
    return (value & 7) == 2;
}
static inline unsigned mn_qstr_id(mn_value_t value) {
    return (unsigned)(value >> 3);
}
#define MN_QSTR_VALUE(id) (((mn_value_t)(id) << 3) | 2) // a constant expression
static inline mn_value_t mn_qstr_value(unsigned id) {
    return MN_QSTR_VALUE(id);
}

// Objects.
static inline bool mn_is_object(mn_value_t value) {
    return (value & 3) == 0 && value != 0;
}
static inline void *mn_object(mn_value_t value) {
    return (void *)value;
}
static inline mn_value_t mn_object_value(const void *object) {
    return (mn_value_t)object;
}

static inline mn_value_t mn_bool(bool b) {
    return b ? MN_TRUE : MN_FALSE;
}

#endif
