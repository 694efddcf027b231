#include "obj/int.h"

#include <math.h>
#include <string.h>

#include "obj/exception.h"
#include "obj/number.h"
#include "obj/qstr.h"
#include "obj/tuple.h"

// Hashes are those of CPython of the same word size (bigint.h).
#define WIDE_HASH (sizeof(mn_value_t) >= 8)

// A result and the scratch of its operation, up to this many digits in all, are computed on
// the C stack (128 bytes): a result that turns out small allocates nothing, a big one
// exactly its block.
#define WORK_STACK_DIGITS 64

static bool is_bool(mn_value_t value) {
    return value == MN_TRUE || value == MN_FALSE;
}

// The machine value of a small int or a bool.
static bool small_of(mn_value_t value, mn_small_int_t *out) {
    if (mn_is_small_int(value)) {
        *out = mn_small_int_value(value);
        return true;
    }
    if (is_bool(value)) {
        *out = value == MN_TRUE;
        return true;
    }
    return false;
}

void mn_int_view(mn_int_view_t *view, mn_value_t value) {
    mn_small_int_t n;
    if (small_of(value, &n)) {
        view->count = mn_bigint_from_int64(view->small, &view->negative, n);
        view->digits = view->small;
        return;
    }
    const mn_big_int_t *big = mn_object(value);
    view->digits = big->digits;
    view->count = mn_big_int_count(big);
    view->negative = mn_big_int_negative(big);
}

static size_t add_sizes(size_t a, size_t b) {
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

// Bytes of a big int block of `digits` digits; SIZE_MAX (which no allocation satisfies) for
// counts beyond what bigint.h can represent.
static size_t big_int_bytes(size_t digits) {
    return digits > MN_BIGINT_DIGITS_MAX ? SIZE_MAX
                                         : sizeof(mn_big_int_t) + digits * sizeof(mn_digit_t);
}

// may trigger a gc
static mn_big_int_t *alloc_big_int(mn_runtime_t *runtime, size_t digits) {
    return mn_heap_alloc(&runtime->heap, MN_TAG_BIG_INT, big_int_bytes(digits));
}

static void set_count_sign(mn_big_int_t *big, size_t count, bool negative) {
    big->count_sign = (mn_word_t)count << 1 | (negative ? 1 : 0);
}

// The small int of normalized digits, when the value fits one.
static bool digits_fit_small(const mn_digit_t *digits, size_t count, bool negative,
                             mn_value_t *out) {
    int64_t n;
    if (count > MN_BIGINT_INT64_DIGITS || !mn_bigint_to_int64(&n, digits, count, negative) ||
        !mn_small_int_fits(n)) {
        return false;
    }
    *out = mn_small_int((mn_small_int_t)n);
    return true;
}

// The int of normalized digits that lie outside the heap. may trigger a gc
static mn_value_t int_from_digits(mn_runtime_t *runtime, const mn_digit_t *digits, size_t count,
                                  bool negative) {
    mn_value_t small;
    if (digits_fit_small(digits, count, negative, &small)) {
        return small;
    }
    mn_big_int_t *big = alloc_big_int(runtime, count);
    if (big == NULL) {
        return mn_raise_memory_error(runtime);
    }
    memcpy(big->digits, digits, count * sizeof(mn_digit_t));
    set_count_sign(big, count, negative);
    return mn_object_value(big);
}

// MemoryError for a result no heap can hold: a request of SIZE_MAX bytes fails at once,
// without a collection, and the error names it like any other failed request.
static mn_value_t raise_too_large(mn_runtime_t *runtime) {
    (void)mn_heap_alloc(&runtime->heap, MN_TAG_BIG_INT, SIZE_MAX);
    return mn_raise_memory_error(runtime);
}

// ---- Workspaces ---------------------------------------------------------------------------
//
// An operation on big ints sizes its result and scratch from the operands' digit counts
// (bigint.h's size functions), opens a workspace of that many digits (the result's first),
// re-reads its operands, whose blocks the allocation may have moved, and calls bigint.h,
// which allocates nothing. The workspace is on the C stack when it is small; otherwise it is
// a big int block held by a GC reference, and it becomes the result itself, shrunk to its
// digits, so that a big result costs one allocation and no copy.

typedef struct work {
    mn_gc_ref_t ref;    // the block, or MN_NULL while the digits are on the stack
    mn_digit_t *digits; // valid until the next allocation (work_digits re-derives it)
    mn_digit_t stack[WORK_STACK_DIGITS];
} work_t;

// Opens a workspace of `digits` digits, zeroed. Returns false when the heap cannot hold it:
// the caller raises with mn_raise_memory_error. may trigger a gc
static bool work_begin(mn_runtime_t *runtime, work_t *work, size_t digits) {
    mn_root_push(&runtime->heap, &work->ref); // MN_NULL
    if (digits <= WORK_STACK_DIGITS) {
        memset(work->stack, 0, digits * sizeof(mn_digit_t));
        work->digits = work->stack;
        return true;
    }
    mn_big_int_t *block = alloc_big_int(runtime, digits);
    if (block == NULL) {
        mn_root_pop(&runtime->heap, &work->ref);
        return false;
    }
    work->ref.value = mn_object_value(block);
    work->digits = block->digits;
    return true;
}

// Closes a workspace that gives no int. no allocation is done
static void work_end(mn_runtime_t *runtime, work_t *work) {
    mn_root_pop(&runtime->heap, &work->ref);
}

// The workspace's digits after an allocation may have moved them. no allocation is done
static mn_digit_t *work_digits(work_t *work) {
    if (work->ref.value != MN_NULL) {
        work->digits = ((mn_big_int_t *)mn_object(work->ref.value))->digits;
    }
    return work->digits;
}

// A second result, at digits [offset, offset + count) of the open workspace, as a new int.
// may trigger a gc
static mn_value_t work_copy(mn_runtime_t *runtime, work_t *work, size_t offset, size_t count,
                            bool negative) {
    mn_value_t small;
    if (digits_fit_small(work->digits + offset, count, negative, &small)) {
        return small;
    }
    mn_big_int_t *big = alloc_big_int(runtime, count);
    if (big == NULL) {
        return mn_raise_memory_error(runtime);
    }
    memcpy(big->digits, work_digits(work) + offset, count * sizeof(mn_digit_t));
    set_count_sign(big, count, negative);
    return mn_object_value(big);
}

// Closes the workspace with the result at its start: a small int when it fits, else the
// workspace's block shrunk to the result, or a new block for a result on the stack.
// may trigger a gc
static mn_value_t work_finish(mn_runtime_t *runtime, work_t *work, size_t count, bool negative) {
    mn_value_t result;
    if (digits_fit_small(work->digits, count, negative, &result)) {
        // nothing more: the block, if any, is garbage
    } else if (work->ref.value != MN_NULL) {
        mn_big_int_t *big = mn_object(work->ref.value);
        set_count_sign(big, count, negative);
        mn_heap_shrink(&runtime->heap, big, big_int_bytes(count));
        result = work->ref.value;
    } else {
        result = int_from_digits(runtime, work->stack, count, negative);
    }
    work_end(runtime, work);
    return result;
}

// ---- Conversions --------------------------------------------------------------------------

mn_value_t mn_int_from_int64(mn_runtime_t *runtime, int64_t value) {
    if (mn_small_int_fits(value)) {
        return mn_small_int((mn_small_int_t)value);
    }
    mn_digit_t digits[MN_BIGINT_INT64_DIGITS];
    bool negative;
    size_t count = mn_bigint_from_int64(digits, &negative, value);
    return int_from_digits(runtime, digits, count, negative);
}

mn_value_t mn_int_from_uint64(mn_runtime_t *runtime, uint64_t value) {
    if (value <= (uint64_t)MN_SMALL_INT_MAX) {
        return mn_small_int((mn_small_int_t)value);
    }
    mn_digit_t digits[MN_BIGINT_INT64_DIGITS];
    size_t count = mn_bigint_from_uint64(digits, value);
    return int_from_digits(runtime, digits, count, false);
}

bool mn_int_to_int64(mn_value_t value, int64_t *out) {
    mn_small_int_t n;
    if (small_of(value, &n)) {
        *out = n;
        return true;
    }
    mn_int_view_t view;
    mn_int_view(&view, value);
    return mn_bigint_to_int64(out, view.digits, view.count, view.negative);
}

mn_value_t mn_int_from_double(mn_runtime_t *runtime, double value) {
    if (isnan(value)) {
        return mn_raise(runtime, &mn_type_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(value)) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "cannot convert float infinity to integer");
    }
    double whole = trunc(value);
    // The small-int range is [-2**62, 2**62) (2**30 on 32-bit): both bounds are exact doubles.
    if (whole >= (double)MN_SMALL_INT_MIN && whole < -(double)MN_SMALL_INT_MIN) {
        return mn_small_int((mn_small_int_t)whole);
    }
    mn_digit_t digits[MN_BIGINT_DOUBLE_DIGITS];
    bool negative;
    size_t count = mn_bigint_from_double(digits, &negative, value);
    return int_from_digits(runtime, digits, count, negative);
}

