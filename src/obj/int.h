// int: Python's arbitrary-precision integers, on top of the digit arithmetic of bigint.h.
//
// One representation per value: an int that fits a small int (value.h: 31 bits on 32-bit
// targets, 63 on 64-bit) is always that immediate; only ints beyond it are big int blocks.
// So two ints are equal exactly when their values are equal words or both are big ints
// with the same digits, and zero is always the small int 0. bool is a subtype of int:
// every function here takes MN_TRUE and MN_FALSE as 1 and 0, and returns ints (bool results
// only where Python gives them: & | ^ of two bools).
//
// Big int layout: [header][digit count << 1 | negative][digits], the digits base 2^16,
// least significant first, packed two per 32-bit word (four per 64-bit word), no leading
// zero digit. On a 32-bit target 2**31 costs 12 bytes and 2**63 16 (MicroPython allocates an
// object and a separate digit array for each).
//
// Functions that allocate take their operands as pointers to rooted slots (GC references,
// VM stack slots) and re-read them after every allocation; they return the result, or
// MN_EXCEPTION with the exception set. A result too large for any heap raises MemoryError
// ("memory allocation failed, allocating N bytes"), never crashes: 2 ** 10 ** 9 in a 64 KB
// heap is an ordinary, catchable error.
#ifndef MN_OBJ_INT_H
#define MN_OBJ_INT_H

#include "obj/bigint.h"
#include "obj/op.h"
#include "obj/runtime.h"

typedef struct mn_big_int {
    mn_word_t header;
    mn_word_t count_sign; // digit count << 1 | 1 when negative
    mn_digit_t digits[];
} mn_big_int_t;

static inline size_t mn_big_int_count(const mn_big_int_t *big) {
    return big->count_sign >> 1;
}
static inline bool mn_big_int_negative(const mn_big_int_t *big) {
    return (big->count_sign & 1) != 0;
}

// Whether value is an int: a small int, a big int, True or False. no allocation is done
static inline bool mn_int_is(mn_value_t value) {
    return mn_is_small_int(value) || value == MN_TRUE || value == MN_FALSE ||
           mn_is_tagged(value, MN_TAG_BIG_INT);
}

// An int's digits as bigint.h reads them: in the big int block (valid until the next
// allocation), or in the view itself for a small int or a bool (so a view is not copied).
typedef struct mn_int_view {
    const mn_digit_t *digits;
    size_t count;
    bool negative;
    mn_digit_t small[MN_BIGINT_INT64_DIGITS];
} mn_int_view_t;

// `value` must be an int (mn_int_is). no allocation is done
void mn_int_view(mn_int_view_t *view, mn_value_t value);

// ---- Conversions --------------------------------------------------------------------------

// The int of a machine integer. may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_from_int64(mn_runtime_t *runtime, int64_t value);
MN_MUST_CHECK mn_value_t mn_int_from_uint64(mn_runtime_t *runtime, uint64_t value);

// The int's value when it fits; false otherwise (the caller raises OverflowError with the
// wording of its context). no allocation is done
MN_MUST_CHECK bool mn_int_to_int64(mn_value_t value, int64_t *out);

// int(x) for a float x: truncated toward zero. OverflowError "cannot convert float infinity
// to integer", ValueError "cannot convert float NaN to integer". may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_from_double(mn_runtime_t *runtime, double value);

// float(x), correctly rounded; OverflowError "int too large to convert to float".
// may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_int_to_double(mn_runtime_t *runtime, mn_value_t value, double *out);

// ---- Comparison and hash (no allocation is done) -----------------------------------------

// -1, 0 or 1 as left is below, equal to or above right.
int mn_int_compare(mn_value_t left, mn_value_t right);

// The same against a double, exactly (10**16 + 1 > 1e16); `value` must not be NaN.
int mn_int_compare_double(mn_value_t left, double value);

// hash(x) as CPython computes it for the same word size: x modulo 2**61 - 1 on 64-bit
// targets, 2**31 - 1 on 32-bit, with x's sign, -1 becoming -2.
intptr_t mn_int_hash(mn_value_t value);

// ---- Arithmetic ---------------------------------------------------------------------------

// left op right for two ints (in-place forms act as the plain ones): + - * // % ** << >>
// & | ^ and / (a float, correctly rounded). ** with a negative exponent is a float, as in
// Python. Returns MN_NOT_IMPLEMENTED for @. Errors: ZeroDivisionError "integer division or
// modulo by zero" (//), "integer modulo by zero" (%), "division by zero" (/), "0.0 cannot
// be raised to a negative power"; ValueError "negative shift count"; OverflowError "integer
// division result too large for a float" and "int too large to convert to float".
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_binary(mn_runtime_t *runtime, mn_binary_op_t op,
                                       const mn_value_t *left, const mn_value_t *right);

// -x, +x, ~x and abs(x); the results are ints (+True is 1). may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_unary(mn_runtime_t *runtime, mn_unary_op_t op,
                                      const mn_value_t *operand);

// divmod(left, right) as a tuple (quotient, remainder). may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_divmod(mn_runtime_t *runtime, const mn_value_t *left,
                                       const mn_value_t *right);

// pow(base, exponent, modulus) for three ints. A negative exponent uses the inverse of
// base modulo |modulus| (ValueError "base is not invertible for the given modulus");
// ValueError "pow() 3rd argument cannot be 0". may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_power_mod(mn_runtime_t *runtime, const mn_value_t *base,
                                          const mn_value_t *exponent, const mn_value_t *modulus);

// round(value, ndigits) for two ints: value itself for ndigits >= 0, else rounded to a
// multiple of 10 ** -ndigits, ties to even. may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_round(mn_runtime_t *runtime, const mn_value_t *value,
                                      const mn_value_t *ndigits);

// ---- Text ---------------------------------------------------------------------------------

// The int in base 2..36 as a new str: '-' then, with `prefix`, "0b", "0o" or "0x" (bases 2,
// 8 and 16: bin(), oct(), hex()), then lowercase digits. Bools convert as 1 and 0 (str(True)
// is bool's business). Decimal conversion is limited to MN_BIGINT_MAX_STR_DIGITS digits:
// ValueError "Exceeds the limit (4300 digits) for integer string conversion; use
// sys.set_int_max_str_digits() to increase the limit". may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_to_str(mn_runtime_t *runtime, const mn_value_t *value,
                                       unsigned base, bool prefix);

// int(text, base) for the str in *text (rooted): base 0 or 2..36, Python's literal rules
// (bigint.h: mn_bigint_scan), ASCII digits and whitespace. ValueError "int() base must be
// >= 2 and <= 36, or 0", "invalid literal for int() with base 10: 'abc'" (the text's repr,
// cut to 200 characters as CPython does), and the 4300-digit limit ("Exceeds the limit
// (4300 digits) for integer string conversion: value has 5000 digits; use
// sys.set_int_max_str_digits() to increase the limit"). may trigger a gc
MN_MUST_CHECK mn_value_t mn_int_parse(mn_runtime_t *runtime, const mn_value_t *text, int64_t base);

#endif
