// Decoding literal tokens. The string decoder follows CPython 3.11's
// _PyUnicode_DecodeUnicodeEscapeInternal and _PyBytes_DecodeEscape; the f-string splitter
// follows fstring_find_literal and fstring_find_expr (Parser/string_parser.c) branch by
// branch, so that it accepts and rejects the same f-strings with the same messages.
//
// Every loop here reads only inside the span it was given. The one recursion (a field's
// format spec holding fields) stops at level 2, whatever the input.
#include "compile/literal.h"

#include <string.h>

size_t mn_literal_encode_utf8(uint32_t code_point, char *out) {
    if (code_point < 0x80) {
        out[0] = (char)code_point;
        return 1;
    }
    if (code_point < 0x800) {
        out[0] = (char)(0xC0 | (code_point >> 6));
        out[1] = (char)(0x80 | (code_point & 0x3F));
        return 2;
    }
    if (code_point < 0x10000) {
        out[0] = (char)(0xE0 | (code_point >> 12));
        out[1] = (char)(0x80 | ((code_point >> 6) & 0x3F));
        out[2] = (char)(0x80 | (code_point & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | ((code_point >> 18) & 0x07));
    out[1] = (char)(0x80 | ((code_point >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((code_point >> 6) & 0x3F));
    out[3] = (char)(0x80 | (code_point & 0x3F));
    return 4;
}

static size_t set_error(mn_literal_error_t *error, const char *message, size_t offset,
                        uint32_t arg0, uint32_t arg1) {
    error->message = message;
    error->args[0] = arg0;
    error->args[1] = arg1;
    error->args[2] = 0;
    error->offset = offset;
    return MN_LITERAL_ERROR;
}

// ---- Strings ------------------------------------------------------------------------------

void mn_literal_string_parse(const char *source, size_t offset, size_t length,
                             mn_literal_string_t *string) {
    unsigned flags = 0;
    size_t prefix = 0;
    for (; prefix < length; prefix++) {
        char c = source[offset + prefix];
        if (c == 'r' || c == 'R') {
            flags |= MN_STRING_RAW;
        } else if (c == 'b' || c == 'B') {
            flags |= MN_STRING_BYTES;
        } else if (c == 'f' || c == 'F') {
            flags |= MN_STRING_FORMAT;
        } else if (c != 'u' && c != 'U') {
            break;
        }
    }
    size_t quotes = 1;
    if (length - prefix >= 6 && source[offset + prefix + 1] == source[offset + prefix] &&
        source[offset + prefix + 2] == source[offset + prefix]) {
        quotes = 3; // two quotes only after the prefix are the empty string ''
        flags |= MN_STRING_TRIPLE;
    }
    string->flags = flags;
    string->body_offset = offset + prefix + quotes;
    string->body_length = length >= prefix + 2 * quotes ? length - prefix - 2 * quotes : 0;
}

// Where decoded bytes go: the first `capacity` are stored, all are counted.
typedef struct {
    char *buffer;
    size_t capacity;
    size_t length;
} output_t;

static void put_byte(output_t *output, unsigned char byte) {
    if (output->length < output->capacity) {
        output->buffer[output->length] = (char)byte;
    }
    output->length++;
}

static void put_code_point(output_t *output, uint32_t code_point) {
    char encoded[4];
    size_t length = mn_literal_encode_utf8(code_point, encoded);
    for (size_t i = 0; i < length; i++) {
        put_byte(output, (unsigned char)encoded[i]);
    }
}

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Reads up to `count` hex digits from text[start, length); returns how many there were.
static size_t read_hex(const unsigned char *text, size_t start, size_t length, size_t count,
                       uint32_t *value) {
    size_t digits = 0;
    *value = 0;
    while (digits < count && start + digits < length && hex_value(text[start + digits]) >= 0) {
        *value = (*value << 4) | (uint32_t)hex_value(text[start + digits]);
        digits++;
    }
    return digits;
}

static const char message_truncated_x[] = "(unicode error) 'unicodeescape' codec can't decode "
                                          "bytes in position %d-%d: truncated \\xXX escape";
static const char message_truncated_u[] = "(unicode error) 'unicodeescape' codec can't decode "
                                          "bytes in position %d-%d: truncated \\uXXXX escape";
static const char message_truncated_big_u[] =
    "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated "
    "\\UXXXXXXXX escape";
static const char message_illegal_character[] = "(unicode error) 'unicodeescape' codec can't "
                                                "decode bytes in position %d-%d: illegal "
                                                "Unicode character";

size_t mn_literal_decode(const char *source, size_t offset, size_t length, unsigned flags,
                         char *buffer, size_t capacity, mn_literal_error_t *error) {
    const unsigned char *text = (const unsigned char *)source + offset;
    bool bytes = (flags & MN_STRING_BYTES) != 0;
    bool raw = (flags & MN_STRING_RAW) != 0;
    output_t output = {buffer, capacity, 0};
    size_t i = 0;
    while (i < length) {
        unsigned char c = text[i];
        if (c == '\r') {
            put_byte(&output, '\n');
            i += i + 1 < length && text[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        if (c >= 0x80 && bytes) {
            return set_error(error, "bytes can only contain ASCII literal characters", offset + i,
                             0, 0);
        }
        if (c != '\\' || raw) {
            put_byte(&output, c);
            i++;
            continue;
        }
        if (i + 1 >= length) {
            // A lone backslash at the end stays (CPython's decode_unicode_with_escapes): the
            // lexer never gives such a body, but f-string text can end so, as in f'\{x}'.
            put_byte(&output, '\\');
            break;
        }
        size_t escape = i; // the backslash
        unsigned char e = text[i + 1];
        i += 2;
        switch (e) {
        case '\n': // a backslash-newline joins the lines
            break;
        case '\r':
            if (i < length && text[i] == '\n') {
                i++;
            }
            break;
        case '\\':
        case '\'':
        case '"':
            put_byte(&output, e);
            break;
        case 'a':
            put_byte(&output, '\a');
            break;
        case 'b':
            put_byte(&output, '\b');
            break;
        case 'f':
            put_byte(&output, '\f');
            break;
        case 'n':
            put_byte(&output, '\n');
            break;
        case 'r':
            put_byte(&output, '\r');
            break;
        case 't':
            put_byte(&output, '\t');
            break;
        case 'v':
            put_byte(&output, '\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            // Up to three octal digits. Above \377 CPython warns; a str keeps the code point
            // (at most \777), a bytes keeps its low byte.
            uint32_t value = (uint32_t)(e - '0');
            for (int more = 0; more < 2 && i < length && text[i] >= '0' && text[i] <= '7'; more++) {
                value = value * 8 + (uint32_t)(text[i++] - '0');
            }
            if (bytes) {
                put_byte(&output, (unsigned char)(value & 0xFF));
            } else {
                put_code_point(&output, value);
            }
            break;
        }
        case 'x': {
            uint32_t value;
            size_t digits = read_hex(text, i, length, 2, &value);
            if (digits < 2) {
                if (bytes) {
                    return set_error(error, "(value error) invalid \\x escape at position %d",
                                     offset + escape, (uint32_t)escape, 0);
                }
                return set_error(error, message_truncated_x, offset + escape, (uint32_t)escape,
                                 (uint32_t)(escape + 1 + digits));
            }
            i += 2;
            if (bytes) {
                put_byte(&output, (unsigned char)value);
            } else {
                put_code_point(&output, value);
            }
            break;
        }
        case 'u':
        case 'U':
            if (!bytes) {
                size_t count = e == 'u' ? 4 : 8;
                uint32_t value;
                size_t digits = read_hex(text, i, length, count, &value);
                if (digits < count) {
                    return set_error(
                        error, e == 'u' ? message_truncated_u : message_truncated_big_u,
                        offset + escape, (uint32_t)escape, (uint32_t)(escape + 1 + digits));
                }
                if (value > 0x10FFFF) {
                    return set_error(error, message_illegal_character, offset + escape,
                                     (uint32_t)escape, (uint32_t)(escape + 1 + digits));
                }
                i += count;
                put_code_point(&output, value);
                break;
            }
            put_byte(&output, '\\'); // in bytes, not an escape: kept as it is
            i--;
            break;
        case 'N':
            if (!bytes) {
                return set_error(error, "(unicode error) \\N{...} escapes are not supported",
                                 offset + escape, 0, 0);
            }
            put_byte(&output, '\\');
            i--;
            break;
        default:
            // Not an escape: the backslash stays, and the character after it is decoded on
            // the next round (it may be a UTF-8 sequence, or non-ASCII in bytes).
            put_byte(&output, '\\');
            i--;
            break;
        }
    }
    return output.length;
}

// ---- f-strings ----------------------------------------------------------------------------

// The field part of the splitter, filled by scan_field.
typedef struct {
    size_t expression_offset;
    size_t expression_length;
    size_t self_document_length;
    char conversion;
    bool has_spec;
    size_t spec_offset;
    size_t spec_length;
} field_t;

static bool fail_fstring(mn_literal_fstring_t *fstring, const char *message, size_t offset,
                         uint32_t arg0, uint32_t arg1) {
    set_error(&fstring->error, message, offset, arg0, arg1);
    fstring->part = MN_FSTRING_ERROR;
    return false;
}

// Scans literal text from *p up to `end`: stops at the end, or at a '{' or '}' that is not
// text, leaving *p there. At level 0 a doubled brace is text: the scan stops after its first
// brace and sets *skip_brace, the caller skips the second. A lone '}' at level 0 is an error.
// Returns false after setting the error.
static bool scan_text(mn_literal_fstring_t *fstring, size_t *p, unsigned level, bool *skip_brace) {
    const char *s = fstring->source;
    bool raw = (fstring->flags & MN_STRING_RAW) != 0;
    size_t i = *p;
    *skip_brace = false;
    while (i < fstring->end) {
        char c = s[i++];
        if (!raw && c == '\\' && i < fstring->end) {
            c = s[i++];
            if (c == 'N') {
                // The braces of "\N{name}" are not a field (the decoder rejects \N later).
                if (i < fstring->end && s[i++] == '{') {
                    while (i < fstring->end && s[i++] != '}') {
                    }
                }
                continue;
            }
            // As in CPython, an escaped brace ("\{") is still a brace.
        }
        if (c == '{' || c == '}') {
            if (level == 0) {
                if (i < fstring->end && s[i] == c) {
                    *p = i;
                    *skip_brace = true;
                    return true;
                }
                if (c == '}') {
                    return fail_fstring(fstring, "f-string: single '}' is not allowed", i - 1, 0,
                                        0);
                }
            }
            i--;
            break;
        }
    }
    *p = i;
    return true;
}

static bool is_expression_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Scans the expression of a field, from *p just after its '{', and leaves *p at the '=',
// '!', ':' or '}' that ends it. Tracks quotes and brackets so that those characters inside
// a string or a bracket do not end it. Returns false after setting the error.
static bool scan_expression(mn_literal_fstring_t *fstring, size_t *p) {
    const char *s = fstring->source;
    size_t end = fstring->end;
    char quote = 0;      // the quote of the string the scan is in, or 0
    bool triple = false; // ... and whether it is triple-quoted
    char brackets[MN_LEXER_MAX_BRACKETS];
    size_t depth = 0;
    size_t i = *p;
    for (; i < end; i++) {
        char c = s[i];
        if (c == '\\') {
            return fail_fstring(fstring, "f-string expression part cannot include a backslash", i,
                                0, 0);
        }
        if (quote != 0) {
            if (c == quote) {
                if (!triple) {
                    quote = 0;
                } else if (i + 2 < end && s[i + 1] == c && s[i + 2] == c) {
                    i += 2;
                    quote = 0;
                }
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            triple = i + 2 < end && s[i + 1] == c && s[i + 2] == c;
            if (triple) {
                i += 2;
            }
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            if (depth >= MN_LEXER_MAX_BRACKETS) {
                return fail_fstring(fstring, "f-string: too many nested parenthesis", i, 0, 0);
            }
            brackets[depth++] = c;
        } else if (c == '#') {
            return fail_fstring(fstring, "f-string expression part cannot include '#'", i, 0, 0);
        } else if (depth == 0 &&
                   (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
            // "!=", "==", "<=", ">=" and a lone '<' or '>' belong to the expression.
            if (i + 1 < end && s[i + 1] == '=' && (c == '!' || c == '=' || c == '<' || c == '>')) {
                i++;
                continue;
            }
            if (c == '>' || c == '<') {
                continue;
            }
            break;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                return fail_fstring(fstring, "f-string: unmatched '%c'", i, (uint32_t)c, 0);
            }
            char opening = brackets[--depth];
            if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
                  (opening == '{' && c == '}'))) {
                return fail_fstring(fstring,
                                    "f-string: closing parenthesis '%c' does not match opening "
                                    "parenthesis '%c'",
                                    i, (uint32_t)c, (uint32_t)(unsigned char)opening);
            }
        }
    }
    if (quote != 0) {
        return fail_fstring(fstring, "f-string: unterminated string", i, 0, 0);
    }
    if (depth > 0) {
        return fail_fstring(fstring, "f-string: unmatched '%c'", i,
                            (uint32_t)(unsigned char)brackets[depth - 1], 0);
    }
    *p = i;
    return true;
}

static const char message_expecting_brace[] = "f-string: expecting '}'";

// Scans the replacement field whose '{' is at *p, at nesting `level`, into *field and leaves
// *p after its '}'. Its format spec is scanned at level + 1, which calls this again for the
// fields in it; at level 2 a field is an error, so the recursion is at most 3 deep.
// Returns false after setting the error.
static bool scan_field(mn_literal_fstring_t *fstring, size_t *p, unsigned level, field_t *field) {
    const char *s = fstring->source;
    size_t end = fstring->end;
    if (level >= 2) {
        return fail_fstring(fstring, "f-string: expressions nested too deeply", *p, 0, 0);
    }
    size_t i = *p + 1;
    size_t expression_start = i;
    if (!scan_expression(fstring, &i)) {
        return false;
    }
    if (i >= end) {
        return fail_fstring(fstring, message_expecting_brace, i, 0, 0);
    }
    size_t blank = expression_start;
    while (blank < i && is_expression_space(s[blank])) {
        blank++;
    }
    if (blank == i) {
        if (s[i] == '!' || s[i] == ':' || s[i] == '=') {
            return fail_fstring(fstring, "f-string: expression required before '%c'", i,
                                (uint32_t)(unsigned char)s[i], 0);
        }
        return fail_fstring(fstring, "f-string: empty expression not allowed", i, 0, 0);
    }
    memset(field, 0, sizeof *field);
    field->expression_offset = expression_start;
    field->expression_length = i - expression_start;
    if (s[i] == '=') {
        i++;
        while (i < end && (is_expression_space(s[i]) || s[i] == '\v')) {
            i++;
        }
        if (i >= end) {
            return fail_fstring(fstring, message_expecting_brace, i, 0, 0);
        }
        field->self_document_length = i - expression_start;
    }
    if (s[i] == '!') {
        i++;
        if (i >= end) {
            return fail_fstring(fstring, message_expecting_brace, i, 0, 0);
        }
        char conversion = s[i++];
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            return fail_fstring(fstring,
                                "f-string: invalid conversion character: expected 's', 'r', "
                                "or 'a'",
                                i - 1, 0, 0);
        }
        field->conversion = conversion;
    }
    if (i < end && s[i] == ':') {
        i++;
        if (i >= end) {
            return fail_fstring(fstring, message_expecting_brace, i, 0, 0);
        }
        field->has_spec = true;
        field->spec_offset = i;
        for (;;) { // text and fields, up to the '}' that closes this field
            bool skip_brace;
            if (!scan_text(fstring, &i, level + 1, &skip_brace)) {
                return false;
            }
            if (i >= end || s[i] == '}') {
                break;
            }
            field_t nested;
            if (!scan_field(fstring, &i, level + 1, &nested)) {
                return false;
            }
        }
        field->spec_length = i - field->spec_offset;
    }
    if (i >= end || s[i] != '}') {
        return fail_fstring(fstring, message_expecting_brace, i, 0, 0);
    }
    if (field->self_document_length != 0 && field->conversion == 0 && !field->has_spec) {
        field->conversion = 'r';
    }
    *p = i + 1;
    return true;
}

void mn_literal_fstring_init(mn_literal_fstring_t *fstring, const char *source, size_t body_offset,
                             size_t body_length, unsigned flags) {
    memset(fstring, 0, sizeof *fstring);
    fstring->source = source;
    fstring->position = body_offset;
    fstring->end = body_offset + body_length;
    fstring->flags = flags;
}

void mn_literal_fstring_init_spec(mn_literal_fstring_t *spec, const mn_literal_fstring_t *field) {
    mn_literal_fstring_init(spec, field->source, field->spec_offset, field->spec_length,
                            field->flags);
    spec->level = field->level + 1;
}

mn_fstring_part_t mn_literal_fstring_next(mn_literal_fstring_t *fstring) {
    if (fstring->part == MN_FSTRING_ERROR) {
        return MN_FSTRING_ERROR;
    }
    size_t start = fstring->position;
    size_t p = start;
    bool skip_brace;
    if (!scan_text(fstring, &p, fstring->level, &skip_brace)) {
        return MN_FSTRING_ERROR;
    }
    if (p > start) {
        fstring->text_offset = start;
        fstring->text_length = p - start;
        fstring->position = skip_brace ? p + 1 : p;
        return fstring->part = MN_FSTRING_TEXT;
    }
    // A spec being split ends at its end; its fields' closing braces are inside it.
    if (p >= fstring->end || fstring->source[p] == '}') {
        fstring->position = fstring->end;
        return fstring->part = MN_FSTRING_END;
    }
    field_t field;
    if (!scan_field(fstring, &p, fstring->level, &field)) {
        return MN_FSTRING_ERROR;
    }
    fstring->position = p;
    fstring->expression_offset = field.expression_offset;
    fstring->expression_length = field.expression_length;
    fstring->self_document_length = field.self_document_length;
    fstring->conversion = field.conversion;
    fstring->has_spec = field.has_spec;
    fstring->spec_offset = field.spec_offset;
    fstring->spec_length = field.spec_length;
    return fstring->part = MN_FSTRING_FIELD;
}

// ---- Numbers ------------------------------------------------------------------------------

void mn_literal_number_classify(const char *source, size_t offset, size_t length,
                                mn_literal_number_t *number) {
    const char *text = source + offset;
    number->kind = MN_NUMBER_INT;
    number->base = 10;
    number->digits_offset = offset;
    number->digits_length = length;
    if (length >= 2 && text[0] == '0') {
        char marker = text[1];
        unsigned base = marker == 'x' || marker == 'X'   ? 16
                        : marker == 'o' || marker == 'O' ? 8
                        : marker == 'b' || marker == 'B' ? 2
                                                         : 10;
        if (base != 10) {
            number->base = base;
            number->digits_offset = offset + 2;
            number->digits_length = length - 2;
            return;
        }
    }
    if (length > 0 && (text[length - 1] == 'j' || text[length - 1] == 'J')) {
        number->kind = MN_NUMBER_IMAGINARY;
        number->digits_length = length - 1;
        return;
    }
    for (size_t i = 0; i < length; i++) {
        if (text[i] == '.' || text[i] == 'e' || text[i] == 'E') {
            number->kind = MN_NUMBER_FLOAT;
            return;
        }
    }
}

size_t mn_literal_number_digits(const char *source, size_t offset, size_t length, char *buffer,
                                size_t capacity) {
    size_t count = 0;
    for (size_t i = 0; i < length; i++) {
        char c = source[offset + i];
        if (c == '_') {
            continue;
        }
        if (count + 1 < capacity) {
            buffer[count] = c;
        }
        count++;
    }
    if (capacity > 0) {
        buffer[count < capacity ? count : capacity - 1] = 0;
    }
    return count;
}