bool mn_int_to_double(mn_runtime_t *runtime, mn_value_t value, double *out) {
    mn_small_int_t n;
    if (small_of(value, &n)) {
        *out = (double)n; // round to nearest, as the conversion of a 64-bit integer rounds
        return true;
    }
    mn_int_view_t view;
    mn_int_view(&view, value);
    if (mn_bigint_to_double(out, view.digits, view.count, view.negative) != MN_BIGINT_OK) {
        (void)mn_raise(runtime, &mn_type_OverflowError, "int too large to convert to float");
        return false;
    }
    return true;
}

// |n| <= 2**53: a double holds n exactly (every small int does on 32-bit targets).
static bool exact_in_double(mn_small_int_t n) {
#if INTPTR_MAX > (1LL << 53)
    return n >= -((mn_small_int_t)1 << 53) && n <= ((mn_small_int_t)1 << 53);
#else
    (void)n;
    return true;
#endif
}

// ---- Comparison and hash ------------------------------------------------------------------

int mn_int_compare(mn_value_t left, mn_value_t right) {
    mn_small_int_t a;
    mn_small_int_t b;
    if (small_of(left, &a) && small_of(right, &b)) {
        return (a > b) - (a < b);
    }
    mn_int_view_t x;
    mn_int_view_t y;
    mn_int_view(&x, left);
    mn_int_view(&y, right);
    return mn_bigint_compare(x.digits, x.count, x.negative, y.digits, y.count, y.negative);
}

int mn_int_compare_double(mn_value_t left, double value) {
    mn_small_int_t a;
    if (small_of(left, &a) && exact_in_double(a)) {
        double x = (double)a;
        return (x > value) - (x < value);
    }
    mn_int_view_t view;
    mn_int_view(&view, left);
    return mn_bigint_compare_double(view.digits, view.count, view.negative, value);
}

