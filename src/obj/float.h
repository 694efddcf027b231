// float: IEEE 754 doubles with Python's semantics, and the dispatch of numbers (int, bool,
// float) that the VM calls for every arithmetic operator and comparison.
//
// Layout: [header][double] = 12 bytes on a 32-bit target (MicroPython: 16). The double sits
// at byte 4 there, so it is read and written with memcpy, never as an aligned double.
//
// Mixed arithmetic: int op float converts the int exactly (correctly rounded) to a double or
// raises OverflowError "int too large to convert to float"; comparisons between ints and
// floats are exact, without conversion (2**53 + 1 != 2.0**53).
//
// Complex numbers do not exist in Minnow: where CPython's ** gives a complex (a negative
// number to a fractional power), Minnow raises ValueError "negative number cannot be raised
// to a fractional power".
#ifndef MN_OBJ_FLOAT_H
#define MN_OBJ_FLOAT_H

#include <string.h>

#include "obj/int.h"

typedef struct mn_float {
    mn_word_t header;
    unsigned char bytes[sizeof(double)]; // the double, unaligned on 32-bit targets
} mn_float_t;

static inline bool mn_float_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_FLOAT);
}

// The double of a float object. no allocation is done
static inline double mn_float_get(mn_value_t value) {
    double result;
    memcpy(&result, ((const mn_float_t *)mn_object(value))->bytes, sizeof result);
    return result;
}

// A new float. may trigger a gc
MN_MUST_CHECK mn_value_t mn_float_new(mn_runtime_t *runtime, double value);

// The double of a float, an int or a bool (ints converted correctly rounded). Raises
// OverflowError "int too large to convert to float", or TypeError "must be real number, not
// str" for anything else. may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_float_value(mn_runtime_t *runtime, mn_value_t value, double *out);

// x op y on doubles with Python's semantics, boxed: + - * / // % ** (in-place forms as the
// plain ones); MN_NOT_IMPLEMENTED for the operators floats lack (<< >> & | ^ @). Errors:
// ZeroDivisionError "float division by zero", "float floor division by zero", "float
// modulo", "0.0 cannot be raised to a negative power"; OverflowError "(34, 'Numerical result
// out of range')" when ** overflows (CPython's str() of its errno-style exception).
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_float_binary_double(mn_runtime_t *runtime, mn_binary_op_t op, double x,
                                                double y);

// left op right where one operand is a float and the other a float, an int or a bool.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_float_binary(mn_runtime_t *runtime, mn_binary_op_t op,
                                         const mn_value_t *left, const mn_value_t *right);

// hash(x) as CPython's _Py_HashDouble for the same word size, so that hash(2.0) == hash(2)
// and floats and ints that are equal hash alike. hash(inf) is 314159; NaN hashes to 0
// (CPython 3.10+ hashes NaN by identity). no allocation is done
intptr_t mn_float_hash(double value);

// repr(x) and str(x) as a new str ("1.5", "1e+16", "inf", "nan"). may trigger a gc
MN_MUST_CHECK mn_value_t mn_float_to_str(mn_runtime_t *runtime, double value);

// float(text) for the str in *text (rooted). ValueError "could not convert string to float:
// 'x'" with the text's repr. may trigger a gc
MN_MUST_CHECK mn_value_t mn_float_parse_str(mn_runtime_t *runtime, const mn_value_t *text);

#endif
