// The math module: MicroPython's full set of functions and constants, with CPython's results
// and errors: ValueError "math domain error" where a result is not defined (a NaN from a
// number, log(0)), OverflowError "math range error" where it is too large for a float.
// Functions of integers (factorial, gcd, lcm, isqrt, comb, perm) take ints of any size, as
// do floor() and ceil()'s results and log()'s argument.
//
// The constants are floats in ROM. The floating-point functions come from the C library's
// libm (the one outside dependency of lib/, as for any C program that computes).
#include <math.h>

#include "lib/modules.h"
#include "obj/float.h"
#include "obj/number.h"
#include "obj/protocol.h"

// ---- Constants ------------------------------------------------------------------------------

// A float in ROM from the bits of its double (the object's bytes are in memory order).
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define DOUBLE_BYTE(bits, i) (unsigned char)((bits) >> (8 * (7 - (i))))
#else
#define DOUBLE_BYTE(bits, i) (unsigned char)((bits) >> (8 * (i)))
#endif
#define ROM_FLOAT(variable, bits)                                                                  \
    static const mn_float_t variable = {                                                           \
        MN_HEADER(MN_TAG_FLOAT, sizeof(mn_float_t) / sizeof(mn_word_t)),                           \
        {DOUBLE_BYTE(bits, 0), DOUBLE_BYTE(bits, 1), DOUBLE_BYTE(bits, 2), DOUBLE_BYTE(bits, 3),   \
         DOUBLE_BYTE(bits, 4), DOUBLE_BYTE(bits, 5), DOUBLE_BYTE(bits, 6), DOUBLE_BYTE(bits, 7)}}

_Static_assert(sizeof(mn_float_t) % sizeof(mn_word_t) == 0, "a float is whole words");

ROM_FLOAT(math_e, 0x4005BF0A8B145769ull);   // 2.718281828459045
ROM_FLOAT(math_pi, 0x400921FB54442D18ull);  // 3.141592653589793
ROM_FLOAT(math_tau, 0x401921FB54442D18ull); // 6.283185307179586
ROM_FLOAT(math_inf, 0x7FF0000000000000ull);
ROM_FLOAT(math_nan, 0x7FF8000000000000ull);

// ---- Errors and arguments -------------------------------------------------------------------

static mn_value_t domain_error(mn_runtime_t *runtime) {
    return mn_raise(runtime, &mn_type_ValueError, "math domain error");
}

static mn_value_t range_error(mn_runtime_t *runtime) {
    return mn_raise(runtime, &mn_type_OverflowError, "math range error");
}

// A number argument as a double: TypeError "must be real number, not str", OverflowError
// for an int beyond floats. may trigger a gc (only to raise)
static bool real_arg(mn_runtime_t *runtime, mn_value_t value, double *out) {
    return mn_float_value(runtime, value, out);
}

// An int argument: TypeError "'float' object cannot be interpreted as an integer".
// may trigger a gc (only to raise)
static bool check_int(mn_runtime_t *runtime, mn_value_t value) {
    if (mn_int_is(value)) {
        return true;
    }
    (void)mn_raise(runtime, &mn_type_TypeError, "'%T' object cannot be interpreted as an integer",
                   value);
    return false;
}

// The int in *value as an int (a bool as 0 or 1). may trigger a gc
static mn_value_t as_int(mn_runtime_t *runtime, const mn_value_t *value) {
    return mn_int_unary(runtime, MN_UNARY_POSITIVE, value);
}

static int int_sign(mn_value_t value) {
    return mn_int_compare(value, mn_small_int(0));
}

// Working values of the functions below, rooted: an array of GC references.
#define WORK_SLOTS 4

typedef struct work {
    mn_gc_ref_t refs[WORK_SLOTS];
    mn_value_t *slot[WORK_SLOTS];
} work_t;

static void work_begin(mn_runtime_t *runtime, work_t *work) {
    for (size_t i = 0; i < WORK_SLOTS; i++) {
        work->slot[i] = mn_root_push(&runtime->heap, &work->refs[i]);
        *work->slot[i] = mn_small_int(0);
    }
}

static void work_end(mn_runtime_t *runtime, work_t *work) {
    for (size_t i = WORK_SLOTS; i-- > 0;) {
        mn_root_pop(&runtime->heap, &work->refs[i]);
    }
}

// A float result, or the error a non-finite result of a finite argument means (CPython's
// math_1): NaN is a domain error; infinity a range error when the function can overflow,
// else a domain error (log(0), atanh(1)). may trigger a gc
static mn_value_t float_result(mn_runtime_t *runtime, double x, double result, bool can_overflow) {
    if (isnan(result) && !isnan(x)) {
        return domain_error(runtime);
    }
    if (isinf(result) && isfinite(x)) {
        return can_overflow ? range_error(runtime) : domain_error(runtime);
    }
    return mn_float_new(runtime, result);
}

// One-argument functions of floats, with whether they can overflow.
static mn_value_t math_1(mn_runtime_t *runtime, mn_value_t value, double (*function)(double),
                         bool can_overflow) {
    double x;
    if (!real_arg(runtime, value, &x)) {
        return MN_EXCEPTION;
    }
    return float_result(runtime, x, function(x), can_overflow);
}

#define FUNCTION_1(name, c_function, can_overflow)                                                 \
    static mn_value_t name##_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,         \
                                    mn_value_t keywords) {                                         \
        (void)count, (void)keywords;                                                               \
        return math_1(runtime, args[0], c_function, can_overflow);                                 \
    }