intptr_t mn_int_hash(mn_value_t value) {
    mn_small_int_t n;
    if (small_of(value, &n)) {
        return (intptr_t)mn_bigint_hash_int64(n, WIDE_HASH);
    }
    mn_int_view_t view;
    mn_int_view(&view, value);
    return (intptr_t)mn_bigint_hash(view.digits, view.count, view.negative, WIDE_HASH);
}

// ---- Small ints ---------------------------------------------------------------------------

static mn_small_int_t floor_divide(mn_small_int_t a, mn_small_int_t b) {
    mn_small_int_t quotient = a / b;
    if (a % b != 0 && (a < 0) != (b < 0)) {
        quotient--;
    }
    return quotient;
}

static mn_small_int_t floor_remainder(mn_small_int_t a, mn_small_int_t b) {
    mn_small_int_t remainder = a % b;
    if (remainder != 0 && (remainder < 0) != (b < 0)) {
        remainder += b;
    }
    return remainder;
}

// base ** exponent (exponent >= 0) by squaring, false on overflow.
static bool small_power(mn_small_int_t base, mn_small_int_t exponent, mn_small_int_t *out) {
    mn_small_int_t result = 1;
    for (;;) {
        if ((exponent & 1) != 0 && __builtin_mul_overflow(result, base, &result)) {
            return false;
        }
        exponent >>= 1;
        if (exponent == 0) {
            break;
        }
        if (__builtin_mul_overflow(base, base, &base)) {
            return false;
        }
    }
    *out = result;
    return true;
}

static mn_value_t raise_zero_division(mn_runtime_t *runtime, mn_binary_op_t op) {
    return mn_raise(runtime, &mn_type_ZeroDivisionError,
                    op == MN_BINARY_REMAINDER     ? "integer modulo by zero"
                    : op == MN_BINARY_TRUE_DIVIDE ? "division by zero"
                                                  : "integer division or modulo by zero");
}

static mn_value_t raise_negative_shift(mn_runtime_t *runtime) {
    return mn_raise(runtime, &mn_type_ValueError, "negative shift count");
}

// a op b without allocating (but to raise, and for the float of /). MN_NULL when the
// result does not fit a small int or needs the general path.
static mn_value_t small_binary(mn_runtime_t *runtime, mn_binary_op_t op, mn_small_int_t a,
                               mn_small_int_t b) {
    mn_small_int_t result;
    switch (op) {
    case MN_BINARY_ADD:
        if (__builtin_add_overflow(a, b, &result)) {
            return MN_NULL;
        }
        break;
    case MN_BINARY_SUBTRACT:
        if (__builtin_sub_overflow(a, b, &result)) {
            return MN_NULL;
        }
        break;
    case MN_BINARY_MULTIPLY:
        if (__builtin_mul_overflow(a, b, &result)) {
            return MN_NULL;
        }
        break;
    case MN_BINARY_FLOOR_DIVIDE:
        if (b == 0) {
            return raise_zero_division(runtime, op);
        }
        result = floor_divide(a, b); // MIN // -1 does not fit: the range check below
        break;
    case MN_BINARY_REMAINDER:
        if (b == 0) {
            return raise_zero_division(runtime, op);
        }
        result = floor_remainder(a, b);
        break;
    case MN_BINARY_AND:
        result = a & b;
        break;
    case MN_BINARY_OR:
        result = a | b;
        break;
    case MN_BINARY_XOR:
        result = a ^ b;
        break;
    case MN_BINARY_LSHIFT:
        if (b < 0) {
            return raise_negative_shift(runtime);
        }
        if (a == 0) {
            return mn_small_int(0);
        }
        if (b >= (mn_small_int_t)MN_SMALL_INT_BITS ||
            __builtin_mul_overflow(a, (mn_small_int_t)1 << b, &result)) {
            return MN_NULL;
        }
        break;
    case MN_BINARY_RSHIFT: {
        if (b < 0) {
            return raise_negative_shift(runtime);
        }
        // An arithmetic shift floors; |a| < 2**(bits - 1) makes larger counts give 0 or -1.
        const mn_small_int_t widest = MN_SMALL_INT_BITS - 1;
        result = a >> (b < widest ? b : widest);
        break;
    }
    case MN_BINARY_POWER:
        if (b < 0 || !small_power(a, b, &result)) {
            return MN_NULL; // a float, or a big int
        }
        break;
    case MN_BINARY_TRUE_DIVIDE:
        if (b == 0) {
            return raise_zero_division(runtime, op);
        }
        if (!exact_in_double(a) || !exact_in_double(b)) {
            return MN_NULL;
        }
        return mn_float_new(runtime, (double)a / (double)b); // one rounding: correct
    default:
        return MN_NULL;
    }
    return mn_small_int_fits(result) ? mn_small_int(result) : MN_NULL;
}

// ---- Big ints -----------------------------------------------------------------------------

// Re-reads two operands after an allocation. no allocation is done
static void view_both(mn_int_view_t *a, const mn_value_t *left, mn_int_view_t *b,
                      const mn_value_t *right) {
    mn_int_view(a, *left);
    mn_int_view(b, *right);
}

typedef size_t (*digits_binary_t)(mn_digit_t *out, bool *out_negative, const mn_digit_t *a,
                                  size_t a_count, bool a_negative, const mn_digit_t *b,
                                  size_t b_count, bool b_negative);

