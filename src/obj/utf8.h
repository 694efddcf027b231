// UTF-8, the encoding of every str: decoding and encoding code points, counting and indexing
// by code point, CPython's validating decoder (for bytes.decode() and str(b, 'utf-8')), and
// the character classes the text types need without a Unicode database. Pure functions: no
// allocation is done anywhere here.
//
// A str holds valid UTF-8 with one exception the compiler makes on purpose, as MicroPython
// does: "\ud800" and the other surrogates are encoded like any code point (3 bytes), so
// mn_utf8_decode accepts them; mn_utf8_check (the validator for bytes) rejects them.
#ifndef MN_OBJ_UTF8_H
#define MN_OBJ_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Bytes that follow the lead byte of a character.
static inline bool mn_utf8_is_continuation(char c) {
    return ((unsigned char)c & 0xc0) == 0x80;
}

// Decodes the character at text[0..length) (length > 0) of a str; returns its size in bytes.
// A malformed byte decodes as itself, size 1, so scanning always advances.
size_t mn_utf8_decode(const char *text, size_t length, uint32_t *code_point);

// The character that ends at text[length) (length > 0): returns its size, with its code point
// in *code_point (U+FFFD and size 1 when the bytes there are not a whole character).
size_t mn_utf8_decode_last(const char *text, size_t length, uint32_t *code_point);

// Writes the UTF-8 of code_point (at most 0x10ffff) into out[0..3]; returns its size.
size_t mn_utf8_encode(uint32_t code_point, char *out);

// The number of code points in text[0..length).
size_t mn_utf8_count(const char *text, size_t length);

// The byte offset of code point `index` in text[0..length) (length when index is past the
// end).
size_t mn_utf8_offset(const char *text, size_t length, size_t index);

// ---- Validation ------------------------------------------------------------------------------

typedef enum mn_utf8_error {
    MN_UTF8_INVALID_START,        // "invalid start byte"
    MN_UTF8_INVALID_CONTINUATION, // "invalid continuation byte"
    MN_UTF8_END_OF_DATA,          // "unexpected end of data"
} mn_utf8_error_t;

// The reason CPython gives for an error ("invalid start byte").
const char *mn_utf8_error_reason(mn_utf8_error_t error);

// Checks the character at text[0..length) (length > 0) with the rules and the error ranges of
// CPython's decoder: no overlong forms, no surrogates, nothing above U+10FFFF. Returns its
// size with its code point in *code_point; or 0, with the error and the number of bytes the
// error covers (the lead byte and the continuation bytes that were valid: "can't decode bytes
// in position 0-1") in *error and *error_length.
size_t mn_utf8_check(const char *text, size_t length, uint32_t *code_point, mn_utf8_error_t *error,
                     size_t *error_length);

// ---- Character classes -----------------------------------------------------------------------

// str.isspace() for one code point (Unicode's whitespace: ASCII's, the separators 0x1c..0x1f,
// U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F and U+3000).
bool mn_utf8_is_space(uint32_t code_point);

// The line boundaries of str.splitlines() beyond \n and \r: \v, \f, 0x1c..0x1e, U+0085,
// U+2028 and U+2029.
bool mn_utf8_is_line_break(uint32_t code_point);

#endif