FUNCTION_1(sqrt, sqrt, false)
FUNCTION_1(exp, exp, true)
FUNCTION_1(expm1, expm1, true)
FUNCTION_1(log1p, log1p, false)
FUNCTION_1(sin, sin, false)
FUNCTION_1(cos, cos, false)
FUNCTION_1(tan, tan, false)
FUNCTION_1(asin, asin, false)
FUNCTION_1(acos, acos, false)
FUNCTION_1(atan, atan, false)
FUNCTION_1(sinh, sinh, true)
FUNCTION_1(cosh, cosh, true)
FUNCTION_1(tanh, tanh, false)
FUNCTION_1(asinh, asinh, false)
FUNCTION_1(acosh, acosh, false)
FUNCTION_1(atanh, atanh, false)
FUNCTION_1(erf, erf, false)
FUNCTION_1(erfc, erfc, false)
FUNCTION_1(fabs, fabs, false)

// degrees() and radians() never raise (degrees(1e308) is inf).
static mn_value_t scale(mn_runtime_t *runtime, mn_value_t value, double factor) {
    double x;
    if (!real_arg(runtime, value, &x)) {
        return MN_EXCEPTION;
    }
    return mn_float_new(runtime, x * factor);
}

static mn_value_t degrees_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count, (void)keywords;
    return scale(runtime, args[0], 180.0 / 3.141592653589793);
}

static mn_value_t radians_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count, (void)keywords;
    return scale(runtime, args[0], 3.141592653589793 / 180.0);
}

static bool is_nonpositive_integer(double x) {
    return x <= 0 && floor(x) == x;
}

// gamma(x): ValueError at 0, the negative integers and -inf; OverflowError past ~171.6.
static mn_value_t gamma_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    double x;
    if (!real_arg(runtime, args[0], &x)) {
        return MN_EXCEPTION;
    }
    if (isnan(x) || x == INFINITY) {
        return mn_float_new(runtime, x);
    }
    if (is_nonpositive_integer(x)) { // -inf included
        return domain_error(runtime);
    }
    double result = tgamma(x);
    if (isinf(result)) {
        return range_error(runtime);
    }
    return mn_float_new(runtime, result);
}

static mn_value_t lgamma_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count, (void)keywords;
    double x;
    if (!real_arg(runtime, args[0], &x)) {
        return MN_EXCEPTION;
    }
    if (!isfinite(x)) {
        return mn_float_new(runtime, fabs(x)); // lgamma(+-inf) is inf; nan stays nan
    }
    if (is_nonpositive_integer(x)) {
        return domain_error(runtime);
    }
    double result = lgamma(x);
    if (isinf(result)) {
        return range_error(runtime);
    }
    return mn_float_new(runtime, result);
}

// ---- Two-argument functions -----------------------------------------------------------------

static bool real_args(mn_runtime_t *runtime, const mn_value_t *args, double *x, double *y) {
    return real_arg(runtime, args[0], x) && real_arg(runtime, args[1], y);
}

static mn_value_t atan2_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    double y, x;
    if (!real_args(runtime, args, &y, &x)) {
        return MN_EXCEPTION;
    }
    return mn_float_new(runtime, atan2(y, x));
}

static mn_value_t copysign_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count, (void)keywords;
    double x, y;
    if (!real_args(runtime, args, &x, &y)) {
        return MN_EXCEPTION;
    }
    return mn_float_new(runtime, copysign(x, y));
}

static mn_value_t fmod_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count, (void)keywords;
    double x, y;
    if (!real_args(runtime, args, &x, &y)) {
        return MN_EXCEPTION;
    }
    if (isinf(y) && isfinite(x)) {
        return mn_float_new(runtime, x);
    }
    double result = fmod(x, y);
    if (isnan(result) && !isnan(x) && !isnan(y)) {
        return domain_error(runtime);
    }
    return mn_float_new(runtime, result);
}

// pow(x, y) on floats, with CPython's handling of the IEEE special values.
static mn_value_t pow_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count, (void)keywords;
    double x, y, result;
    if (!real_args(runtime, args, &x, &y)) {
        return MN_EXCEPTION;
    }
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            result = y == 0 ? 1 : x;
        } else if (isnan(y)) {
            result = x == 1 ? 1 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0) {
                result = odd_y ? x : fabs(x);
            } else if (y == 0) {
                result = 1;
            } else {
                result = odd_y ? copysign(0, x) : 0;
            }
        } else if (fabs(x) == 1) {
            result = 1;
        } else if ((y > 0 && fabs(x) > 1) || (y < 0 && fabs(x) < 1)) {
            result = INFINITY;
        } else {
            result = 0;
        }
        return mn_float_new(runtime, result);
    }
    result = pow(x, y);
    if (isnan(result) || (isinf(result) && x == 0)) {
        return domain_error(runtime);
    }
    if (isinf(result)) {
        return range_error(runtime);
    }
    return mn_float_new(runtime, result);
}

