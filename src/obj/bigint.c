// The arithmetic core of Python's int (see bigint.h): digit arrays in base 2^16.
//
// Conventions of the helpers below: magnitudes only (signs are handled by the public
// functions), counts are of normalized arrays unless a helper says "digits" for a fixed
// width, and no helper allocates: every buffer comes from the caller, down to the
// Karatsuba temporaries, which are carved out of the caller's scratch.
#include "obj/bigint.h"

#include <assert.h>
#include <float.h>
#include <math.h>
#include <string.h>

typedef uint32_t twodigits_t; // a product of two digits plus two digits still fits

#define DIGIT_BASE ((twodigits_t)1 << MN_DIGIT_BITS)

static size_t saturating_add(size_t a, size_t b) {
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

static size_t saturating_mul(size_t a, size_t b) {
    return b != 0 && a > SIZE_MAX / b ? SIZE_MAX : a * b;
}

static unsigned digit_bit_length(twodigits_t digit) {
    unsigned bits = 0;
    while (digit != 0) {
        bits++;
        digit >>= 1;
    }
    return bits;
}

static void copy_digits(mn_digit_t *out, const mn_digit_t *a, size_t count) {
    if (count != 0 && out != a) {
        memmove(out, a, count * sizeof *out);
    }
}

static void zero_digits(mn_digit_t *out, size_t count) {
    if (count != 0) {
        memset(out, 0, count * sizeof *out);
    }
}

size_t mn_bigint_normalize(const mn_digit_t *digits, size_t count) {
    while (count > 0 && digits[count - 1] == 0) {
        count--;
    }
    return count;
}

size_t mn_bigint_bit_length(const mn_digit_t *a, size_t a_count) {
    if (a_count == 0) {
        return 0;
    }
    return (a_count - 1) * MN_DIGIT_BITS + digit_bit_length(a[a_count - 1]);
}

size_t mn_bigint_bit_count(const mn_digit_t *a, size_t a_count) {
    size_t bits = 0;
    for (size_t i = 0; i < a_count; i++) {
        for (twodigits_t d = a[i]; d != 0; d &= d - 1) {
            bits++;
        }
    }
    return bits;
}

// Is any of the lowest `bits` bits of a (a_count digits) set?
static bool low_bits_nonzero(const mn_digit_t *a, size_t a_count, size_t bits) {
    size_t whole = bits / MN_DIGIT_BITS;
    for (size_t i = 0; i < whole && i < a_count; i++) {
        if (a[i] != 0) {
            return true;
        }
    }
    unsigned rest = (unsigned)(bits % MN_DIGIT_BITS);
    return whole < a_count && rest != 0 && (a[whole] & ((1u << rest) - 1)) != 0;
}

// |a| >> shift as a uint64_t, which the caller knows to be below 2^64.
static uint64_t bits_from(const mn_digit_t *a, size_t a_count, size_t shift) {
    size_t first = shift / MN_DIGIT_BITS;
    if (first >= a_count) {
        return 0;
    }
    unsigned offset = (unsigned)(shift % MN_DIGIT_BITS);
    uint64_t value = a[first] >> offset;
    unsigned position = MN_DIGIT_BITS - offset;
    for (size_t i = first + 1; i < a_count && position < 64; i++) {
        value |= (uint64_t)a[i] << position;
        position += MN_DIGIT_BITS;
    }
    return value;
}

// ---- Comparison -------------------------------------------------------------------------

int mn_bigint_compare_magnitude(const mn_digit_t *a, size_t a_count, const mn_digit_t *b,
                                size_t b_count) {
    if (a_count != b_count) {
        return a_count < b_count ? -1 : 1;
    }
    for (size_t i = a_count; i-- > 0;) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

int mn_bigint_compare(const mn_digit_t *a, size_t a_count, bool a_negative, const mn_digit_t *b,
                      size_t b_count, bool b_negative) {
    if (a_negative != b_negative) {
        return a_negative ? -1 : 1; // zero is never negative, so the signs decide
    }
    int order = mn_bigint_compare_magnitude(a, a_count, b, b_count);
    return a_negative ? -order : order;
}

// ---- Digit-vector primitives ------------------------------------------------------------
//
// Each reads digit i of its inputs before it writes digit i of its output, so an output may
// be the same array as an input.

// out[0 .. a_count] = a + b for a_count >= b_count (a_count + 1 digits written).
static void add_digits(mn_digit_t *out, const mn_digit_t *a, size_t a_count, const mn_digit_t *b,
                       size_t b_count) {
    twodigits_t carry = 0;
    size_t i = 0;
    for (; i < b_count; i++) {
        carry += (twodigits_t)a[i] + b[i];
        out[i] = (mn_digit_t)carry;
        carry >>= MN_DIGIT_BITS;
    }
    for (; i < a_count; i++) {
        carry += a[i];
        out[i] = (mn_digit_t)carry;
        carry >>= MN_DIGIT_BITS;
    }
    out[i] = (mn_digit_t)carry;
}

// out[0 .. a_count) = a - b for a >= b as numbers (a_count >= b_count).
static void sub_digits(mn_digit_t *out, const mn_digit_t *a, size_t a_count, const mn_digit_t *b,
                       size_t b_count) {
    twodigits_t borrow = 0;
    size_t i = 0;
    for (; i < b_count; i++) {
        twodigits_t difference = (twodigits_t)a[i] - b[i] - borrow;
        out[i] = (mn_digit_t)difference;
        borrow = difference >> 31; // wrapped below zero: the top bit is set
    }
    for (; i < a_count && borrow != 0; i++) {
        twodigits_t difference = (twodigits_t)a[i] - borrow;
        out[i] = (mn_digit_t)difference;
        borrow = difference >> 31;
    }
    assert(borrow == 0);
    copy_digits(out + i, a + i, a_count - i);
}

// a[0 .. a_count) += b[0 .. b_count) modulo B^a_count (a_count >= b_count).
static void add_in_place(mn_digit_t *a, size_t a_count, const mn_digit_t *b, size_t b_count) {
    twodigits_t carry = 0;
    size_t i = 0;
    for (; i < b_count; i++) {
        carry += (twodigits_t)a[i] + b[i];
        a[i] = (mn_digit_t)carry;
        carry >>= MN_DIGIT_BITS;
    }
    for (; i < a_count && carry != 0; i++) {
        carry += a[i];
        a[i] = (mn_digit_t)carry;
        carry >>= MN_DIGIT_BITS;
    }
}

// a[0 .. count) = a * multiplier + addend; returns the digit carried out.
static mn_digit_t mul_add_small(mn_digit_t *a, size_t count, twodigits_t multiplier,
                                twodigits_t addend) {
    twodigits_t carry = addend;
    for (size_t i = 0; i < count; i++) {
        carry += a[i] * multiplier; // <= (B-1)^2 + (B-1)
        a[i] = (mn_digit_t)carry;
        carry >>= MN_DIGIT_BITS;
    }
    return (mn_digit_t)carry;
}

// out = a / divisor (out may be a, or NULL when only the remainder is wanted); returns the
// remainder. Inline so that a constant divisor (10**4) becomes a multiplication.
static inline twodigits_t div_small(mn_digit_t *out, const mn_digit_t *a, size_t count,
                                    twodigits_t divisor) {
    twodigits_t remainder = 0;
    for (size_t i = count; i-- > 0;) {
        remainder = (remainder << MN_DIGIT_BITS) | a[i]; // remainder < divisor < B: fits
        if (out != NULL) {
            out[i] = (mn_digit_t)(remainder / divisor);
        }
        remainder %= divisor;
    }
    return remainder;
}

// out[0 .. count) = a << bits for bits < 16; returns the digit shifted out of the top.
static mn_digit_t lshift_digits(mn_digit_t *out, const mn_digit_t *a, size_t count, unsigned bits) {
    twodigits_t carry = 0;
    for (size_t i = 0; i < count; i++) {
        twodigits_t shifted = ((twodigits_t)a[i] << bits) | carry;
        out[i] = (mn_digit_t)shifted;
        carry = shifted >> MN_DIGIT_BITS;
    }
    return (mn_digit_t)carry;
}

// out[0 .. count) = a >> bits for bits < 16, going down, so out may be a or below it.
static void rshift_digits(mn_digit_t *out, const mn_digit_t *a, size_t count, unsigned bits) {
    for (size_t i = 0; i < count; i++) {
        twodigits_t high = i + 1 < count ? a[i + 1] : 0;
        out[i] = (mn_digit_t)((((high << MN_DIGIT_BITS) | a[i]) >> bits) & MN_DIGIT_MASK);
    }
}

// a += 1 in place over `digits` digits, the caller giving room for the carry.
static void increment_digits(mn_digit_t *a, size_t digits) {
    for (size_t i = 0; i < digits; i++) {
        if (++a[i] != 0) {
            return;
        }
    }
}

// ---- Addition and subtraction -----------------------------------------------------------

// out = a + b with signs; out has max(a_count, b_count) + 1 digits and may be a or b.
static size_t add_signed(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                         bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative) {
    if (a_negative == b_negative) {
        if (a_count < b_count) {
            add_digits(out, b, b_count, a, a_count);
        } else {
            add_digits(out, a, a_count, b, b_count);
        }
        size_t count = mn_bigint_normalize(out, mn_bigint_max_count(a_count, b_count) + 1);
        *out_negative = a_negative && count != 0;
        return count;
    }
    // Opposite signs: subtract the smaller magnitude from the larger, whose sign wins.
    int order = mn_bigint_compare_magnitude(a, a_count, b, b_count);
    if (order == 0) {
        *out_negative = false;
        return 0;
    }
    if (order > 0) {
        sub_digits(out, a, a_count, b, b_count);
        *out_negative = a_negative;
        return mn_bigint_normalize(out, a_count);
    }
    sub_digits(out, b, b_count, a, a_count);
    *out_negative = b_negative;
    return mn_bigint_normalize(out, b_count);
}

size_t mn_bigint_add(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative) {
    return add_signed(out, out_negative, a, a_count, a_negative, b, b_count, b_negative);
}

size_t mn_bigint_sub(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative) {
    return add_signed(out, out_negative, a, a_count, a_negative, b, b_count,
                      b_count != 0 && !b_negative);
}

// ---- Multiplication ---------------------------------------------------------------------

// out[0 .. a_count + b_count) = a * b.
static void mul_schoolbook(mn_digit_t *out, const mn_digit_t *a, size_t a_count,
                           const mn_digit_t *b, size_t b_count) {
    zero_digits(out, a_count + b_count);
    for (size_t i = 0; i < a_count; i++) {
        twodigits_t a_digit = a[i];
        if (a_digit == 0) {
            continue;
        }
        // out[i + b_count] is still zero: earlier rows reached out[i - 1 + b_count] at most.
        mn_digit_t *row = out + i;
        twodigits_t carry = 0;
        for (size_t j = 0; j < b_count; j++) {
            carry += a_digit * b[j] + row[j]; // <= (B-1)^2 + 2(B-1) = B^2 - 1
            row[j] = (mn_digit_t)carry;
            carry >>= MN_DIGIT_BITS;
        }
        row[b_count] = (mn_digit_t)carry;
    }
}

// out[0 .. 2 count) = a * a: each cross product a[i]*a[j] (i < j) is computed once and
// doubled, then the squares a[i]^2 are added: about half the multiplications.
static void square_schoolbook(mn_digit_t *out, const mn_digit_t *a, size_t count) {
    zero_digits(out, 2 * count);
    for (size_t i = 0; i + 1 < count; i++) {
        twodigits_t a_digit = a[i];
        if (a_digit == 0) {
            continue;
        }
        mn_digit_t *row = out + 2 * i + 1; // a[i] * a[j] lands at i + j, j from i + 1
        twodigits_t carry = 0;
        size_t length = count - i - 1;
        for (size_t j = 0; j < length; j++) {
            carry += a_digit * a[i + 1 + j] + row[j];
            row[j] = (mn_digit_t)carry;
            carry >>= MN_DIGIT_BITS;
        }
        row[length] = (mn_digit_t)carry; // out[i + count] is still zero, as in schoolbook
    }
    // Double the cross products, then add the squares on the diagonal.
    twodigits_t carry = 0;
    for (size_t i = 0; i < 2 * count; i++) {
        twodigits_t doubled = ((twodigits_t)out[i] << 1) | carry;
        out[i] = (mn_digit_t)doubled;
        carry = doubled >> MN_DIGIT_BITS;
    }
    carry = 0;
    for (size_t i = 0; i < count; i++) {
        twodigits_t square = (twodigits_t)a[i] * a[i];
        carry += out[2 * i] + (square & MN_DIGIT_MASK);
        out[2 * i] = (mn_digit_t)carry;
        carry >>= MN_DIGIT_BITS;
        carry += out[2 * i + 1] + (square >> MN_DIGIT_BITS);
        out[2 * i + 1] = (mn_digit_t)carry;
        carry >>= MN_DIGIT_BITS;
    }
}

// Schoolbook squaring does half the work of a product, so Karatsuba starts later for it.
// Measured on x86-64 (gcc -O2): the general product gains from about 40 digits, a square
// from about 80. A square splits into squares: its need stays within the product's bound.
#define KARATSUBA_SQUARE_CUTOFF (2 * MN_BIGINT_KARATSUBA_CUTOFF)

// Karatsuba's scratch need for operands of up to `count` digits (the larger one): a bound
// that grows with count, so that one scratch block serves every product of smaller ones.
// A balanced split (mul_digits) at shift = count / 2 takes 2 (sum_a + sum_b) <= 4 (count -
// shift + 1) digits and recurses on sums of count - shift + 1 digits; a lopsided product
// takes 2 a_count <= count digits and recurses on a_count. The exact need stays below
// 4 count (the base case costs nothing); 16 digits per level of recursion are a margin. The
// test suite checks the bound against the exact recursion.
static size_t karatsuba_scratch_bound(size_t count) {
    if (count < MN_BIGINT_KARATSUBA_CUTOFF) {
        return 0;
    }
    size_t levels = 0;
    for (size_t rest = count; rest != 0; rest >>= 1) {
        levels++;
    }
    return saturating_add(saturating_mul(count, 4), 16 * levels);
}

size_t mn_bigint_mul_scratch_digits(size_t a_count, size_t b_count) {
    if (a_count < MN_BIGINT_KARATSUBA_CUTOFF || b_count < MN_BIGINT_KARATSUBA_CUTOFF) {
        return 0;
    }
    return karatsuba_scratch_bound(mn_bigint_max_count(a_count, b_count));
}

// out[0 .. a_count + b_count) = a * b. scratch .. scratch_end is free for temporaries.
static void mul_digits(mn_digit_t *out, const mn_digit_t *a, size_t a_count, const mn_digit_t *b,
                       size_t b_count, mn_digit_t *scratch, const mn_digit_t *scratch_end) {
    if (a_count > b_count) {
        const mn_digit_t *swap_digits = a;
        a = b;
        b = swap_digits;
        size_t swap_count = a_count;
        a_count = b_count;
        b_count = swap_count;
    }
    bool squaring = a == b && a_count == b_count;
    if (a_count < (squaring ? KARATSUBA_SQUARE_CUTOFF : MN_BIGINT_KARATSUBA_CUTOFF) ||
        scratch == NULL) {
        if (squaring) {
            square_schoolbook(out, a, a_count);
        } else {
            mul_schoolbook(out, a, a_count, b, b_count);
        }
        return;
    }
    if (2 * a_count <= b_count) {
        // Lopsided: Karatsuba splits the larger operand in halves that the smaller one
        // cannot match, so multiply by slices of b of a_count digits instead.
        mn_digit_t *product = scratch; // a_count + slice digits
        mn_digit_t *rest = scratch + 2 * a_count;
        assert(rest <= scratch_end);
        zero_digits(out, a_count + b_count);
        for (size_t done = 0; done < b_count;) {
            size_t slice = b_count - done < a_count ? b_count - done : a_count;
            mul_digits(product, a, a_count, b + done, slice, rest, scratch_end);
            add_in_place(out + done, a_count + b_count - done, product, a_count + slice);
            done += slice;
        }
        return;
    }
    // a = a_high B^shift + a_low, b likewise, a_count > shift since 2 a_count > b_count:
    //   a b = t1 B^(2 shift) + (t3 - t1 - t2) B^shift + t2, where
    //   t1 = a_high b_high, t2 = a_low b_low, t3 = (a_high + a_low)(b_high + b_low).
    size_t shift = b_count / 2;
    size_t a_high_count = a_count - shift;
    size_t b_high_count = b_count - shift;
    // The sums, at fixed widths (one digit for the carry), so that the scratch each level
    // needs depends on the counts alone; t3 then has sum_a_count + sum_b_count digits.
    size_t sum_a_count = mn_bigint_max_count(a_high_count, shift) + 1;
    size_t sum_b_count = mn_bigint_max_count(b_high_count, shift) + 1;
    mn_digit_t *sum_a = scratch;
    mn_digit_t *sum_b = sum_a + sum_a_count;
    mn_digit_t *t3 = sum_b + sum_b_count;
    mn_digit_t *rest = t3 + sum_a_count + sum_b_count;
    assert(rest <= scratch_end);

    // t1 and t2 go straight to their places in out; they do not overlap (2 shift digits).
    mul_digits(out + 2 * shift, a + shift, a_high_count, b + shift, b_high_count, scratch,
               scratch_end);
    mul_digits(out, a, shift, b, shift, scratch, scratch_end);

    if (a_high_count >= shift) { // add_digits takes the longer operand first
        add_digits(sum_a, a + shift, a_high_count, a, shift);
    } else {
        add_digits(sum_a, a, shift, a + shift, a_high_count);
    }
    if (squaring) {
        mul_digits(t3, sum_a, sum_a_count, sum_a, sum_a_count, rest, scratch_end);
    } else {
        add_digits(sum_b, b + shift, b_high_count, b, shift); // b_high_count >= shift
        mul_digits(t3, sum_a, sum_a_count, sum_b, sum_b_count, rest, scratch_end);
    }
    size_t t3_count = sum_a_count + sum_b_count;
    // t3 - t1 - t2 = a_high b_low + a_low b_high >= 0: no borrow out of t3.
    sub_digits(t3, t3, t3_count, out + 2 * shift, a_high_count + b_high_count);
    sub_digits(t3, t3, t3_count, out, 2 * shift);
    // The middle term is below B^(a_count + b_count - shift) (the whole product fits), so
    // once normalized it fits the digits above shift.
    t3_count = mn_bigint_normalize(t3, t3_count);
    assert(t3_count <= a_count + b_count - shift);
    add_in_place(out + shift, a_count + b_count - shift, t3, t3_count);
}

size_t mn_bigint_mul(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative,
                     mn_digit_t *scratch) {
    const mn_digit_t *scratch_end =
        scratch == NULL ? NULL : scratch + mn_bigint_mul_scratch_digits(a_count, b_count);
    mul_digits(out, a, a_count, b, b_count, scratch, scratch_end);
    size_t count = mn_bigint_normalize(out, a_count + b_count);
    *out_negative = count != 0 && a_negative != b_negative;
    return count;
}

// ---- Division ---------------------------------------------------------------------------

size_t mn_bigint_divmod_scratch_digits(size_t a_count, size_t b_count) {
    return b_count >= 2 && a_count >= b_count ? a_count + 1 + b_count : 0;
}

// Knuth's algorithm D for |a| / |b| with b_count >= 2 and a_count >= b_count.
// work has a_count + 1 + b_count digits: u = a and v = b, both shifted left so that v's top
// bit is set, which makes the two-digit estimate of each quotient digit at most 2 too big.
// Writes the a_count - b_count + 1 quotient digits to q (if not NULL) and the remainder's
// b_count digits to r (if not NULL); returns the remainder's count.
static size_t divide_knuth(mn_digit_t *q, mn_digit_t *r, const mn_digit_t *a, size_t a_count,
                           const mn_digit_t *b, size_t b_count, mn_digit_t *work) {
    mn_digit_t *u = work;
    mn_digit_t *v = work + a_count + 1;
    unsigned normalize_shift = MN_DIGIT_BITS - digit_bit_length(b[b_count - 1]);
    u[a_count] = lshift_digits(u, a, a_count, normalize_shift);
    (void)lshift_digits(v, b, b_count, normalize_shift); // nothing shifted out: top bit
    twodigits_t v_top = v[b_count - 1];
    twodigits_t v_next = v[b_count - 2];
    for (size_t j = a_count - b_count + 1; j-- > 0;) {
        // Invariant: window[0 .. b_count] < B v, so the next quotient digit is below B.
        mn_digit_t *window = u + j;
        twodigits_t numerator =
            ((twodigits_t)window[b_count] << MN_DIGIT_BITS) | window[b_count - 1];
        twodigits_t q_hat = numerator / v_top; // <= B + 1 since window[b_count] <= v_top
        twodigits_t r_hat = numerator - q_hat * v_top;
        // Refine with the next digit (Knuth's D3): afterwards q_hat < B and it is at most
        // one too large. q_hat * v_next <= (B + 1)(B - 1) fits, r_hat < B in the test.
        while (q_hat >= DIGIT_BASE ||
               q_hat * v_next > ((r_hat << MN_DIGIT_BITS) | window[b_count - 2])) {
            q_hat--;
            r_hat += v_top;
            if (r_hat >= DIGIT_BASE) {
                break;
            }
        }
        // window -= q_hat * v.
        twodigits_t carry = 0;
        twodigits_t borrow = 0;
        for (size_t i = 0; i < b_count; i++) {
            twodigits_t product = q_hat * v[i] + carry; // <= (B-1)^2 + (B-1)
            carry = product >> MN_DIGIT_BITS;
            twodigits_t difference = (twodigits_t)window[i] - (product & MN_DIGIT_MASK) - borrow;
            window[i] = (mn_digit_t)difference;
            borrow = difference >> 31;
        }
        twodigits_t top = (twodigits_t)window[b_count] - carry - borrow;
        window[b_count] = (mn_digit_t)top;
        if (top >> 31) {
            // Below zero: q_hat was one too large (probability about 2 / B). Add v back;
            // the carry out of the top cancels the borrow.
            q_hat--;
            add_in_place(window, b_count + 1, v, b_count);
        }
        if (q != NULL) {
            q[j] = (mn_digit_t)q_hat;
        }
    }
    size_t r_count = mn_bigint_normalize(u, b_count);
    if (r != NULL) {
        rshift_digits(r, u, b_count, normalize_shift);
        r_count = mn_bigint_normalize(r, b_count);
    }
    return r_count;
}

// |a| = q |b| + r on magnitudes: q gets a_count - b_count + 1 digits (when a_count >=
// b_count; else it is 0 and nothing is written), r gets b_count digits; either may be NULL.
// work: mn_bigint_divmod_scratch_digits. Returns r's count (nonzero: inexact division).
static size_t divide_magnitudes(mn_digit_t *q, size_t *q_count, mn_digit_t *r, const mn_digit_t *a,
                                size_t a_count, const mn_digit_t *b, size_t b_count,
                                mn_digit_t *work) {
    if (a_count < b_count) {
        *q_count = 0;
        if (r != NULL) {
            copy_digits(r, a, a_count);
        }
        return a_count;
    }
    *q_count = a_count - b_count + 1;
    size_t r_count;
    if (b_count == 1) {
        twodigits_t remainder = div_small(q, a, a_count, b[0]);
        if (r != NULL) {
            r[0] = (mn_digit_t)remainder;
        }
        r_count = remainder != 0;
    } else {
        r_count = divide_knuth(q, r, a, a_count, b, b_count, work);
    }
    if (q != NULL) {
        *q_count = mn_bigint_normalize(q, *q_count);
    }
    return r_count;
}

mn_bigint_status_t mn_bigint_divmod(mn_digit_t *q, size_t *q_count, bool *q_negative, mn_digit_t *r,
                                    size_t *r_count, bool *r_negative, const mn_digit_t *a,
                                    size_t a_count, bool a_negative, const mn_digit_t *b,
                                    size_t b_count, bool b_negative, mn_digit_t *scratch) {
    if (b_count == 0) {
        return MN_BIGINT_ZERO_DIVISION;
    }
    size_t quotient_count;
    size_t remainder_count =
        divide_magnitudes(q, &quotient_count, r, a, a_count, b, b_count, scratch);
    // Truncation rounded toward zero; with opposite signs and a remainder, floor is one
    // further from zero: q = -(|q| + 1) and r = sign(b) (|b| - |r|).
    bool floor_adjust = a_negative != b_negative && remainder_count != 0;
    if (q != NULL) {
        if (floor_adjust) {
            size_t room = mn_bigint_quotient_digits(a_count, b_count);
            zero_digits(q + quotient_count, room - quotient_count);
            increment_digits(q, room);
            quotient_count = mn_bigint_normalize(q, room);
        }
        *q_count = quotient_count;
        *q_negative = quotient_count != 0 && a_negative != b_negative;
    }
    if (r != NULL) {
        if (floor_adjust) {
            sub_digits(r, b, b_count, r, remainder_count);
            remainder_count = mn_bigint_normalize(r, b_count);
        }
        *r_count = remainder_count;
        *r_negative = remainder_count != 0 && b_negative;
    }
    return MN_BIGINT_OK;
}

// ---- Powers -----------------------------------------------------------------------------

static bool is_magnitude_one(const mn_digit_t *a, size_t a_count) {
    return a_count == 1 && a[0] == 1;
}

size_t mn_bigint_pow_digits(const mn_digit_t *a, size_t a_count, uint64_t exponent) {
    if (a_count == 0 || is_magnitude_one(a, a_count) || exponent == 0) {
        return 1;
    }
    // |a|^e has floor(e log2|a|) + 1 bits. log2|a| from a's top 53 bits t and the count s of
    // bits below them: log2(t) when s == 0, else below log2(t + 1) + s. The bound is tight
    // (bit_length would cost 26% for 3 ** e); the margin covers the rounding of log2 and of
    // the product, both relative errors far below 10^-12.
    size_t bits = mn_bigint_bit_length(a, a_count);
    size_t below = bits > DBL_MANT_DIG ? bits - DBL_MANT_DIG : 0;
    double top = (double)bits_from(a, a_count, below);
    double log2_a = below == 0 ? log2(top) : log2(top + 1.0) + (double)below;
    double result_bits = (double)exponent * log2_a * (1.0 + 1e-12) + 2.0;
    // Plus one digit: the last product is written at full width (a square of n digits in 2n).
    double digits = ceil(result_bits / MN_DIGIT_BITS) + 1;
    return digits > (double)MN_BIGINT_DIGITS_MAX ? SIZE_MAX : (size_t)digits;
}

size_t mn_bigint_pow_scratch_digits(const mn_digit_t *a, size_t a_count, uint64_t exponent) {
    size_t digits = mn_bigint_pow_digits(a, a_count, exponent);
    if (digits <= 1) {
        return 0;
    }
    // The second buffer of the ping-pong, and Karatsuba scratch for products of up to
    // `digits` digits.
    return saturating_add(digits, karatsuba_scratch_bound(digits));
}

size_t mn_bigint_pow(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, uint64_t exponent, mn_digit_t *scratch) {
    *out_negative = a_negative && (exponent & 1) != 0 && a_count != 0;
    if (exponent == 0 || is_magnitude_one(a, a_count)) {
        out[0] = 1;
        return 1;
    }
    if (a_count == 0) {
        return 0;
    }
    size_t digits = mn_bigint_pow_digits(a, a_count, exponent);
    mn_digit_t *buffers[2] = {out, scratch};
    mn_digit_t *mul_scratch = scratch + digits;
    const mn_digit_t *mul_scratch_end = mul_scratch + karatsuba_scratch_bound(digits);
    // One product per bit below the top one, plus one per set bit below the top one; start
    // in the buffer that makes the last product land in out.
    unsigned top_bit = 63;
    while ((exponent >> top_bit) == 0) {
        top_bit--;
    }
    unsigned products = top_bit;
    for (uint64_t rest = exponent & ~((uint64_t)1 << top_bit); rest != 0; rest &= rest - 1) {
        products++;
    }
    unsigned current = products & 1;
    copy_digits(buffers[current], a, a_count);
    size_t count = a_count;
    for (unsigned bit = top_bit; bit-- > 0;) {
        mul_digits(buffers[current ^ 1], buffers[current], count, buffers[current], count,
                   mul_scratch, mul_scratch_end);
        current ^= 1;
        count = mn_bigint_normalize(buffers[current], 2 * count);
        if ((exponent >> bit) & 1) {
            mul_digits(buffers[current ^ 1], buffers[current], count, a, a_count, mul_scratch,
                       mul_scratch_end);
            current ^= 1;
            count = mn_bigint_normalize(buffers[current], count + a_count);
        }
    }
    assert(current == 0);
    return count;
}

// Layout of powmod's scratch, in digits, for a modulus of m_count digits:
//   base [m_count] | product [2 m_count] | work [division] | Karatsuba scratch.
static size_t powmod_work_digits(size_t a_count, size_t m_count) {
    size_t for_products = mn_bigint_divmod_scratch_digits(2 * m_count, m_count);
    size_t for_base = mn_bigint_divmod_scratch_digits(a_count, m_count);
    return mn_bigint_max_count(for_products, for_base);
}

size_t mn_bigint_powmod_scratch_digits(size_t a_count, size_t m_count) {
    size_t total = saturating_add(3 * m_count, powmod_work_digits(a_count, m_count));
    return saturating_add(total, karatsuba_scratch_bound(m_count));
}

// out = product mod m for a product of product_count digits; returns out's count.
static size_t reduce(mn_digit_t *out, const mn_digit_t *product, size_t product_count,
                     const mn_digit_t *m, size_t m_count, mn_digit_t *work) {
    size_t ignored_quotient_count;
    return divide_magnitudes(NULL, &ignored_quotient_count, out, product, product_count, m, m_count,
                             work);
}

size_t mn_bigint_powmod(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative, const mn_digit_t *e, size_t e_count, const mn_digit_t *m,
                        size_t m_count, bool m_negative, mn_digit_t *scratch) {
    assert(m_count != 0);
    mn_digit_t *base = scratch;
    mn_digit_t *product = base + m_count;
    mn_digit_t *work = product + 2 * m_count;
    mn_digit_t *mul_scratch = work + powmod_work_digits(a_count, m_count);
    const mn_digit_t *mul_scratch_end = mul_scratch + karatsuba_scratch_bound(m_count);

    // base = a mod |m|, in [0, |m|).
    size_t base_count = reduce(base, a, a_count, m, m_count, work);
    if (a_negative && base_count != 0) {
        sub_digits(base, m, m_count, base, base_count);
        base_count = mn_bigint_normalize(base, m_count);
    }
    // result = 1 mod |m| (zero when |m| == 1), then left to right over e's bits.
    out[0] = 1;
    size_t count = is_magnitude_one(m, m_count) ? 0 : 1;
    for (size_t i = e_count; i-- > 0;) {
        for (unsigned bit = MN_DIGIT_BITS; bit-- > 0;) {
            if (count != 0) {
                mul_digits(product, out, count, out, count, mul_scratch, mul_scratch_end);
                count =
                    reduce(out, product, mn_bigint_normalize(product, 2 * count), m, m_count, work);
            }
            if (((e[i] >> bit) & 1) && count != 0) {
                if (base_count == 0) {
                    count = 0;
                } else {
                    mul_digits(product, out, count, base, base_count, mul_scratch, mul_scratch_end);
                    count = reduce(out, product, mn_bigint_normalize(product, count + base_count),
                                   m, m_count, work);
                }
            }
        }
    }
    // Python's result has m's sign: r - |m| for a negative modulus.
    *out_negative = m_negative && count != 0;
    if (*out_negative) {
        sub_digits(out, m, m_count, out, count);
        count = mn_bigint_normalize(out, m_count);
    }
    return count;
}

// ---- Shifts -----------------------------------------------------------------------------

size_t mn_bigint_lshift(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative, size_t shift) {
    *out_negative = a_negative && a_count != 0;
    if (a_count == 0) {
        return 0;
    }
    size_t whole = shift / MN_DIGIT_BITS;
    zero_digits(out, whole);
    out[whole + a_count] =
        lshift_digits(out + whole, a, a_count, (unsigned)(shift % MN_DIGIT_BITS));
    return mn_bigint_normalize(out, a_count + whole + 1);
}

size_t mn_bigint_rshift(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative, size_t shift) {
    // A negative number floors: -(|a| >> shift), one further from zero if any bit of |a|
    // was shifted out.
    *out_negative = a_negative && a_count != 0;
    size_t whole = shift / MN_DIGIT_BITS;
    size_t count = a_count > whole ? a_count - whole : 0;
    rshift_digits(out, a + whole, count, (unsigned)(shift % MN_DIGIT_BITS));
    out[count] = 0;
    if (*out_negative && low_bits_nonzero(a, a_count, shift)) {
        increment_digits(out, count + 1);
    }
    return mn_bigint_normalize(out, count + 1);
}

// ---- Bitwise operations -----------------------------------------------------------------

typedef enum bitwise_op { BITWISE_AND, BITWISE_OR, BITWISE_XOR } bitwise_op_t;

// Digit by digit on the two's complement forms: ~|x| + 1 for a negative x, the +1 carried
// along the digits. The result, negative when its (infinite) top bits are ones, goes back
// to a magnitude the same way. Digit max(a_count, b_count) is all sign extension for both
// operands, so the result's own sign extension starts by then; the complemented result
// needs that one digit more (-0x8000 & -0x8001 == -0x10000), never two.
static size_t bitwise(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                      bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative,
                      bitwise_op_t op) {
    bool negative;
    switch (op) {
    case BITWISE_AND:
        negative = a_negative && b_negative;
        break;
    case BITWISE_OR:
        negative = a_negative || b_negative;
        break;
    default:
        negative = a_negative != b_negative;
        break;
    }
    size_t count = mn_bigint_max_count(a_count, b_count) + 1;
    twodigits_t a_carry = 1;
    twodigits_t b_carry = 1;
    twodigits_t out_carry = 1;
    for (size_t i = 0; i < count; i++) {
        twodigits_t x = i < a_count ? a[i] : 0;
        if (a_negative) {
            x = (~x & MN_DIGIT_MASK) + a_carry;
            a_carry = x >> MN_DIGIT_BITS;
            x &= MN_DIGIT_MASK;
        }
        twodigits_t y = i < b_count ? b[i] : 0;
        if (b_negative) {
            y = (~y & MN_DIGIT_MASK) + b_carry;
            b_carry = y >> MN_DIGIT_BITS;
            y &= MN_DIGIT_MASK;
        }
        twodigits_t z = op == BITWISE_AND ? x & y : op == BITWISE_OR ? x | y : x ^ y;
        if (negative) {
            z = (~z & MN_DIGIT_MASK) + out_carry;
            out_carry = z >> MN_DIGIT_BITS;
        }
        out[i] = (mn_digit_t)z;
    }
    count = mn_bigint_normalize(out, count);
    *out_negative = negative && count != 0;
    return count;
}

size_t mn_bigint_and(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative) {
    return bitwise(out, out_negative, a, a_count, a_negative, b, b_count, b_negative, BITWISE_AND);
}

size_t mn_bigint_or(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                    bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative) {
    return bitwise(out, out_negative, a, a_count, a_negative, b, b_count, b_negative, BITWISE_OR);
}

size_t mn_bigint_xor(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                     bool a_negative, const mn_digit_t *b, size_t b_count, bool b_negative) {
    return bitwise(out, out_negative, a, a_count, a_negative, b, b_count, b_negative, BITWISE_XOR);
}

size_t mn_bigint_invert(mn_digit_t *out, bool *out_negative, const mn_digit_t *a, size_t a_count,
                        bool a_negative) {
    // ~a == -a - 1: negate (zero stays non-negative), then add -1.
    static const mn_digit_t one[1] = {1};
    return add_signed(out, out_negative, a, a_count, a_count != 0 && !a_negative, one, 1, true);
}

// ---- Machine integers -------------------------------------------------------------------

size_t mn_bigint_from_uint64(mn_digit_t *out, uint64_t value) {
    size_t count = 0;
    while (value != 0) {
        out[count++] = (mn_digit_t)value;
        value >>= MN_DIGIT_BITS;
    }
    return count;
}

size_t mn_bigint_from_int64(mn_digit_t *out, bool *out_negative, int64_t value) {
    *out_negative = value < 0;
    // The magnitude of INT64_MIN is 2^63, which only the unsigned type holds.
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    return mn_bigint_from_uint64(out, magnitude);
}

// |a| as a uint64_t if it fits.
static bool magnitude_to_uint64(uint64_t *value, const mn_digit_t *a, size_t a_count) {
    if (a_count > MN_BIGINT_INT64_DIGITS) {
        return false;
    }
    *value = bits_from(a, a_count, 0);
    return true;
}

bool mn_bigint_to_int64(int64_t *value, const mn_digit_t *a, size_t a_count, bool a_negative) {
    uint64_t magnitude;
    if (!magnitude_to_uint64(&magnitude, a, a_count)) {
        return false;
    }
    uint64_t limit = (uint64_t)INT64_MAX + (a_negative ? 1 : 0);
    if (magnitude > limit) {
        return false;
    }
    // Negate in unsigned arithmetic: -2^63 has no positive counterpart in int64_t.
    *value = a_negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
    return true;
}

bool mn_bigint_to_uint64(uint64_t *value, const mn_digit_t *a, size_t a_count, bool a_negative) {
    return !(a_negative && a_count != 0) && magnitude_to_uint64(value, a, a_count);
}

// ---- Floats -----------------------------------------------------------------------------
//
// IEEE 754 binary64 is assumed (every target Minnow has: x86-64, i386 with SSE2, ARM).

_Static_assert(FLT_RADIX == 2 && DBL_MANT_DIG == 53 && DBL_MAX_EXP == 1024 && DBL_MIN_EXP == -1021,
               "doubles are IEEE 754 binary64");

mn_bigint_status_t mn_bigint_to_double(double *out, const mn_digit_t *a, size_t a_count,
                                       bool a_negative) {
    size_t bits = mn_bigint_bit_length(a, a_count);
    double magnitude;
    if (bits <= DBL_MANT_DIG) {
        magnitude = (double)bits_from(a, a_count, 0); // exact
    } else {
        if (bits > DBL_MAX_EXP) {
            return MN_BIGINT_OVERFLOW; // >= 2^1024
        }
        // Keep 55 bits: 53 for the mantissa, a rounding bit, and a sticky bit ORed with every
        // bit below, then round half to even by hand, so that the result never depends on
        // how the FPU (or a soft-float library) converts a 64-bit integer.
        int shift = (int)bits - (DBL_MANT_DIG + 2); // >= -1
        uint64_t top;
        if (shift < 0) {
            top = bits_from(a, a_count, 0) << -shift;
        } else {
            top =
                bits_from(a, a_count, (size_t)shift) | low_bits_nonzero(a, a_count, (size_t)shift);
        }
        uint64_t mantissa = top >> 2;
        if ((top & 2) != 0 && (top & 5) != 0) { // above half, or a tie with an odd mantissa
            mantissa++;
        }
        int exponent = shift + 2;
        int mantissa_bits = mantissa >> DBL_MANT_DIG ? DBL_MANT_DIG + 1 : DBL_MANT_DIG;
        if (exponent + mantissa_bits > DBL_MAX_EXP) {
            return MN_BIGINT_OVERFLOW; // rounded up to 2^1024
        }
        magnitude = ldexp((double)mantissa, exponent); // exact: mantissa <= 2^53
    }
    *out = a_negative ? -magnitude : magnitude;
    return MN_BIGINT_OK;
}

size_t mn_bigint_from_double_digits(double value) {
    int exponent;
    (void)frexp(value, &exponent); // |value| < 2^exponent
    return exponent <= 0 ? 0 : ((size_t)exponent + MN_DIGIT_BITS - 1) / MN_DIGIT_BITS;
}

size_t mn_bigint_from_double(mn_digit_t *out, bool *out_negative, double value) {
    int exponent;
    double fraction = frexp(fabs(value), &exponent); // |value| = fraction 2^exponent
    *out_negative = false;
    if (exponent <= 0) {
        return 0; // |value| < 1
    }
    uint64_t mantissa = (uint64_t)ldexp(fraction, DBL_MANT_DIG); // exact, < 2^53
    size_t count;
    if (exponent <= DBL_MANT_DIG) {
        count = mn_bigint_from_uint64(out, mantissa >> (DBL_MANT_DIG - exponent));
    } else {
        // mantissa 2^(exponent - 53): shift into a buffer with room for the shifted-out
        // digit lshift writes, then copy the count the caller was promised.
        mn_digit_t mantissa_digits[MN_BIGINT_INT64_DIGITS];
        mn_digit_t shifted[MN_BIGINT_DOUBLE_DIGITS + MN_BIGINT_INT64_DIGITS + 1];
        size_t mantissa_count = mn_bigint_from_uint64(mantissa_digits, mantissa);
        bool ignored_negative;
        count = mn_bigint_lshift(shifted, &ignored_negative, mantissa_digits, mantissa_count, false,
                                 (size_t)exponent - DBL_MANT_DIG);
        copy_digits(out, shifted, count);
    }
    *out_negative = value < 0 && count != 0;
    return count;
}

int mn_bigint_compare_double(const mn_digit_t *a, size_t a_count, bool a_negative, double value) {
    int a_sign = a_count == 0 ? 0 : a_negative ? -1 : 1;
    int value_sign = value < 0 ? -1 : value > 0 ? 1 : 0;
    if (a_sign != value_sign) {
        return a_sign < value_sign ? -1 : 1;
    }
    if (a_sign == 0) {
        return 0;
    }
    // Same sign: compare magnitudes, then flip for negatives. |value| is in
    // [2^(exponent-1), 2^exponent), |a| in [2^(bits-1), 2^bits).
    int order;
    int exponent;
    (void)frexp(value, &exponent);
    size_t bits = mn_bigint_bit_length(a, a_count);
    if (isinf(value) || (exponent > 0 && bits < (size_t)exponent)) {
        order = -1;
    } else if (exponent <= 0 || bits > (size_t)exponent) {
        order = 1;
    } else {
        // Same bit length: compare with the integer part, then a fraction makes |value| larger.
        mn_digit_t whole[MN_BIGINT_DOUBLE_DIGITS];
        bool ignored_negative;
        size_t whole_count = mn_bigint_from_double(whole, &ignored_negative, value);
        order = mn_bigint_compare_magnitude(a, a_count, whole, whole_count);
        if (order == 0 && trunc(value) != value) {
            order = -1;
        }
    }
    return a_negative ? -order : order;
}

// Scratch of true division (CPython's long_true_divide): x = |a| shifted to b's bit length
// plus 55 bits (at most b_count + 5 digits), then Knuth's work for x / b.
static size_t true_divide_work_digits(size_t b_count) {
    return (b_count + 5) + (b_count + 5 + 1 + b_count);
}

size_t mn_bigint_true_divide_scratch_digits(size_t a_count, size_t b_count) {
    (void)a_count;
    return b_count <= MN_BIGINT_TRUE_DIVIDE_STACK_DIVISOR ? 0 : true_divide_work_digits(b_count);
}

mn_bigint_status_t mn_bigint_true_divide(double *out, const mn_digit_t *a, size_t a_count,
                                         bool a_negative, const mn_digit_t *b, size_t b_count,
                                         bool b_negative, mn_digit_t *scratch) {
    if (b_count == 0) {
        return MN_BIGINT_ZERO_DIVISION;
    }
    bool negative = a_negative != b_negative; // 0 / -5 == -0.0 in Python too
    size_t a_bits = mn_bigint_bit_length(a, a_count);
    size_t b_bits = mn_bigint_bit_length(b, b_count);
    double result;
#if FLT_EVAL_METHOD == 0
    // Both exact as doubles: one IEEE division rounds correctly. (Not with x87 excess
    // precision, which would round twice.)
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
        result = (double)bits_from(a, a_count, 0) / (double)bits_from(b, b_count, 0);
        *out = negative ? -result : result;
        return MN_BIGINT_OK;
    }
#endif
    if (a_count == 0) {
        *out = negative ? -0.0 : 0.0;
        return MN_BIGINT_OK;
    }
    // diff = a_bits - b_bits: a / b lies in [2^(diff - 1), 2^(diff + 1)).
    if (a_bits > b_bits && a_bits - b_bits > (size_t)DBL_MAX_EXP) {
        return MN_BIGINT_OVERFLOW;
    }
    if (a_bits < b_bits && b_bits - a_bits > (size_t)(DBL_MANT_DIG + 1 - DBL_MIN_EXP)) {
        *out = negative ? -0.0 : 0.0; // below half the smallest subnormal
        return MN_BIGINT_OK;
    }
    long diff = a_bits >= b_bits ? (long)(a_bits - b_bits) : -(long)(b_bits - a_bits);
    // x = |a| 2^-shift has 55 bits more than b (fewer for a subnormal result, whose exponent
    // is pinned at DBL_MIN_EXP), so x // b keeps 2 or 3 bits beyond the mantissa; with a
    // sticky bit for everything below, a single rounding step gives the result.
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;

    mn_digit_t stack[64];
    _Static_assert(3 * MN_BIGINT_TRUE_DIVIDE_STACK_DIVISOR + 11 <= 64, "true division stack");
    mn_digit_t *x = b_count <= MN_BIGINT_TRUE_DIVIDE_STACK_DIVISOR ? stack : scratch;
    mn_digit_t *work = x + b_count + 5;
    size_t x_count;
    bool inexact = false;
    if (shift <= 0) {
        bool ignored_negative;
        x_count = mn_bigint_lshift(x, &ignored_negative, a, a_count, false, (size_t)-shift);
    } else {
        size_t whole = (size_t)shift / MN_DIGIT_BITS;
        x_count = a_count - whole;
        rshift_digits(x, a + whole, x_count, (unsigned)(shift % MN_DIGIT_BITS));
        x_count = mn_bigint_normalize(x, x_count);
        inexact = low_bits_nonzero(a, a_count, (size_t)shift);
    }
    assert(x_count <= b_count + 5);

    mn_digit_t quotient[8];
    size_t quotient_count;
    if (divide_magnitudes(quotient, &quotient_count, NULL, x, x_count, b, b_count, work) != 0) {
        inexact = true;
    }
    size_t quotient_bits = mn_bigint_bit_length(quotient, quotient_count);
    uint64_t value = bits_from(quotient, quotient_count, 0);

    // Round away the extra bits: half to even, the sticky bit standing for the remainder and
    // the bits shifted out of a.
    long kept_bits =
        (long)quotient_bits > DBL_MIN_EXP - shift ? (long)quotient_bits : DBL_MIN_EXP - shift;
    unsigned extra_bits = (unsigned)(kept_bits - DBL_MANT_DIG);
    assert(extra_bits == 2 || extra_bits == 3);
    uint64_t half = (uint64_t)1 << (extra_bits - 1);
    uint64_t low = value | inexact;
    if ((low & half) != 0 && (low & (3 * half - 1)) != 0) {
        low += half;
    }
    value = low & ~(2 * half - 1);
    double rounded = (double)value; // exact: at most 53 significant bits

    if (shift + (long)quotient_bits >= DBL_MAX_EXP &&
        (shift + (long)quotient_bits > DBL_MAX_EXP || rounded == ldexp(1.0, (int)quotient_bits))) {
        return MN_BIGINT_OVERFLOW;
    }
    result = ldexp(rounded, (int)shift);
    *out = negative ? -result : result;
    return MN_BIGINT_OK;
}

// ---- Text -------------------------------------------------------------------------------

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// log2(base) for a power of two, else 0.
static unsigned power_of_two_log2(unsigned base) {
    if ((base & (base - 1)) != 0) {
        return 0;
    }
    return digit_bit_length(base) - 1;
}

// Upper bounds of log_base(2) and log2(base) in 16.16 fixed point for bases 2..36, one unit
// above ceil(2**16 / log2(b)) and ceil(2**16 * log2(b)) (computed with Python's decimal at
// 50 digits). Only buffer sizes depend on them.
static const uint32_t log_base_of_2[37] = {
    0,     0,     65537, 41350, 32769, 28226, 25354, 23346, 21847, 20676, 19730, 18946, 18282,
    17712, 17214, 16776, 16385, 16035, 15718, 15429, 15165, 14922, 14698, 14489, 14295, 14114,
    13944, 13784, 13634, 13492, 13357, 13230, 13109, 12993, 12883, 12778, 12678,
};
static const uint32_t log2_of_base[37] = {
    0,      0,      65537,  103874, 131073, 152171, 169410, 183984, 196609, 207746,
    217707, 226719, 234946, 242514, 249520, 256043, 262145, 267877, 273282, 278394,
    283243, 287856, 292255, 296458, 300482, 304341, 308050, 311618, 315056, 318374,
    321579, 324680, 327681, 330591, 333413, 336154, 338818,
};

// The largest power of base that fits a digit, and its exponent (chars per chunk).
static twodigits_t chunk_for_base(unsigned base, unsigned *chars) {
    twodigits_t power = base;
    *chars = 1;
    while (power * base <= MN_DIGIT_MASK) {
        power *= base;
        ++*chars;
    }
    return power;
}

// ceil(units * scale / 2^16), saturating.
static size_t scale_up(size_t units, uint32_t scale) {
    uint64_t product = (uint64_t)units * scale;
    if (units != 0 && product / units != scale) {
        return SIZE_MAX;
    }
    uint64_t result = (product + 0xffff) >> 16;
    return result > SIZE_MAX ? SIZE_MAX : (size_t)result;
}

size_t mn_bigint_to_string_size(size_t a_count, unsigned base) {
    assert(base >= 2 && base <= 36);
    size_t bits = saturating_mul(a_count, MN_DIGIT_BITS);
    unsigned log2 = power_of_two_log2(base);
    size_t chars = log2 != 0 ? (bits + log2 - 1) / log2 : scale_up(bits, log_base_of_2[base]);
    return saturating_add(chars, 1); // '-', or the '0' of zero
}

size_t mn_bigint_to_string_scratch_digits(size_t a_count, unsigned base) {
    return power_of_two_log2(base) != 0 ? 0 : a_count;
}

size_t mn_bigint_to_string(char *out, const mn_digit_t *a, size_t a_count, bool a_negative,
                           unsigned base, mn_digit_t *scratch) {
    assert(base >= 2 && base <= 36);
    if (a_count == 0) {
        out[0] = '0';
        return 1;
    }
    size_t length = 0;
    if (a_negative) {
        out[length++] = '-';
    }
    unsigned log2 = power_of_two_log2(base);
    if (log2 != 0) {
        // The exact length is known: write the chars from the last, log2 bits each.
        size_t chars = (mn_bigint_bit_length(a, a_count) + log2 - 1) / log2;
        char *p = out + length + chars;
        twodigits_t pending = 0; // bits not yet written, lowest first
        unsigned pending_bits = 0;
        size_t next = 0;
        for (size_t i = 0; i < chars; i++) {
            if (pending_bits < log2 && next < a_count) {
                pending |= (twodigits_t)a[next++] << pending_bits;
                pending_bits += MN_DIGIT_BITS;
            }
            *--p = digit_chars[pending & (base - 1)];
            pending >>= log2;
            pending_bits = pending_bits > log2 ? pending_bits - log2 : 0;
        }
        return length + chars;
    }
    // Divide a copy by base^chars_per_chunk until it is zero; each remainder gives
    // chars_per_chunk chars (the last one only its significant chars), written backwards
    // from the end of the buffer and then moved up behind the sign.
    unsigned chars_per_chunk;
    twodigits_t chunk = chunk_for_base(base, &chars_per_chunk);
    char *end = out + mn_bigint_to_string_size(a_count, base);
    char *p = end;
    copy_digits(scratch, a, a_count);
    size_t count = a_count;
    while (count > 0) {
        // A constant divisor for decimal, which the compiler turns into a multiplication.
        twodigits_t remainder = base == 10 ? div_small(scratch, scratch, count, 10000)
                                           : div_small(scratch, scratch, count, chunk);
        count = mn_bigint_normalize(scratch, count);
        for (unsigned i = 0; i < chars_per_chunk && (count > 0 || remainder != 0); i++) {
            *--p = digit_chars[remainder % base];
            remainder /= base;
        }
    }
    assert(p >= out + length);
    size_t digits = (size_t)(end - p);
    memmove(out + length, p, digits);
    return length + digits;
}

size_t mn_bigint_decimal_digits_min(const mn_digit_t *a, size_t a_count) {
    size_t bits = mn_bigint_bit_length(a, a_count);
    if (bits == 0) {
        return 1;
    }
    // |a| >= 2^(bits - 1), so it has at least floor((bits - 1) log10(2)) + 1 digits, and
    // |a| < 2^bits allows one more. 1292913986 / 2^32 is log10(2) rounded down, exact enough
    // for any number that fits a memory; the product is split to stay within 64 bits.
    uint64_t x = bits - 1;
    const uint64_t log10_2 = 1292913986u;
    uint64_t digits = (x >> 32) * log10_2 + (((x & 0xffffffffu) * log10_2) >> 32) + 1;
    return (size_t)digits;
}

static unsigned char_value(char c) {
    if (c >= '0' && c <= '9') {
        return (unsigned)(c - '0');
    }
    if (c >= 'a' && c <= 'z') {
        return (unsigned)(c - 'a') + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return (unsigned)(c - 'A') + 10;
    }
    return 36; // no base accepts it
}

// The ASCII whitespace CPython's int() strips (Py_ISSPACE).
static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static char lower_ascii(char c) {
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

mn_bigint_status_t mn_bigint_scan(mn_bigint_literal_t *literal, const char *text, size_t length,
                                  unsigned base) {
    if (base == 1 || base > 36) {
        return MN_BIGINT_INVALID_BASE;
    }
    size_t i = 0;
    while (i < length && is_space(text[i])) {
        i++;
    }
    bool negative = false;
    if (i < length && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        i++;
    }
    char after_zero = i + 1 < length && text[i] == '0' ? lower_ascii(text[i + 1]) : 0;
    bool reject_leading_zeros = false;
    if (base == 0) {
        base = after_zero == 'x' ? 16 : after_zero == 'o' ? 8 : after_zero == 'b' ? 2 : 10;
        // A decimal literal may not start with 0 unless it is zero ("old octal").
        reject_leading_zeros = base == 10 && i < length && text[i] == '0';
    }
    if ((base == 16 && after_zero == 'x') || (base == 8 && after_zero == 'o') ||
        (base == 2 && after_zero == 'b')) {
        i += 2;
        if (i < length && text[i] == '_') {
            i++; // one underscore may follow the prefix
        }
    }
    literal->start = i;
    literal->significant = 0;
    literal->digit_count = 0;
    literal->significant_count = 0;
    bool after_underscore = true; // rejects a leading underscore like a doubled one
    for (; i < length; i++) {
        if (text[i] == '_') {
            if (after_underscore) {
                return MN_BIGINT_INVALID_LITERAL;
            }
            after_underscore = true;
            continue;
        }
        unsigned value = char_value(text[i]);
        if (value >= base) {
            break;
        }
        if (value != 0 && literal->significant_count == 0) {
            literal->significant = i;
        }
        literal->significant_count += value != 0 || literal->significant_count != 0;
        literal->digit_count++;
        after_underscore = false;
    }
    if (literal->digit_count == 0 || after_underscore) {
        return MN_BIGINT_INVALID_LITERAL; // no digits, or a trailing underscore
    }
    literal->end = i;
    if (literal->significant_count == 0) {
        literal->significant = i;
    }
    while (i < length && is_space(text[i])) {
        i++;
    }
    if (i != length || (reject_leading_zeros && literal->significant_count != 0)) {
        return MN_BIGINT_INVALID_LITERAL;
    }
    literal->base = base;
    literal->negative = negative;
    return MN_BIGINT_OK;
}

size_t mn_bigint_literal_digits(const mn_bigint_literal_t *literal) {
    // significant_count chars in base b are below b^count = 2^(count log2(b)).
    size_t bits = scale_up(literal->significant_count, log2_of_base[literal->base]);
    return bits / MN_DIGIT_BITS + (bits % MN_DIGIT_BITS != 0);
}

size_t mn_bigint_from_literal(mn_digit_t *out, bool *out_negative, const char *text,
                              const mn_bigint_literal_t *literal) {
    unsigned base = literal->base;
    unsigned log2 = power_of_two_log2(base);
    size_t count = 0;
    // Leading zeros are skipped, so that every digit written is within the size promised.
    if (log2 != 0) {
        twodigits_t pending = 0;
        unsigned pending_bits = 0;
        for (size_t i = literal->end; i-- > literal->significant;) {
            if (text[i] == '_') {
                continue;
            }
            pending |= (twodigits_t)char_value(text[i]) << pending_bits;
            pending_bits += log2;
            if (pending_bits >= MN_DIGIT_BITS) {
                out[count++] = (mn_digit_t)pending;
                pending >>= MN_DIGIT_BITS;
                pending_bits -= MN_DIGIT_BITS;
            }
        }
        if (pending_bits != 0) {
            out[count++] = (mn_digit_t)pending;
        }
    } else {
        // Horner's rule by chunks: out = out * base^k + (k chars) for the largest k with
        // base^k < 2^16. out only grows to the value read so far, below the final value.
        unsigned chars_per_chunk;
        twodigits_t chunk = chunk_for_base(base, &chars_per_chunk);
        twodigits_t value = 0;
        twodigits_t multiplier = 1;
        for (size_t i = literal->significant; i < literal->end; i++) {
            if (text[i] == '_') {
                continue;
            }
            value = value * base + char_value(text[i]);
            multiplier *= base;
            if (multiplier == chunk || i + 1 == literal->end) {
                mn_digit_t carry = mul_add_small(out, count, multiplier, value);
                if (carry != 0) {
                    out[count++] = carry;
                }
                value = 0;
                multiplier = 1;
            }
        }
    }
    count = mn_bigint_normalize(out, count);
    *out_negative = literal->negative && count != 0;
    return count;
}

// ---- Hash -------------------------------------------------------------------------------

// hash of a magnitude: |a| mod 2^bits - 1, reduced digit by digit from the top. Multiplying
// by 2^16 modulo a Mersenne number is a rotation within `bits` bits, as in CPython.
static uint64_t hash_magnitude(const mn_digit_t *a, size_t a_count, unsigned bits) {
    uint64_t modulus = ((uint64_t)1 << bits) - 1;
    uint64_t x = 0;
    for (size_t i = a_count; i-- > 0;) {
        x = ((x << MN_DIGIT_BITS) & modulus) | (x >> (bits - MN_DIGIT_BITS));
        x += a[i];
        if (x >= modulus) {
            x -= modulus;
        }
    }
    return x;
}

static int64_t signed_hash(uint64_t magnitude_hash, bool negative) {
    int64_t hash = negative ? -(int64_t)magnitude_hash : (int64_t)magnitude_hash;
    return hash == -1 ? -2 : hash; // -1 means "error" to CPython's C API
}

int64_t mn_bigint_hash(const mn_digit_t *a, size_t a_count, bool a_negative, bool wide) {
    return signed_hash(hash_magnitude(a, a_count, wide ? 61 : 31), a_negative);
}

int64_t mn_bigint_hash_int64(int64_t value, bool wide) {
    uint64_t modulus = ((uint64_t)1 << (wide ? 61 : 31)) - 1;
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    return signed_hash(magnitude % modulus, value < 0);
}
