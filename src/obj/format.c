// The format-spec mini-language and printf-style '%' formatting, following CPython 3.11's
// Python/formatter_unicode.c and PyUnicode_Format() step by step. See format.h.
//
// A formatted number is one field:
//   <left padding> <sign> <prefix> <inner padding> <grouped digits> <point> <remainder>
//   <right padding>
// where at most one padding is not empty, the grouped digits are the integer digits with
// separators (zero-padded on the left when the fill is '0' and the alignment '='), and the
// remainder is everything after them: fraction and exponent, "inf", the '%' of type '%', or
// the character of type 'c'. Every length is known before the first byte is written, so a
// measuring call does no work beyond the layout. Nothing here allocates.
#include "obj/format.h"

#include <assert.h>
#include <string.h>

#include "obj/float_text.h"

// ---- UTF-8 ----------------------------------------------------------------------------------

// Decodes the character at text[0..length), length > 0; returns its size. Text is assumed to
// be valid UTF-8; a malformed byte decodes as itself, size 1, so scanning always advances.
static size_t utf8_decode(const char *text, size_t length, uint32_t *code_point) {
    const unsigned char *bytes = (const unsigned char *)text;
    unsigned char lead = bytes[0];
    size_t size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (size > length) {
        size = 1;
    }
    uint32_t value = size == 1 ? lead : lead & (0x7f >> size);
    for (size_t i = 1; i < size; i++) {
        if ((bytes[i] & 0xc0) != 0x80) {
            *code_point = lead;
            return 1;
        }
        value = (value << 6) | (bytes[i] & 0x3f);
    }
    *code_point = value;
    return size;
}

