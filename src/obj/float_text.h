// Decimal text of doubles as CPython writes and reads it, and the float arithmetic whose
// Python semantics differ from C's (floor division, modulo, round()).
//
// No allocation is done anywhere here, and nothing calls libc's printf/strtod: newlib's
// versions allocate with malloc and newlib-nano may leave floats out entirely. Conversions
// are exact: a fixed-size big-integer scratch on the C stack (at most three 148-byte numbers,
// about 700 bytes deep in all) gives correctly rounded results in both directions, the same
// on every target.
//
// Output convention of every function that produces text: it returns the full length in
// bytes and writes min(length, capacity) bytes to buffer, without a terminating NUL (Python
// strings carry their length). buffer may be NULL when capacity is 0, which measures: call
// once to measure, allocate, call again to fill. All text produced here is ASCII.
//
// Floating-point evaluation must be IEEE double without excess precision (FLT_EVAL_METHOD 0):
// on 32-bit x86 that means -msse2 -mfpmath=sse, as the Makefile's M32 build does. With x87
// excess precision the text conversions stay exact (their fast path is compiled out), but
// '%' formatting (value * 100) and floor division/modulo can round twice.
#ifndef MN_FLOAT_TEXT_H
#define MN_FLOAT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Longest repr of a double, e.g. "-2.2250738585072014e-308".
#define MN_FLOAT_REPR_MAX 24

// repr(value) and str(value): the shortest string that reads back as value, with CPython's
// layout (exponent form when the decimal exponent is < -4 or >= 16, ".0" added to integers,
// "inf", "-inf", "nan"). No allocation is done.
size_t mn_float_repr(double value, char *buffer, size_t capacity);

// float(text): optional Unicode whitespace around an optional sign and a decimal literal
// (digits with at most one '.', at least one digit, optional exponent e/E[sign]digits), or
// "inf", "infinity", "nan" in any case. An underscore may appear only between two digits.
// Returns false when the text is not such a literal: the caller raises
// "ValueError: could not convert string to float: <repr of the argument>". Values beyond the
// range give +-inf or +-0.0, as in CPython. The result is correctly rounded (half-even).
// Non-ASCII decimal digits (which CPython's float() maps to ASCII) are not accepted.
// No allocation is done.
bool mn_float_parse(const char *text, size_t length, double *result);

// ---- Formatting with a presentation type (PyOS_double_to_string) ----------------------------

// Flags of mn_float_layout().
enum {
    MN_FLOAT_ALTERNATE = 1,        // '#': keep the decimal point and the trailing zeros of 'g'
    MN_FLOAT_ADD_DOT_0 = 2,        // integers get ".0"; 'g' switches to exponent one digit sooner
    MN_FLOAT_NO_NEGATIVE_ZERO = 4, // 'z': a result that rounds to zero is printed without '-'
};

// How a double is written under one presentation type, computed once so that a caller can
// size a field before producing any character. The text is
//   [-] <integer_digits digits> [.] <remainder characters>
// where the remainder holds the fraction digits and the exponent, or is "inf"/"nan" (then
// integer_digits is 0 and there is no point). The sign is not part of the body written by
// mn_float_layout_write(). Fields after the summary are private to float_text.c.
typedef struct mn_float_layout {
    bool negative;         // a '-' belongs in front (false for nan and for 'z' zeros)
    bool point;            // a '.' follows the integer digits
    size_t integer_digits; // digits before the point
    size_t remainder;      // characters after the point (or after the digits)

    // Private.
    uint8_t kind;       // finite, inf or nan
    bool uppercase;     // 'E', 'F', 'G': "INF", "NAN", 'E'
    bool use_exponent;  // an exponent follows the digits
    bool stored;        // digits[] holds all digit_count digits; else they are regenerated
    bool round_up;      // regenerated: the last digit is one more than generated
    char digits[24];    // the significant digits, trailing zeros stripped, when stored
    size_t digit_count; // significant digits
    int exponent;       // decimal exponent printed after 'e'
    int point_position; // digits before the point (<= 0: "0." and zeros come first)
    int64_t digit_end;  // the printed digits, zero-padded on both sides, end here
    double magnitude;   // |value|, to regenerate the digits
} mn_float_layout_t;

// Lays out value under type 'e', 'E', 'f', 'F', 'g', 'G' (with precision >= 0, as CPython:
// 'e' prints precision + 1 significant digits, 'g' treats 0 as 1) or 'r' (repr; precision
// ignored), with MN_FLOAT_* flags. The digits are correctly rounded, half-even on the exact
// binary value. No allocation is done.
void mn_float_layout(mn_float_layout_t *layout, double value, char type, int32_t precision,
                     unsigned flags);

// Total bytes of the laid-out text, sign included.
size_t mn_float_layout_length(const mn_float_layout_t *layout);

// Receives the body of a laid-out float: count copies of c. integer_part is true for the
// digits before the point, so a caller can insert group separators between them.
typedef struct mn_float_writer mn_float_writer_t;
struct mn_float_writer {
    void (*write)(mn_float_writer_t *writer, char c, size_t count, bool integer_part);
};

// Writes the body (everything but the sign) to writer. No allocation is done.
void mn_float_layout_write(const mn_float_layout_t *layout, mn_float_writer_t *writer);

// The whole text, sign included, into buffer (output convention above). No allocation is
// done.
size_t mn_float_format(double value, char type, int32_t precision, unsigned flags, char *buffer,
                       size_t capacity);

// ---- Arithmetic with Python's semantics ---------------------------------------------------

// round(x, ndigits), correctly rounded as CPython does (the decimal string rounded half-even
// on the exact value, read back). nan and inf round to themselves; ndigits beyond +-323 give
// x or +-0.0. Returns false when the result overflows: the caller raises
// "OverflowError: rounded value too large to represent".
bool mn_float_round(double x, int64_t ndigits, double *result);

// round(x) before the conversion to int: the nearest integral value, ties to even. x must be
// finite (the caller raises for inf and nan before converting).
double mn_float_round_half_even(double x);

// x // y, x % y and divmod(x, y) as CPython computes them (the remainder takes the divisor's
// sign, zero remainders are signed like the divisor, the quotient is snapped to an integral
// value). They return false when y is zero: the caller raises ZeroDivisionError with
// "float floor division by zero", "float modulo" or "float divmod()".
bool mn_float_floordiv(double x, double y, double *result);
bool mn_float_mod(double x, double y, double *result);
bool mn_float_divmod(double x, double y, double *quotient, double *remainder);

#endif
