// Decimal text of doubles: shortest repr, fixed-precision formatting, parsing, round(), and
// Python's floor division and modulo. See float_text.h for the contracts.
//
// Every conversion is exact. A positive double is mantissa * 2^exponent; the digits of such a
// value come from the ratio r/s of two big integers scaled so that r/s = value / 10^decpt lies
// in [0.1, 1): each digit is floor(10 r / s) and the remainder carries on (Steele & White's
// "Dragon4"). Shortest output (repr) follows Burger & Dybvig's free-format algorithm, which
// also tracks the half-gaps to the neighbouring doubles. Parsing compares the decimal input
// digit by digit with the exact expansion of the midpoints between neighbouring doubles, so it
// needs no big integer as long as the input. Nothing here allocates.
#include "obj/float_text.h"

#include <assert.h>
#include <float.h>
#include <math.h>
#include <string.h>

// ---- Big integers ---------------------------------------------------------------------------
//
// Unsigned, little-endian 32-bit words, fixed capacity. Bound: the largest value ever held is
// below 2^1120 (35 words). The scale s is at most 2^1076 (the midpoint below the smallest
// subnormal is 2^-1075) or 10^309, times 10^3 from the decimal-exponent fix-up, then shifted
// left by at most 28 bits to normalize; r stays below 10 s, and r + 2 m below 2 s. One word
// of margin on top; the asserts check it.

#define BIG_WORDS 36

typedef struct big {
    uint32_t word[BIG_WORDS];
    unsigned length; // words in use; word[length - 1] != 0 unless length == 0
} big_t;

static void big_trim(big_t *a) {
    while (a->length > 0 && a->word[a->length - 1] == 0) {
        a->length--;
    }
}

static void big_set(big_t *a, uint64_t value) {
    a->length = 0;
    while (value != 0) {
        a->word[a->length++] = (uint32_t)value;
        value >>= 32;
    }
}

static void big_mul_small(big_t *a, uint32_t factor) {
    uint64_t carry = 0;
    for (unsigned i = 0; i < a->length; i++) {
        uint64_t product = (uint64_t)a->word[i] * factor + carry;
        a->word[i] = (uint32_t)product;
        carry = product >> 32;
    }
    if (carry != 0) {
        assert(a->length < BIG_WORDS);
        a->word[a->length++] = (uint32_t)carry;
    }
}

static const uint32_t small_powers_of_ten[10] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
};

static void big_mul_pow10(big_t *a, unsigned power) {
    for (; power >= 9; power -= 9) {
        big_mul_small(a, small_powers_of_ten[9]);
    }
    if (power > 0) {
        big_mul_small(a, small_powers_of_ten[power]);
    }
}

static void big_shift_left(big_t *a, unsigned bits) {
    if (a->length == 0 || bits == 0) {
        return;
    }
    unsigned words = bits / 32;
    unsigned shift = bits % 32;
    if (shift == 0) {
        assert(a->length + words <= BIG_WORDS);
        memmove(a->word + words, a->word, a->length * sizeof a->word[0]);
    } else {
        uint32_t top = a->word[a->length - 1] >> (32 - shift);
        assert(a->length + words + (top != 0) <= BIG_WORDS);
        if (top != 0) {
            a->word[a->length + words] = top;
        }
        for (unsigned i = a->length - 1; i > 0; i--) {
            a->word[i + words] = (a->word[i] << shift) | (a->word[i - 1] >> (32 - shift));
        }
        a->word[words] = a->word[0] << shift;
        a->length += top != 0;
    }
    memset(a->word, 0, words * sizeof a->word[0]);
    a->length += words;
}

static int big_compare(const big_t *a, const big_t *b) {
    if (a->length != b->length) {
        return a->length > b->length ? 1 : -1;
    }
    for (unsigned i = a->length; i-- > 0;) {
        if (a->word[i] != b->word[i]) {
            return a->word[i] > b->word[i] ? 1 : -1;
        }
    }
    return 0;
}

// The sign of 2a - b, without a temporary.
static int big_compare_double(const big_t *a, const big_t *b) {
    unsigned length = a->length + 1;
    if (b->length > length) {
        length = b->length;
    }
    for (unsigned i = length; i-- > 0;) {
        uint32_t high = i < a->length ? a->word[i] : 0;
        uint32_t low = i > 0 && i - 1 < a->length ? a->word[i - 1] : 0;
        uint32_t doubled = (high << 1) | (low >> 31);
        uint32_t other = i < b->length ? b->word[i] : 0;
        if (doubled != other) {
            return doubled > other ? 1 : -1;
        }
    }
    return 0;
}

