// Decoding the text of literal tokens: string bodies (escapes), f-string parts and numbers.
//
// Pure functions over source text: no allocation is done anywhere here, output goes to
// buffers the caller provides, and nothing keeps a pointer into the source between calls
// (mn_literal_fstring_t reads through its `source` field, which the caller re-derives after
// anything that may allocate, as with mn_lexer_t). Errors follow CPython 3.11's messages.
#ifndef MN_COMPILE_LITERAL_H
#define MN_COMPILE_LITERAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compile/lexer.h"

// What a function returns instead of a length when the literal is invalid.
#define MN_LITERAL_ERROR ((size_t)-1)

typedef struct {
    // A static template in CPython's wording, with args for mn_lexer_format_message.
    const char *message;
    uint32_t args[MN_MESSAGE_ARGS_MAX];
    size_t offset; // in the source, of the byte the problem was found at
} mn_literal_error_t;

// Writes the UTF-8 encoding of `code_point` (at most 0x10FFFF; surrogates are encoded like
// any other code point, as MicroPython does) into out[0..3]; returns its length, 1 to 4.
size_t mn_literal_encode_utf8(uint32_t code_point, char *out);

// ---- Strings ------------------------------------------------------------------------------

typedef struct {
    unsigned flags;     // MN_STRING_* (the same as the token's flags)
    size_t body_offset; // the first byte after the opening quote(s)
    size_t body_length; // bytes up to the closing quote(s)
} mn_literal_string_t;

// Finds the prefix, quotes and body of the STRING token source[offset, offset + length).
// no allocation is done
void mn_literal_string_parse(const char *source, size_t offset, size_t length,
                             mn_literal_string_t *string);

// Decodes a string body source[offset, offset + length) as a literal with `flags` (only
// MN_STRING_RAW and MN_STRING_BYTES matter) into buffer[0, capacity):
// - str: escapes \\ \' \" \a \b \f \n \r \t \v \ooo \xhh \uXXXX \UXXXXXXXX and backslash-
//   newline; the result is UTF-8. \N{name} is rejected (no name table on a microcontroller).
// - bytes: the same escapes but \u, \U and \N, which stay as they are; only ASCII characters.
// - raw: nothing is an escape.
// - always: \r\n and \r line breaks become \n (CPython reads source in universal-newline
//   mode); an unknown escape such as \d stays a backslash and the character, and so does a
//   lone backslash at the end (f-string text can end so); CPython warns about both.
// - as CPython: \400..\777 is that code point in a str and its low byte in bytes; \ud800 and
//   the other surrogates are encoded like any code point (3 bytes), as MicroPython does.
// Returns the length of the decoded value, which is never more than `length`, however
// small the buffer (only its first `capacity` bytes are written; pass capacity 0 to ask the
// size), or MN_LITERAL_ERROR with *error filled in. "position" in messages counts bytes from
// `offset`, which is CPython's count for ASCII bodies. no allocation is done
size_t mn_literal_decode(const char *source, size_t offset, size_t length, unsigned flags,
                         char *buffer, size_t capacity, mn_literal_error_t *error);

// ---- f-strings ----------------------------------------------------------------------------
//
// An f-string body is split into parts, one per call of mn_literal_fstring_next: literal
// text (decode it with mn_literal_decode and the string's flags) and replacement fields
// {expression=!conversion:spec}. CPython 3.11's rules: "{{" and "}}" are text braces, an
// expression may not contain a backslash or '#', brackets and quotes inside it must match, a
// format spec is itself text and fields, and fields nest only one level inside a spec.

typedef enum {
    MN_FSTRING_END,   // no more parts
    MN_FSTRING_TEXT,  // text_offset, text_length
    MN_FSTRING_FIELD, // the field members
    MN_FSTRING_ERROR, // error; repeated on every later call
} mn_fstring_part_t;

typedef struct {
    const char *source; // re-derived by the caller after anything that may allocate
    size_t position;    // next byte to split
    size_t end;         // end of the body (or of the format spec being split)
    unsigned flags;     // the string's MN_STRING_* flags
    unsigned level;     // 0 for an f-string, 1 for a spec, 2 for a spec in a spec's field
    mn_fstring_part_t part;
    // MN_FSTRING_TEXT: raw text still to decode ("{{" gives the text "{").
    size_t text_offset;
    size_t text_length;
    // MN_FSTRING_FIELD: the expression (compile it with mn_lexer_init_expression), ...
    size_t expression_offset;
    size_t expression_length;
    // ... for "{x = }" the text "x = " that prefixes the value (from expression_offset;
    // 0 when there is no '='), ...
    size_t self_document_length;
    // ... the conversion: 0, 'r', 's' or 'a'; "{x=}" with neither conversion nor spec gets
    // 'r' here, as CPython gives it, ...
    char conversion;
    // ... and the format spec, split it with mn_literal_fstring_init_spec.
    bool has_spec;
    size_t spec_offset;
    size_t spec_length;
    mn_literal_error_t error; // MN_FSTRING_ERROR
} mn_literal_fstring_t;

// Prepares to split the body of an f-string (see mn_literal_string_parse). no allocation is
// done
void mn_literal_fstring_init(mn_literal_fstring_t *fstring, const char *source, size_t body_offset,
                             size_t body_length, unsigned flags);

// Prepares `spec` to split the format spec of the field `field` has just given.
// no allocation is done
void mn_literal_fstring_init_spec(mn_literal_fstring_t *spec, const mn_literal_fstring_t *field);

// Finds the next part. no allocation is done
mn_fstring_part_t mn_literal_fstring_next(mn_literal_fstring_t *fstring);

// ---- Numbers ------------------------------------------------------------------------------

typedef enum {
    MN_NUMBER_INT,
    MN_NUMBER_FLOAT,
    MN_NUMBER_IMAGINARY, // "1j", "1.5e3J": the digits are those of the float before the j
} mn_number_kind_t;

typedef struct {
    mn_number_kind_t kind;
    unsigned base;        // 2, 8, 10 or 16 (floats and imaginaries are 10)
    size_t digits_offset; // the digits after any "0x" prefix and before any 'j' suffix,
    size_t digits_length; // underscores included (mn_literal_number_digits drops them)
} mn_literal_number_t;

// Classifies the NUMBER token source[offset, offset + length). no allocation is done
void mn_literal_number_classify(const char *source, size_t offset, size_t length,
                                mn_literal_number_t *number);

// Copies the digits of source[offset, offset + length) without underscores into buffer,
// NUL-terminated and truncated to capacity as mn_lexer_format_message does; returns the
// number of digits. For a float the copy is ready for strtod. no allocation is done
size_t mn_literal_number_digits(const char *source, size_t offset, size_t length, char *buffer,
                                size_t capacity);

#endif