static size_t utf8_encode(uint32_t code_point, char *out) {
    if (code_point < 0x80) {
        out[0] = (char)code_point;
        return 1;
    }
    if (code_point < 0x800) {
        out[0] = (char)(0xc0 | (code_point >> 6));
        out[1] = (char)(0x80 | (code_point & 0x3f));
        return 2;
    }
    if (code_point < 0x10000) {
        out[0] = (char)(0xe0 | (code_point >> 12));
        out[1] = (char)(0x80 | ((code_point >> 6) & 0x3f));
        out[2] = (char)(0x80 | (code_point & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (code_point >> 18));
    out[1] = (char)(0x80 | ((code_point >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((code_point >> 6) & 0x3f));
    out[3] = (char)(0x80 | (code_point & 0x3f));
    return 4;
}

static bool is_continuation(char c) {
    return ((unsigned char)c & 0xc0) == 0x80;
}

static size_t count_code_points(const char *text, size_t length) {
    size_t count = 0;
    for (size_t i = 0; i < length; i++) {
        count += !is_continuation(text[i]);
    }
    return count;
}

// The byte length of the first `count` code points of text (all of it if it has fewer).
static size_t code_points_prefix(const char *text, size_t length, size_t count) {
    size_t i = 0;
    for (; i < length; i++) {
        if (!is_continuation(text[i])) {
            if (count == 0) {
                break;
            }
            count--;
        }
    }
    return i;
}

// ---- Sizes ----------------------------------------------------------------------------------
//
// Widths reach 2^63 - 1, so sizes are computed in uint64_t, saturating, and turned into
// size_t at the end; SIZE_MAX tells the caller the result cannot exist.

static uint64_t add_saturating(uint64_t a, uint64_t b) {
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

static uint64_t multiply_saturating(uint64_t a, uint64_t b) {
    return b != 0 && a > UINT64_MAX / b ? UINT64_MAX : a * b;
}

static size_t to_size(uint64_t value) {
    return value > SIZE_MAX ? SIZE_MAX : (size_t)value;
}

// ---- Output ---------------------------------------------------------------------------------

// Writes into the caller's buffer, dropping what does not fit. Integer digits go through
// sink_integer_digit(), which puts a separator in front of every group of `group` digits
// counted from the right end of the integer part.
typedef struct sink {
    mn_float_writer_t base; // first, so that a float writer pointer is a sink pointer
    char *buffer;
    size_t capacity;
    size_t length;      // bytes written: stops growing once the buffer is full
    uint64_t requested; // bytes asked for by sink_bytes(), written or not (for messages)
    unsigned group;
    char separator;
    bool uppercase;        // hex digits in uppercase ('X')
    uint64_t integer_left; // integer-part characters (padding zeros included) still to come
    uint64_t integer_total;
} sink_t;

static bool sink_full(const sink_t *sink) {
    return sink->length >= sink->capacity;
}

static void sink_bytes(sink_t *sink, const char *bytes, size_t count) {
    sink->requested = add_saturating(sink->requested, count);
    if (count > 0 && !sink_full(sink)) {
        size_t room = sink->capacity - sink->length;
        memcpy(sink->buffer + sink->length, bytes, count < room ? count : room);
        sink->length += count < room ? count : room;
    }
}

static void sink_text(sink_t *sink, const char *text) {
    sink_bytes(sink, text, strlen(text));
}

// Writes count copies of unit; stops early once the buffer is full, so a huge padding costs
// no more than the buffer.
static void sink_repeat(sink_t *sink, const char *unit, size_t unit_size, uint64_t count) {
    for (; count > 0 && !sink_full(sink); count--) {
        sink_bytes(sink, unit, unit_size);
    }
}

static void sink_integer_digit(sink_t *sink, char c) {
    if (sink->group != 0 && sink->integer_left < sink->integer_total &&
        sink->integer_left % sink->group == 0) {
        sink_bytes(sink, &sink->separator, 1);
    }
    if (sink->uppercase && c >= 'a' && c <= 'z') {
        c = (char)(c - 'a' + 'A');
    }
    sink_bytes(sink, &c, 1);
    sink->integer_left--;
}

static void sink_float_write(mn_float_writer_t *writer, char c, size_t count, bool integer_part) {
    sink_t *sink = (sink_t *)writer;
    if (integer_part) {
        for (; count > 0 && !sink_full(sink); count--) {
            sink_integer_digit(sink, c);
        }
    } else {
        sink_repeat(sink, &c, 1, count);
    }
}

static sink_t sink_make(char *buffer, size_t capacity) {
    sink_t sink;
    memset(&sink, 0, sizeof sink);
    sink.base.write = sink_float_write;
    sink.buffer = buffer;
    sink.capacity = buffer == NULL ? 0 : capacity;
    return sink;
}

static void sink_unsigned(sink_t *sink, uint64_t value, unsigned base) {
    char text[24];
    size_t length = 0;
    do {
        text[length++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value != 0);
    while (length > 0) {
        sink_bytes(sink, &text[--length], 1);
    }
}

// ---- The spec -------------------------------------------------------------------------------

static bool is_alignment(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Reads a decimal integer at spec[*position]; returns the digits consumed, or -1 when it
// exceeds INT64_MAX (CPython's limit is PY_SSIZE_T_MAX, the same on 64-bit hosts).
static int get_integer(const char *spec, size_t length, size_t *position, int64_t *result) {
    int64_t value = 0;
    int consumed = 0;
    for (; *position < length && spec[*position] >= '0' && spec[*position] <= '9'; (*position)++) {
        int digit = spec[*position] - '0';
        if (value > (INT64_MAX - digit) / 10) {
            return -1;
        }
        value = value * 10 + digit;
        consumed = 1;
    }
    *result = value;
    return consumed;
}

mn_format_error_t mn_format_spec_parse(const char *spec, size_t length, mn_format_spec_t *out) {
    memset(out, 0, sizeof *out);
    out->fill = ' ';
    out->width = -1;
    out->precision = -1;
    size_t position = 0;
    uint32_t first = 0;
    uint32_t second = 0;
    size_t first_size = length > 0 ? utf8_decode(spec, length, &first) : 0;
    size_t second_size =
        length > first_size ? utf8_decode(spec + first_size, length - first_size, &second) : 0;
    if (second_size != 0 && is_alignment(second)) {
        out->fill = first;
        out->fill_given = true;
        out->align = (char)second;
        position = first_size + second_size;
    } else if (first_size != 0 && is_alignment(first)) {
        out->align = (char)first;
        position = 1;
    }
    if (position < length &&
        (spec[position] == '+' || spec[position] == '-' || spec[position] == ' ')) {
        out->sign = spec[position++];
    }
    if (position < length && spec[position] == 'z') {
        out->no_negative_zero = true;
        position++;
    }
    if (position < length && spec[position] == '#') {
        out->alternate = true;
        position++;
    }
    // The special case of '0' without an explicit fill (backwards compatibility): it sets the
    // fill to '0' and, for numbers without an alignment, the alignment to '='.
    if (!out->fill_given && position < length && spec[position] == '0') {
        out->zero_padding = true;
        position++;
    }
    int consumed = get_integer(spec, length, &position, &out->width);
    if (consumed < 0) {
        return MN_FORMAT_ERROR_TOO_MANY_DIGITS;
    }
    if (consumed == 0) {
        out->width = -1;
    }
    if (position < length && spec[position] == ',') {
        out->grouping = ',';
        position++;
    }
    if (position < length && spec[position] == '_') {
        if (out->grouping != 0) {
            return MN_FORMAT_ERROR_COMMA_AND_UNDERSCORE;
        }
        out->grouping = '_';
        position++;
    }
    if (position < length && spec[position] == ',' && out->grouping == '_') {
        return MN_FORMAT_ERROR_COMMA_AND_UNDERSCORE;
    }
    if (position < length && spec[position] == '.') {
        position++;
        consumed = get_integer(spec, length, &position, &out->precision);
        if (consumed < 0) {
            return MN_FORMAT_ERROR_TOO_MANY_DIGITS;
        }
        if (consumed == 0) {
            out->precision = -1;
            return MN_FORMAT_ERROR_MISSING_PRECISION;
        }
    }
    if (position < length) {
        uint32_t type;
        size_t size = utf8_decode(spec + position, length - position, &type);
        if (position + size < length) {
            return MN_FORMAT_ERROR_INVALID; // more than one character left
        }
        out->type = type;
    }
    // Grouping is for decimal numbers; '_' also groups b/o/x/X digits by four (PEP 515). The
    // case of no type depends on the value's type and is checked when the spec is applied.
    if (out->grouping != 0 && out->type != 0) {
        switch (out->type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (out->grouping == '_') {
                break;
            }
            return MN_FORMAT_ERROR_GROUPING_WITH_TYPE;
        default:
            return MN_FORMAT_ERROR_GROUPING_WITH_TYPE;
        }
    }
    return MN_FORMAT_OK;
}

// ---- Fields ---------------------------------------------------------------------------------

// The spec's padding, resolved for one kind of value.
typedef struct field {
    char fill[4];
    size_t fill_size;
    bool zero_fill; // the fill is '0'
    char align;
    int64_t width;
} field_t;

static field_t field_make(const mn_format_spec_t *spec, bool numeric) {
    field_t field;
    uint32_t fill = spec->fill_given ? spec->fill : spec->zero_padding ? '0' : ' ';
    field.fill_size = utf8_encode(fill, field.fill);
    field.zero_fill = fill == '0';
    if (spec->align != 0) {
        field.align = spec->align;
    } else if (numeric) {
        field.align = spec->zero_padding ? '=' : '>';
    } else {
        field.align = '<';
    }
    field.width = spec->width;
    return field;
}

// The fill characters a field of `content` code points needs to reach the width.
static uint64_t padding_for(const field_t *field, uint64_t content) {
    return field->width > 0 && (uint64_t)field->width > content ? (uint64_t)field->width - content
                                                                : 0;
}

// Splits the padding between left and right by the alignment ('=' puts it inside numbers and
// is handled there).
static void split_padding(const field_t *field, uint64_t padding, uint64_t *left, uint64_t *right) {
    *left = field->align == '>' ? padding : field->align == '^' ? padding / 2 : 0;
    *right = padding - *left;
}

// ---- Numbers --------------------------------------------------------------------------------

typedef struct number {
    char sign; // printed sign, or 0
    const char *prefix;
    size_t prefix_length;
    size_t digits; // integer digits
    bool point;
    uint64_t remainder;       // code points after the digits
    uint64_t remainder_bytes; // their bytes
    unsigned group;           // digits per group, 0 for no grouping
    char separator;
} number_t;

typedef struct number_widths {
    uint64_t left, inner, right; // padding, in fill characters
    uint64_t digit_chars;        // digits plus padding zeros, separators not counted
    uint64_t total;              // bytes of the whole field
} number_widths_t;

// CPython's calc_number_widths(). With fill '0' and alignment '=', the zeros go among the
// digits and get separators too, reaching min_width (the width less the non-digit parts):
// the shortest digit run, in whole groups but possibly a shorter leftmost one, whose grouped
// length is at least min_width (so format(1234, '08,') is '0,001,234': a group may not start
// with a separator). Its digit count d is the least with d + (d - 1) / group >= min_width.
static number_widths_t number_layout(const field_t *field, const number_t *number) {
    number_widths_t widths;
    uint64_t non_digits = (number->sign != 0) + number->prefix_length + number->point;
    non_digits = add_saturating(non_digits, number->remainder);
    uint64_t grouped = 0;
    widths.digit_chars = 0;
    if (number->digits > 0) {
        uint64_t digit_chars = number->digits;
        if (field->zero_fill && field->align == '=' && field->width > 0 &&
            (uint64_t)field->width > non_digits) {
            uint64_t min_width = (uint64_t)field->width - non_digits;
            uint64_t needed = min_width;
            if (number->group != 0) {
                needed = (min_width - 1) - (min_width - 1) / (number->group + 1) + 1;
            }
            if (needed > digit_chars) {
                digit_chars = needed;
            }
        }
        widths.digit_chars = digit_chars;
        grouped = digit_chars + (number->group != 0 ? (digit_chars - 1) / number->group : 0);
    }
    uint64_t padding = padding_for(field, add_saturating(non_digits, grouped));
    widths.left = widths.inner = widths.right = 0;
    if (field->align == '=') {
        widths.inner = padding;
    } else {
        split_padding(field, padding, &widths.left, &widths.right);
    }
    uint64_t total = multiply_saturating(padding, field->fill_size);
    total = add_saturating(total, (number->sign != 0) + number->prefix_length + number->point);
    total = add_saturating(total, grouped);
    widths.total = add_saturating(total, number->remainder_bytes);
    return widths;
}

// Writes the field up to the integer digits, and the padding zeros among them; the caller
// writes the digits with sink_integer_digit(), then the point and the remainder.
static void number_begin(sink_t *sink, const field_t *field, const number_t *number,
                         const number_widths_t *widths) {
    sink_repeat(sink, field->fill, field->fill_size, widths->left);
    if (number->sign != 0) {
        sink_bytes(sink, &number->sign, 1);
    }
    sink_bytes(sink, number->prefix, number->prefix_length);
    sink_repeat(sink, field->fill, field->fill_size, widths->inner);
    sink->group = number->group;
    sink->separator = number->separator;
    sink->integer_total = sink->integer_left = widths->digit_chars;
    for (uint64_t zeros = widths->digit_chars - number->digits; zeros > 0 && !sink_full(sink);
         zeros--) {
        sink_integer_digit(sink, '0');
    }
    sink->integer_left = number->digits; // exact again even if the zero loop stopped early
}

static void number_end(sink_t *sink, const field_t *field, const number_widths_t *widths) {
    sink_repeat(sink, field->fill, field->fill_size, widths->right);
}

// The sign a number shows under the spec's sign option.
static char sign_for(char option, bool negative) {
    if (negative) {
        return '-';
    }
    return option == '+' || option == ' ' ? option : 0;
}

static void set_grouping(number_t *number, const mn_format_spec_t *spec, bool by_four) {
    number->group = 0;
    number->separator = spec->grouping;
    if (spec->grouping != 0 && spec->type != 'n') {
        number->group = by_four ? 4 : 3;
    }
}

static size_t finish(const sink_t *sink, uint64_t total) {
    // Whatever fit was written; a buffer large enough got exactly the measured length.
    assert(sink->length == sink->capacity || sink->length == total);
    (void)sink;
    return to_size(total);
}

// ---- str ------------------------------------------------------------------------------------

mn_format_error_t mn_format_str(const mn_format_spec_t *spec, const char *text, size_t length,
                                char *buffer, size_t capacity, size_t *result_length) {
    if (spec->type != 0 && spec->type != 's') {
        return MN_FORMAT_ERROR_UNKNOWN_CODE;
    }
    if (spec->grouping != 0) {
        return MN_FORMAT_ERROR_GROUPING_WITH_TYPE; // no type means 's' for str
    }
    if (spec->sign != 0) {
        return spec->sign == ' ' ? MN_FORMAT_ERROR_SPACE_IN_STRING : MN_FORMAT_ERROR_SIGN_IN_STRING;
    }
    if (spec->no_negative_zero) {
        return MN_FORMAT_ERROR_Z_IN_STRING;
    }
    if (spec->alternate) {
        return MN_FORMAT_ERROR_ALTERNATE_IN_STRING;
    }
    if (spec->align == '=') {
        return MN_FORMAT_ERROR_EQUALS_IN_STRING;
    }
    field_t field = field_make(spec, false);
    uint64_t characters = count_code_points(text, length);
    if (spec->precision >= 0 && characters > (uint64_t)spec->precision) {
        characters = (uint64_t)spec->precision;
        length = code_points_prefix(text, length, (size_t)characters);
    }
    uint64_t left, right;
    split_padding(&field, padding_for(&field, characters), &left, &right);
    uint64_t total = multiply_saturating(left + right, field.fill_size);
    total = add_saturating(total, length);
    *result_length = to_size(total);
    if (capacity == 0) {
        return MN_FORMAT_OK;
    }
    sink_t sink = sink_make(buffer, capacity);
    sink_repeat(&sink, field.fill, field.fill_size, left);
    sink_bytes(&sink, text, length);
    sink_repeat(&sink, field.fill, field.fill_size, right);
    finish(&sink, total);
    return MN_FORMAT_OK;
}

// ---- int ------------------------------------------------------------------------------------

mn_format_int_route_t mn_format_int_route(const mn_format_spec_t *spec, unsigned *base) {
    *base = 10;
    switch (spec->type) {
    case 'b':
        *base = 2;
        return MN_FORMAT_INT_DIGITS;
    case 'o':
        *base = 8;
        return MN_FORMAT_INT_DIGITS;
    case 'x':
    case 'X':
        *base = 16;
        return MN_FORMAT_INT_DIGITS;
    case 0:
    case 'd':
    case 'n':
        return MN_FORMAT_INT_DIGITS;
    case 'c':
        return MN_FORMAT_INT_CHAR;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
        return MN_FORMAT_INT_FLOAT;
    default:
        return MN_FORMAT_INT_UNKNOWN;
    }
}

mn_format_error_t mn_format_int_check(const mn_format_spec_t *spec) {
    unsigned base;
    mn_format_int_route_t route = mn_format_int_route(spec, &base);
    if (route == MN_FORMAT_INT_UNKNOWN) {
        return MN_FORMAT_ERROR_UNKNOWN_CODE;
    }
    if (route == MN_FORMAT_INT_FLOAT) {
        return MN_FORMAT_OK;
    }
    if (spec->precision >= 0) {
        return MN_FORMAT_ERROR_PRECISION_IN_INTEGER;
    }
    if (spec->no_negative_zero) {
        return MN_FORMAT_ERROR_Z_IN_INTEGER;
    }
    if (route == MN_FORMAT_INT_CHAR) {
        if (spec->sign != 0) {
            return MN_FORMAT_ERROR_SIGN_WITH_C;
        }
        if (spec->alternate) {
            return MN_FORMAT_ERROR_ALTERNATE_WITH_C;
        }
    }
    return MN_FORMAT_OK;
}

mn_format_error_t mn_format_int(const mn_format_spec_t *spec, bool negative, const char *digits,
                                size_t count, char *buffer, size_t capacity,
                                size_t *result_length) {
    mn_format_error_t error = mn_format_int_check(spec);
    unsigned base;
    if (error != MN_FORMAT_OK) {
        return error;
    }
    if (mn_format_int_route(spec, &base) != MN_FORMAT_INT_DIGITS) {
        return MN_FORMAT_ERROR_UNKNOWN_CODE; // a caller error: 'c' and floats go elsewhere
    }
    field_t field = field_make(spec, true);
    number_t number;
    memset(&number, 0, sizeof number);
    number.sign = sign_for(spec->sign, negative);
    if (spec->alternate && base != 10) {
        number.prefix = spec->type == 'b'   ? "0b"
                        : spec->type == 'o' ? "0o"
                        : spec->type == 'x' ? "0x"
                                            : "0X";
        number.prefix_length = 2;
    }
    number.digits = count;
    set_grouping(&number, spec, base != 10);
    number_widths_t widths = number_layout(&field, &number);
    *result_length = to_size(widths.total);
    if (capacity == 0) {
        return MN_FORMAT_OK;
    }
    sink_t sink = sink_make(buffer, capacity);
    sink.uppercase = spec->type == 'X';
    number_begin(&sink, &field, &number, &widths);
    for (size_t i = 0; i < count && !sink_full(&sink); i++) {
        sink_integer_digit(&sink, digits[i]);
    }
    number_end(&sink, &field, &widths);
    finish(&sink, widths.total);
    return MN_FORMAT_OK;
}

mn_format_error_t mn_format_int_char(const mn_format_spec_t *spec, int64_t value, char *buffer,
                                     size_t capacity, size_t *result_length) {
    mn_format_error_t error = mn_format_int_check(spec);
    if (error != MN_FORMAT_OK) {
        return error;
    }
    if (value < 0 || value > 0x10ffff) {
        return MN_FORMAT_ERROR_CHAR_RANGE;
    }
    char character[4];
    field_t field = field_make(spec, true);
    number_t number;
    memset(&number, 0, sizeof number);
    // The character is a remainder: no digits, so no zero padding among them (CPython).
    number.remainder = 1;
    number.remainder_bytes = utf8_encode((uint32_t)value, character);
    number_widths_t widths = number_layout(&field, &number);
    *result_length = to_size(widths.total);
    if (capacity == 0) {
        return MN_FORMAT_OK;
    }
    sink_t sink = sink_make(buffer, capacity);
    number_begin(&sink, &field, &number, &widths);
    sink_bytes(&sink, character, (size_t)number.remainder_bytes);
    number_end(&sink, &field, &widths);
    finish(&sink, widths.total);
    return MN_FORMAT_OK;
}

// ---- float ----------------------------------------------------------------------------------

mn_format_error_t mn_format_float(const mn_format_spec_t *spec, double value, char *buffer,
                                  size_t capacity, size_t *result_length) {
    char type = (char)spec->type;
    switch (spec->type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
        break;
    default:
        return MN_FORMAT_ERROR_UNKNOWN_CODE;
    }
    if (spec->precision > INT32_MAX) {
        return MN_FORMAT_ERROR_PRECISION_TOO_BIG;
    }
    // CPython's format_float_internal().
    unsigned flags = 0;
    if (spec->alternate) {
        flags |= MN_FLOAT_ALTERNATE;
    }
    if (spec->no_negative_zero) {
        flags |= MN_FLOAT_NO_NEGATIVE_ZERO;
    }
    int32_t default_precision = 6;
    if (type == 0) {
        // No type: repr without a precision, else 'g' keeping at least one fraction digit.
        flags |= MN_FLOAT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    } else if (type == 'n') {
        type = 'g'; // the C locale: no grouping, '.' as the point
    }
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        value *= 100;
    }
    int32_t precision = (int32_t)spec->precision;
    if (precision < 0) {
        precision = default_precision;
    } else if (type == 'r') {
        type = 'g';
    }
    mn_float_layout_t layout;
    mn_float_layout(&layout, value, type, precision, flags);

    field_t field = field_make(spec, true);
    number_t number;
    memset(&number, 0, sizeof number);
    number.sign = sign_for(spec->sign, layout.negative);
    number.digits = layout.integer_digits;
    number.point = layout.point;
    number.remainder = number.remainder_bytes = layout.remainder + percent;
    set_grouping(&number, spec, false);
    number_widths_t widths = number_layout(&field, &number);
    *result_length = to_size(widths.total);
    if (capacity == 0) {
        return MN_FORMAT_OK;
    }
    sink_t sink = sink_make(buffer, capacity);
    number_begin(&sink, &field, &number, &widths);
    mn_float_layout_write(&layout, &sink.base);
    if (percent) {
        sink_bytes(&sink, "%", 1);
    }
    number_end(&sink, &field, &widths);
    finish(&sink, widths.total);
    return MN_FORMAT_OK;
}

// ---- Messages -------------------------------------------------------------------------------

// A character of a message: itself when printable ASCII, else "\x.." (CPython's rule for
// the type and separator in its messages).
static void sink_character(sink_t *sink, uint32_t c) {
    if (c > 32 && c < 128) {
        char byte = (char)c;
        sink_bytes(sink, &byte, 1);
    } else {
        sink_text(sink, "\\x");
        sink_unsigned(sink, c, 16);
    }
}

static const char *const fixed_messages[] = {
    [MN_FORMAT_ERROR_MISSING_PRECISION] = "Format specifier missing precision",
    [MN_FORMAT_ERROR_TOO_MANY_DIGITS] = "Too many decimal digits in format string",
    [MN_FORMAT_ERROR_COMMA_AND_UNDERSCORE] = "Cannot specify both ',' and '_'.",
    [MN_FORMAT_ERROR_SIGN_IN_STRING] = "Sign not allowed in string format specifier",
    [MN_FORMAT_ERROR_SPACE_IN_STRING] = "Space not allowed in string format specifier",
    [MN_FORMAT_ERROR_Z_IN_STRING] =
        "Negative zero coercion (z) not allowed in string format specifier",
    [MN_FORMAT_ERROR_ALTERNATE_IN_STRING] =
        "Alternate form (#) not allowed in string format specifier",
    [MN_FORMAT_ERROR_EQUALS_IN_STRING] = "'=' alignment not allowed in string format specifier",
    [MN_FORMAT_ERROR_PRECISION_IN_INTEGER] = "Precision not allowed in integer format specifier",
    [MN_FORMAT_ERROR_Z_IN_INTEGER] =
        "Negative zero coercion (z) not allowed in integer format specifier",
    [MN_FORMAT_ERROR_SIGN_WITH_C] = "Sign not allowed with integer format specifier 'c'",
    [MN_FORMAT_ERROR_ALTERNATE_WITH_C] =
        "Alternate form (#) not allowed with integer format specifier 'c'",
    [MN_FORMAT_ERROR_CHAR_RANGE] = "%c arg not in range(0x110000)",
    [MN_FORMAT_ERROR_PRECISION_TOO_BIG] = "precision too big",
    [MN_FORMAT_ERROR_INCOMPLETE] = "incomplete format",
    [MN_FORMAT_ERROR_INCOMPLETE_KEY] = "incomplete format key",
    [MN_FORMAT_ERROR_WIDTH_TOO_BIG] = "width too big",
};

// Writes the message of an error with a fixed text; false if it has none.
static bool fixed_message(sink_t *sink, mn_format_error_t error) {
    if ((size_t)error >= sizeof fixed_messages / sizeof fixed_messages[0] ||
        fixed_messages[error] == NULL) {
        return false;
    }
    sink_text(sink, fixed_messages[error]);
    return true;
}

size_t mn_format_error_message(mn_format_error_t error, const mn_format_spec_t *spec,
                               const char *spec_text, size_t spec_length, const char *type_name,
                               char *buffer, size_t capacity) {
    sink_t sink = sink_make(buffer, capacity);
    const char *name = type_name != NULL ? type_name : "";
    if (!fixed_message(&sink, error)) {
        switch (error) {
        case MN_FORMAT_ERROR_INVALID:
            sink_text(&sink, "Invalid format specifier '");
            sink_bytes(&sink, spec_text, spec_text != NULL ? spec_length : 0);
            sink_text(&sink, "' for object of type '");
            sink_text(&sink, name);
            sink_text(&sink, "'");
            break;
        case MN_FORMAT_ERROR_GROUPING_WITH_TYPE:
            sink_text(&sink, "Cannot specify '");
            sink_bytes(&sink, &spec->grouping, 1);
            sink_text(&sink, "' with '");
            sink_character(&sink, spec->type != 0 ? spec->type : 's'); // no type: a str's 's'
            sink_text(&sink, "'.");
            break;
        case MN_FORMAT_ERROR_UNKNOWN_CODE:
            sink_text(&sink, "Unknown format code '");
            sink_character(&sink, spec->type);
            sink_text(&sink, "' for object of type '");
            sink_text(&sink, name);
            sink_text(&sink, "'");
            break;
        default:
            break;
        }
    }
    return to_size(sink.requested);
}

// ---- printf-style formatting ----------------------------------------------------------------

// CPython's unicode_format_arg_parse().
mn_format_error_t mn_format_percent_parse(const char *format, size_t length, size_t *position,
                                          mn_format_percent_t *out) {
    memset(out, 0, sizeof *out);
    out->width = -1;
    out->precision = -1;
    size_t p = *position;
    if (p >= length) {
        return MN_FORMAT_ERROR_INCOMPLETE;
    }
    if (format[p] == '%') {
        out->literal = true;
        out->conversion = '%';
        out->conversion_offset = p;
        *position = p + 1;
        return MN_FORMAT_OK;
    }
    if (format[p] == '(') {
        // The key runs to the matching parenthesis.
        int depth = 1;
        out->has_key = true;
        out->key_offset = ++p;
        for (; p < length && depth > 0; p++) {
            depth += format[p] == '(' ? 1 : format[p] == ')' ? -1 : 0;
        }
        if (depth > 0) {
            return MN_FORMAT_ERROR_INCOMPLETE_KEY;
        }
        out->key_length = p - 1 - out->key_offset;
    }
    for (; p < length; p++) {
        unsigned flag = format[p] == '-'   ? MN_FORMAT_PERCENT_LEFT
                        : format[p] == '+' ? MN_FORMAT_PERCENT_SIGN
                        : format[p] == ' ' ? MN_FORMAT_PERCENT_SPACE
                        : format[p] == '#' ? MN_FORMAT_PERCENT_ALTERNATE
                        : format[p] == '0' ? MN_FORMAT_PERCENT_ZERO
                                           : 0;
        if (flag == 0) {
            break;
        }
        out->flags |= flag;
    }
    if (p < length && format[p] == '*') {
        out->width_star = true;
        p++;
    } else if (p < length && format[p] >= '0' && format[p] <= '9') {
        out->width = 0;
        for (; p < length && format[p] >= '0' && format[p] <= '9'; p++) {
            int digit = format[p] - '0';
            if (out->width > (INT64_MAX - digit) / 10) {
                return MN_FORMAT_ERROR_WIDTH_TOO_BIG;
            }
            out->width = out->width * 10 + digit;
        }
    }
    if (p < length && format[p] == '.') {
        out->precision = 0;
        p++;
        if (p < length && format[p] == '*') {
            out->precision_star = true;
            p++;
        } else {
            for (; p < length && format[p] >= '0' && format[p] <= '9'; p++) {
                int digit = format[p] - '0';
                if (out->precision > (INT32_MAX - digit) / 10) {
                    return MN_FORMAT_ERROR_PRECISION_TOO_BIG;
                }
                out->precision = out->precision * 10 + digit;
            }
        }
    }
    if (p < length && (format[p] == 'h' || format[p] == 'l' || format[p] == 'L')) {
        p++; // length modifiers are ignored ("%ld"), but only one
    }
    if (p >= length) {
        return MN_FORMAT_ERROR_INCOMPLETE;
    }
    out->conversion_offset = p;
    p += utf8_decode(format + p, length - p, &out->conversion);
    *position = p;
    return MN_FORMAT_OK;
}

mn_format_error_t mn_format_percent_check(const mn_format_percent_t *spec) {
    if (spec->literal) {
        return MN_FORMAT_OK;
    }
    uint32_t c = spec->conversion;
    if (c < 128 && c != 0 && strchr("diouxXeEfFgGcrsa", (int)c) != NULL) {
        return MN_FORMAT_OK;
    }
    return MN_FORMAT_ERROR_UNSUPPORTED;
}

void mn_format_percent_set_width(mn_format_percent_t *spec, int64_t width) {
    if (width < 0) {
        spec->flags |= MN_FORMAT_PERCENT_LEFT;
        width = width == INT64_MIN ? INT64_MAX : -width;
    }
    spec->width = width;
}

void mn_format_percent_set_precision(mn_format_percent_t *spec, int64_t precision) {
    spec->precision = precision < 0 ? 0 : precision;
}

unsigned mn_format_percent_base(uint32_t conversion) {
    return conversion == 'o' ? 8 : conversion == 'x' || conversion == 'X' ? 16 : 10;
}

// The parts of a '%' conversion's output around its text: CPython's
// unicode_format_arg_output(). For numbers the text is [sign][prefix]body; a '0' flag pads
// with zeros between the prefix and the body, otherwise spaces go before the sign.
typedef struct percent_field {
    char sign;          // the sign to print, or 0
    const char *prefix; // "0x", "0X", "0o" with '#', else ""
    size_t prefix_length;
    uint64_t body;        // code points of the rest
    uint64_t left, right; // padding
    bool zero_fill;       // left padding is zeros, after the sign and the prefix
} percent_field_t;

static void percent_layout(const mn_format_percent_t *spec, bool number, percent_field_t *field) {
    field->zero_fill = number && (spec->flags & MN_FORMAT_PERCENT_ZERO);
    if (number && field->sign == 0) {
        field->sign = (spec->flags & MN_FORMAT_PERCENT_SIGN)    ? '+'
                      : (spec->flags & MN_FORMAT_PERCENT_SPACE) ? ' '
                                                                : 0;
    }
    uint64_t length = field->prefix_length + field->body;
    uint64_t width = spec->width > 0 ? (uint64_t)spec->width : 0;
    if (width < length) {
        width = length;
    }
    if (field->sign != 0 && width > length) {
        width--; // the sign takes one column of the width, if there is room
    }
    field->left = field->right = 0;
    if (width > length) {
        if (spec->flags & MN_FORMAT_PERCENT_LEFT) {
            field->right = width - length;
        } else {
            field->left = width - length;
        }
    }
}

static uint64_t percent_total(const percent_field_t *field, uint64_t body_bytes) {
    uint64_t total = add_saturating(field->left, field->right);
    total = add_saturating(total, (field->sign != 0) + field->prefix_length);
    return add_saturating(total, body_bytes);
}

static void percent_begin(sink_t *sink, const percent_field_t *field) {
    if (!field->zero_fill) {
        sink_repeat(sink, " ", 1, field->left);
    }
    if (field->sign != 0) {
        sink_bytes(sink, &field->sign, 1);
    }
    sink_bytes(sink, field->prefix, field->prefix_length);
    if (field->zero_fill) {
        sink_repeat(sink, "0", 1, field->left);
    }
}

size_t mn_format_percent_int(const mn_format_percent_t *spec, bool negative, const char *digits,
                             size_t count, char *buffer, size_t capacity) {
    // CPython's _PyUnicode_FormatLong(): the precision is a minimum digit count.
    uint64_t zeros = spec->precision > 0 && (uint64_t)spec->precision > count
                         ? (uint64_t)spec->precision - count
                         : 0;
    percent_field_t field;
    memset(&field, 0, sizeof field);
    field.sign = negative ? '-' : 0;
    field.prefix = "";
    uint32_t c = spec->conversion;
    if ((spec->flags & MN_FORMAT_PERCENT_ALTERNATE) && (c == 'o' || c == 'x' || c == 'X')) {
        field.prefix = c == 'o' ? "0o" : c == 'x' ? "0x" : "0X";
        field.prefix_length = 2;
    }
    field.body = zeros + count;
    percent_layout(spec, true, &field);
    uint64_t total = percent_total(&field, field.body);
    if (capacity == 0) {
        return to_size(total);
    }
    sink_t sink = sink_make(buffer, capacity);
    sink.uppercase = c == 'X';
    percent_begin(&sink, &field);
    sink_repeat(&sink, "0", 1, zeros);
    for (size_t i = 0; i < count && !sink_full(&sink); i++) {
        sink_integer_digit(&sink, digits[i]);
    }
    sink_repeat(&sink, " ", 1, field.right);
    return finish(&sink, total);
}

size_t mn_format_percent_float(const mn_format_percent_t *spec, double value, char *buffer,
                               size_t capacity) {
    // CPython's formatfloat(): PyOS_double_to_string with the '#' flag only.
    int32_t precision = spec->precision < 0 ? 6 : (int32_t)spec->precision;
    unsigned flags = (spec->flags & MN_FORMAT_PERCENT_ALTERNATE) ? MN_FLOAT_ALTERNATE : 0;
    mn_float_layout_t layout;
    mn_float_layout(&layout, value, (char)spec->conversion, precision, flags);
    percent_field_t field;
    memset(&field, 0, sizeof field);
    field.sign = layout.negative ? '-' : 0;
    field.prefix = "";
    field.body = layout.integer_digits + layout.point + layout.remainder;
    percent_layout(spec, true, &field);
    uint64_t total = percent_total(&field, field.body);
    if (capacity == 0) {
        return to_size(total);
    }
    sink_t sink = sink_make(buffer, capacity);
    percent_begin(&sink, &field);
    mn_float_layout_write(&layout, &sink.base);
    sink_repeat(&sink, " ", 1, field.right);
    return finish(&sink, total);
}

size_t mn_format_percent_str(const mn_format_percent_t *spec, const char *text, size_t length,
                             char *buffer, size_t capacity) {
    uint64_t characters = count_code_points(text, length);
    uint32_t c = spec->conversion;
    if ((c == 's' || c == 'r' || c == 'a') && spec->precision >= 0 &&
        characters > (uint64_t)spec->precision) {
        characters = (uint64_t)spec->precision;
        length = code_points_prefix(text, length, (size_t)characters);
    }
    percent_field_t field;
    memset(&field, 0, sizeof field);
    field.prefix = "";
    field.body = characters;
    percent_layout(spec, false, &field);
    uint64_t total = percent_total(&field, length);
    if (capacity == 0) {
        return to_size(total);
    }
    sink_t sink = sink_make(buffer, capacity);
    percent_begin(&sink, &field);
    sink_bytes(&sink, text, length);
    sink_repeat(&sink, " ", 1, field.right);
    return finish(&sink, total);
}

size_t mn_format_percent_error_message(mn_format_error_t error, const mn_format_percent_t *spec,
                                       const char *format, char *buffer, size_t capacity) {
    sink_t sink = sink_make(buffer, capacity);
    if (!fixed_message(&sink, error) && error == MN_FORMAT_ERROR_UNSUPPORTED) {
        uint32_t c = spec->conversion;
        sink_text(&sink, "unsupported format character '");
        char shown = c >= 31 && c <= 126 ? (char)c : '?';
        sink_bytes(&sink, &shown, 1);
        sink_text(&sink, "' (0x");
        sink_unsigned(&sink, c, 16);
        sink_text(&sink, ") at index ");
        sink_unsigned(&sink, count_code_points(format, spec->conversion_offset), 10);
    }
    return to_size(sink.requested);
}