static void big_add(big_t *a, const big_t *b) {
    unsigned length = a->length > b->length ? a->length : b->length;
    uint64_t carry = 0;
    for (unsigned i = 0; i < length; i++) {
        uint64_t sum = carry + (i < a->length ? a->word[i] : 0) + (i < b->length ? b->word[i] : 0);
        a->word[i] = (uint32_t)sum;
        carry = sum >> 32;
    }
    a->length = length;
    if (carry != 0) {
        assert(length < BIG_WORDS);
        a->word[a->length++] = (uint32_t)carry;
    }
}

// a -= b; requires a >= b.
static void big_sub(big_t *a, const big_t *b) {
    uint32_t borrow = 0;
    for (unsigned i = 0; i < a->length; i++) {
        uint64_t subtrahend = (uint64_t)(i < b->length ? b->word[i] : 0) + borrow;
        borrow = a->word[i] < subtrahend;
        a->word[i] = (uint32_t)((uint64_t)a->word[i] - subtrahend);
    }
    big_trim(a);
}

static unsigned bit_length(uint64_t value) {
    unsigned bits = 0;
    while (value != 0) {
        bits++;
        value >>= 1;
    }
    return bits;
}

// Returns floor(r / s) and leaves r mod s in r. Requires r < 10 s and s normalized (its top
// word at least 2^28, see normalize()): then the estimate from the top words is at most two
// below the true quotient and never above it.
static unsigned big_divide_digit(big_t *r, const big_t *s) {
    unsigned n = s->length;
    if (r->length < n) {
        return 0;
    }
    uint64_t top = r->word[n - 1];
    if (r->length > n) {
        top |= (uint64_t)r->word[n] << 32;
    }
    unsigned quotient = (unsigned)(top / ((uint64_t)s->word[n - 1] + 1));
    if (quotient > 0) {
        // r -= quotient * s, in one pass; the result is not negative since quotient is low.
        uint64_t carry = 0;
        uint32_t borrow = 0;
        for (unsigned i = 0; i < r->length; i++) {
            uint64_t product = (i < n ? (uint64_t)s->word[i] * quotient : 0) + carry;
            carry = product >> 32;
            uint64_t subtrahend = (uint64_t)(uint32_t)product + borrow;
            borrow = r->word[i] < subtrahend;
            r->word[i] = (uint32_t)((uint64_t)r->word[i] - subtrahend);
        }
        big_trim(r);
    }
    while (big_compare(r, s) >= 0) {
        big_sub(r, s);
        quotient++;
    }
    return quotient;
}

// ---- Doubles as integers --------------------------------------------------------------------
//
// The bits of an IEEE double, read through a uint64_t of the same byte order (true of every
// target Minnow supports). For positive doubles consecutive bit patterns are consecutive
// values, which the parser uses to step by one unit in the last place.

#define INFINITY_BITS UINT64_C(0x7ff0000000000000)
#define HIDDEN_BIT (UINT64_C(1) << 52)

