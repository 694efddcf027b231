// The Python lexer. The structure follows CPython 3.11's tok_get (Parser/tokenizer.c) closely
// enough that its rules can be checked against it branch by branch: the start of a line
// (indentation), then spaces, a comment, the end of the input, a line break, a line
// continuation, and one token.
//
// Invariants:
// - Every read of the source goes through byte_at, which answers -1 past lexer->length: the
//   lexer never reads outside the source and needs no terminator.
// - lexer->line and lexer->line_start always describe lexer->position; only pass_newline moves
//   onto a new line.
// - Nothing here recurses, and every loop advances through the source or pops a bounded
//   stack, so the work per token is bounded by the source length.
#include "compile/lexer.h"

#include <string.h>

#include "compile/literal.h"
#include "obj/unicode.h"

// ---- Reading the source -------------------------------------------------------------------

static int byte_at(const mn_lexer_t *lexer, size_t offset) {
    return offset < lexer->length ? (unsigned char)lexer->source[offset] : -1;
}

// Bytes of the line break at `offset`: 2 for \r\n, 1 for \n or a lone \r, else 0. CPython
// translates all three to \n before it tokenizes; the lexer sees them as they are.
static size_t newline_length(const mn_lexer_t *lexer, size_t offset) {
    int c = byte_at(lexer, offset);
    if (c == '\n') {
        return 1;
    }
    if (c == '\r') {
        return byte_at(lexer, offset + 1) == '\n' ? 2 : 1;
    }
    return 0;
}

