// Numbers: the VM's entry points for operations on ints, bools and floats, whichever mix of
// them the operands are (obj/int.h and obj/float.h hold each type's own operations).
#ifndef MN_OBJ_NUMBER_H
#define MN_OBJ_NUMBER_H

#include "obj/float.h"
#include "obj/int.h"
#include "obj/type.h"

// Whether value is an int, a bool or a float. no allocation is done
static inline bool mn_number_is(mn_value_t value) {
    return mn_int_is(value) || mn_float_is(value);
}

// left op right when both are numbers; MN_NOT_IMPLEMENTED when either is not, or when the
// operator is not defined for them (1.5 << 1, 2 @ 3): the VM then tries the other operand's
// type, then raises "unsupported operand type(s)". may trigger a gc
MN_MUST_CHECK mn_value_t mn_number_binary(mn_runtime_t *runtime, mn_binary_op_t op,
                                          const mn_value_t *left, const mn_value_t *right);

// -x, +x, ~x, abs(x); MN_NOT_IMPLEMENTED for a non-number and for ~float. may trigger a gc
MN_MUST_CHECK mn_value_t mn_number_unary(mn_runtime_t *runtime, mn_unary_op_t op,
                                         const mn_value_t *operand);

// left op right as MN_TRUE or MN_FALSE, or MN_NOT_IMPLEMENTED when either is not a number.
// Every comparison with a NaN is false except !=. no allocation is done
mn_value_t mn_number_compare(mn_compare_op_t op, mn_value_t left, mn_value_t right);

// hash(x) of a number (mn_number_is). no allocation is done
intptr_t mn_number_hash(mn_value_t value);

// bool(x) of a number. no allocation is done
bool mn_number_truth(mn_value_t value);

// divmod(left, right) as a tuple; MN_NOT_IMPLEMENTED when either is not a number.
// ZeroDivisionError "float divmod()" for floats. may trigger a gc
MN_MUST_CHECK mn_value_t mn_number_divmod(mn_runtime_t *runtime, const mn_value_t *left,
                                          const mn_value_t *right);

// round(value) (ndigits MN_NULL or MN_NONE: an int) and round(value, ndigits) (an int
// ndigits: the value's type); MN_NOT_IMPLEMENTED when value is not a number. Errors for
// floats: OverflowError "cannot convert float infinity to integer", ValueError "cannot
// convert float NaN to integer", OverflowError "rounded value too large to represent";
// TypeError "'float' object cannot be interpreted as an integer" for a non-int ndigits.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_number_round(mn_runtime_t *runtime, const mn_value_t *value,
                                         const mn_value_t *ndigits);

// int(x) of a number: ints as themselves (bools as 0 and 1), floats truncated.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_number_to_int(mn_runtime_t *runtime, const mn_value_t *value);

// Raises ValueError "<message><repr of the str in *text>", the repr cut to max_chars code
// points when max_chars is not 0 (CPython's %.200R): the errors of int() and float() on
// text. Non-ASCII characters are shown as they are, except C1 controls, U+00A0 and U+00AD,
// which CPython also escapes (the Unicode database is not in ROM). Returns MN_EXCEPTION.
// may trigger a gc
mn_value_t mn_number_raise_text_error(mn_runtime_t *runtime, const char *message,
                                      const mn_value_t *text, size_t max_chars);

// The constructors int(x=0, /, base=10), float(x=0.0, /) and bool(x=False, /): the make_new
// slots of the three types (number_new.c). may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_make_new(mn_runtime_t *runtime, const mn_type_t *type,
                                         mn_value_t *args, size_t count, mn_value_t keywords);
MN_MUST_CHECK mn_value_t mn_float_make_new(mn_runtime_t *runtime, const mn_type_t *type,
                                           mn_value_t *args, size_t count, mn_value_t keywords);
MN_MUST_CHECK mn_value_t mn_bool_make_new(mn_runtime_t *runtime, const mn_type_t *type,
                                          mn_value_t *args, size_t count, mn_value_t keywords);

// value.<name>() for a special method such as __int__ or __round__ (name a qstr id): its
// result, or MN_NULL when the object has no such attribute. may trigger a gc
MN_MUST_CHECK mn_value_t mn_number_call_special(mn_runtime_t *runtime, const mn_value_t *value,
                                                unsigned name);

#endif