// + - & | ^: a result of out_digits(a, b) digits and no scratch. may trigger a gc
static mn_value_t simple_binary(mn_runtime_t *runtime, digits_binary_t operation,
                                size_t (*out_digits)(size_t, size_t), const mn_value_t *left,
                                const mn_value_t *right) {
    mn_int_view_t a;
    mn_int_view_t b;
    view_both(&a, left, &b, right);
    work_t work;
    if (!work_begin(runtime, &work, out_digits(a.count, b.count))) {
        return mn_raise_memory_error(runtime);
    }
    view_both(&a, left, &b, right); // the allocation may have moved them
    bool negative;
    size_t count = operation(work.digits, &negative, a.digits, a.count, a.negative, b.digits,
                             b.count, b.negative);
    return work_finish(runtime, &work, count, negative);
}

// may trigger a gc
static mn_value_t multiply(mn_runtime_t *runtime, const mn_value_t *left, const mn_value_t *right) {
    mn_int_view_t a;
    mn_int_view_t b;
    view_both(&a, left, &b, right);
    size_t out_digits = mn_bigint_mul_digits(a.count, b.count);
    size_t scratch_digits = mn_bigint_mul_scratch_digits(a.count, b.count);
    work_t work;
    if (!work_begin(runtime, &work, add_sizes(out_digits, scratch_digits))) {
        return mn_raise_memory_error(runtime);
    }
    view_both(&a, left, &b, right);
    bool negative;
    size_t count =
        mn_bigint_mul(work.digits, &negative, a.digits, a.count, a.negative, b.digits, b.count,
                      b.negative, scratch_digits != 0 ? work.digits + out_digits : NULL);
    return work_finish(runtime, &work, count, negative);
}

// a // b or a % b. may trigger a gc
static mn_value_t divide(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                         const mn_value_t *right) {
    mn_int_view_t a;
    mn_int_view_t b;
    view_both(&a, left, &b, right);
    if (b.count == 0) {
        return raise_zero_division(runtime, op);
    }
    bool remainder = op == MN_BINARY_REMAINDER;
    size_t out_digits = remainder ? mn_bigint_remainder_digits(a.count, b.count)
                                  : mn_bigint_quotient_digits(a.count, b.count);
    work_t work;
    if (!work_begin(runtime, &work,
                    add_sizes(out_digits, mn_bigint_divmod_scratch_digits(a.count, b.count)))) {
        return mn_raise_memory_error(runtime);
    }
    view_both(&a, left, &b, right);
    mn_digit_t *scratch = work.digits + out_digits;
    size_t count;
    bool negative;
    mn_bigint_status_t status =
        remainder ? mn_bigint_divmod(NULL, NULL, NULL, work.digits, &count, &negative, a.digits,
                                     a.count, a.negative, b.digits, b.count, b.negative, scratch)
                  : mn_bigint_divmod(work.digits, &count, &negative, NULL, NULL, NULL, a.digits,
                                     a.count, a.negative, b.digits, b.count, b.negative, scratch);
    (void)status; // the divisor is not zero
    return work_finish(runtime, &work, count, negative);
}

// Fills *quotient and *remainder (rooted) with a // b and a % b; returns MN_EXCEPTION or
// MN_NONE. may trigger a gc
static mn_value_t divmod_into(mn_runtime_t *runtime, const mn_value_t *left,
                              const mn_value_t *right, mn_value_t *quotient,
                              mn_value_t *remainder) {
    mn_small_int_t x;
    mn_small_int_t y;
    if (small_of(*left, &x) && small_of(*right, &y)) {
        if (y == 0) {
            return raise_zero_division(runtime, MN_BINARY_FLOOR_DIVIDE);
        }
        *remainder = mn_small_int(floor_remainder(x, y));
        *quotient = mn_int_from_int64(runtime, floor_divide(x, y)); // MIN // -1 is big
        return *quotient == MN_EXCEPTION ? MN_EXCEPTION : MN_NONE;
    }
    mn_int_view_t a;
    mn_int_view_t b;
    view_both(&a, left, &b, right);
    if (b.count == 0) {
        return raise_zero_division(runtime, MN_BINARY_FLOOR_DIVIDE);
    }
    // [quotient][remainder][scratch]
    size_t q_digits = mn_bigint_quotient_digits(a.count, b.count);
    size_t r_digits = mn_bigint_remainder_digits(a.count, b.count);
    size_t digits =
        add_sizes(add_sizes(q_digits, r_digits), mn_bigint_divmod_scratch_digits(a.count, b.count));
    work_t work;
    if (!work_begin(runtime, &work, digits)) {
        return mn_raise_memory_error(runtime);
    }
    view_both(&a, left, &b, right);
    size_t q_count;
    size_t r_count;
    bool q_negative;
    bool r_negative;
    mn_bigint_status_t status = mn_bigint_divmod(
        work.digits, &q_count, &q_negative, work.digits + q_digits, &r_count, &r_negative, a.digits,
        a.count, a.negative, b.digits, b.count, b.negative, work.digits + q_digits + r_digits);
    (void)status; // the divisor is not zero
    *remainder = work_copy(runtime, &work, q_digits, r_count, r_negative);
    if (*remainder == MN_EXCEPTION) {
        work_end(runtime, &work);
        return MN_EXCEPTION;
    }
    *quotient = work_finish(runtime, &work, q_count, q_negative);
    return *quotient == MN_EXCEPTION ? MN_EXCEPTION : MN_NONE;
}

// A tuple of two rooted values. may trigger a gc
static mn_value_t make_pair(mn_runtime_t *runtime, const mn_value_t *first,
                            const mn_value_t *second) {
    mn_tuple_t *tuple = mn_tuple_new(runtime, 2);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    tuple->items[0] = *first;
    tuple->items[1] = *second;
    return mn_object_value(tuple);
}