// ldexp(x, i): an int i of any size.
static mn_value_t ldexp_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    double x;
    if (!real_arg(runtime, args[0], &x)) {
        return MN_EXCEPTION;
    }
    if (!mn_int_is(args[1])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "Expected an int as second argument to ldexp.");
    }
    int64_t exponent;
    if (!mn_int_to_int64(args[1], &exponent)) {
        exponent = int_sign(args[1]) > 0 ? INT32_MAX : INT32_MIN;
    }
    if (x == 0 || !isfinite(x)) {
        return mn_float_new(runtime, x);
    }
    int clamped = exponent > 100000 ? 100000 : exponent < -100000 ? -100000 : (int)exponent;
    double result = ldexp(x, clamped);
    if (isinf(result)) {
        return range_error(runtime);
    }
    return mn_float_new(runtime, result);
}

// The tuple (first, second) of two new floats. may trigger a gc
static mn_value_t pair_of_floats(mn_runtime_t *runtime, double first, double second) {
    work_t work;
    work_begin(runtime, &work);
    mn_value_t result = MN_EXCEPTION;
    *work.slot[0] = mn_float_new(runtime, first);
    *work.slot[1] = *work.slot[0] != MN_EXCEPTION ? mn_float_new(runtime, second) : MN_EXCEPTION;
    mn_tuple_t *tuple = *work.slot[1] != MN_EXCEPTION ? mn_tuple_new(runtime, 2) : NULL;
    if (tuple != NULL) {
        tuple->items[0] = *work.slot[0];
        tuple->items[1] = *work.slot[1];
        result = mn_object_value(tuple);
    } else if (*work.slot[1] != MN_EXCEPTION) {
        result = mn_raise_memory_error(runtime);
    }
    work_end(runtime, &work);
    return result;
}

static mn_value_t modf_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count, (void)keywords;
    double x;
    if (!real_arg(runtime, args[0], &x)) {
        return MN_EXCEPTION;
    }
    if (isinf(x)) {
        return pair_of_floats(runtime, copysign(0, x), x);
    }
    double whole;
    double fraction = modf(x, &whole);
    return pair_of_floats(runtime, fraction, whole);
}

static mn_value_t frexp_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    double x;
    if (!real_arg(runtime, args[0], &x)) {
        return MN_EXCEPTION;
    }
    int exponent = 0;
    double mantissa = x;
    if (x != 0 && isfinite(x)) {
        mantissa = frexp(x, &exponent);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = MN_EXCEPTION;
    *slot = mn_float_new(runtime, mantissa);
    if (*slot != MN_EXCEPTION) {
        mn_tuple_t *tuple = mn_tuple_new(runtime, 2);
        if (tuple == NULL) {
            result = mn_raise_memory_error(runtime);
        } else {
            tuple->items[0] = *slot;
            tuple->items[1] = mn_small_int(exponent);
            result = mn_object_value(tuple);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// hypot(*coordinates): the Euclidean norm, scaled by the largest coordinate so that the
// squares neither overflow nor underflow.
static mn_value_t hypot_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)keywords;
    double largest = 0;
    bool found_nan = false;
    for (size_t i = 0; i < count; i++) {
        double x;
        if (!real_arg(runtime, args[i], &x)) {
            return MN_EXCEPTION;
        }
        x = fabs(x);
        found_nan = found_nan || isnan(x);
        if (x > largest) {
            largest = x;
        }
    }
    if (isinf(largest)) {
        return mn_float_new(runtime, largest);
    }
    if (found_nan) {
        return mn_float_new(runtime, NAN);
    }
    if (count == 2) {
        double x, y;
        if (!real_args(runtime, args, &x, &y)) {
            return MN_EXCEPTION;
        }
        return mn_float_new(runtime, hypot(x, y));
    }
    if (largest == 0 || count == 1) {
        return mn_float_new(runtime, largest);
    }
    double sum = 0;
    for (size_t i = 0; i < count; i++) {
        double x;
        if (!real_arg(runtime, args[i], &x)) {
            return MN_EXCEPTION;
        }
        x /= largest;
        sum += x * x;
    }
    return mn_float_new(runtime, largest * sqrt(sum));
}

// ---- Logarithms -----------------------------------------------------------------------------

// A logarithm (log, log2 or log10 of the C library) of an int or float argument, as
// CPython's loghelper computes it: an int beyond floats is m * 2**e with m correctly rounded
// to 53 bits, and its logarithm function(m) + function(2) * e (log(10**400) works). Returns
// false with the error set. may trigger a gc
static bool log_of(mn_runtime_t *runtime, const mn_value_t *value, double (*function)(double),
                   double *out) {
    double x;
    if (mn_int_is(*value)) {
        if (int_sign(*value) <= 0) {
            (void)domain_error(runtime);
            return false;
        }
        if (!mn_int_to_double(runtime, *value, &x)) {
            mn_exception_clear(runtime); // beyond floats (OverflowError): scale it
            mn_int_view_t view;
            mn_int_view(&view, *value);
            size_t bits = mn_bigint_bit_length(view.digits, view.count);
            // The top 55 bits, the lowest one set when any bit below them is (round to odd
            // then round to 53 bits: correctly rounded).
            size_t shift = bits - 55;
            bool sticky = false;
            for (size_t i = 0; i < shift / 16 && !sticky; i++) {
                sticky = view.digits[i] != 0;
            }
            if (!sticky && shift % 16 != 0) {
                sticky = (view.digits[shift / 16] & ((1u << (shift % 16)) - 1)) != 0;
            }
            uint64_t top = 0;
            for (size_t bit = 0; bit < 55; bit++) {
                size_t at = shift + bit;
                top |= (uint64_t)((view.digits[at / 16] >> (at % 16)) & 1) << bit;
            }
            top |= sticky ? 1 : 0;
            double mantissa = ldexp((double)top, -55);
            if (mantissa == 1.0) { // rounded up: keep it in [0.5, 1) as frexp does
                mantissa = 0.5;
                bits++;
            }
            *out = function(mantissa) + function(2.0) * (double)bits;
            return true;
        }
    } else if (!real_arg(runtime, *value, &x)) {
        return false;
    }
    if (isnan(x) || x == INFINITY) {
        *out = x;
        return true;
    }
    if (!(x > 0)) {
        (void)domain_error(runtime);
        return false;
    }
    *out = function(x);
    return true;
}

static mn_value_t log_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    double number, base;
    if (!log_of(runtime, &args[0], log, &number)) {
        return MN_EXCEPTION;
    }
    if (count < 2) {
        return mn_float_new(runtime, number);
    }
    if (!log_of(runtime, &args[1], log, &base)) {
        return MN_EXCEPTION;
    }
    if (base == 0) {
        return mn_raise(runtime, &mn_type_ZeroDivisionError, "float division by zero");
    }
    return mn_float_new(runtime, number / base);
}

