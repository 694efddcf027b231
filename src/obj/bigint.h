// The arithmetic core of Python's arbitrary-precision int: pure functions over digit arrays.
//
// Representation. A number is a magnitude plus a separate sign. The magnitude is an array of
// 16-bit digits (base 2^16), least significant first; products of two digits fit a uint32_t,
// so nothing here needs a 64-bit multiply (Cortex-M0..M4 friendly). A normalized number has
// no leading zero digits: zero has 0 digits, and zero is never negative. Every function
// reads normalized operands and returns its result normalized, giving the digit count as its
// value (or through a pointer) and the sign through a `bool *negative`.
//
// Memory. No function here allocates, and none keeps a pointer after it returns: the object
// layer allocates the result (and any scratch block) in its moving heap first, then calls
// with plain pointers, which stay valid because nothing in between can allocate. For every
// result there is a size function giving the digits the caller must provide for operands
// of the given sizes (a bound; the normalized count returned may be smaller). Scratch
// buffers, where an operation needs them, have their own size function; a size of 0 means
// the pointer may be NULL. Unless a function says otherwise, an output must not overlap any
// input or scratch buffer. Every function here: no allocation is done.
//
// Sizes. A digit count is the count of an array that exists, so sums of a few counts never
// overflow size_t. Size functions whose result grows with a value (a shift count, an
// exponent) return SIZE_MAX for anything above MN_BIGINT_DIGITS_MAX digits (a quarter of
// the address space, so that a count below it converts to bytes, plus a header, without
// overflow): no allocation satisfies it, and the caller raises MemoryError (CPython raises
// OverflowError or MemoryError for such requests).
//
// Errors. Functions that can fail return mn_bigint_status_t, and the caller raises the
// Python exception named beside each code; the result buffers are then unspecified.
#ifndef MN_OBJ_BIGINT_H
#define MN_OBJ_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint16_t mn_digit_t;

#define MN_DIGIT_BITS 16
#define MN_DIGIT_MASK 0xffffu

#if defined(__GNUC__) || defined(__clang__)
#define MN_BIGINT_MUST_CHECK __attribute__((warn_unused_result))
#else
#define MN_BIGINT_MUST_CHECK
#endif

typedef enum mn_bigint_status {
    MN_BIGINT_OK = 0,
    MN_BIGINT_ZERO_DIVISION,   // ZeroDivisionError
    MN_BIGINT_OVERFLOW,        // OverflowError; each function names its message
    MN_BIGINT_INVALID_LITERAL, // ValueError: invalid literal for int() with base N: '...'
    MN_BIGINT_INVALID_BASE,    // ValueError: int() base must be >= 2 and <= 36, or 0
} mn_bigint_status_t;

#define MN_BIGINT_DIGITS_MAX (SIZE_MAX / 4)

static inline size_t mn_bigint_max_count(size_t a_count, size_t b_count) {
    return a_count > b_count ? a_count : b_count;
}

// Count of `digits` once leading zeros are dropped.
size_t mn_bigint_normalize(const mn_digit_t *digits, size_t count);

// Bits of |a| (int.bit_length()); 0 for zero.
size_t mn_bigint_bit_length(const mn_digit_t *a, size_t a_count);
// Bits set in |a| (int.bit_count()).
size_t mn_bigint_bit_count(const mn_digit_t *a, size_t a_count);

// ---- Comparison -------------------------------------------------------------------------

// -1, 0 or 1 as |a| is less than, equal to or greater than |b|.
int mn_bigint_compare_magnitude(const mn_digit_t *a, size_t a_count, const mn_digit_t *b,
                                size_t b_count);
// -1, 0 or 1 as a is less than, equal to or greater than b.
int mn_bigint_compare(const mn_digit_t *a, size_t a_count, bool a_negative, const mn_digit_t *b,
                      size_t b_count, bool b_negative);

// ---- Addition and subtraction -----------------------------------------------------------
//
// out = a + b, out = a - b. `out` has mn_bigint_add_digits(a_count, b_count) digits and may
// be the same array as a or b (in-place update); no other overlap.

static inline size_t mn_bigint_add_digits(size_t a_count, size_t b_count) {
    return mn_bigint_max_count(a_count, b_count) + 1;
}
size_t mn_bigint_add(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative);
size_t mn_bigint_sub(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative);

// ---- Multiplication ---------------------------------------------------------------------
//
// out = a * b, with a_count + b_count digits. Schoolbook below MN_BIGINT_KARATSUBA_CUTOFF
// digits in the smaller operand (and below twice that for a square, a == b, which has a
// schoolbook path of half the work), Karatsuba above it when `scratch` holds
// mn_bigint_mul_scratch_digits(a_count, b_count) digits; with scratch NULL it is always
// schoolbook. The scratch size is a bound that grows with the
// larger count: a scratch sized for (x, y) serves every product of operands no larger.

