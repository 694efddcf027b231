// The format-spec mini-language of format() and str.format(), and printf-style '%'
// formatting, as CPython 3.11 implements them (Python/formatter_unicode.c and
// PyUnicode_Format), for str, int and float. Pure functions: no allocation is done anywhere.
//
// Output convention (as in float_text.h): a formatting function returns the full length in
// bytes and writes min(length, capacity) bytes of UTF-8 to buffer, without a NUL. Passing
// capacity 0 (buffer may then be NULL) measures without producing anything: measure,
// allocate the string, format again into it. A length of SIZE_MAX means the result cannot be
// represented (a width near 2^63): the caller raises MemoryError.
//
// Division of work with the caller (the object layer):
// - It converts objects: an int's magnitude to digits in the base this module asks for (so
//   big ints work), a float to a double, anything to str for 's'/'r'/'a'.
// - It builds the exception from an mn_format_error_t; mn_format_error_message() and
//   mn_format_percent_error_message() produce CPython's wording. Every error is a ValueError
//   except MN_FORMAT_ERROR_CHAR_RANGE, an OverflowError.
// Formatting a float uses float_text.h's big-integer scratch: about 1 KB of C stack at most.
// Widths and precisions count code points, as Python does; text is UTF-8 and assumed valid.
// Digits in width and precision are ASCII only (CPython also takes other Unicode digits).
#ifndef MN_FORMAT_H
#define MN_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum mn_format_error {
    MN_FORMAT_OK = 0,
    // Errors of the spec's syntax, from mn_format_spec_parse().
    MN_FORMAT_ERROR_INVALID,              // Invalid format specifier '<spec>' for object of
                                          // type '<type>'
    MN_FORMAT_ERROR_MISSING_PRECISION,    // Format specifier missing precision
    MN_FORMAT_ERROR_TOO_MANY_DIGITS,      // Too many decimal digits in format string
    MN_FORMAT_ERROR_COMMA_AND_UNDERSCORE, // Cannot specify both ',' and '_'.
    MN_FORMAT_ERROR_GROUPING_WITH_TYPE,   // Cannot specify ',' with 'x'.
    // Errors of a spec applied to a type.
    MN_FORMAT_ERROR_UNKNOWN_CODE,         // Unknown format code 'x' for object of type '<type>'
    MN_FORMAT_ERROR_SIGN_IN_STRING,       // Sign not allowed in string format specifier
    MN_FORMAT_ERROR_SPACE_IN_STRING,      // Space not allowed in string format specifier
    MN_FORMAT_ERROR_Z_IN_STRING,          // Negative zero coercion (z) not allowed in string ...
    MN_FORMAT_ERROR_ALTERNATE_IN_STRING,  // Alternate form (#) not allowed in string ...
    MN_FORMAT_ERROR_EQUALS_IN_STRING,     // '=' alignment not allowed in string format specifier
    MN_FORMAT_ERROR_PRECISION_IN_INTEGER, // Precision not allowed in integer format specifier
    MN_FORMAT_ERROR_Z_IN_INTEGER,         // Negative zero coercion (z) not allowed in integer ...
    MN_FORMAT_ERROR_SIGN_WITH_C,          // Sign not allowed with integer format specifier 'c'
    MN_FORMAT_ERROR_ALTERNATE_WITH_C,     // Alternate form (#) not allowed with integer ... 'c'
    MN_FORMAT_ERROR_CHAR_RANGE,           // %c arg not in range(0x110000)  (OverflowError)
    MN_FORMAT_ERROR_PRECISION_TOO_BIG,    // precision too big  (a float's, or '%' formatting)
    // Errors of '%' formatting, from mn_format_percent_parse() and _check().
    MN_FORMAT_ERROR_INCOMPLETE,     // incomplete format
    MN_FORMAT_ERROR_INCOMPLETE_KEY, // incomplete format key
    MN_FORMAT_ERROR_WIDTH_TOO_BIG,  // width too big
    MN_FORMAT_ERROR_UNSUPPORTED,    // unsupported format character 'q' (0x71) at index 1
} mn_format_error_t;