mn_value_t mn_int_divmod(mn_runtime_t *runtime, const mn_value_t *left, const mn_value_t *right) {
    mn_gc_ref_t quotient_ref;
    mn_gc_ref_t remainder_ref;
    mn_value_t *quotient = mn_root_push(&runtime->heap, &quotient_ref);
    mn_value_t *remainder = mn_root_push(&runtime->heap, &remainder_ref);
    mn_value_t result = divmod_into(runtime, left, right, quotient, remainder);
    if (result != MN_EXCEPTION) {
        result = make_pair(runtime, quotient, remainder);
    }
    mn_root_pop(&runtime->heap, &remainder_ref);
    mn_root_pop(&runtime->heap, &quotient_ref);
    return result;
}

// a / b, correctly rounded. may trigger a gc
static mn_value_t true_divide(mn_runtime_t *runtime, const mn_value_t *left,
                              const mn_value_t *right) {
    mn_int_view_t a;
    mn_int_view_t b;
    view_both(&a, left, &b, right);
    if (b.count == 0) {
        return raise_zero_division(runtime, MN_BINARY_TRUE_DIVIDE);
    }
    work_t work;
    if (!work_begin(runtime, &work, mn_bigint_true_divide_scratch_digits(a.count, b.count))) {
        return mn_raise_memory_error(runtime);
    }
    view_both(&a, left, &b, right);
    double result;
    mn_bigint_status_t status = mn_bigint_true_divide(&result, a.digits, a.count, a.negative,
                                                      b.digits, b.count, b.negative, work.digits);
    work_end(runtime, &work);
    if (status != MN_BIGINT_OK) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "integer division result too large for a float");
    }
    return mn_float_new(runtime, result);
}

static bool is_magnitude_one(const mn_int_view_t *view) {
    return view->count == 1 && view->digits[0] == 1;
}

// a ** b. may trigger a gc
static mn_value_t power(mn_runtime_t *runtime, const mn_value_t *left, const mn_value_t *right) {
    mn_int_view_t a;
    mn_int_view_t e;
    view_both(&a, left, &e, right);
    if (e.negative) {
        // A float, as in CPython: both operands become floats, then float ** float.
        double x;
        double y;
        if (!mn_int_to_double(runtime, *left, &x) || !mn_int_to_double(runtime, *right, &y)) {
            return MN_EXCEPTION;
        }
        return mn_float_binary_double(runtime, MN_BINARY_POWER, x, y);
    }
    uint64_t exponent;
    if (!mn_bigint_to_uint64(&exponent, e.digits, e.count, false)) {
        // An exponent beyond 2**64: only 0, 1 and -1 have a power that fits any memory.
        if (a.count == 0) {
            return mn_small_int(0);
        }
        if (is_magnitude_one(&a)) {
            return mn_small_int(a.negative && (e.digits[0] & 1) != 0 ? -1 : 1);
        }
        return raise_too_large(runtime);
    }
    size_t out_digits = mn_bigint_pow_digits(a.digits, a.count, exponent);
    size_t scratch_digits = mn_bigint_pow_scratch_digits(a.digits, a.count, exponent);
    work_t work;
    if (!work_begin(runtime, &work, add_sizes(out_digits, scratch_digits))) {
        return mn_raise_memory_error(runtime);
    }
    mn_int_view(&a, *left);
    bool negative;
    size_t count = mn_bigint_pow(work.digits, &negative, a.digits, a.count, a.negative, exponent,
                                 work.digits + out_digits);
    return work_finish(runtime, &work, count, negative);
}

// The shift count in value: false (ValueError raised) when negative; counts beyond size_t
// become SIZE_MAX, which no result can reach. may trigger a gc (only to raise)
static bool shift_count(mn_runtime_t *runtime, mn_value_t value, size_t *count) {
    mn_int_view_t view;
    mn_int_view(&view, value);
    if (view.negative) {
        (void)raise_negative_shift(runtime);
        return false;
    }
    uint64_t n;
    if (!mn_bigint_to_uint64(&n, view.digits, view.count, false) || (size_t)n != n) {
        n = SIZE_MAX;
    }
    *count = (size_t)n;
    return true;
}

// a << b, a >> b. may trigger a gc
static mn_value_t shift(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                        const mn_value_t *right) {
    size_t count;
    if (!shift_count(runtime, *right, &count)) {
        return MN_EXCEPTION;
    }
    mn_int_view_t a;
    mn_int_view(&a, *left);
    if (a.count == 0) {
        return mn_small_int(0);
    }
    bool left_shift = op == MN_BINARY_LSHIFT;
    if (!left_shift && count / MN_DIGIT_BITS >= a.count) {
        return mn_small_int(a.negative ? -1 : 0); // every bit shifted out: floors to -1
    }
    size_t out_digits = left_shift ? mn_bigint_lshift_digits(a.count, count)
                                   : mn_bigint_rshift_digits(a.count, count);
    work_t work;
    if (!work_begin(runtime, &work, out_digits)) {
        return mn_raise_memory_error(runtime);
    }
    mn_int_view(&a, *left);
    bool negative;
    size_t result_count =
        left_shift ? mn_bigint_lshift(work.digits, &negative, a.digits, a.count, a.negative, count)
                   : mn_bigint_rshift(work.digits, &negative, a.digits, a.count, a.negative, count);
    return work_finish(runtime, &work, result_count, negative);
}