static mn_value_t log_with(mn_runtime_t *runtime, mn_value_t *args, double (*function)(double)) {
    double result;
    if (!log_of(runtime, &args[0], function, &result)) {
        return MN_EXCEPTION;
    }
    return mn_float_new(runtime, result);
}

static mn_value_t log2_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count, (void)keywords;
    return log_with(runtime, args, log2);
}

static mn_value_t log10_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    return log_with(runtime, args, log10);
}

// ---- Classification and comparison ----------------------------------------------------------

static mn_value_t classify(mn_runtime_t *runtime, mn_value_t value, int (*test)(double)) {
    double x;
    if (!real_arg(runtime, value, &x)) {
        return MN_EXCEPTION;
    }
    return test(x) ? MN_TRUE : MN_FALSE;
}

static int test_finite(double x) {
    return isfinite(x);
}
static int test_inf(double x) {
    return isinf(x);
}
static int test_nan(double x) {
    return isnan(x);
}

static mn_value_t isfinite_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count, (void)keywords;
    return classify(runtime, args[0], test_finite);
}

static mn_value_t isinf_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    return classify(runtime, args[0], test_inf);
}

static mn_value_t isnan_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    return classify(runtime, args[0], test_nan);
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
static mn_value_t isclose_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_rel_tol, MN_QSTR_abs_tol};
    if (!mn_native_check_keywords(runtime, "isclose", keywords, allowed, 2)) {
        return MN_EXCEPTION;
    }
    mn_value_t *rel_slot = mn_native_keyword(args, count, keywords, MN_QSTR_rel_tol);
    mn_value_t *abs_slot = mn_native_keyword(args, count, keywords, MN_QSTR_abs_tol);
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!real_args(runtime, args, &a, &b) ||
        (rel_slot != NULL && !real_arg(runtime, *rel_slot, &rel_tol)) ||
        (abs_slot != NULL && !real_arg(runtime, *abs_slot, &abs_tol))) {
        return MN_EXCEPTION;
    }
    if (rel_tol < 0 || abs_tol < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return MN_TRUE;
    }
    if (isinf(a) || isinf(b)) {
        return MN_FALSE;
    }
    double difference = fabs(b - a);
    return difference <= fabs(rel_tol * b) || difference <= fabs(rel_tol * a) ||
                   difference <= abs_tol
               ? MN_TRUE
               : MN_FALSE;
}

// ---- Rounding to ints -----------------------------------------------------------------------

// floor(), ceil() and trunc(): an int for any int or float; other objects through their
// __floor__, __ceil__ or __trunc__.
static mn_value_t round_to_int(mn_runtime_t *runtime, mn_value_t *args, double (*function)(double),
                               unsigned special) {
    if (mn_int_is(args[0])) {
        return as_int(runtime, &args[0]);
    }
    if (mn_float_is(args[0])) {
        return mn_int_from_double(runtime, function(mn_float_get(args[0])));
    }
    mn_value_t result = mn_number_call_special(runtime, &args[0], special);
    if (result != MN_NULL) {
        return result;
    }
    if (special == MN_QSTR___trunc__) {
        return mn_raise(runtime, &mn_type_TypeError, "type %T doesn't define __trunc__ method",
                        args[0]);
    }
    return mn_raise(runtime, &mn_type_TypeError, "must be real number, not %T", args[0]);
}

static mn_value_t floor_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    return round_to_int(runtime, args, floor, MN_QSTR___floor__);
}

static mn_value_t ceil_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count, (void)keywords;
    return round_to_int(runtime, args, ceil, MN_QSTR___ceil__);
}

static mn_value_t trunc_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    return round_to_int(runtime, args, trunc, MN_QSTR___trunc__);
}

// ---- Functions of integers ------------------------------------------------------------------
//
// Big-int arithmetic goes through mn_int_binary on rooted slots (work_t).

// *into = *left op *right; false with the error set. may trigger a gc
static bool operate(mn_runtime_t *runtime, mn_value_t *into, mn_binary_op_t op,
                    const mn_value_t *left, const mn_value_t *right) {
    mn_value_t result = mn_int_binary(runtime, op, left, right);
    if (result == MN_EXCEPTION) {
        return false;
    }
    *into = result;
    return true;
}