// ---- format(value, spec) --------------------------------------------------------------------

// A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type]. Defaults that
// depend on the value's type (alignment, what '0' does, the type) are resolved when the spec
// is applied, so one parse serves every type.
typedef struct mn_format_spec {
    uint32_t fill;         // fill character (a code point), when fill_given
    bool fill_given;       // an explicit fill came before the alignment
    char align;            // '<', '>', '^', '=', or 0 when not given
    char sign;             // '+', '-', ' ', or 0 when not given
    bool no_negative_zero; // 'z'
    bool alternate;        // '#'
    bool zero_padding;     // '0' before the width, without an explicit fill
    int64_t width;         // -1 when not given
    char grouping;         // ',', '_', or 0
    int64_t precision;     // -1 when not given
    uint32_t type;         // the presentation type (a code point), 0 when not given
} mn_format_spec_t;

// Parses spec[0..length) (UTF-8). On an error, *out holds what was parsed so far, which the
// error's message uses. No allocation is done.
mn_format_error_t mn_format_spec_parse(const char *spec, size_t length, mn_format_spec_t *out);

// Formats a str: type 's' or none. No allocation is done.
mn_format_error_t mn_format_str(const mn_format_spec_t *spec, const char *text, size_t length,
                                char *buffer, size_t capacity, size_t *result_length);

// How an int is formatted under a spec.
typedef enum mn_format_int_route {
    MN_FORMAT_INT_UNKNOWN, // not a type for ints: MN_FORMAT_ERROR_UNKNOWN_CODE
    MN_FORMAT_INT_DIGITS,  // by its digits in *base: mn_format_int()
    MN_FORMAT_INT_CHAR,    // 'c': mn_format_int_char()
    MN_FORMAT_INT_FLOAT,   // 'e', 'E', 'f', 'F', 'g', 'G', '%': float(value), mn_format_float()
} mn_format_int_route_t;

// The route for spec's type; *base is 2, 8, 10 or 16 for MN_FORMAT_INT_DIGITS.
mn_format_int_route_t mn_format_int_route(const mn_format_spec_t *spec, unsigned *base);

// The errors an int spec can raise before any conversion, in CPython's order (unknown code,
// precision, 'z', then sign and '#' with 'c'), so the caller can check before converting a
// big int to digits. MN_FORMAT_OK for the float route (mn_format_float checks those).
mn_format_error_t mn_format_int_check(const mn_format_spec_t *spec);

// Formats an int given as its sign and the digits of its magnitude in the route's base
// (ASCII, lowercase for hex, no prefix, no leading zeros except "0" itself). Handles the
// types 'b', 'o', 'x', 'X', 'd', 'n' and none ('n' uses no grouping: the C locale). No
// allocation is done.
mn_format_error_t mn_format_int(const mn_format_spec_t *spec, bool negative, const char *digits,
                                size_t count, char *buffer, size_t capacity, size_t *result_length);

// Formats an int with type 'c'. The caller passes the int's value clamped into int64_t (any
// value outside 0..0x10ffff gives MN_FORMAT_ERROR_CHAR_RANGE). No allocation is done.
mn_format_error_t mn_format_int_char(const mn_format_spec_t *spec, int64_t value, char *buffer,
                                     size_t capacity, size_t *result_length);

// Formats a float: types 'e', 'E', 'f', 'F', 'g', 'G', 'n' (as 'g', C locale), '%' and none
// (repr without a precision, else 'g' keeping at least one fraction digit). No allocation is
// done.
mn_format_error_t mn_format_float(const mn_format_spec_t *spec, double value, char *buffer,
                                  size_t capacity, size_t *result_length);