static uint64_t bits_of(double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

static double double_of(uint64_t bits) {
    double value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

// A positive finite double (given by its bits, sign clear) as mantissa * 2^exponent.
static void decompose(uint64_t bits, uint64_t *mantissa, int *exponent) {
    uint64_t fraction = bits & (HIDDEN_BIT - 1);
    int biased = (int)(bits >> 52);
    if (biased == 0) {
        *mantissa = fraction;
        *exponent = -1074;
    } else {
        *mantissa = fraction | HIDDEN_BIT;
        *exponent = biased - 1075;
    }
}

// ---- Scaling --------------------------------------------------------------------------------

// A lower bound of the decimal point position of a value in [2^binary_log, 2^(binary_log+1)):
// floor(binary_log * log10(2)) + 1, with log10(2) bounded from the side that keeps the result
// low (78913 / 2^18 < log10(2) < 78914 / 2^18). It is at most two below the true position;
// the callers raise it until it is exact.
static int estimate_decimal_point(int binary_log) {
    int64_t product = binary_log >= 0 ? (int64_t)binary_log * 78913 : (int64_t)binary_log * 78914;
    int64_t quotient = product / (1 << 18);
    if (product < 0 && quotient * (1 << 18) != product) {
        quotient--; // floor, not truncation
    }
    return (int)quotient + 1;
}

// Divides the ratio r/s (and m/s) by 10^power.
static void scale_down(big_t *r, big_t *s, big_t *m, int power) {
    if (power >= 0) {
        big_mul_pow10(s, (unsigned)power);
    } else {
        big_mul_pow10(r, (unsigned)-power);
        if (m != NULL) {
            big_mul_pow10(m, (unsigned)-power);
        }
    }
}

// Shifts r, s (and m) left together until the top word of s has at least 29 bits, which
// big_divide_digit() needs for its quotient estimate. Ratios do not change.
static void normalize(big_t *r, big_t *s, big_t *m) {
    unsigned top_bits = bit_length(s->word[s->length - 1]);
    if (top_bits < 29) {
        big_shift_left(r, 29 - top_bits);
        big_shift_left(s, 29 - top_bits);
        if (m != NULL) {
            big_shift_left(m, 29 - top_bits);
        }
    }
}

// ---- Digit generator (exact expansion) ------------------------------------------------------
//
// Invariant: value / 10^decimal_point = 0.d1 d2 d3 ...; after k digits, remainder/scale is the
// part of the value not yet produced, in units of the k-th digit, in [0, 1).

typedef struct generator {
    big_t remainder;
    big_t scale;
    int decimal_point;
} generator_t;

// value = mantissa * 2^exponent, mantissa > 0.
static void generator_init(generator_t *g, uint64_t mantissa, int exponent) {
    big_set(&g->remainder, mantissa);
    big_set(&g->scale, 1);
    if (exponent > 0) {
        big_shift_left(&g->remainder, (unsigned)exponent);
    } else {
        big_shift_left(&g->scale, (unsigned)-exponent);
    }
    int point = estimate_decimal_point((int)bit_length(mantissa) - 1 + exponent);
    scale_down(&g->remainder, &g->scale, NULL, point);
    while (big_compare(&g->remainder, &g->scale) >= 0) {
        big_mul_small(&g->scale, 10);
        point++;
    }
    normalize(&g->remainder, &g->scale, NULL);
    g->decimal_point = point;
}

static unsigned generator_next(generator_t *g) {
    big_mul_small(&g->remainder, 10);
    return big_divide_digit(&g->remainder, &g->scale);
}

// True when every later digit is zero.
static bool generator_done(const generator_t *g) {
    return g->remainder.length == 0;
}

// ---- Shortest digits (repr) -----------------------------------------------------------------

// Writes the shortest digit string that reads back as value (positive, finite) and, among
// those, the one nearest to value (half-even on a tie); returns the digit count (at most 17)
// and sets *decimal_point so that value ~ 0.digits * 10^decimal_point. This is CPython's
// mode 0 of dtoa. Burger & Dybvig: r/s is the value, m/s the half-gap to the lower
// neighbour, and high_factor * m / s the half-gap to the upper one (twice as wide at a power
// of two, whose lower neighbour is closer). A boundary itself reads back as value only when
// the mantissa is even (round-half-even parsing), hence `even` makes the tests inclusive.
static size_t shortest_digits(double value, char *digits, int *decimal_point) {
    uint64_t mantissa;
    int exponent;
    decompose(bits_of(value), &mantissa, &exponent);
    bool even = (mantissa & 1) == 0;
    bool unequal_gaps = mantissa == HIDDEN_BIT && exponent > -1074;
    unsigned high_factor = unequal_gaps ? 2 : 1;

    big_t r, s, m;
    // r/s = value and m/s = half the lower gap, all doubled once more at a power of two so
    // that the upper half-gap (2 m) stays an integer.
    big_set(&r, mantissa);
    big_set(&s, 1);
    big_set(&m, 1);
    if (exponent >= 0) {
        big_shift_left(&r, (unsigned)exponent + 1 + unequal_gaps);
        big_shift_left(&s, 1 + unequal_gaps);
        big_shift_left(&m, (unsigned)exponent);
    } else {
        big_shift_left(&r, 1 + unequal_gaps);
        big_shift_left(&s, (unsigned)(1 - exponent) + unequal_gaps);
    }
    int point = estimate_decimal_point((int)bit_length(mantissa) - 1 + exponent);
    scale_down(&r, &s, &m, point);

    // Raise the decimal point until the upper boundary is below 10^point (or at it, when the
    // boundary itself does not read back), so that the first digit is at most 9.
    for (;;) {
        for (unsigned i = 0; i < high_factor; i++) {
            big_add(&r, &m);
        }
        int high = big_compare(&r, &s);
        for (unsigned i = 0; i < high_factor; i++) {
            big_sub(&r, &m);
        }
        if (even ? high < 0 : high <= 0) {
            break;
        }
        big_mul_small(&s, 10);
        point++;
    }
    normalize(&r, &s, &m);
    *decimal_point = point;

    size_t count = 0;
    for (;;) {
        big_mul_small(&r, 10);
        big_mul_small(&m, 10);
        unsigned digit = big_divide_digit(&r, &s);
        int low_compare = big_compare(&r, &m);
        bool low = even ? low_compare <= 0 : low_compare < 0; // digit already reads back
        for (unsigned i = 0; i < high_factor; i++) {
            big_add(&r, &m);
        }
        int high_compare = big_compare(&r, &s);
        for (unsigned i = 0; i < high_factor; i++) {
            big_sub(&r, &m);
        }
        bool high = even ? high_compare >= 0 : high_compare > 0; // digit + 1 reads back
        if (!low && !high) {
            digits[count++] = (char)('0' + digit);
            assert(count < 17);
            continue;
        }
        if (low && high) {
            int half = big_compare_double(&r, &s);
            if (half > 0 || (half == 0 && digit % 2 == 1)) {
                digit++;
            }
        } else if (high) {
            digit++;
        }
        // Burger & Dybvig show digit + 1 never reaches 10 once the first digit is below 10.
        assert(digit <= 9);
        digits[count++] = (char)('0' + digit);
        return count;
    }
}

// ---- Rounded digits (fixed precision) -------------------------------------------------------

enum { KIND_FINITE, KIND_INFINITY, KIND_NAN };

// A layout keeps up to this many digits. Longer results (a large precision) are produced again
// by the generator when written, the last one rounded up if need be, so no buffer anywhere
// grows with the precision.
#define STORED_DIGITS ((size_t)sizeof(((mn_float_layout_t *)0)->digits))

// Rounds magnitude (positive, finite) half-even on its exact value to `precision` significant
// digits (significant mode, precision >= 1) or to `precision` digits after the point (else,
// precision may be negative: round(x, -2)), as dtoa's modes 2 and 3. Fills the layout's
// digits (trailing zeros stripped) and returns the decimal point position. A result of zero
// has no digits and the point at -precision, as in dtoa. *inexact tells whether any nonzero
// digit was dropped.
static int rounded_digits(mn_float_layout_t *layout, double magnitude, bool significant,
                          int64_t precision, bool *inexact) {
    uint64_t mantissa;
    int exponent;
    decompose(bits_of(magnitude), &mantissa, &exponent);
    generator_t g;
    generator_init(&g, mantissa, exponent);
    int point = g.decimal_point;
    int64_t wanted = significant ? precision : point + precision;
    layout->stored = true;
    layout->round_up = false;
    layout->digit_count = 0;
    *inexact = true;
    if (wanted <= 0) {
        // The whole value lies below the last kept position; only when it is exactly one
        // position below can it reach half a unit there (value / 10^point is in [0.1, 1)).
        if (wanted == 0 && big_compare_double(&g.remainder, &g.scale) > 0) {
            layout->digits[0] = '1';
            layout->digit_count = 1;
            return point + 1;
        }
        return (int)-precision;
    }
    size_t count = 0;
    size_t last_nonzero = 0;  // digits up to the last nonzero one
    size_t last_not_nine = 0; // digits up to the last one that is not 9
    unsigned digit = 0;
    while ((int64_t)count < wanted && !generator_done(&g)) {
        digit = generator_next(&g);
        if (count < STORED_DIGITS) {
            layout->digits[count] = (char)('0' + digit);
        }
        count++;
        if (digit != 0) {
            last_nonzero = count;
        }
        if (digit != 9) {
            last_not_nine = count;
        }
    }
    bool round_up = false;
    if (generator_done(&g)) {
        *inexact = false;
    } else {
        int half = big_compare_double(&g.remainder, &g.scale);
        round_up = half > 0 || (half == 0 && digit % 2 == 1);
    }
    if (!round_up) {
        layout->digit_count = last_nonzero;
    } else if (last_not_nine == 0) {
        // 99...9 rounds up to 100...0: one digit, the point moves right.
        layout->digits[0] = '1';
        layout->digit_count = 1;
        point++;
    } else {
        // The nines after the last other digit become zeros and are stripped.
        layout->digit_count = last_not_nine;
        if (last_not_nine <= STORED_DIGITS) {
            layout->digits[last_not_nine - 1]++;
        } else {
            layout->round_up = true;
        }
    }
    layout->stored = layout->digit_count <= STORED_DIGITS;
    return point;
}

// ---- Layout ---------------------------------------------------------------------------------

static size_t decimal_length(unsigned value) {
    size_t length = 1;
    while (value >= 10) {
        value /= 10;
        length++;
    }
    return length;
}

void mn_float_layout(mn_float_layout_t *layout, double value, char type, int32_t precision,
                     unsigned flags) {
    memset(layout, 0, sizeof *layout);
    layout->uppercase = type == 'E' || type == 'F' || type == 'G';
    char code = layout->uppercase ? (char)(type - 'A' + 'a') : type;
    bool alternate = (flags & MN_FLOAT_ALTERNATE) != 0;
    bool add_dot_0 = (flags & MN_FLOAT_ADD_DOT_0) != 0;
    if (isnan(value)) {
        layout->kind = KIND_NAN; // the sign of a nan is never shown
        layout->remainder = 3;
        return;
    }
    layout->negative = signbit(value) != 0;
    if (isinf(value)) {
        layout->kind = KIND_INFINITY;
        layout->remainder = 3;
        return;
    }
    layout->kind = KIND_FINITE;
    layout->magnitude = fabs(value);
    int64_t digits_precision = precision < 0 ? 0 : precision;
    if (code == 'e') {
        digits_precision++;
    } else if (code == 'g' && digits_precision == 0) {
        digits_precision = 1;
    }

    int point;
    if (layout->magnitude == 0) {
        layout->digits[0] = '0';
        layout->digit_count = 1;
        layout->stored = true;
        point = 1;
    } else if (code == 'r') {
        layout->digit_count = shortest_digits(layout->magnitude, layout->digits, &point);
        layout->stored = true;
    } else {
        bool inexact;
        point = rounded_digits(layout, layout->magnitude, code != 'f', digits_precision, &inexact);
    }
    if ((flags & MN_FLOAT_NO_NEGATIVE_ZERO) &&
        (layout->digit_count == 0 || (layout->digit_count == 1 && layout->digits[0] == '0'))) {
        layout->negative = false;
    }

    // Where the point and the exponent go: CPython's format_float_short(). The printed digits
    // are a slice of the digits padded with zeros on both sides; digit_end is where it ends.
    int64_t digit_end = (int64_t)layout->digit_count;
    switch (code) {
    case 'e':
        layout->use_exponent = true;
        digit_end = digits_precision;
        break;
    case 'f':
        digit_end = point + digits_precision;
        break;
    case 'g':
        if (point <= -4 || point > (add_dot_0 ? digits_precision - 1 : digits_precision)) {
            layout->use_exponent = true;
        }
        if (alternate) {
            digit_end = digits_precision;
        }
        break;
    default: // 'r'
        // Exponent form from 1e16 on: a 16-digit shortest repr padded with zeros would
        // otherwise show digits that are not there (2e16 + 8 would print as
        // 20000000000000010.0).
        if (point <= -4 || point > 16) {
            layout->use_exponent = true;
        }
        break;
    }
    if (layout->use_exponent) {
        layout->exponent = point - 1;
        point = 1;
    }
    int64_t minimum_end = point + (!layout->use_exponent && add_dot_0 ? 1 : 0);
    if (digit_end < minimum_end) {
        digit_end = minimum_end;
    }
    layout->point_position = point;
    layout->digit_end = digit_end;

    size_t fraction = (size_t)(digit_end - point);
    layout->integer_digits = point > 0 ? (size_t)point : 1;
    layout->point = fraction > 0 || alternate;
    layout->remainder = fraction;
    if (layout->use_exponent) {
        unsigned magnitude =
            (unsigned)(layout->exponent < 0 ? -layout->exponent : layout->exponent);
        size_t exponent_digits = decimal_length(magnitude);
        layout->remainder += 2 + (exponent_digits < 2 ? 2 : exponent_digits);
    }
}

size_t mn_float_layout_length(const mn_float_layout_t *layout) {
    return layout->negative + layout->integer_digits + layout->point + layout->remainder;
}

// Produces the layout's digits in order, from storage or by running the generator again.
typedef struct digit_source {
    const mn_float_layout_t *layout;
    size_t next;
    generator_t generator; // used only when the digits are not stored
} digit_source_t;

static char digit_source_next(digit_source_t *source) {
    const mn_float_layout_t *layout = source->layout;
    size_t index = source->next++;
    if (layout->stored) {
        return layout->digits[index];
    }
    unsigned digit = generator_next(&source->generator);
    if (layout->round_up && index + 1 == layout->digit_count) {
        digit++;
    }
    return (char)('0' + digit);
}

// Writes the virtual digits with indexes [from, to): the digits, with zeros before index 0
// and from digit_count on. Consecutive calls must cover consecutive ranges.
static void write_virtual_digits(digit_source_t *source, int64_t from, int64_t to,
                                 mn_float_writer_t *writer, bool integer_part) {
    int64_t count = (int64_t)source->layout->digit_count;
    if (from < 0 && from < to) {
        int64_t end = to < 0 ? to : 0;
        writer->write(writer, '0', (size_t)(end - from), integer_part);
        from = end;
    }
    for (; from < to && from < count; from++) {
        writer->write(writer, digit_source_next(source), 1, integer_part);
    }
    if (from < to) {
        writer->write(writer, '0', (size_t)(to - from), integer_part);
    }
}

void mn_float_layout_write(const mn_float_layout_t *layout, mn_float_writer_t *writer) {
    if (layout->kind != KIND_FINITE) {
        const char *text = layout->kind == KIND_NAN ? (layout->uppercase ? "NAN" : "nan")
                                                    : (layout->uppercase ? "INF" : "inf");
        for (size_t i = 0; i < 3; i++) {
            writer->write(writer, text[i], 1, false);
        }
        return;
    }
    digit_source_t source;
    source.layout = layout;
    source.next = 0;
    if (!layout->stored) {
        uint64_t mantissa;
        int exponent;
        decompose(bits_of(layout->magnitude), &mantissa, &exponent);
        generator_init(&source.generator, mantissa, exponent);
    }
    int64_t point = layout->point_position;
    if (point > 0) {
        write_virtual_digits(&source, 0, point, writer, true);
    } else {
        writer->write(writer, '0', 1, true);
    }
    if (layout->point) {
        writer->write(writer, '.', 1, false);
    }
    write_virtual_digits(&source, point, layout->digit_end, writer, false);
    if (layout->use_exponent) {
        writer->write(writer, layout->uppercase ? 'E' : 'e', 1, false);
        writer->write(writer, layout->exponent < 0 ? '-' : '+', 1, false);
        unsigned magnitude =
            (unsigned)(layout->exponent < 0 ? -layout->exponent : layout->exponent);
        char text[8];
        size_t length = decimal_length(magnitude);
        for (size_t i = length; i-- > 0; magnitude /= 10) {
            text[i] = (char)('0' + magnitude % 10);
        }
        if (length < 2) {
            writer->write(writer, '0', 1, false);
        }
        for (size_t i = 0; i < length; i++) {
            writer->write(writer, text[i], 1, false);
        }
    }
}

// A writer into a caller's buffer: stores what fits, counts everything.
typedef struct buffer_writer {
    mn_float_writer_t base; // first, so that a writer pointer is a buffer_writer pointer
    char *buffer;
    size_t capacity;
    size_t length;
} buffer_writer_t;

static void buffer_write(mn_float_writer_t *writer, char c, size_t count, bool integer_part) {
    (void)integer_part;
    buffer_writer_t *self = (buffer_writer_t *)writer;
    if (self->length < self->capacity) {
        size_t room = self->capacity - self->length;
        memset(self->buffer + self->length, c, count < room ? count : room);
    }
    self->length += count;
}

size_t mn_float_format(double value, char type, int32_t precision, unsigned flags, char *buffer,
                       size_t capacity) {
    mn_float_layout_t layout;
    mn_float_layout(&layout, value, type, precision, flags);
    size_t length = mn_float_layout_length(&layout);
    if (capacity == 0) {
        return length;
    }
    buffer_writer_t writer = {{buffer_write}, buffer, capacity, 0};
    if (layout.negative) {
        buffer_write(&writer.base, '-', 1, false);
    }
    mn_float_layout_write(&layout, &writer.base);
    assert(writer.length == length);
    return length;
}

size_t mn_float_repr(double value, char *buffer, size_t capacity) {
    return mn_float_format(value, 'r', 0, MN_FLOAT_ADD_DOT_0, buffer, capacity);
}

// ---- Parsing --------------------------------------------------------------------------------

// The significant digits of a decimal number: `count` digit characters from `start` on,
// skipping '.' and '_', the first and the last of them nonzero; the value is
// 0.digits * 10^decimal_point.
typedef struct decimal {
    const char *start;
    size_t count;
    int64_t decimal_point;
} decimal_t;

// The sign of decimal - mantissa * 2^exponent (mantissa > 0), found by producing the exact
// digits of the binary value only as far as they agree with the decimal ones.
static int compare_decimal(const decimal_t *decimal, uint64_t mantissa, int exponent) {
    generator_t g;
    generator_init(&g, mantissa, exponent);
    if (decimal->decimal_point != g.decimal_point) {
        return decimal->decimal_point > g.decimal_point ? 1 : -1;
    }
    const char *p = decimal->start;
    for (size_t i = 0; i < decimal->count; i++) {
        if (generator_done(&g)) {
            return 1; // the decimal has digits left, and its last one is nonzero
        }
        while (*p == '.' || *p == '_') {
            p++;
        }
        unsigned digit = (unsigned)(*p++ - '0');
        unsigned other = generator_next(&g);
        if (digit != other) {
            return digit > other ? 1 : -1;
        }
    }
    return generator_done(&g) ? 0 : -1;
}

// The sign of decimal - (the midpoint between the double with these bits and the next one up).
// Between neighbours of one binade the midpoint is (2m + 1) * 2^(e - 1); the formula also holds
// across a binade boundary and from the largest subnormal to the smallest normal.
static int compare_upper_midpoint(const decimal_t *decimal, uint64_t bits) {
    uint64_t mantissa;
    int exponent;
    decompose(bits, &mantissa, &exponent);
    return compare_decimal(decimal, 2 * mantissa + 1, exponent - 1);
}

static const double exact_powers_of_ten[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

// The double nearest to a positive decimal, ties to even; +inf beyond the range.
static double decimal_to_double(const decimal_t *decimal) {
    if (decimal->count == 0 || decimal->decimal_point < -324) {
        return 0.0; // below 10^-325, under half the smallest subnormal (2^-1075 ~ 2.5e-324)
    }
    if (decimal->decimal_point > 310) {
        return INFINITY; // at least 10^310
    }
    // The leading digits as an integer: exact up to 19 digits.
    size_t leading_count = decimal->count < 19 ? decimal->count : 19;
    uint64_t leading = 0;
    const char *p = decimal->start;
    for (size_t i = 0; i < leading_count; i++) {
        while (*p == '.' || *p == '_') {
            p++;
        }
        leading = leading * 10 + (uint64_t)(*p++ - '0');
    }
    int scale = (int)decimal->decimal_point - (int)leading_count;
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    // Clinger's fast path: both operands exact, so one IEEE operation rounds correctly. Left
    // out where intermediate results carry excess precision (x87), which would round twice.
    if (decimal->count <= 15 && scale >= -22 && scale <= 22) {
        double exact = (double)leading;
        return scale >= 0 ? exact * exact_powers_of_ten[scale]
                          : exact / exact_powers_of_ten[-scale];
    }
#endif
    // An estimate within a few units in the last place (each operation below rounds once),
    // then exact comparisons with the midpoints to its neighbours move it to the right double.
    double estimate = (double)leading;
    for (; scale >= 22; scale -= 22) {
        estimate *= 1e22;
    }
    for (; scale <= -22; scale += 22) {
        estimate /= 1e22;
    }
    estimate =
        scale >= 0 ? estimate * exact_powers_of_ten[scale] : estimate / exact_powers_of_ten[-scale];
    uint64_t bits = bits_of(estimate);
    if (bits > INFINITY_BITS) {
        bits = INFINITY_BITS; // cannot happen with IEEE arithmetic; keeps the loop in range
    }
    for (;;) {
        if (bits < INFINITY_BITS) {
            int above = compare_upper_midpoint(decimal, bits);
            if (above > 0 || (above == 0 && (bits & 1))) {
                bits++;
                continue;
            }
        }
        if (bits > 0) {
            int below = compare_upper_midpoint(decimal, bits - 1);
            if (below < 0 || (below == 0 && (bits & 1))) {
                bits--;
                continue;
            }
        }
        return double_of(bits);
    }
}

// Decodes the UTF-8 character at text[0..length); returns its byte length, or 0 when the
// bytes are not a well-formed character.
static size_t decode_utf8(const char *text, size_t length, uint32_t *code_point) {
    const unsigned char *bytes = (const unsigned char *)text;
    if (length == 0) {
        return 0;
    }
    unsigned char lead = bytes[0];
    size_t size;
    uint32_t value;
    if (lead < 0x80) {
        *code_point = lead;
        return 1;
    } else if (lead >= 0xc2 && lead < 0xe0) {
        size = 2;
        value = lead & 0x1f;
    } else if (lead >= 0xe0 && lead < 0xf0) {
        size = 3;
        value = lead & 0x0f;
    } else if (lead >= 0xf0 && lead < 0xf5) {
        size = 4;
        value = lead & 0x07;
    } else {
        return 0;
    }
    if (length < size) {
        return 0;
    }
    for (size_t i = 1; i < size; i++) {
        if ((bytes[i] & 0xc0) != 0x80) {
            return 0;
        }
        value = (value << 6) | (bytes[i] & 0x3f);
    }
    *code_point = value;
    return size;
}

// The whitespace float() strips: ASCII's (C isspace, so not the separators 0x1c..0x1f that
// str.isspace() also counts, which CPython leaves as they are) and str.isspace() beyond ASCII.
static bool is_unicode_space(uint32_t c) {
    return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
           c == 0x205f || c == 0x3000;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Case-insensitive match of the ASCII lowercase word at text[0..length).
static bool matches_word(const char *text, size_t length, const char *word) {
    size_t word_length = strlen(word);
    if (length != word_length) {
        return false;
    }
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != word[i]) {
            return false;
        }
    }
    return true;
}

bool mn_float_parse(const char *text, size_t length, double *result) {
    const char *p = text;
    const char *end = text + length;
    uint32_t c;
    size_t size;
    while ((size = decode_utf8(p, (size_t)(end - p), &c)) != 0 && is_unicode_space(c)) {
        p += size;
    }
    while (end > p) {
        const char *last = end - 1;
        while (last > p && (*(const unsigned char *)last & 0xc0) == 0x80) {
            last--;
        }
        size = decode_utf8(last, (size_t)(end - last), &c);
        if (size != (size_t)(end - last) || !is_unicode_space(c)) {
            break;
        }
        end = last;
    }
    if (p == end) {
        return false;
    }
    // PEP 515: an underscore only between two digits, anywhere in the literal.
    for (const char *q = p; q < end; q++) {
        if (*q == '_' && (q == p || !is_digit(q[-1]) || q + 1 == end || !is_digit(q[1]))) {
            return false;
        }
    }
    bool negative = *p == '-';
    if (*p == '-' || *p == '+') {
        p++;
    }
    if (p < end && !is_digit(*p) && *p != '.') {
        size_t rest = (size_t)(end - p);
        if (matches_word(p, rest, "inf") || matches_word(p, rest, "infinity")) {
            *result = negative ? -INFINITY : INFINITY;
            return true;
        }
        if (matches_word(p, rest, "nan")) {
            *result = copysign(NAN, negative ? -1.0 : 1.0);
            return true;
        }
        return false;
    }

    // Mantissa: digits with at most one point. Digit indexes count digit characters only.
    decimal_t decimal = {NULL, 0, 0};
    size_t digit_index = 0;
    size_t integer_digits = 0;
    size_t first_nonzero = 0; // index of the first nonzero digit, valid when start != NULL
    size_t last_nonzero = 0;
    bool seen_point = false;
    for (; p < end; p++) {
        if (is_digit(*p)) {
            if (*p != '0') {
                if (decimal.start == NULL) {
                    decimal.start = p;
                    first_nonzero = digit_index;
                }
                last_nonzero = digit_index;
            }
            digit_index++;
            if (!seen_point) {
                integer_digits++;
            }
        } else if (*p == '.' && !seen_point) {
            seen_point = true;
        } else if (*p != '_') {
            break;
        }
    }
    if (digit_index == 0) {
        return false;
    }
    int64_t exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        bool exponent_negative = p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+')) {
            p++;
        }
        if (p == end || !is_digit(*p)) {
            return false;
        }
        for (; p < end && (is_digit(*p) || *p == '_'); p++) {
            // Saturate: beyond 10^15 the value is 0 or inf whatever the digits are.
            if (*p != '_' && exponent < INT64_C(1000000000000000)) {
                exponent = exponent * 10 + (*p - '0');
            }
        }
        if (exponent_negative) {
            exponent = -exponent;
        }
    }
    if (p != end) {
        return false;
    }
    double value = 0.0;
    if (decimal.start != NULL) {
        decimal.count = last_nonzero - first_nonzero + 1;
        decimal.decimal_point = (int64_t)integer_digits - (int64_t)first_nonzero + exponent;
        value = decimal_to_double(&decimal);
    }
    *result = negative ? -value : value;
    return true;
}