// *into = *left op small. may trigger a gc
static bool operate_small(mn_runtime_t *runtime, mn_value_t *into, mn_binary_op_t op,
                          const mn_value_t *left, int64_t small) {
    mn_gc_ref_t ref;
    mn_value_t *right = mn_root_push(&runtime->heap, &ref);
    *right = mn_int_from_int64(runtime, small);
    bool ok = *right != MN_EXCEPTION && operate(runtime, into, op, left, right);
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// The product of the ints low, low + 1, ..., high (1 when low > high) into *into, gathering
// factors in 64 bits before each big multiplication. may trigger a gc
static bool range_product(mn_runtime_t *runtime, mn_value_t *into, const mn_value_t *low,
                          uint64_t count) {
    *into = mn_small_int(1);
    mn_gc_ref_t ref;
    mn_value_t *factor = mn_root_push(&runtime->heap, &ref);
    bool ok = true;
    int64_t small_low;
    bool small = mn_int_to_int64(*low, &small_low) && small_low >= 0 &&
                 (uint64_t)small_low + count < ((uint64_t)1 << 62);
    uint64_t i = 0;
    while (ok && i < count) {
        if (small) {
            // Gather as many factors as fit 64 bits.
            uint64_t gathered = 1;
            while (i < count) {
                uint64_t next = (uint64_t)small_low + i;
                if (next != 0 && gathered > UINT64_MAX / next) {
                    break;
                }
                gathered *= next;
                i++;
            }
            *factor = mn_int_from_uint64(runtime, gathered);
            ok = *factor != MN_EXCEPTION;
        } else {
            ok = operate_small(runtime, factor, MN_BINARY_ADD, low, (int64_t)i);
            i++;
        }
        ok = ok && operate(runtime, into, MN_BINARY_MULTIPLY, into, factor);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// A count argument that must be a non-negative int fitting 63 bits: ValueError `negative`
// below 0, OverflowError `too_large` beyond. may trigger a gc (only to raise)
static bool count_arg(mn_runtime_t *runtime, mn_value_t value, const char *negative,
                      const char *too_large, uint64_t *out) {
    if (!check_int(runtime, value)) {
        return false;
    }
    if (int_sign(value) < 0) {
        (void)mn_raise(runtime, &mn_type_ValueError, "%s", negative);
        return false;
    }
    int64_t n;
    if (!mn_int_to_int64(value, &n)) {
        (void)mn_raise(runtime, &mn_type_OverflowError, "%s", too_large);
        return false;
    }
    *out = (uint64_t)n;
    return true;
}

static mn_value_t factorial_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count, (void)keywords;
    uint64_t n;
    if (!count_arg(runtime, args[0], "factorial() not defined for negative values",
                   "factorial() argument should not exceed 9223372036854775807", &n)) {
        return MN_EXCEPTION;
    }
    work_t work;
    work_begin(runtime, &work);
    *work.slot[1] = mn_small_int(1);
    mn_value_t result = MN_EXCEPTION;
    if (range_product(runtime, work.slot[0], work.slot[1], n)) {
        result = *work.slot[0];
    }
    work_end(runtime, &work);
    return result;
}

// perm(n, k=None): n! / (n - k)!; comb(n, k): n! / (k! (n - k)!), 0 when k > n.
static mn_value_t perm_comb(mn_runtime_t *runtime, mn_value_t *args, size_t count, bool comb) {
    for (size_t i = 0; i < count; i++) {
        if (!(i == 1 && args[1] == MN_NONE) && !check_int(runtime, args[i])) {
            return MN_EXCEPTION;
        }
    }
    if (count < 2 || args[1] == MN_NONE) {
        return factorial_native(runtime, args, 1, MN_NULL);
    }
    if (int_sign(args[0]) < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "n must be a non-negative integer");
    }
    if (int_sign(args[1]) < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "k must be a non-negative integer");
    }
    if (mn_int_compare(args[1], args[0]) > 0) {
        return mn_small_int(0);
    }
    work_t work;
    work_begin(runtime, &work);
    mn_value_t result = MN_EXCEPTION;
    // slot 0: the result; 1: n - k; 2: k (the smaller of k and n - k for comb).
    bool ok = operate(runtime, work.slot[1], MN_BINARY_SUBTRACT, &args[0], &args[1]);
    *work.slot[2] = args[1];
    if (ok && comb && mn_int_compare(*work.slot[1], *work.slot[2]) < 0) {
        mn_value_t swap = *work.slot[1];
        *work.slot[1] = *work.slot[2];
        *work.slot[2] = swap;
    }
    int64_t k = 0;
    if (ok && !mn_int_to_int64(*work.slot[2], &k)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       comb ? "min(n - k, k) must not exceed 9223372036854775807"
                            : "k must not exceed 9223372036854775807");
        ok = false;
    }
    if (ok && !comb) {
        // (n - k + 1) * ... * n
        ok = operate_small(runtime, work.slot[1], MN_BINARY_ADD, work.slot[1], 1) &&
             range_product(runtime, work.slot[0], work.slot[1], (uint64_t)k);
    } else if (ok) {
        // r = r * (n - k + i) // i for i = 1..k stays an int at every step.
        *work.slot[0] = mn_small_int(1);
        for (int64_t i = 1; ok && i <= k; i++) {
            ok = operate_small(runtime, work.slot[3], MN_BINARY_ADD, work.slot[1], i) &&
                 operate(runtime, work.slot[0], MN_BINARY_MULTIPLY, work.slot[0], work.slot[3]) &&
                 operate_small(runtime, work.slot[0], MN_BINARY_FLOOR_DIVIDE, work.slot[0], i);
        }
    }
    if (ok) {
        result = *work.slot[0];
    }
    work_end(runtime, &work);
    return result;
}