// Writes the message of an error of the functions above. spec_text is the spec as given and
// type_name the value's type name ("int"), for the messages that show them. No allocation is
// done; output convention above.
size_t mn_format_error_message(mn_format_error_t error, const mn_format_spec_t *spec,
                               const char *spec_text, size_t spec_length, const char *type_name,
                               char *buffer, size_t capacity);

// ---- printf-style formatting: format % values ----------------------------------------------

enum {
    MN_FORMAT_PERCENT_LEFT = 1,      // '-'
    MN_FORMAT_PERCENT_SIGN = 2,      // '+'
    MN_FORMAT_PERCENT_SPACE = 4,     // ' '
    MN_FORMAT_PERCENT_ALTERNATE = 8, // '#'
    MN_FORMAT_PERCENT_ZERO = 16,     // '0'
};

// One conversion: %[(key)][flags][width|*][.precision|.*][h|l|L]conversion.
typedef struct mn_format_percent {
    unsigned flags;           // MN_FORMAT_PERCENT_*
    int64_t width;            // -1 when not given
    int64_t precision;        // -1 when not given
    bool width_star;          // '*': the width is the next argument (set it with _set_width)
    bool precision_star;      // '.*': the precision is the next argument
    bool has_key;             // a mapping key in parentheses
    size_t key_offset;        // the key is format[key_offset .. key_offset + key_length)
    size_t key_length;        //   (parentheses inside it balance, as in CPython)
    bool literal;             // "%%": write one '%', take no argument
    uint32_t conversion;      // the conversion character (a code point)
    size_t conversion_offset; // its byte offset in the format, for the error message
} mn_format_percent_t;

// Parses the conversion that starts at format[*position], just after a '%', and advances
// *position past it. Unknown conversion characters are not an error here: CPython takes the
// argument first ("not enough arguments" wins), then mn_format_percent_check() reports them.
// The caller then takes, in order: the width argument when width_star, the precision argument
// when precision_star, then the value (from the mapping when has_key, unless literal).
mn_format_error_t mn_format_percent_parse(const char *format, size_t length, size_t *position,
                                          mn_format_percent_t *out);

// MN_FORMAT_ERROR_UNSUPPORTED unless the conversion is one of d i u o x X e E f F g G c r s a
// (or the literal "%%").
mn_format_error_t mn_format_percent_check(const mn_format_percent_t *spec);

// The width and precision taken from arguments for '*': a negative width means left
// alignment, a negative precision means 0 (CPython's rules).
void mn_format_percent_set_width(mn_format_percent_t *spec, int64_t width);
void mn_format_percent_set_precision(mn_format_percent_t *spec, int64_t precision);

// The base of the digits mn_format_percent_int() wants for a conversion: 10, 8 or 16.
unsigned mn_format_percent_base(uint32_t conversion);

// Formats an int for d, i, u, o, x, X from its sign and its magnitude's digits in
// mn_format_percent_base() (lowercase hex, no prefix). The caller converts floats with
// int() first for d/i/u. No allocation is done.
size_t mn_format_percent_int(const mn_format_percent_t *spec, bool negative, const char *digits,
                             size_t count, char *buffer, size_t capacity);

// Formats a float for e, E, f, F, g, G. No allocation is done.
size_t mn_format_percent_float(const mn_format_percent_t *spec, double value, char *buffer,
                               size_t capacity);

// Formats text for s, r, a (the caller has applied str(), repr(), ascii(); the precision
// truncates) and c (the caller passes the character's UTF-8). No allocation is done.
size_t mn_format_percent_str(const mn_format_percent_t *spec, const char *text, size_t length,
                             char *buffer, size_t capacity);

// Writes the message of a '%' formatting error (format is the whole format string, for the
// index of an unsupported character, counted in code points). No allocation is done.
size_t mn_format_percent_error_message(mn_format_error_t error, const mn_format_percent_t *spec,
                                       const char *format, char *buffer, size_t capacity);

#endif