#define MN_BIGINT_KARATSUBA_CUTOFF 40

static inline size_t mn_bigint_mul_digits(size_t a_count, size_t b_count) {
    return a_count + b_count;
}
size_t mn_bigint_mul_scratch_digits(size_t a_count, size_t b_count);
size_t mn_bigint_mul(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative,
                     mn_digit_t *scratch);

// ---- Division ---------------------------------------------------------------------------
//
// Python's divmod(a, b): q = floor(a / b) (rounds toward negative infinity) and
// r = a - q*b, which is zero or has b's sign, with |r| < |b|. Knuth's algorithm D (TAOCP
// vol. 2, 4.3.1) for divisors of two digits or more, short division for one digit.
//   q: mn_bigint_quotient_digits(a_count, b_count) digits, or NULL for a % b alone;
//   r: mn_bigint_remainder_digits(a_count, b_count) digits, or NULL for a // b alone;
//   scratch: mn_bigint_divmod_scratch_digits(a_count, b_count) digits.
// The quotient has room for one digit more than |a| / |b| can have: flooring a negative
// quotient adds one to its magnitude (-(2^32 - 1) // 2^16 == -2^16 needs two digits).
// Returns MN_BIGINT_ZERO_DIVISION when b is zero ("integer division or modulo by zero").

static inline size_t mn_bigint_quotient_digits(size_t a_count, size_t b_count) {
    return a_count >= b_count ? a_count - b_count + 2 : 1;
}
static inline size_t mn_bigint_remainder_digits(size_t a_count, size_t b_count) {
    (void)a_count;
    return b_count;
}
size_t mn_bigint_divmod_scratch_digits(size_t a_count, size_t b_count);
MN_BIGINT_MUST_CHECK mn_bigint_status_t
mn_bigint_divmod(mn_digit_t *q, size_t *q_count, bool *q_negative, mn_digit_t *r, size_t *r_count,
                 bool *r_negative, const mn_digit_t *a, size_t a_count, bool a_negative,
                 const mn_digit_t *b, size_t b_count, bool b_negative, mn_digit_t *scratch);

// a / b as a double, correctly rounded (round-half-even), as CPython's long_true_divide:
// the same result for every pair, 10**30 / 7 included, and subnormal results rounded once.
// scratch: mn_bigint_true_divide_scratch_digits(a_count, b_count) digits (0 for divisors of
// up to MN_BIGINT_TRUE_DIVIDE_STACK_DIVISOR digits, which use the C stack). Returns
// MN_BIGINT_ZERO_DIVISION ("division by zero") or MN_BIGINT_OVERFLOW ("integer division
// result too large for a float").
#define MN_BIGINT_TRUE_DIVIDE_STACK_DIVISOR 16
size_t mn_bigint_true_divide_scratch_digits(size_t a_count, size_t b_count);
MN_BIGINT_MUST_CHECK mn_bigint_status_t mn_bigint_true_divide(double *out, const mn_digit_t *a,
                                                              size_t a_count, bool a_negative,
                                                              const mn_digit_t *b, size_t b_count,
                                                              bool b_negative, mn_digit_t *scratch);

// ---- Powers -----------------------------------------------------------------------------
//
// out = a ** exponent by left-to-right binary exponentiation (squarings and multiplies by
// a, ping-ponging between out and scratch). 0 ** 0 == 1. out holds
// mn_bigint_pow_digits(...) digits: the digits of exponent * log2|a| bits (computed in
// floating point with a margin, so 3 ** e is not sized as 4 ** e) plus one, since the last
// product is written at full width; scratch holds mn_bigint_pow_scratch_digits(...). Both
// are SIZE_MAX when the result is too large to represent: the caller raises MemoryError. A
// negative exponent is the caller's business (it gives a float in Python).
size_t mn_bigint_pow_digits(const mn_digit_t *a, size_t a_count, uint64_t exponent);
size_t mn_bigint_pow_scratch_digits(const mn_digit_t *a, size_t a_count, uint64_t exponent);
size_t mn_bigint_pow(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, uint64_t exponent, mn_digit_t *scratch);

// out = pow(a, e, m) for e >= 0 and m != 0 (the caller raises "pow() 3rd argument cannot be
// 0" and handles negative exponents): the result is zero or has m's sign, like a % m.
// out holds m_count digits; scratch mn_bigint_powmod_scratch_digits(a_count, m_count).
size_t mn_bigint_powmod_scratch_digits(size_t a_count, size_t m_count);
size_t mn_bigint_powmod(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative, const mn_digit_t *e, size_t e_count, const mn_digit_t *m,
                        size_t m_count, bool m_negative, mn_digit_t *scratch);