// Moves past the line break of `bytes` bytes at `offset`, onto the next line.
static void pass_newline(mn_lexer_t *lexer, size_t offset, size_t bytes) {
    lexer->position = offset + bytes;
    lexer->line++;
    lexer->line_start = lexer->position;
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_hex_digit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_ascii_letter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// CPython's is_potential_identifier_char: any non-ASCII byte may be part of a name; the
// name is checked code point by code point afterwards.
static bool is_identifier_byte(int c) {
    return is_ascii_letter(c) || is_digit(c) || c == '_' || c >= 0x80;
}

// ---- Giving tokens ------------------------------------------------------------------------

static mn_token_kind_t give_at(mn_lexer_t *lexer, mn_token_kind_t kind, size_t offset,
                               size_t length, uint32_t line, size_t line_start) {
    mn_token_t *token = &lexer->token;
    token->kind = kind;
    token->flags = 0;
    token->offset = offset;
    token->length = length;
    token->line = line;
    token->column = offset - line_start;
    token->message = NULL;
    memset(token->args, 0, sizeof token->args);
    if (kind != MN_TOKEN_NEWLINE && kind != MN_TOKEN_INDENT && kind != MN_TOKEN_DEDENT) {
        lexer->line_has_tokens = true;
    }
    return kind;
}

// A token on the current line that ends where the lexer now stands.
static mn_token_kind_t give(mn_lexer_t *lexer, mn_token_kind_t kind, size_t offset) {
    return give_at(lexer, kind, offset, lexer->position - offset, lexer->line, lexer->line_start);
}

// Gives an ERROR token at `offset` of line `line` (whose first byte is at `line_start`). The
// lexer is finished: every later call gives this token again.
static mn_token_kind_t fail_at(mn_lexer_t *lexer, size_t offset, uint32_t line, size_t line_start,
                               const char *message, uint32_t arg0, uint32_t arg1, uint32_t arg2) {
    give_at(lexer, MN_TOKEN_ERROR, offset, 0, line, line_start);
    lexer->token.message = message;
    lexer->token.args[0] = arg0;
    lexer->token.args[1] = arg1;
    lexer->token.args[2] = arg2;
    lexer->finished = true;
    return MN_TOKEN_ERROR;
}

// An ERROR at `offset` on the current line.
static mn_token_kind_t fail(mn_lexer_t *lexer, size_t offset, const char *message, uint32_t arg0) {
    return fail_at(lexer, offset, lexer->line, lexer->line_start, message, arg0, 0, 0);
}

// Gives one of the pending INDENT or DEDENT tokens, at the first token of the line.
static mn_token_kind_t give_pending(mn_lexer_t *lexer) {
    mn_token_kind_t kind;
    if (lexer->pending_indents > 0) {
        lexer->pending_indents--;
        kind = MN_TOKEN_INDENT;
    } else {
        lexer->pending_indents++;
        kind = MN_TOKEN_DEDENT;
    }
    return give_at(lexer, kind, lexer->position, 0, lexer->line, lexer->line_start);
}

// ---- UTF-8 --------------------------------------------------------------------------------

static const char message_invalid_start[] =
    "(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: invalid start byte";
static const char message_invalid_continuation[] = "(unicode error) 'utf-8' codec can't decode "
                                                   "byte 0x%x in position %d: invalid "
                                                   "continuation byte";
static const char message_end_of_data[] = "(unicode error) 'utf-8' codec can't decode byte 0x%x "
                                          "in position %d: unexpected end of data";
static const char message_null_byte[] = "source code cannot contain null bytes";

// Decodes the UTF-8 sequence at `offset`, whose first byte is not ASCII, with the rules (and
// the complaints) of CPython's decoder: no overlong forms, no surrogates, nothing above
// U+10FFFF. Returns its length in bytes, or 0 with *problem set to the message.
static size_t decode_utf8(const mn_lexer_t *lexer, size_t offset, uint32_t *code_point,
                          const char **problem) {
    int first = byte_at(lexer, offset);
    size_t length;
    int low = 0x80;  // the range of the second byte, narrowed for the first bytes that
    int high = 0xBF; // would otherwise allow overlong forms, surrogates or > U+10FFFF
    uint32_t value;
    if (first >= 0xC2 && first <= 0xDF) {
        length = 2;
        value = (uint32_t)first & 0x1F;
    } else if (first >= 0xE0 && first <= 0xEF) {
        length = 3;
        value = (uint32_t)first & 0x0F;
        low = first == 0xE0 ? 0xA0 : 0x80;
        high = first == 0xED ? 0x9F : 0xBF;
    } else if (first >= 0xF0 && first <= 0xF4) {
        length = 4;
        value = (uint32_t)first & 0x07;
        low = first == 0xF0 ? 0x90 : 0x80;
        high = first == 0xF4 ? 0x8F : 0xBF;
    } else {
        *problem = message_invalid_start;
        return 0;
    }
    for (size_t i = 1; i < length; i++) {
        int c = byte_at(lexer, offset + i);
        if (c < 0) {
            *problem = message_end_of_data;
            return 0;
        }
        if (c < low || c > high) {
            *problem = message_invalid_continuation;
            return 0;
        }
        low = 0x80;
        high = 0xBF;
        value = (value << 6) | ((uint32_t)c & 0x3F);
    }
    *code_point = value;
    return length;
}

// Checks the non-ASCII sequence at `offset`; position_base is where CPython counts the
// "position" of its message from (the token or string body being decoded). Returns its
// length, or 0 after giving an ERROR.
static size_t check_utf8(mn_lexer_t *lexer, size_t offset, size_t position_base,
                         uint32_t *code_point) {
    const char *problem;
    size_t length = decode_utf8(lexer, offset, code_point, &problem);
    if (length == 0) {
        fail_at(lexer, offset, lexer->line, lexer->line_start, problem,
                (uint32_t)byte_at(lexer, offset), (uint32_t)(offset - position_base), 0);
    }
    return length;
}

// ---- Which non-ASCII characters may be in names -------------------------------------------
//
// CPython's rule (PEP 3131): a name starts with a character of Unicode's XID_Start class or
// '_' and goes on with XID_Continue characters (obj/unicode.h). CPython also normalizes
// non-ASCII names to NFKC ('ℌ' names the same variable as 'H'); Minnow does not, see
// docs/interpreter.md.

static const char message_invalid_character[] = "invalid character '%c' (U+%U)";
static const char message_non_printable[] = "invalid non-printable character U+%U";

// The message for a code point that may not be in a name at this place (the first
// character of the name or a later one), or NULL if it may.
static const char *invalid_character_message(uint32_t code_point, bool first) {
    unsigned flags = mn_unicode_flags(code_point);
    if (flags & (first ? MN_UNICODE_XID_START : MN_UNICODE_XID_CONTINUE)) {
        return NULL;
    }
    return flags & MN_UNICODE_PRINTABLE ? message_invalid_character : message_non_printable;
}

// ---- Names and keywords -------------------------------------------------------------------

static const char *const kind_names[MN_TOKEN_KIND_COUNT] = {
    [MN_TOKEN_ENDMARKER] = "ENDMARKER",
    [MN_TOKEN_ERROR] = "ERROR",
    [MN_TOKEN_NEWLINE] = "NEWLINE",
    [MN_TOKEN_INDENT] = "INDENT",
    [MN_TOKEN_DEDENT] = "DEDENT",
    [MN_TOKEN_NAME] = "NAME",
    [MN_TOKEN_NUMBER] = "NUMBER",
    [MN_TOKEN_STRING] = "STRING",
    [MN_TOKEN_LPAR] = "(",
    [MN_TOKEN_RPAR] = ")",
    [MN_TOKEN_LSQB] = "[",
    [MN_TOKEN_RSQB] = "]",
    [MN_TOKEN_LBRACE] = "{",
    [MN_TOKEN_RBRACE] = "}",
    [MN_TOKEN_COLON] = ":",
    [MN_TOKEN_COMMA] = ",",
    [MN_TOKEN_SEMI] = ";",
    [MN_TOKEN_PLUS] = "+",
    [MN_TOKEN_MINUS] = "-",
    [MN_TOKEN_STAR] = "*",
    [MN_TOKEN_SLASH] = "/",
    [MN_TOKEN_VBAR] = "|",
    [MN_TOKEN_AMPER] = "&",
    [MN_TOKEN_LESS] = "<",
    [MN_TOKEN_GREATER] = ">",
    [MN_TOKEN_EQUAL] = "=",
    [MN_TOKEN_DOT] = ".",
    [MN_TOKEN_PERCENT] = "%",
    [MN_TOKEN_EQEQUAL] = "==",
    [MN_TOKEN_NOTEQUAL] = "!=",
    [MN_TOKEN_LESSEQUAL] = "<=",
    [MN_TOKEN_GREATEREQUAL] = ">=",
    [MN_TOKEN_TILDE] = "~",
    [MN_TOKEN_CIRCUMFLEX] = "^",
    [MN_TOKEN_LEFTSHIFT] = "<<",
    [MN_TOKEN_RIGHTSHIFT] = ">>",
    [MN_TOKEN_DOUBLESTAR] = "**",
    [MN_TOKEN_PLUSEQUAL] = "+=",
    [MN_TOKEN_MINEQUAL] = "-=",
    [MN_TOKEN_STAREQUAL] = "*=",
    [MN_TOKEN_SLASHEQUAL] = "/=",
    [MN_TOKEN_PERCENTEQUAL] = "%=",
    [MN_TOKEN_AMPEREQUAL] = "&=",
    [MN_TOKEN_VBAREQUAL] = "|=",
    [MN_TOKEN_CIRCUMFLEXEQUAL] = "^=",
    [MN_TOKEN_LEFTSHIFTEQUAL] = "<<=",
    [MN_TOKEN_RIGHTSHIFTEQUAL] = ">>=",
    [MN_TOKEN_DOUBLESTAREQUAL] = "**=",
    [MN_TOKEN_DOUBLESLASH] = "//",
    [MN_TOKEN_DOUBLESLASHEQUAL] = "//=",
    [MN_TOKEN_AT] = "@",
    [MN_TOKEN_ATEQUAL] = "@=",
    [MN_TOKEN_RARROW] = "->",
    [MN_TOKEN_ELLIPSIS] = "...",
    [MN_TOKEN_COLONEQUAL] = ":=",
    [MN_TOKEN_KW_FALSE] = "False",
    [MN_TOKEN_KW_NONE] = "None",
    [MN_TOKEN_KW_TRUE] = "True",
    [MN_TOKEN_KW_AND] = "and",
    [MN_TOKEN_KW_AS] = "as",
    [MN_TOKEN_KW_ASSERT] = "assert",
    [MN_TOKEN_KW_ASYNC] = "async",
    [MN_TOKEN_KW_AWAIT] = "await",
    [MN_TOKEN_KW_BREAK] = "break",
    [MN_TOKEN_KW_CLASS] = "class",
    [MN_TOKEN_KW_CONTINUE] = "continue",
    [MN_TOKEN_KW_DEF] = "def",
    [MN_TOKEN_KW_DEL] = "del",
    [MN_TOKEN_KW_ELIF] = "elif",
    [MN_TOKEN_KW_ELSE] = "else",
    [MN_TOKEN_KW_EXCEPT] = "except",
    [MN_TOKEN_KW_FINALLY] = "finally",
    [MN_TOKEN_KW_FOR] = "for",
    [MN_TOKEN_KW_FROM] = "from",
    [MN_TOKEN_KW_GLOBAL] = "global",
    [MN_TOKEN_KW_IF] = "if",
    [MN_TOKEN_KW_IMPORT] = "import",
    [MN_TOKEN_KW_IN] = "in",
    [MN_TOKEN_KW_IS] = "is",
    [MN_TOKEN_KW_LAMBDA] = "lambda",
    [MN_TOKEN_KW_NONLOCAL] = "nonlocal",
    [MN_TOKEN_KW_NOT] = "not",
    [MN_TOKEN_KW_OR] = "or",
    [MN_TOKEN_KW_PASS] = "pass",
    [MN_TOKEN_KW_RAISE] = "raise",
    [MN_TOKEN_KW_RETURN] = "return",
    [MN_TOKEN_KW_TRY] = "try",
    [MN_TOKEN_KW_WHILE] = "while",
    [MN_TOKEN_KW_WITH] = "with",
    [MN_TOKEN_KW_YIELD] = "yield",
};

const char *mn_lexer_kind_name(mn_token_kind_t kind) {
    if ((unsigned)kind >= MN_TOKEN_KIND_COUNT) {
        return "?";
    }
    return kind_names[kind];
}

// Compares source[offset, offset + length) with a NUL-terminated spelling, in byte order.
static int compare_spelling(const mn_lexer_t *lexer, size_t offset, size_t length,
                            const char *spelling) {
    for (size_t i = 0; i < length; i++) {
        int difference = (unsigned char)lexer->source[offset + i] - (unsigned char)spelling[i];
        if (difference != 0 || spelling[i] == 0) {
            return difference;
        }
    }
    return spelling[length] == 0 ? 0 : -1;
}

// The keyword kind of the ASCII name at source[offset, offset + length), else NAME. The
// keyword kinds are declared in byte order of their spelling, so this bisects them.
static mn_token_kind_t keyword_kind(const mn_lexer_t *lexer, size_t offset, size_t length) {
    if (length < 2 || length > 8) { // "as" .. "continue", "nonlocal"
        return MN_TOKEN_NAME;
    }
    int low = MN_TOKEN_FIRST_KEYWORD;
    int high = MN_TOKEN_LAST_KEYWORD + 1;
    while (low < high) {
        int middle = low + (high - low) / 2;
        int order = compare_spelling(lexer, offset, length, kind_names[middle]);
        if (order == 0) {
            return (mn_token_kind_t)middle;
        }
        if (order < 0) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    return MN_TOKEN_NAME;
}

// A name: ASCII letters, digits, '_' and the non-ASCII characters allowed above.
static mn_token_kind_t scan_name(mn_lexer_t *lexer, size_t start) {
    size_t p = start;
    bool ascii = true;
    for (;;) {
        int c = byte_at(lexer, p);
        if (c < 0x80) {
            if (c < 0 || !is_identifier_byte(c)) {
                break;
            }
            p++;
            continue;
        }
        ascii = false;
        uint32_t code_point;
        size_t length = check_utf8(lexer, p, start, &code_point);
        if (length == 0) {
            return MN_TOKEN_ERROR;
        }
        const char *message = invalid_character_message(code_point, p == start);
        if (message != NULL) {
            return fail_at(lexer, p, lexer->line, lexer->line_start, message, code_point,
                           code_point, 0);
        }
        p += length;
    }
    lexer->position = p;
    mn_token_kind_t kind = ascii ? keyword_kind(lexer, start, p - start) : MN_TOKEN_NAME;
    return give(lexer, kind, start);
}

// ---- Numbers (CPython's rules, PEP 515 underscores) ---------------------------------------

static const char message_invalid_decimal[] = "invalid decimal literal";
static const char message_invalid_hexadecimal[] = "invalid hexadecimal literal";
static const char message_invalid_octal[] = "invalid octal literal";
static const char message_invalid_binary[] = "invalid binary literal";
static const char message_invalid_imaginary[] = "invalid imaginary literal";
static const char message_octal_digit[] = "invalid digit '%c' in octal literal";
static const char message_binary_digit[] = "invalid digit '%c' in binary literal";
static const char message_leading_zeros[] = "leading zeros in decimal integer literals are not "
                                            "permitted; use an 0o prefix for octal integers";

// The bytes at `offset` spell `word` and no name character follows.
static bool followed_by_word(const mn_lexer_t *lexer, size_t offset, const char *word) {
    size_t i = 0;
    for (; word[i] != 0; i++) {
        if (byte_at(lexer, offset + i) != (unsigned char)word[i]) {
            return false;
        }
    }
    return !is_identifier_byte(byte_at(lexer, offset + i));
}

// CPython's verify_end_of_number: a number may not run into an ASCII name ("1abc", "0x1g"),
// but it may run into the keywords that can follow a number in valid code ("1if x else 2",
// "[0for x in y]"), which CPython still accepts with a warning. (A non-ASCII character ends
// the number and starts a name, as in CPython.) Gives the ERROR (at the number's start) and
// returns false when the number is followed by a name.
static bool check_end_of_number(mn_lexer_t *lexer, size_t start, size_t offset,
                                const char *message) {
    int c = byte_at(lexer, offset);
    bool keyword = false;
    switch (c) {
    case 'a':
        keyword = followed_by_word(lexer, offset + 1, "nd");
        break;
    case 'e':
        keyword = followed_by_word(lexer, offset + 1, "lse");
        break;
    case 'f':
        keyword = followed_by_word(lexer, offset + 1, "or");
        break;
    case 'i': { // CPython checks only the second letter of "if", "in" and "is"
        int next = byte_at(lexer, offset + 1);
        keyword = next == 'f' || next == 'n' || next == 's';
        break;
    }
    case 'o':
        keyword = followed_by_word(lexer, offset + 1, "r");
        break;
    case 'n':
        keyword = followed_by_word(lexer, offset + 1, "ot");
        break;
    default:
        break;
    }
    if (!keyword && c < 0x80 && is_identifier_byte(c)) {
        fail(lexer, start, message, 0);
        return false;
    }
    return true;
}

// Digits with single underscores between them, from the digit at *p (tok_decimal_tail).
static bool scan_decimal_digits(mn_lexer_t *lexer, size_t start, size_t *p) {
    for (;;) {
        while (is_digit(byte_at(lexer, *p))) {
            (*p)++;
        }
        if (byte_at(lexer, *p) != '_') {
            return true;
        }
        (*p)++;
        if (!is_digit(byte_at(lexer, *p))) {
            fail(lexer, start, message_invalid_decimal, 0);
            return false;
        }
    }
}

static mn_token_kind_t give_number(mn_lexer_t *lexer, size_t start, size_t end) {
    lexer->position = end;
    return give(lexer, MN_TOKEN_NUMBER, start);
}

// The rest of a decimal number from p, just after its integer part (or at the '.' of ".5"):
// an optional fraction, exponent and imaginary suffix.
static mn_token_kind_t scan_decimal_rest(mn_lexer_t *lexer, size_t start, size_t p) {
    int c = byte_at(lexer, p);
    if (c == '.') {
        p++;
        if (is_digit(byte_at(lexer, p)) && !scan_decimal_digits(lexer, start, &p)) {
            return MN_TOKEN_ERROR;
        }
        c = byte_at(lexer, p);
    }
    if (c == 'e' || c == 'E') {
        size_t exponent = p;
        c = byte_at(lexer, ++p);
        if (c == '+' || c == '-') {
            c = byte_at(lexer, ++p);
            if (!is_digit(c)) {
                return fail(lexer, start, message_invalid_decimal, 0);
            }
        } else if (!is_digit(c)) {
            // Not an exponent: the number ends before the 'e', which may begin "else".
            if (!check_end_of_number(lexer, start, exponent, message_invalid_decimal)) {
                return MN_TOKEN_ERROR;
            }
            return give_number(lexer, start, exponent);
        }
        if (!scan_decimal_digits(lexer, start, &p)) {
            return MN_TOKEN_ERROR;
        }
        c = byte_at(lexer, p);
    }
    if (c == 'j' || c == 'J') {
        p++;
        if (!check_end_of_number(lexer, start, p, message_invalid_imaginary)) {
            return MN_TOKEN_ERROR;
        }
    } else if (!check_end_of_number(lexer, start, p, message_invalid_decimal)) {
        return MN_TOKEN_ERROR;
    }
    return give_number(lexer, start, p);
}

static bool is_base_digit(int c, unsigned base) {
    switch (base) {
    case 16:
        return is_hex_digit(c);
    case 8:
        return c >= '0' && c <= '7';
    default:
        return c == '0' || c == '1';
    }
}

// A hexadecimal, octal or binary integer; p is just after its "0x", "0o" or "0b".
static mn_token_kind_t scan_based_integer(mn_lexer_t *lexer, size_t start, size_t p,
                                          unsigned base) {
    const char *invalid = base == 16  ? message_invalid_hexadecimal
                          : base == 8 ? message_invalid_octal
                                      : message_invalid_binary;
    const char *bad_digit = base == 8 ? message_octal_digit : message_binary_digit;
    int c = byte_at(lexer, p);
    do {
        if (c == '_') {
            c = byte_at(lexer, ++p);
        }
        if (!is_base_digit(c, base)) {
            if (base != 16 && is_digit(c)) {
                return fail(lexer, start, bad_digit, (uint32_t)c);
            }
            return fail(lexer, start, invalid, 0);
        }
        do {
            c = byte_at(lexer, ++p);
        } while (is_base_digit(c, base));
    } while (c == '_');
    if (base != 16 && is_digit(c)) {
        return fail(lexer, start, bad_digit, (uint32_t)c);
    }
    if (!check_end_of_number(lexer, start, p, invalid)) {
        return MN_TOKEN_ERROR;
    }
    return give_number(lexer, start, p);
}

// A number, from a digit or from a '.' followed by a digit.
static mn_token_kind_t scan_number(mn_lexer_t *lexer, size_t start) {
    size_t p = start;
    int c = byte_at(lexer, p);
    if (c == '.') {
        return scan_decimal_rest(lexer, start, p);
    }
    if (c != '0') {
        if (!scan_decimal_digits(lexer, start, &p)) {
            return MN_TOKEN_ERROR;
        }
        return scan_decimal_rest(lexer, start, p);
    }
    c = byte_at(lexer, ++p);
    if (c == 'x' || c == 'X') {
        return scan_based_integer(lexer, start, p + 1, 16);
    }
    if (c == 'o' || c == 'O') {
        return scan_based_integer(lexer, start, p + 1, 8);
    }
    if (c == 'b' || c == 'B') {
        return scan_based_integer(lexer, start, p + 1, 2);
    }
    // Zeros ("0", "0_0"), or the integer part of a float ("00.5", "09e1", "09j"): a nonzero
    // digit after leading zeros is an error only in an integer (old-style octal).
    for (;;) {
        if (c == '_') {
            c = byte_at(lexer, ++p);
            if (!is_digit(c)) {
                return fail(lexer, start, message_invalid_decimal, 0);
            }
        }
        if (c != '0') {
            break;
        }
        c = byte_at(lexer, ++p);
    }
    bool nonzero = false;
    if (is_digit(c)) {
        nonzero = true;
        if (!scan_decimal_digits(lexer, start, &p)) {
            return MN_TOKEN_ERROR;
        }
        c = byte_at(lexer, p);
    }
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
        return scan_decimal_rest(lexer, start, p);
    }
    if (nonzero) {
        return fail(lexer, start, message_leading_zeros, 0);
    }
    if (!check_end_of_number(lexer, start, p, message_invalid_decimal)) {
        return MN_TOKEN_ERROR;
    }
    return give_number(lexer, start, p);
}

// ---- Strings ------------------------------------------------------------------------------

// The string prefix at `start` (r, u, b, br, rb, f, fr, rf, in any case), if a quote follows
// it: returns the quote's offset and stores the flags; else returns `start`.
static size_t string_prefix(const mn_lexer_t *lexer, size_t start, uint8_t *flags) {
    bool saw_b = false;
    bool saw_r = false;
    bool saw_u = false;
    bool saw_f = false;
    for (size_t p = start;; p++) {
        int c = byte_at(lexer, p);
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
            saw_b = true;
        } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
            saw_u = true;
        } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
            saw_r = true;
        } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
            saw_f = true;
        } else {
            return start;
        }
        c = byte_at(lexer, p + 1);
        if (c == '\'' || c == '"') {
            *flags = (uint8_t)((saw_r ? MN_STRING_RAW : 0) | (saw_b ? MN_STRING_BYTES : 0) |
                               (saw_f ? MN_STRING_FORMAT : 0));
            return p + 1;
        }
    }
}