// ---- Arithmetic -----------------------------------------------------------------------------

bool mn_float_round(double x, int64_t ndigits, double *result) {
    // Beyond these, x always rounds to itself or to zero (CPython's NDIGITS_MAX and
    // NDIGITS_MIN, from 0.30103 > log10(2)).
    if (!isfinite(x) || x == 0 || ndigits > 323) {
        *result = x;
        return true;
    }
    if (ndigits < -308) {
        *result = 0.0 * x;
        return true;
    }
    mn_float_layout_t digits;
    bool inexact;
    int point = rounded_digits(&digits, fabs(x), false, ndigits, &inexact);
    // Read the rounded decimal back. If nothing was dropped it is x itself. If it has more than
    // 19 digits, the rounding unit 10^-ndigits is below x's unit in the last place (else the
    // result would have at most 17 digits), so the rounded decimal is within half an ulp of x
    // and reads back as x.
    double value = fabs(x);
    if (digits.digit_count == 0) {
        value = 0.0;
    } else if (inexact && digits.digit_count <= 19) {
        decimal_t decimal = {digits.digits, digits.digit_count, point};
        value = decimal_to_double(&decimal);
        if (isinf(value)) {
            return false;
        }
    }
    *result = signbit(x) ? -value : value;
    return true;
}