static mn_value_t perm_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return perm_comb(runtime, args, count, false);
}

static mn_value_t comb_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return perm_comb(runtime, args, count, true);
}

static uint64_t gcd_64(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t r = a % b;
        a = b;
        b = r;
    }
    return a;
}

// gcd(*integers) and lcm(*integers): non-negative results, gcd() 0 and lcm() 1.
static mn_value_t gcd_lcm(mn_runtime_t *runtime, mn_value_t *args, size_t count, bool lcm) {
    for (size_t i = 0; i < count; i++) {
        if (!check_int(runtime, args[i])) {
            return MN_EXCEPTION;
        }
    }
    work_t work;
    work_begin(runtime, &work);
    // slot 0: the result so far; 1: the next argument; 2: the gcd of the two; 3: scratch.
    *work.slot[0] = mn_small_int(lcm ? 1 : 0);
    bool ok = true;
    for (size_t i = 0; ok && i < count; i++) {
        ok = (*work.slot[1] = mn_int_unary(runtime, MN_UNARY_ABSOLUTE, &args[i])) != MN_EXCEPTION;
        if (!ok) {
            break;
        }
        if (lcm && (int_sign(*work.slot[0]) == 0 || int_sign(*work.slot[1]) == 0)) {
            *work.slot[0] = mn_small_int(0);
            continue;
        }
        // The gcd of slots 0 and 1 into slot 2 (Euclid, in 64 bits once it fits).
        *work.slot[2] = *work.slot[0];
        *work.slot[3] = *work.slot[1];
        for (;;) {
            int64_t a, b;
            if (mn_int_to_int64(*work.slot[2], &a) && mn_int_to_int64(*work.slot[3], &b)) {
                *work.slot[2] = mn_int_from_uint64(runtime, gcd_64((uint64_t)a, (uint64_t)b));
                ok = *work.slot[2] != MN_EXCEPTION;
                break;
            }
            if (int_sign(*work.slot[3]) == 0) {
                break;
            }
            mn_value_t remainder =
                mn_int_binary(runtime, MN_BINARY_REMAINDER, work.slot[2], work.slot[3]);
            if (remainder == MN_EXCEPTION) {
                ok = false;
                break;
            }
            *work.slot[2] = *work.slot[3];
            *work.slot[3] = remainder;
        }
        if (!ok) {
            break;
        }
        if (!lcm) {
            *work.slot[0] = *work.slot[2];
        } else {
            // lcm = a // gcd * b
            ok = operate(runtime, work.slot[0], MN_BINARY_FLOOR_DIVIDE, work.slot[0],
                         work.slot[2]) &&
                 operate(runtime, work.slot[0], MN_BINARY_MULTIPLY, work.slot[0], work.slot[1]);
        }
    }
    mn_value_t result = ok ? *work.slot[0] : MN_EXCEPTION;
    work_end(runtime, &work);
    return result;
}

static mn_value_t gcd_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return gcd_lcm(runtime, args, count, false);
}

static mn_value_t lcm_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return gcd_lcm(runtime, args, count, true);
}

// The integer square root of a 64-bit value, exactly.
static uint64_t isqrt_64(uint64_t n) {
    uint64_t root = (uint64_t)sqrt((double)n);
    while (root > 0 && (root > UINT32_MAX || root * root > n)) {
        root--;
    }
    while (root + 1 <= UINT32_MAX && (root + 1) * (root + 1) <= n) {
        root++;
    }
    return root;
}

// isqrt(n): the largest int whose square is at most n; Newton's iteration for big ints.
static mn_value_t isqrt_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    if (!check_int(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    if (int_sign(args[0]) < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "isqrt() argument must be nonnegative");
    }
    int64_t small;
    if (mn_int_to_int64(args[0], &small)) {
        return mn_int_from_uint64(runtime, isqrt_64((uint64_t)small));
    }
    mn_int_view_t view;
    mn_int_view(&view, args[0]);
    size_t bits = mn_bigint_bit_length(view.digits, view.count);
    work_t work;
    work_begin(runtime, &work);
    // slot 0: x, starting above the root (2 ** ceil(bits / 2)); 1: the next x; 2: n // x.
    *work.slot[3] = mn_small_int(1);
    bool ok = operate_small(runtime, work.slot[0], MN_BINARY_LSHIFT, work.slot[3],
                            (int64_t)(bits + 1) / 2);
    while (ok) {
        ok = operate(runtime, work.slot[2], MN_BINARY_FLOOR_DIVIDE, &args[0], work.slot[0]) &&
             operate(runtime, work.slot[1], MN_BINARY_ADD, work.slot[0], work.slot[2]) &&
             operate_small(runtime, work.slot[1], MN_BINARY_RSHIFT, work.slot[1], 1);
        if (!ok || mn_int_compare(*work.slot[1], *work.slot[0]) >= 0) {
            break;
        }
        *work.slot[0] = *work.slot[1];
    }
    mn_value_t result = ok ? *work.slot[0] : MN_EXCEPTION;
    work_end(runtime, &work);
    return result;
}