mn_value_t mn_int_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                         const mn_value_t *right) {
    op = mn_binary_op_plain(op);
    bool bitwise = op == MN_BINARY_AND || op == MN_BINARY_OR || op == MN_BINARY_XOR;
    if (bitwise && is_bool(*left) && is_bool(*right)) {
        bool x = *left == MN_TRUE;
        bool y = *right == MN_TRUE;
        return mn_bool(op == MN_BINARY_AND ? x && y : op == MN_BINARY_OR ? x || y : x != y);
    }
    mn_small_int_t a;
    mn_small_int_t b;
    if (small_of(*left, &a) && small_of(*right, &b)) {
        mn_value_t result = small_binary(runtime, op, a, b);
        if (result != MN_NULL) {
            return result;
        }
    }
    switch (op) {
    case MN_BINARY_ADD:
        return simple_binary(runtime, mn_bigint_add, mn_bigint_add_digits, left, right);
    case MN_BINARY_SUBTRACT:
        return simple_binary(runtime, mn_bigint_sub, mn_bigint_add_digits, left, right);
    case MN_BINARY_AND:
        return simple_binary(runtime, mn_bigint_and, mn_bigint_bitwise_digits, left, right);
    case MN_BINARY_OR:
        return simple_binary(runtime, mn_bigint_or, mn_bigint_bitwise_digits, left, right);
    case MN_BINARY_XOR:
        return simple_binary(runtime, mn_bigint_xor, mn_bigint_bitwise_digits, left, right);
    case MN_BINARY_MULTIPLY:
        return multiply(runtime, left, right);
    case MN_BINARY_FLOOR_DIVIDE:
    case MN_BINARY_REMAINDER:
        return divide(runtime, op, left, right);
    case MN_BINARY_TRUE_DIVIDE:
        return true_divide(runtime, left, right);
    case MN_BINARY_POWER:
        return power(runtime, left, right);
    case MN_BINARY_LSHIFT:
    case MN_BINARY_RSHIFT:
        return shift(runtime, op, left, right);
    default:
        return MN_NOT_IMPLEMENTED; // @
    }
}

mn_value_t mn_int_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *operand) {
    mn_small_int_t n;
    if (small_of(*operand, &n)) {
        switch (op) {
        case MN_UNARY_NEGATIVE:
            return mn_int_from_int64(runtime, -(int64_t)n); // -MIN is big
        case MN_UNARY_POSITIVE:
            return mn_small_int(n);
        case MN_UNARY_INVERT:
            return mn_small_int(~n); // ~MIN == MAX
        case MN_UNARY_ABSOLUTE:
            return mn_int_from_int64(runtime, n < 0 ? -(int64_t)n : n);
        default:
            return MN_NOT_IMPLEMENTED;
        }
    }
    mn_int_view_t a;
    mn_int_view(&a, *operand);
    if (op == MN_UNARY_POSITIVE || (op == MN_UNARY_ABSOLUTE && !a.negative)) {
        return *operand; // immutable: the same object
    }
    if (op != MN_UNARY_NEGATIVE && op != MN_UNARY_ABSOLUTE && op != MN_UNARY_INVERT) {
        return MN_NOT_IMPLEMENTED;
    }
    work_t work;
    if (!work_begin(runtime, &work,
                    op == MN_UNARY_INVERT ? mn_bigint_invert_digits(a.count) : a.count)) {
        return mn_raise_memory_error(runtime);
    }
    mn_int_view(&a, *operand);
    bool negative;
    size_t count;
    if (op == MN_UNARY_INVERT) {
        count = mn_bigint_invert(work.digits, &negative, a.digits, a.count, a.negative);
    } else {
        // -x and abs(x) of a big int: its digits with another sign (-(2**62) is small again).
        memcpy(work.digits, a.digits, a.count * sizeof(mn_digit_t));
        count = a.count;
        negative = op == MN_UNARY_NEGATIVE && !a.negative;
    }
    return work_finish(runtime, &work, count, negative);
}

// ---- pow(a, b, m) -------------------------------------------------------------------------

// Rooted slots for the values of a computation in several steps, popped in reverse order.
#define SLOTS_MAX 6
typedef struct slots {
    mn_gc_ref_t refs[SLOTS_MAX];
    unsigned count;
} slots_t;

static mn_value_t *slots_push(mn_runtime_t *runtime, slots_t *slots, mn_value_t value) {
    mn_value_t *slot = mn_root_push(&runtime->heap, &slots->refs[slots->count++]);
    *slot = value;
    return slot;
}

static void slots_pop(mn_runtime_t *runtime, slots_t *slots) {
    while (slots->count > 0) {
        mn_root_pop(&runtime->heap, &slots->refs[--slots->count]);
    }
}

// The inverse of *value modulo |*modulus| by the extended Euclidean algorithm, as CPython's
// long_invmod; ValueError when there is none. may trigger a gc
static mn_value_t inverse_modulo(mn_runtime_t *runtime, const mn_value_t *value,
                                 const mn_value_t *modulus) {
    slots_t slots = {.count = 0};
    mn_value_t *a = slots_push(runtime, &slots, *value);
    mn_value_t *n = slots_push(runtime, &slots, MN_NULL);
    mn_value_t *b = slots_push(runtime, &slots, mn_small_int(1));
    mn_value_t *c = slots_push(runtime, &slots, mn_small_int(0));
    mn_value_t *q = slots_push(runtime, &slots, MN_NULL);
    mn_value_t *t = slots_push(runtime, &slots, MN_NULL);
    mn_value_t result = MN_EXCEPTION;
    *n = mn_int_unary(runtime, MN_UNARY_ABSOLUTE, modulus);
    if (*n == MN_EXCEPTION) {
        goto done;
    }
    // Invariant: b * value == a and c * value == n, modulo |modulus|.
    while (*n != mn_small_int(0)) {
        // q, r = divmod(a, n); a, n = n, r; b, c = c, b - q * c
        if ((*q = mn_int_binary(runtime, MN_BINARY_FLOOR_DIVIDE, a, n)) == MN_EXCEPTION ||
            (*t = mn_int_binary(runtime, MN_BINARY_REMAINDER, a, n)) == MN_EXCEPTION) {
            goto done;
        }
        *a = *n;
        *n = *t;
        if ((*t = mn_int_binary(runtime, MN_BINARY_MULTIPLY, q, c)) == MN_EXCEPTION ||
            (*t = mn_int_binary(runtime, MN_BINARY_SUBTRACT, b, t)) == MN_EXCEPTION) {
            goto done;
        }
        *b = *c;
        *c = *t;
    }
    if (*a != mn_small_int(1)) {
        result =
            mn_raise(runtime, &mn_type_ValueError, "base is not invertible for the given modulus");
    } else {
        result = *b;
    }
done:
    slots_pop(runtime, &slots);
    return result;
}