double mn_float_round_half_even(double x) {
    double rounded = floor(x);
    double difference = x - rounded; // exact: below 2^52 both are close, above x is integral
    if (difference > 0.5 || (difference == 0.5 && fmod(rounded, 2.0) != 0)) {
        rounded += 1.0;
    }
    return rounded;
}

// CPython's _float_div_mod(). fmod is exact, so x - mod is a multiple of y; the division may
// still round, hence the snap of the quotient to the nearest integral value.
static void float_divmod(double x, double y, double *quotient, double *remainder) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        // The remainder takes the sign of the divisor.
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        // A zero remainder also takes the divisor's sign (fmod's varies across platforms).
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
    } else {
        floordiv = copysign(0.0, x / y); // a zero quotient carries the sign of x / y
    }
    *quotient = floordiv;
    *remainder = mod;
}

bool mn_float_floordiv(double x, double y, double *result) {
    if (y == 0) {
        return false;
    }
    double remainder;
    float_divmod(x, y, result, &remainder);
    return true;
}

bool mn_float_mod(double x, double y, double *result) {
    if (y == 0) {
        return false;
    }
    // CPython's float_rem(): the same remainder as divmod, without the quotient.
    double mod = fmod(x, y);
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
        }
    } else {
        mod = copysign(0.0, y);
    }
    *result = mod;
    return true;
}

bool mn_float_divmod(double x, double y, double *quotient, double *remainder) {
    if (y == 0) {
        return false;
    }
    float_divmod(x, y, quotient, remainder);
    return true;
}