// A string literal from `start` (its prefix) with the opening quote at `quote_offset`. Only
// finds its end: backslashes escape the next character (so a quote or a line break), the
// body is checked to be UTF-8; literal.c decodes it.
static mn_token_kind_t scan_string(mn_lexer_t *lexer, size_t start, size_t quote_offset,
                                   uint8_t flags) {
    uint32_t start_line = lexer->line;
    size_t start_line_start = lexer->line_start;
    int quote = byte_at(lexer, quote_offset);
    size_t p = quote_offset + 1;
    size_t quote_size = 1;
    if (byte_at(lexer, p) == quote) {
        if (byte_at(lexer, p + 1) != quote) { // the empty string
            lexer->position = p + 1;
            give_at(lexer, MN_TOKEN_STRING, start, p + 1 - start, start_line, start_line_start);
            lexer->token.flags = flags;
            return MN_TOKEN_STRING;
        }
        quote_size = 3;
        flags |= MN_STRING_TRIPLE;
        p += 2;
    }
    size_t body = p;
    for (;;) {
        int c = byte_at(lexer, p);
        size_t newline = newline_length(lexer, p);
        if (c < 0 || (newline != 0 && quote_size == 1)) {
            // CPython reports the string's start, and in the message the line where it saw
            // the problem: the current one, or at the end of the source its last line (for
            // CPython a final line break ends a line, it does not start an empty one).
            uint32_t detected = lexer->line;
            if (c < 0 && p > body && newline_length(lexer, p - 1) != 0) {
                detected--;
            }
            const char *message =
                quote_size == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                : "unterminated string literal (detected at line %d)";
            return fail_at(lexer, start, start_line, start_line_start, message, detected, 0, 0);
        }
        if (newline != 0) {
            pass_newline(lexer, p, newline);
            p = lexer->position;
            continue;
        }
        if (c == quote) {
            if (quote_size == 1) {
                p++;
                break;
            }
            if (byte_at(lexer, p + 1) == quote && byte_at(lexer, p + 2) == quote) {
                p += 3;
                break;
            }
            p++;
            continue;
        }
        if (c == '\\') {
            // The escaped character is skipped whole: a line break (which joins the lines) or
            // a UTF-8 sequence; the end of the source is found on the next round.
            p++;
            newline = newline_length(lexer, p);
            if (newline != 0) {
                pass_newline(lexer, p, newline);
                p = lexer->position;
                continue;
            }
            c = byte_at(lexer, p);
            if (c < 0) {
                continue;
            }
        }
        if (c == 0) {
            return fail(lexer, p, message_null_byte, 0);
        }
        if (c >= 0x80) {
            uint32_t code_point;
            size_t length = check_utf8(lexer, p, body, &code_point);
            if (length == 0) {
                return MN_TOKEN_ERROR;
            }
            p += length;
        } else {
            p++;
        }
    }
    lexer->position = p;
    give_at(lexer, MN_TOKEN_STRING, start, p - start, start_line, start_line_start);
    lexer->token.flags = flags;
    return MN_TOKEN_STRING;
}