// pow(a, e, m) for e >= 0 and m not zero. may trigger a gc
static mn_value_t power_modulo(mn_runtime_t *runtime, const mn_value_t *base,
                               const mn_value_t *exponent, const mn_value_t *modulus) {
    mn_int_view_t a;
    mn_int_view_t e;
    mn_int_view_t m;
    mn_int_view(&a, *base);
    mn_int_view(&m, *modulus);
    size_t scratch_digits = mn_bigint_powmod_scratch_digits(a.count, m.count);
    work_t work;
    if (!work_begin(runtime, &work, add_sizes(m.count, scratch_digits))) {
        return mn_raise_memory_error(runtime);
    }
    view_both(&a, base, &e, exponent);
    mn_int_view(&m, *modulus);
    bool negative;
    size_t count = mn_bigint_powmod(work.digits, &negative, a.digits, a.count, a.negative, e.digits,
                                    e.count, m.digits, m.count, m.negative, work.digits + m.count);
    return work_finish(runtime, &work, count, negative);
}

mn_value_t mn_int_power_mod(mn_runtime_t *runtime, const mn_value_t *base,
                            const mn_value_t *exponent, const mn_value_t *modulus) {
    mn_int_view_t m;
    mn_int_view(&m, *modulus);
    if (m.count == 0) {
        return mn_raise(runtime, &mn_type_ValueError, "pow() 3rd argument cannot be 0");
    }
    if (is_magnitude_one(&m)) {
        return mn_small_int(0);
    }
    if (mn_int_compare(*exponent, mn_small_int(0)) >= 0) {
        return power_modulo(runtime, base, exponent, modulus);
    }
    // pow(a, -e, m) == pow(inverse of a, e, m)
    slots_t slots = {.count = 0};
    mn_value_t *inverse = slots_push(runtime, &slots, MN_NULL);
    mn_value_t *positive = slots_push(runtime, &slots, MN_NULL);
    mn_value_t result = MN_EXCEPTION;
    if ((*inverse = inverse_modulo(runtime, base, modulus)) != MN_EXCEPTION &&
        (*positive = mn_int_unary(runtime, MN_UNARY_NEGATIVE, exponent)) != MN_EXCEPTION) {
        result = power_modulo(runtime, inverse, positive, modulus);
    }
    slots_pop(runtime, &slots);
    return result;
}

// ---- round(x, n) --------------------------------------------------------------------------

mn_value_t mn_int_round(mn_runtime_t *runtime, const mn_value_t *value, const mn_value_t *ndigits) {
    mn_int_view_t n;
    mn_int_view(&n, *ndigits);
    if (!n.negative) {
        return mn_int_unary(runtime, MN_UNARY_POSITIVE, value); // bools become ints
    }
    // 10**k > 2|x| rounds x to 0: so does every k above x's decimal digits (at most one more
    // than mn_bigint_decimal_digits_min) plus one, and every k beyond 64 bits.
    mn_int_view_t x;
    mn_int_view(&x, *value);
    uint64_t k;
    if (!mn_bigint_to_uint64(&k, n.digits, n.count, false) ||
        k > (uint64_t)mn_bigint_decimal_digits_min(x.digits, x.count) + 1) {
        return mn_small_int(0);
    }
    // r = x mod 10**k in [0, 10**k); x - r, plus 10**k when r is above half, or is half and
    // x // 10**k is odd (ties to even), as CPython's divmod_near.
    slots_t slots = {.count = 0};
    mn_value_t ten = mn_small_int(10);
    mn_value_t exponent = mn_small_int((mn_small_int_t)k); // k fits: bounded by memory
    mn_value_t *scale = slots_push(runtime, &slots, MN_NULL);
    mn_value_t *remainder = slots_push(runtime, &slots, MN_NULL);
    mn_value_t *quotient = slots_push(runtime, &slots, MN_NULL);
    mn_value_t *temporary = slots_push(runtime, &slots, MN_NULL);
    mn_value_t result = MN_EXCEPTION;
    if ((*scale = mn_int_binary(runtime, MN_BINARY_POWER, &ten, &exponent)) == MN_EXCEPTION ||
        (*remainder = mn_int_binary(runtime, MN_BINARY_REMAINDER, value, scale)) == MN_EXCEPTION ||
        (*quotient = mn_int_binary(runtime, MN_BINARY_FLOOR_DIVIDE, value, scale)) ==
            MN_EXCEPTION ||
        (*temporary = mn_int_binary(runtime, MN_BINARY_ADD, remainder, remainder)) ==
            MN_EXCEPTION) {
        goto done;
    }
    int order = mn_int_compare(*temporary, *scale);
    mn_int_view_t q;
    mn_int_view(&q, *quotient);
    bool up = order > 0 || (order == 0 && q.count != 0 && (q.digits[0] & 1) != 0);
    if ((*temporary = mn_int_binary(runtime, MN_BINARY_SUBTRACT, value, remainder)) ==
        MN_EXCEPTION) {
        goto done;
    }
    result = up ? mn_int_binary(runtime, MN_BINARY_ADD, temporary, scale) : *temporary;
done:
    slots_pop(runtime, &slots);
    return result;
}