// prod(iterable, *, start=1): start * each item, with the operators of the items' types.
static mn_value_t prod_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_start};
    if (!mn_native_check_keywords(runtime, "prod", keywords, allowed, 1)) {
        return MN_EXCEPTION;
    }
    mn_value_t *start = mn_native_keyword(args, count, keywords, MN_QSTR_start);
    work_t work;
    work_begin(runtime, &work);
    // slot 0: the product; 1: the iterator; 2: the item.
    *work.slot[0] = start != NULL ? *start : mn_small_int(1);
    *work.slot[1] = mn_iter(runtime, &args[0]);
    bool ok = *work.slot[1] != MN_EXCEPTION;
    while (ok) {
        mn_value_t item = mn_next(runtime, work.slot[1]);
        if (item == MN_NULL) {
            break;
        }
        *work.slot[2] = item;
        ok = item != MN_EXCEPTION &&
             (*work.slot[0] = mn_binary(runtime, MN_BINARY_MULTIPLY, work.slot[0], work.slot[2])) !=
                 MN_EXCEPTION;
    }
    mn_value_t result = ok ? *work.slot[0] : MN_EXCEPTION;
    work_end(runtime, &work);
    return result;
}

// ---- The module -----------------------------------------------------------------------------

static MN_NATIVE(cos_fn, MN_QSTR_cos, 1, 1, 0, cos_native);
static MN_NATIVE(erf_fn, MN_QSTR_erf, 1, 1, 0, erf_native);
static MN_NATIVE(exp_fn, MN_QSTR_exp, 1, 1, 0, exp_native);
static MN_NATIVE(gcd_fn, MN_QSTR_gcd, 0, MN_ARGS_ANY, 0, gcd_native);
static MN_NATIVE(lcm_fn, MN_QSTR_lcm, 0, MN_ARGS_ANY, 0, lcm_native);
static MN_NATIVE(log_fn, MN_QSTR_log, 1, 2, 0, log_native);
static MN_NATIVE(pow_fn, MN_QSTR_pow, 2, 2, 0, pow_native);
static MN_NATIVE(sin_fn, MN_QSTR_sin, 1, 1, 0, sin_native);
static MN_NATIVE(tan_fn, MN_QSTR_tan, 1, 1, 0, tan_native);
static MN_NATIVE(acos_fn, MN_QSTR_acos, 1, 1, 0, acos_native);
static MN_NATIVE(asin_fn, MN_QSTR_asin, 1, 1, 0, asin_native);
static MN_NATIVE(atan_fn, MN_QSTR_atan, 1, 1, 0, atan_native);
static MN_NATIVE(ceil_fn, MN_QSTR_ceil, 1, 1, 0, ceil_native);
static MN_NATIVE(comb_fn, MN_QSTR_comb, 2, 2, 0, comb_native);
static MN_NATIVE(cosh_fn, MN_QSTR_cosh, 1, 1, 0, cosh_native);
static MN_NATIVE(erfc_fn, MN_QSTR_erfc, 1, 1, 0, erfc_native);
static MN_NATIVE(fabs_fn, MN_QSTR_fabs, 1, 1, 0, fabs_native);
static MN_NATIVE(fmod_fn, MN_QSTR_fmod, 2, 2, 0, fmod_native);
static MN_NATIVE(log2_fn, MN_QSTR_log2, 1, 1, 0, log2_native);
static MN_NATIVE(modf_fn, MN_QSTR_modf, 1, 1, 0, modf_native);
static MN_NATIVE(perm_fn, MN_QSTR_perm, 1, 2, 0, perm_native);
static MN_NATIVE(prod_fn, MN_QSTR_prod, 1, 1, MN_NATIVE_KEYWORDS, prod_native);
static MN_NATIVE(sinh_fn, MN_QSTR_sinh, 1, 1, 0, sinh_native);
static MN_NATIVE(sqrt_fn, MN_QSTR_sqrt, 1, 1, 0, sqrt_native);
static MN_NATIVE(tanh_fn, MN_QSTR_tanh, 1, 1, 0, tanh_native);
static MN_NATIVE(acosh_fn, MN_QSTR_acosh, 1, 1, 0, acosh_native);
static MN_NATIVE(asinh_fn, MN_QSTR_asinh, 1, 1, 0, asinh_native);
static MN_NATIVE(atan2_fn, MN_QSTR_atan2, 2, 2, 0, atan2_native);
static MN_NATIVE(atanh_fn, MN_QSTR_atanh, 1, 1, 0, atanh_native);
static MN_NATIVE(expm1_fn, MN_QSTR_expm1, 1, 1, 0, expm1_native);
static MN_NATIVE(floor_fn, MN_QSTR_floor, 1, 1, 0, floor_native);
static MN_NATIVE(frexp_fn, MN_QSTR_frexp, 1, 1, 0, frexp_native);
static MN_NATIVE(gamma_fn, MN_QSTR_gamma, 1, 1, 0, gamma_native);
static MN_NATIVE(hypot_fn, MN_QSTR_hypot, 0, MN_ARGS_ANY, 0, hypot_native);
static MN_NATIVE(isinf_fn, MN_QSTR_isinf, 1, 1, 0, isinf_native);
static MN_NATIVE(isnan_fn, MN_QSTR_isnan, 1, 1, 0, isnan_native);
static MN_NATIVE(isqrt_fn, MN_QSTR_isqrt, 1, 1, 0, isqrt_native);
static MN_NATIVE(ldexp_fn, MN_QSTR_ldexp, 2, 2, 0, ldexp_native);
static MN_NATIVE(log10_fn, MN_QSTR_log10, 1, 1, 0, log10_native);
static MN_NATIVE(log1p_fn, MN_QSTR_log1p, 1, 1, 0, log1p_native);
static MN_NATIVE(trunc_fn, MN_QSTR_trunc, 1, 1, 0, trunc_native);
static MN_NATIVE(lgamma_fn, MN_QSTR_lgamma, 1, 1, 0, lgamma_native);
static MN_NATIVE(degrees_fn, MN_QSTR_degrees, 1, 1, 0, degrees_native);
static MN_NATIVE(isclose_fn, MN_QSTR_isclose, 2, 2, MN_NATIVE_KEYWORDS, isclose_native);
static MN_NATIVE(radians_fn, MN_QSTR_radians, 1, 1, 0, radians_native);
static MN_NATIVE(copysign_fn, MN_QSTR_copysign, 2, 2, 0, copysign_native);
static MN_NATIVE(isfinite_fn, MN_QSTR_isfinite, 1, 1, 0, isfinite_native);
static MN_NATIVE(factorial_fn, MN_QSTR_factorial, 1, 1, 0, factorial_native);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t math_attrs[] = {
    MN_ATTR(MN_QSTR_e, &math_e),
    MN_ATTR(MN_QSTR_pi, &math_pi),
    MN_ATTR(MN_QSTR_cos, &cos_fn),
    MN_ATTR(MN_QSTR_erf, &erf_fn),
    MN_ATTR(MN_QSTR_exp, &exp_fn),
    MN_ATTR(MN_QSTR_gcd, &gcd_fn),
    MN_ATTR(MN_QSTR_inf, &math_inf),
    MN_ATTR(MN_QSTR_lcm, &lcm_fn),
    MN_ATTR(MN_QSTR_log, &log_fn),
    MN_ATTR(MN_QSTR_nan, &math_nan),
    MN_ATTR(MN_QSTR_pow, &pow_fn),
    MN_ATTR(MN_QSTR_sin, &sin_fn),
    MN_ATTR(MN_QSTR_tan, &tan_fn),
    MN_ATTR(MN_QSTR_tau, &math_tau),
    MN_ATTR(MN_QSTR_acos, &acos_fn),
    MN_ATTR(MN_QSTR_asin, &asin_fn),
    MN_ATTR(MN_QSTR_atan, &atan_fn),
    MN_ATTR(MN_QSTR_ceil, &ceil_fn),
    MN_ATTR(MN_QSTR_comb, &comb_fn),
    MN_ATTR(MN_QSTR_cosh, &cosh_fn),
    MN_ATTR(MN_QSTR_erfc, &erfc_fn),
    MN_ATTR(MN_QSTR_fabs, &fabs_fn),
    MN_ATTR(MN_QSTR_fmod, &fmod_fn),
    MN_ATTR(MN_QSTR_log2, &log2_fn),
    MN_ATTR(MN_QSTR_modf, &modf_fn),
    MN_ATTR(MN_QSTR_perm, &perm_fn),
    MN_ATTR(MN_QSTR_prod, &prod_fn),
    MN_ATTR(MN_QSTR_sinh, &sinh_fn),
    MN_ATTR(MN_QSTR_sqrt, &sqrt_fn),
    MN_ATTR(MN_QSTR_tanh, &tanh_fn),
    MN_ATTR(MN_QSTR_acosh, &acosh_fn),
    MN_ATTR(MN_QSTR_asinh, &asinh_fn),
    MN_ATTR(MN_QSTR_atan2, &atan2_fn),
    MN_ATTR(MN_QSTR_atanh, &atanh_fn),
    MN_ATTR(MN_QSTR_expm1, &expm1_fn),
    MN_ATTR(MN_QSTR_floor, &floor_fn),
    MN_ATTR(MN_QSTR_frexp, &frexp_fn),
    MN_ATTR(MN_QSTR_gamma, &gamma_fn),
    MN_ATTR(MN_QSTR_hypot, &hypot_fn),
    MN_ATTR(MN_QSTR_isinf, &isinf_fn),
    MN_ATTR(MN_QSTR_isnan, &isnan_fn),
    MN_ATTR(MN_QSTR_isqrt, &isqrt_fn),
    MN_ATTR(MN_QSTR_ldexp, &ldexp_fn),
    MN_ATTR(MN_QSTR_log10, &log10_fn),
    MN_ATTR(MN_QSTR_log1p, &log1p_fn),
    MN_ATTR(MN_QSTR_trunc, &trunc_fn),
    MN_ATTR(MN_QSTR_lgamma, &lgamma_fn),
    MN_ATTR(MN_QSTR_degrees, &degrees_fn),
    MN_ATTR(MN_QSTR_isclose, &isclose_fn),
    MN_ATTR(MN_QSTR_radians, &radians_fn),
    MN_ATTR(MN_QSTR_copysign, &copysign_fn),
    MN_ATTR(MN_QSTR_isfinite, &isfinite_fn),
    MN_ATTR(MN_QSTR_factorial, &factorial_fn),
};
MN_ATTR_TABLE(math_attr_table, math_attrs);

const mn_rom_module_t mn_module_math = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_math),
    .attrs = &math_attr_table,
};