// ---- Operators and brackets ---------------------------------------------------------------

// `plain`, or `with_equal` (one byte longer) when the next byte is '='.
static mn_token_kind_t maybe_equal(int next, size_t *length, mn_token_kind_t plain,
                                   mn_token_kind_t with_equal) {
    if (next == '=') {
        (*length)++;
        return with_equal;
    }
    return plain;
}

// The operator or delimiter at `offset` and its length; MN_TOKEN_ERROR if there is none.
static mn_token_kind_t operator_at(const mn_lexer_t *lexer, size_t offset, size_t *length) {
    int c = byte_at(lexer, offset);
    int next = byte_at(lexer, offset + 1);
    int after = byte_at(lexer, offset + 2);
    *length = 1;
    switch (c) {
    case '(':
        return MN_TOKEN_LPAR;
    case ')':
        return MN_TOKEN_RPAR;
    case '[':
        return MN_TOKEN_LSQB;
    case ']':
        return MN_TOKEN_RSQB;
    case '{':
        return MN_TOKEN_LBRACE;
    case '}':
        return MN_TOKEN_RBRACE;
    case ',':
        return MN_TOKEN_COMMA;
    case ';':
        return MN_TOKEN_SEMI;
    case '~':
        return MN_TOKEN_TILDE;
    case ':':
        return maybe_equal(next, length, MN_TOKEN_COLON, MN_TOKEN_COLONEQUAL);
    case '+':
        return maybe_equal(next, length, MN_TOKEN_PLUS, MN_TOKEN_PLUSEQUAL);
    case '%':
        return maybe_equal(next, length, MN_TOKEN_PERCENT, MN_TOKEN_PERCENTEQUAL);
    case '@':
        return maybe_equal(next, length, MN_TOKEN_AT, MN_TOKEN_ATEQUAL);
    case '&':
        return maybe_equal(next, length, MN_TOKEN_AMPER, MN_TOKEN_AMPEREQUAL);
    case '|':
        return maybe_equal(next, length, MN_TOKEN_VBAR, MN_TOKEN_VBAREQUAL);
    case '^':
        return maybe_equal(next, length, MN_TOKEN_CIRCUMFLEX, MN_TOKEN_CIRCUMFLEXEQUAL);
    case '=':
        return maybe_equal(next, length, MN_TOKEN_EQUAL, MN_TOKEN_EQEQUAL);
    case '!': // only in "!=": a lone '!' is not a Python 3.11 token
        return maybe_equal(next, length, MN_TOKEN_ERROR, MN_TOKEN_NOTEQUAL);
    case '-':
        if (next == '>') {
            *length = 2;
            return MN_TOKEN_RARROW;
        }
        return maybe_equal(next, length, MN_TOKEN_MINUS, MN_TOKEN_MINEQUAL);
    case '*':
        if (next == '*') {
            *length = 2;
            return maybe_equal(after, length, MN_TOKEN_DOUBLESTAR, MN_TOKEN_DOUBLESTAREQUAL);
        }
        return maybe_equal(next, length, MN_TOKEN_STAR, MN_TOKEN_STAREQUAL);
    case '/':
        if (next == '/') {
            *length = 2;
            return maybe_equal(after, length, MN_TOKEN_DOUBLESLASH, MN_TOKEN_DOUBLESLASHEQUAL);
        }
        return maybe_equal(next, length, MN_TOKEN_SLASH, MN_TOKEN_SLASHEQUAL);
    case '<':
        if (next == '<') {
            *length = 2;
            return maybe_equal(after, length, MN_TOKEN_LEFTSHIFT, MN_TOKEN_LEFTSHIFTEQUAL);
        }
        return maybe_equal(next, length, MN_TOKEN_LESS, MN_TOKEN_LESSEQUAL);
    case '>':
        if (next == '>') {
            *length = 2;
            return maybe_equal(after, length, MN_TOKEN_RIGHTSHIFT, MN_TOKEN_RIGHTSHIFTEQUAL);
        }
        return maybe_equal(next, length, MN_TOKEN_GREATER, MN_TOKEN_GREATEREQUAL);
    case '.':
        if (next == '.' && after == '.') {
            *length = 3;
            return MN_TOKEN_ELLIPSIS;
        }
        return MN_TOKEN_DOT;
    default:
        return MN_TOKEN_ERROR;
    }
}