// ---- Text ---------------------------------------------------------------------------------

static mn_value_t raise_str_limit(mn_runtime_t *runtime) {
    return mn_raise(runtime, &mn_type_ValueError,
                    "Exceeds the limit (%z digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    (size_t)MN_BIGINT_MAX_STR_DIGITS);
}

// Writes the sign and the prefix in front of the digits.
static void write_head(char *text, bool negative, const char *prefix, size_t prefix_length) {
    if (negative) {
        *text++ = '-';
    }
    memcpy(text, prefix, prefix_length);
}

mn_value_t mn_int_to_str(mn_runtime_t *runtime, const mn_value_t *value, unsigned base,
                         bool prefix) {
    mn_int_view_t a;
    mn_int_view(&a, *value);
    // Decimal text is limited as in CPython; a number far beyond the limit costs nothing.
    const size_t limit = MN_BIGINT_MAX_STR_DIGITS;
    if (base == 10 &&
        mn_bigint_str_digits_exceed(mn_bigint_decimal_digits_min(a.digits, a.count), limit)) {
        return raise_str_limit(runtime);
    }
    const char *prefix_text = !prefix      ? ""
                              : base == 2  ? "0b"
                              : base == 8  ? "0o"
                              : base == 16 ? "0x"
                                           : "";
    size_t prefix_length = strlen(prefix_text);
    size_t head = (a.negative ? 1 : 0) + prefix_length; // sign and prefix before the digits
    if (a.digits == a.small) {
        // At most 64 bits: on the C stack, then copied.
        char text[4 + 64 + 1];
        mn_digit_t scratch[MN_BIGINT_INT64_DIGITS];
        write_head(text, a.negative, prefix_text, prefix_length);
        size_t length =
            head + mn_bigint_to_string(text + head, a.digits, a.count, false, base, scratch);
        mn_str_t *str = mn_str_new(runtime, text, length);
        return str != NULL ? mn_object_value(str) : mn_raise_memory_error(runtime);
    }
    // One str block: the text, then (at an even offset) the scratch of the conversion.
    size_t text_bytes = head + mn_bigint_to_string_size(a.count, base);
    text_bytes += text_bytes & 1;
    size_t scratch_digits = mn_bigint_to_string_scratch_digits(a.count, base);
    size_t bytes = mn_str_bytes_for(text_bytes) + scratch_digits * sizeof(mn_digit_t);
    mn_str_t *str = mn_heap_alloc(&runtime->heap, MN_TAG_STR, bytes);
    if (str == NULL) {
        return mn_raise_memory_error(runtime);
    }
    mn_int_view(&a, *value);
    mn_digit_t *scratch = (mn_digit_t *)(void *)(str->bytes + text_bytes);
    size_t digit_chars =
        mn_bigint_to_string(str->bytes + head, a.digits, a.count, false, base, scratch);
    if (base == 10 && mn_bigint_str_digits_exceed(digit_chars, limit)) {
        return raise_str_limit(runtime);
    }
    write_head(str->bytes, a.negative, prefix_text, prefix_length);
    size_t length = head + digit_chars;
    str->length_flags = (mn_word_t)length << 2 | MN_STR_ASCII;
    mn_heap_shrink(&runtime->heap, str, mn_str_bytes_for(length));
    return mn_object_value(str);
}

mn_value_t mn_int_parse(mn_runtime_t *runtime, const mn_value_t *text, int64_t base) {
    if (base != 0 && (base < 2 || base > 36)) {
        return mn_raise(runtime, &mn_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    const mn_str_t *str = mn_qstr_str(*text);
    mn_bigint_literal_t literal;
    if (mn_bigint_scan(&literal, str->bytes, mn_str_length(str), (unsigned)base) != MN_BIGINT_OK) {
        char message[48] = "invalid literal for int() with base ";
        size_t length = strlen(message);
        if (base >= 10) {
            message[length++] = (char)('0' + base / 10);
        }
        message[length++] = (char)('0' + base % 10);
        memcpy(message + length, ": ", 3);
        return mn_number_raise_text_error(runtime, message, text, 200);
    }
    if (mn_bigint_literal_exceeds_limit(&literal, MN_BIGINT_MAX_STR_DIGITS)) {
        return mn_raise(runtime, &mn_type_ValueError,
                        "Exceeds the limit (%z digits) for integer string conversion: value has "
                        "%z digits; use sys.set_int_max_str_digits() to increase the limit",
                        (size_t)MN_BIGINT_MAX_STR_DIGITS, literal.digit_count);
    }
    work_t work;
    if (!work_begin(runtime, &work, mn_bigint_literal_digits(&literal))) {
        return mn_raise_memory_error(runtime);
    }
    str = mn_qstr_str(*text); // the allocation may have moved it
    bool negative;
    size_t count = mn_bigint_from_literal(work.digits, &negative, str->bytes, &literal);
    return work_finish(runtime, &work, count, negative);
}
