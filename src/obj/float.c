#include "obj/float.h"

#include <math.h>

#include "obj/exception.h"
#include "obj/float_text.h"
#include "obj/number.h"
#include "obj/qstr.h"
#include "obj/tuple.h"
#include "obj/type.h"

// Hashes are those of CPython of the same word size: modulus 2**61 - 1 or 2**31 - 1.
#define HASH_BITS (sizeof(mn_value_t) >= 8 ? 61 : 31)
#define HASH_INF 314159

mn_value_t mn_float_new(mn_runtime_t *runtime, double value) {
    mn_float_t *result = mn_heap_alloc(&runtime->heap, MN_TAG_FLOAT, sizeof(mn_float_t));
    if (result == NULL) {
        return mn_raise_memory_error(runtime);
    }
    memcpy(result->bytes, &value, sizeof value);
    return mn_object_value(result);
}

bool mn_float_value(mn_runtime_t *runtime, mn_value_t value, double *out) {
    if (mn_float_is(value)) {
        *out = mn_float_get(value);
        return true;
    }
    if (mn_int_is(value)) {
        return mn_int_to_double(runtime, value, out);
    }
    (void)mn_raise(runtime, &mn_type_TypeError, "must be real number, not %T", value);
    return false;
}

// ---- Arithmetic ---------------------------------------------------------------------------

static bool is_odd_integer(double x) {
    return fmod(fabs(x), 2.0) == 1.0;
}

// x ** y as CPython's float_pow, special cases first (C99's pow() agrees with most of them,
// but not every libm does). false with the exception raised. may trigger a gc (to raise)
static bool power(mn_runtime_t *runtime, double x, double y, double *out) {
    if (y == 0.0) {
        *out = 1.0; // even nan ** 0
        return true;
    }
    if (isnan(x)) {
        *out = x;
        return true;
    }
    if (isnan(y)) {
        *out = x == 1.0 ? 1.0 : y;
        return true;
    }
    if (isinf(y)) {
        double magnitude = fabs(x);
        *out = magnitude == 1.0 ? 1.0 : (y > 0.0) == (magnitude > 1.0) ? fabs(y) : 0.0;
        return true;
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        *out = y > 0.0 ? (odd ? x : fabs(x)) : (odd ? copysign(0.0, x) : 0.0);
        return true;
    }
    if (x == 0.0) {
        if (y < 0.0) {
            (void)mn_raise(runtime, &mn_type_ZeroDivisionError,
                           "0.0 cannot be raised to a negative power");
            return false;
        }
        *out = is_odd_integer(y) ? x : 0.0;
        return true;
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) {
            // CPython returns a complex here; Minnow has none.
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "negative number cannot be raised to a fractional power");
            return false;
        }
        x = -x;
        negate = is_odd_integer(y);
    }
    double result = x == 1.0 ? 1.0 : pow(x, y);
    if (isinf(result)) {
        // CPython raises from errno ERANGE: str() of that exception is its args tuple.
        (void)mn_raise(runtime, &mn_type_OverflowError, "(34, 'Numerical result out of range')");
        return false;
    }
    *out = negate ? -result : result;
    return true;
}

mn_value_t mn_float_binary_double(mn_runtime_t *runtime, mn_binary_op_t op, double x, double y) {
    double result;
    switch (mn_binary_op_plain(op)) {
    case MN_BINARY_ADD:
        result = x + y;
        break;
    case MN_BINARY_SUBTRACT:
        result = x - y;
        break;
    case MN_BINARY_MULTIPLY:
        result = x * y;
        break;
    case MN_BINARY_TRUE_DIVIDE:
        if (y == 0.0) {
            return mn_raise(runtime, &mn_type_ZeroDivisionError, "float division by zero");
        }
        result = x / y;
        break;
    case MN_BINARY_FLOOR_DIVIDE:
        if (!mn_float_floordiv(x, y, &result)) {
            return mn_raise(runtime, &mn_type_ZeroDivisionError, "float floor division by zero");
        }
        break;
    case MN_BINARY_REMAINDER:
        if (!mn_float_mod(x, y, &result)) {
            return mn_raise(runtime, &mn_type_ZeroDivisionError, "float modulo");
        }
        break;
    case MN_BINARY_POWER:
        if (!power(runtime, x, y, &result)) {
            return MN_EXCEPTION;
        }
        break;
    default:
        return MN_NOT_IMPLEMENTED; // << >> & | ^ @
    }
    return mn_float_new(runtime, result);
}

static bool float_has_operator(mn_binary_op_t op) {
    switch (mn_binary_op_plain(op)) {
    case MN_BINARY_ADD:
    case MN_BINARY_SUBTRACT:
    case MN_BINARY_MULTIPLY:
    case MN_BINARY_TRUE_DIVIDE:
    case MN_BINARY_FLOOR_DIVIDE:
    case MN_BINARY_REMAINDER:
    case MN_BINARY_POWER:
        return true;
    default:
        return false;
    }
}

mn_value_t mn_float_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                           const mn_value_t *right) {
    if (!float_has_operator(op)) {
        return MN_NOT_IMPLEMENTED; // before converting: 10**400 & 1.5 is a TypeError
    }
    double x;
    double y;
    if (!mn_float_value(runtime, *left, &x) || !mn_float_value(runtime, *right, &y)) {
        return MN_EXCEPTION;
    }
    return mn_float_binary_double(runtime, op, x, y);
}

// ---- Hash and text ------------------------------------------------------------------------

// CPython's _Py_HashDouble: the value modulo the Mersenne prime P = 2**HASH_BITS - 1, which
// for an integral value is the int's hash. The mantissa is taken 28 bits at a time;
// multiplying by 2**k modulo P is a rotation of k bits.
intptr_t mn_float_hash(double value) {
    const int bits = HASH_BITS;
    const uint64_t modulus = ((uint64_t)1 << bits) - 1;
    if (!isfinite(value)) {
        return isnan(value) ? 0 : value > 0 ? HASH_INF : -HASH_INF;
    }
    int exponent;
    double mantissa = frexp(value, &exponent);
    int sign = 1;
    if (mantissa < 0) {
        sign = -1;
        mantissa = -mantissa;
    }
    uint64_t x = 0;
    while (mantissa != 0.0) {
        x = ((x << 28) & modulus) | x >> (bits - 28);
        mantissa *= 268435456.0; // 2**28
        exponent -= 28;
        uint64_t y = (uint64_t)mantissa; // the integer part
        mantissa -= (double)y;
        x += y;
        if (x >= modulus) {
            x -= modulus;
        }
    }
    exponent = exponent >= 0 ? exponent % bits : bits - 1 - ((-1 - exponent) % bits);
    x = ((x << exponent) & modulus) | x >> (bits - exponent);
    int64_t hash = sign * (int64_t)x;
    return (intptr_t)(hash == -1 ? -2 : hash);
}

mn_value_t mn_float_to_str(mn_runtime_t *runtime, double value) {
    char text[MN_FLOAT_REPR_MAX];
    size_t length = mn_float_repr(value, text, sizeof text);
    mn_str_t *str = mn_str_new(runtime, text, length);
    return str != NULL ? mn_object_value(str) : mn_raise_memory_error(runtime);
}

mn_value_t mn_float_parse_str(mn_runtime_t *runtime, const mn_value_t *text) {
    const mn_str_t *str = mn_qstr_str(*text);
    double value;
    if (!mn_float_parse(str->bytes, mn_str_length(str), &value)) {
        return mn_number_raise_text_error(runtime, "could not convert string to float: ", text, 0);
    }
    return mn_float_new(runtime, value);
}