// The line and the line start of the bracket at `offset`, before the current position.
static uint32_t bracket_line(const mn_lexer_t *lexer, size_t offset, size_t *line_start) {
    uint32_t lines = mn_lexer_count_lines(lexer->source, offset, lexer->position, NULL);
    size_t start = offset;
    while (start > 0 && lexer->source[start - 1] != '\n' && lexer->source[start - 1] != '\r') {
        start--;
    }
    *line_start = start;
    return lexer->line - lines;
}

uint32_t mn_lexer_open_bracket(const mn_lexer_t *lexer, char *bracket) {
    if (lexer->bracket_depth == 0) {
        return 0;
    }
    size_t offset = lexer->bracket_offsets[lexer->bracket_depth - 1];
    size_t line_start;
    *bracket = (char)byte_at(lexer, offset);
    return bracket_line(lexer, offset, &line_start);
}

// Keeps the stack of open brackets for a bracket token at `offset`. Returns false after
// giving an ERROR.
static bool track_bracket(mn_lexer_t *lexer, mn_token_kind_t kind, size_t offset) {
    if (kind == MN_TOKEN_LPAR || kind == MN_TOKEN_LSQB || kind == MN_TOKEN_LBRACE) {
        if (lexer->bracket_depth >= MN_LEXER_MAX_BRACKETS) {
            fail(lexer, offset, "too many nested parentheses", 0);
            return false;
        }
        lexer->bracket_offsets[lexer->bracket_depth++] = offset;
        return true;
    }
    if (kind != MN_TOKEN_RPAR && kind != MN_TOKEN_RSQB && kind != MN_TOKEN_RBRACE) {
        return true;
    }
    uint32_t closing = (uint32_t)byte_at(lexer, offset);
    if (lexer->bracket_depth == 0) {
        fail(lexer, offset, "unmatched '%c'", closing);
        return false;
    }
    size_t opening_offset = lexer->bracket_offsets[--lexer->bracket_depth];
    uint32_t opening = (uint32_t)byte_at(lexer, opening_offset);
    if ((opening == '(' && closing == ')') || (opening == '[' && closing == ']') ||
        (opening == '{' && closing == '}')) {
        return true;
    }
    size_t opening_line_start;
    uint32_t opening_line = bracket_line(lexer, opening_offset, &opening_line_start);
    if (opening_line != lexer->line) {
        fail_at(lexer, offset, lexer->line, lexer->line_start,
                "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                closing, opening, opening_line);
    } else {
        fail_at(lexer, offset, lexer->line, lexer->line_start,
                "closing parenthesis '%c' does not match opening parenthesis '%c'", closing,
                opening, 0);
    }
    return false;
}

// ---- Lines --------------------------------------------------------------------------------

static const char message_unexpected_eof[] = "unexpected EOF while parsing";

// A backslash at lexer->position joins the next line to this one (and to its logical line).
// Returns false after giving an ERROR: something other than a line break follows the
// backslash, or the source ends after it.
static bool continue_line(mn_lexer_t *lexer) {
    size_t backslash = lexer->position;
    size_t newline = newline_length(lexer, backslash + 1);
    if (newline == 0) {
        if (byte_at(lexer, backslash + 1) < 0) {
            fail(lexer, backslash, message_unexpected_eof, 0);
        } else {
            fail(lexer, backslash + 1, "unexpected character after line continuation character", 0);
        }
        return false;
    }
    if (backslash + 1 + newline >= lexer->length) {
        fail(lexer, backslash, message_unexpected_eof, 0);
        return false;
    }
    pass_newline(lexer, backslash + 1, newline);
    return true;
}

// A comment, from its '#' to the end of the line (not included). Checks that it is UTF-8.
static bool skip_comment(mn_lexer_t *lexer) {
    size_t start = lexer->position;
    size_t p = start;
    for (;;) {
        int c = byte_at(lexer, p);
        if (c < 0 || c == '\n' || c == '\r') {
            break;
        }
        if (c == 0) {
            fail(lexer, p, message_null_byte, 0);
            return false;
        }
        if (c >= 0x80) {
            uint32_t code_point;
            size_t length = check_utf8(lexer, p, start, &code_point);
            if (length == 0) {
                return false;
            }
            p += length;
        } else {
            p++;
        }
    }
    lexer->position = p;
    return true;
}

// The start of a line (CPython's atbol): measures its indentation and, when the line holds
// a token and no bracket is open, compares it with the indentation stack, setting
// pending_indents. A line of only spaces and a comment is blank and changes nothing.
// Returns false after giving an ERROR.
static bool measure_indentation(mn_lexer_t *lexer, bool *blank_line) {
    size_t column = 0;
    size_t alternate = 0; // the column with tabs one column wide
    // A backslash in the indentation: the first one (after some indentation) fixes the
    // indentation of the line, whatever the next physical line starts with.
    size_t continuation_column = 0;
    for (;;) {
        int c = byte_at(lexer, lexer->position);
        if (c == ' ') {
            column++;
            alternate++;
        } else if (c == '\t') {
            column = (column / MN_LEXER_TAB_SIZE + 1) * MN_LEXER_TAB_SIZE;
            alternate++;
        } else if (c == '\f') { // a form feed resets the column, as in CPython
            column = 0;
            alternate = 0;
        } else if (c == '\\') {
            if (continuation_column == 0) {
                continuation_column = column;
            }
            if (!continue_line(lexer)) {
                return false;
            }
            continue;
        } else {
            break;
        }
        lexer->position++;
    }
    int c = byte_at(lexer, lexer->position);
    if (c == '#' || c == '\n' || c == '\r' || c < 0) {
        *blank_line = true; // the end of the source dedents in give_end
        return true;
    }
    if (lexer->bracket_depth > 0 || lexer->expression_mode) {
        return true;
    }
    if (continuation_column != 0) {
        column = continuation_column;
        alternate = continuation_column;
    }
    static const char tab_error[] = "inconsistent use of tabs and spaces in indentation";
    size_t depth = lexer->indent_depth;
    if (column == lexer->indent_columns[depth]) {
        if (alternate != lexer->alternate_columns[depth]) {
            fail(lexer, lexer->position, tab_error, 0);
            return false;
        }
    } else if (column > lexer->indent_columns[depth]) {
        if (depth + 1 >= MN_LEXER_MAX_INDENT) {
            fail(lexer, lexer->position, "too many levels of indentation", 0);
            return false;
        }
        if (alternate <= lexer->alternate_columns[depth]) {
            fail(lexer, lexer->position, tab_error, 0);
            return false;
        }
        depth++;
        lexer->indent_columns[depth] = column;
        lexer->alternate_columns[depth] = alternate;
        lexer->indent_depth = depth;
        lexer->pending_indents = 1;
    } else {
        int dedents = 0;
        while (depth > 0 && column < lexer->indent_columns[depth]) {
            depth--;
            dedents++;
        }
        if (column != lexer->indent_columns[depth]) {
            fail(lexer, lexer->position, "unindent does not match any outer indentation level", 0);
            return false;
        }
        if (alternate != lexer->alternate_columns[depth]) {
            fail(lexer, lexer->position, tab_error, 0);
            return false;
        }
        lexer->indent_depth = depth;
        lexer->pending_indents = -dedents;
    }
    return true;
}

// The end of the source: an open bracket is an error; otherwise the NEWLINE the last line
// may lack, a DEDENT for every open block, then ENDMARKER (one token per call).
static mn_token_kind_t give_end(mn_lexer_t *lexer) {
    if (lexer->bracket_depth > 0) {
        size_t offset = lexer->bracket_offsets[lexer->bracket_depth - 1];
        size_t line_start;
        uint32_t line = bracket_line(lexer, offset, &line_start);
        return fail_at(lexer, offset, line, line_start, "'%c' was never closed",
                       (uint32_t)byte_at(lexer, offset), 0, 0);
    }
    if (!lexer->expression_mode) {
        if (lexer->line_has_tokens) {
            lexer->line_has_tokens = false;
            return give(lexer, MN_TOKEN_NEWLINE, lexer->position);
        }
        if (lexer->indent_depth > 0) {
            lexer->pending_indents = -(int)lexer->indent_depth;
            lexer->indent_depth = 0;
            return give_pending(lexer);
        }
    }
    lexer->finished = true;
    return give(lexer, MN_TOKEN_ENDMARKER, lexer->position);
}

// ---- The lexer ----------------------------------------------------------------------------

void mn_lexer_init(mn_lexer_t *lexer, const char *source, size_t length) {
    memset(lexer, 0, sizeof *lexer);
    lexer->source = source;
    lexer->length = length;
    lexer->line = 1;
    lexer->at_line_start = true;
    if (length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) {
        lexer->position = 3; // the UTF-8 byte-order mark, which CPython skips too
        lexer->line_start = 3;
    }
}

void mn_lexer_init_expression(mn_lexer_t *lexer, const char *source, const mn_token_t *string_token,
                              size_t start, size_t end) {
    memset(lexer, 0, sizeof *lexer);
    lexer->source = source;
    lexer->length = end;
    lexer->position = start;
    size_t last_line_start;
    uint32_t lines = mn_lexer_count_lines(source, string_token->offset, start, &last_line_start);
    lexer->line = string_token->line + lines;
    lexer->line_start = lines != 0 ? last_line_start : string_token->offset - string_token->column;
    lexer->expression_mode = true;
}

mn_token_kind_t mn_lexer_next(mn_lexer_t *lexer) {
    if (lexer->finished) {
        return lexer->token.kind;
    }
    if (lexer->pending_indents != 0) {
        return give_pending(lexer);
    }
    bool blank_line = false;
    for (;;) {
        if (lexer->at_line_start) {
            lexer->at_line_start = false;
            blank_line = false;
            if (!measure_indentation(lexer, &blank_line)) {
                return MN_TOKEN_ERROR;
            }
            if (lexer->pending_indents != 0) {
                return give_pending(lexer);
            }
        }
        int c = byte_at(lexer, lexer->position);
        while (c == ' ' || c == '\t' || c == '\f') {
            c = byte_at(lexer, ++lexer->position);
        }
        if (c == '#') {
            if (!skip_comment(lexer)) {
                return MN_TOKEN_ERROR;
            }
            c = byte_at(lexer, lexer->position);
        }
        size_t start = lexer->position;
        if (c < 0) {
            return give_end(lexer);
        }
        size_t newline = newline_length(lexer, start);
        if (newline != 0) {
            // Blank lines and line breaks inside brackets are not NEWLINE tokens.
            uint32_t line = lexer->line;
            size_t line_start = lexer->line_start;
            pass_newline(lexer, start, newline);
            lexer->at_line_start = true;
            if (blank_line || lexer->bracket_depth > 0 || lexer->expression_mode) {
                continue;
            }
            lexer->line_has_tokens = false;
            return give_at(lexer, MN_TOKEN_NEWLINE, start, newline, line, line_start);
        }
        if (c == '\\') {
            if (!continue_line(lexer)) {
                return MN_TOKEN_ERROR;
            }
            continue;
        }
        if (is_digit(c) || (c == '.' && is_digit(byte_at(lexer, start + 1)))) {
            return scan_number(lexer, start);
        }
        if (c == '\'' || c == '"') {
            return scan_string(lexer, start, start, 0);
        }
        if (is_ascii_letter(c) || c == '_' || c >= 0x80) {
            uint8_t flags = 0;
            size_t quote = string_prefix(lexer, start, &flags);
            if (quote != start) {
                return scan_string(lexer, start, quote, flags);
            }
            return scan_name(lexer, start);
        }
        size_t length;
        mn_token_kind_t kind = operator_at(lexer, start, &length);
        if (kind != MN_TOKEN_ERROR) {
            if (!track_bracket(lexer, kind, start)) {
                return MN_TOKEN_ERROR;
            }
            lexer->position = start + length;
            return give(lexer, kind, start);
        }
        if (c == 0) {
            return fail(lexer, start, message_null_byte, 0);
        }
        if (c < 0x20 || c == 0x7F) {
            return fail(lexer, start, message_non_printable, (uint32_t)c);
        }
        // '$', '?', '`' and a lone '!': CPython's tokenizer gives an error token and its
        // parser reports it so.
        return fail(lexer, start, "invalid syntax", 0);
    }
}

uint32_t mn_lexer_count_lines(const char *source, size_t from, size_t to, size_t *last_line_start) {
    uint32_t lines = 0;
    size_t line_start = from;
    for (size_t i = from; i < to; i++) {
        if (source[i] == '\n' || source[i] == '\r') {
            if (source[i] == '\r' && i + 1 < to && source[i + 1] == '\n') {
                i++;
            }
            lines++;
            line_start = i + 1;
        }
    }
    if (last_line_start != NULL) {
        *last_line_start = line_start;
    }
    return lines;
}

// ---- Messages -----------------------------------------------------------------------------

// Appends `length` bytes to buffer[*used ..], as far as capacity allows (one byte is kept for
// the terminator), counting them all in *used.
static void append(char *buffer, size_t capacity, size_t *used, const char *bytes, size_t length) {
    for (size_t i = 0; i < length; i++, (*used)++) {
        if (*used + 1 < capacity) {
            buffer[*used] = bytes[i];
        }
    }
}

// Writes `value` in `base` with at least `min_digits` digits into `digits`; returns the count.
static size_t format_unsigned(uint32_t value, unsigned base, size_t min_digits, bool upper,
                              char *digits) {
    const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char reversed[16];
    size_t count = 0;
    do {
        reversed[count++] = alphabet[value % base];
        value /= base;
    } while (value != 0);
    while (count < min_digits) {
        reversed[count++] = '0';
    }
    for (size_t i = 0; i < count; i++) {
        digits[i] = reversed[count - 1 - i];
    }
    return count;
}

size_t mn_lexer_format_message(const char *template, const uint32_t *args, char *buffer,
                               size_t capacity) {
    size_t used = 0;
    size_t next_arg = 0;
    for (const char *t = template; *t != 0; t++) {
        if (t[0] != '%' || t[1] == 0) {
            append(buffer, capacity, &used, t, 1);
            continue;
        }
        t++;
        if (*t == '%') {
            append(buffer, capacity, &used, t, 1);
            continue;
        }
        uint32_t value = 0;
        if (args != NULL && next_arg < MN_MESSAGE_ARGS_MAX) {
            value = args[next_arg];
        }
        next_arg++;
        char piece[16];
        size_t length;
        switch (*t) {
        case 'c':
            length = mn_literal_encode_utf8(value, piece);
            break;
        case 'U':
            length = format_unsigned(value, 16, 4, true, piece);
            break;
        case 'x':
            length = format_unsigned(value, 16, 2, false, piece);
            break;
        case 'd':
            length = format_unsigned(value, 10, 1, false, piece);
            break;
        default: // not a placeholder: kept as it is
            piece[0] = '%';
            piece[1] = *t;
            length = 2;
            next_arg--;
            break;
        }
        append(buffer, capacity, &used, piece, length);
    }
    if (capacity > 0) {
        buffer[used < capacity ? used : capacity - 1] = 0;
    }
    return used;
}