// ---- Shifts -----------------------------------------------------------------------------
//
// out = a << shift; out = a >> shift, which floors like Python (-5 >> 1 == -3). The caller
// rejects negative counts ("negative shift count") and clamps huge right shifts to SIZE_MAX
// (any count of 16 * a_count bits or more gives 0 or -1).

static inline size_t mn_bigint_lshift_digits(size_t a_count, size_t shift) {
    size_t more = shift / MN_DIGIT_BITS + 1;
    return a_count >= MN_BIGINT_DIGITS_MAX || more > MN_BIGINT_DIGITS_MAX - a_count
               ? SIZE_MAX
               : a_count + more;
}
static inline size_t mn_bigint_rshift_digits(size_t a_count, size_t shift) {
    size_t dropped = shift / MN_DIGIT_BITS;
    return (a_count > dropped ? a_count - dropped : 0) + 1; // + 1: flooring may carry
}
size_t mn_bigint_lshift(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative, size_t shift);
size_t mn_bigint_rshift(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative, size_t shift);

// ---- Bitwise operations -----------------------------------------------------------------
//
// &, |, ^ and ~ on Python's infinite two's complement: a negative number behaves as if it
// had infinitely many leading one bits (-1 & 0xff == 0xff, ~5 == -6). Computed in one pass
// without converting the operands in memory. out has mn_bigint_bitwise_digits(...) digits
// (mn_bigint_invert_digits for ~): -0x8000 & -0x8001 == -0x10000 is longer than both.

static inline size_t mn_bigint_bitwise_digits(size_t a_count, size_t b_count) {
    return mn_bigint_max_count(a_count, b_count) + 1;
}
static inline size_t mn_bigint_invert_digits(size_t a_count) {
    return a_count + 1;
}
size_t mn_bigint_and(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative);
size_t mn_bigint_or(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                    bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative);
size_t mn_bigint_xor(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative);
size_t mn_bigint_invert(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative);

// ---- Machine integers -------------------------------------------------------------------
//
// The object layer keeps small ints as tagged immediates (31 bits on 32-bit targets, 63 on
// 64-bit) and comes here when a result overflows: a small int converts into a buffer of
// MN_BIGINT_INT64_DIGITS digits (a C local will do), and a bigint result that fits goes back
// with mn_bigint_to_int64 and a range check.

#define MN_BIGINT_INT64_DIGITS 4

size_t mn_bigint_from_int64(mn_digit_t *out, bool *out_negative, int64_t value);
size_t mn_bigint_from_uint64(mn_digit_t *out, uint64_t value);
// False when a is out of range (OverflowError). to_uint64 is also false for negative a
// (CPython: "can't convert negative int to unsigned"; the caller tests the sign first).
MN_BIGINT_MUST_CHECK bool mn_bigint_to_int64(int64_t *value, const mn_digit_t *a, size_t a_count,
                                             bool a_negative);
MN_BIGINT_MUST_CHECK bool mn_bigint_to_uint64(uint64_t *value, const mn_digit_t *a, size_t a_count,
                                              bool a_negative);

// ---- Floats -----------------------------------------------------------------------------

// float(a), correctly rounded (round-half-even). MN_BIGINT_OVERFLOW: "int too large to
// convert to float" (from 2**1024 - 2**970 up, which rounds to 2**1024).
MN_BIGINT_MUST_CHECK mn_bigint_status_t mn_bigint_to_double(double *out, const mn_digit_t *a,
                                                            size_t a_count, bool a_negative);

// int(value): truncates toward zero. `value` must be finite (the caller raises
// OverflowError for infinities and ValueError for NaN). out has
// mn_bigint_from_double_digits(value) digits, at most MN_BIGINT_DOUBLE_DIGITS.
#define MN_BIGINT_DOUBLE_DIGITS 64 // DBL_MAX < 2**1024
size_t mn_bigint_from_double_digits(double value);
size_t mn_bigint_from_double(mn_digit_t *out, bool *out_negative, double value);

// -1, 0 or 1 as a is less than, equal to or greater than `value`, exactly (10**16 + 1 >
// 1e16, while float(10**16 + 1) == 1e16), as CPython compares int with float. `value` must
// not be NaN (every comparison with NaN is false; the caller answers those). Infinities
// compare beyond every int.
int mn_bigint_compare_double(const mn_digit_t *a, size_t a_count, bool a_negative, double value);

// ---- Text -------------------------------------------------------------------------------
//
// int -> str in any base 2..36: digits only (no prefix), lowercase, '-' for negatives.
// out has mn_bigint_to_string_size(a_count, base) chars (a bound from the digit count; no
// NUL is written); the length written is returned. Powers of two convert bit by bit; other bases by
// repeated short division of a copy of |a| (in `scratch`, mn_bigint_to_string_scratch_digits) by
// the largest power of the base that fits a digit (10**4 for decimal): quadratic, a few
// milliseconds for 10,000 decimal digits.
size_t mn_bigint_to_string_size(size_t a_count, unsigned base);
size_t mn_bigint_to_string_scratch_digits(size_t a_count, unsigned base);
size_t mn_bigint_to_string(char *out, const mn_digit_t *a, size_t a_count, bool a_negative,
                           unsigned base, mn_digit_t *scratch);

// str -> int in two steps, so that the caller can size the result and apply the digit
// limit before the quadratic work: mn_bigint_scan checks the text with Python's int(text,
// base) rules and describes it; mn_bigint_from_literal converts what it found.
//   - ASCII whitespace around, an optional sign, then digits;
//   - single underscores between digits; one more is allowed right after a base prefix;
//   - base 16, 8 or 2 accept the prefix 0x, 0o or 0b (either case);
//   - base 0 infers the base from the prefix, decimal without one, and then rejects leading
//     zeros in a nonzero number (int('010', 0) fails, int('00', 0) == 0).
// The scan stores offsets, not pointers: the text may move between the two calls.
typedef struct mn_bigint_literal {
    size_t start;             // offset of the first digit, after sign and prefix
    size_t significant;       // offset of the first nonzero digit (== end for zero)
    size_t end;               // offset just past the last digit
    size_t digit_count;       // digits, underscores not counted (what the digit limit counts)
    size_t significant_count; // digits from the first nonzero one: what sizes the result
    unsigned base;            // 2..36, resolved from the prefix when 0 was asked for
    bool negative;            // a '-' sign (the value may still be zero)
} mn_bigint_literal_t;

// MN_BIGINT_INVALID_BASE for a base that is not 0 or 2..36, MN_BIGINT_INVALID_LITERAL for
// text that int() rejects. Only ASCII is understood: CPython also accepts Unicode digits and
// spaces, which the caller can map to ASCII first.
MN_BIGINT_MUST_CHECK mn_bigint_status_t mn_bigint_scan(mn_bigint_literal_t *literal,
                                                       const char *text, size_t length,
                                                       unsigned base);
size_t mn_bigint_literal_digits(const mn_bigint_literal_t *literal);
size_t mn_bigint_from_literal(mn_digit_t *out, bool *out_negative, const char *text,
                              const mn_bigint_literal_t *literal);

// CPython 3.11+ limits int <-> str conversions in bases that are not powers of two to
// sys.get_int_max_str_digits() digits (default 4300, 0 disables it; a nonzero limit is at
// least 640) and raises ValueError:
//   str -> int: "Exceeds the limit (4300 digits) for integer string conversion: value has
//               N digits; use sys.set_int_max_str_digits() to increase the limit"
//               when mn_bigint_literal_exceeds_limit() (N is literal->digit_count);
//   int -> str: "Exceeds the limit (4300 digits) for integer string conversion; use
//               sys.set_int_max_str_digits() to increase the limit", CPython checking only
//               decimal output (str, repr, format): reject before converting when
//               mn_bigint_str_digits_exceed(mn_bigint_decimal_digits_min(a, n), limit), so
//               huge numbers cost nothing, and after converting when
//               mn_bigint_str_digits_exceed(length - negative, limit).
// CPython 3.11 counts the digits of an invalid literal before finding it invalid (int('1' *
// 5000 + ' x') reports the limit); 3.12 and later check the text first, as this module does.
#define MN_BIGINT_MAX_STR_DIGITS 4300
#define MN_BIGINT_STR_DIGITS_CHECK_THRESHOLD 640

static inline bool mn_bigint_str_digits_exceed(size_t digit_count, size_t limit) {
    return limit != 0 && digit_count > limit;
}
static inline bool mn_bigint_literal_exceeds_limit(const mn_bigint_literal_t *literal,
                                                   size_t limit) {
    bool power_of_two = (literal->base & (literal->base - 1)) == 0;
    return !power_of_two && mn_bigint_str_digits_exceed(literal->digit_count, limit);
}
// A lower bound of the decimal digits of |a|, exact or one short (1 for zero).
size_t mn_bigint_decimal_digits_min(const mn_digit_t *a, size_t a_count);

// ---- Hash -------------------------------------------------------------------------------
//
// CPython's hash(int): the value modulo the Mersenne prime P with a's sign, -1 becoming -2.
// wide: P = 2**61 - 1 (CPython on 64-bit targets); otherwise P = 2**31 - 1, as CPython
// computes it on 32-bit targets, where hashes are 32-bit. Minnow passes wide on 64-bit
// targets, so hashes match the CPython of the same width and hash(n) == n for small ints
// of magnitude below P. mn_bigint_hash_int64 gives the same result for a machine integer
// (a small int), without building digits.
int64_t mn_bigint_hash(const mn_digit_t *a, size_t a_count, bool a_negative, bool wide);
int64_t mn_bigint_hash_int64(int64_t value, bool wide);

#endif
