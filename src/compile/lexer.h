// The Python lexer: UTF-8 source bytes in, one token at a time out.
//
// Follows CPython 3.11's tokenizer (Parser/tokenizer.c): the same tokens, the same
// indentation rules (tabs to the next multiple of 8, TabError when the meaning of the
// indentation depends on the tab size), the same limits (100 indentation levels, 200 nested
// brackets) and, where CPython's tokenizer reports an error, the same message. f-strings are
// one STRING token each, as before Python 3.12; literal.h splits them into parts.
//
// no allocation is done: every function here works in the mn_lexer_t the caller provides.
//
// The source may live in a heap block that moves. The lexer keeps only offsets into it, never
// a pointer across calls: it reads the source through `lexer->source`, which the caller must
// re-derive (lexer->source = <the string's current data>) after anything that may allocate and
// before the next call. Tokens, too, are offsets (offset, length), never pointers.
#ifndef MN_COMPILE_LEXER_H
#define MN_COMPILE_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Entries of the indentation stack, the outermost column 0 included: 99 nested indented
// blocks are accepted, the 100th gives "too many levels of indentation" (CPython's MAXINDENT).
#ifndef MN_LEXER_MAX_INDENT
#define MN_LEXER_MAX_INDENT 100
#endif

// Open brackets at once; one more gives "too many nested parentheses" (CPython's MAXLEVEL).
#ifndef MN_LEXER_MAX_BRACKETS
#define MN_LEXER_MAX_BRACKETS 200
#endif

// Columns a tab advances to a multiple of (CPython's tabsize; not configurable there either).
#define MN_LEXER_TAB_SIZE 8

typedef enum {
    // Structure.
    MN_TOKEN_ENDMARKER, // end of input; repeated on every later call
    MN_TOKEN_ERROR,     // token.message says what; repeated on every later call
    MN_TOKEN_NEWLINE,   // end of a logical line (length 0 when the source lacks a final one)
    MN_TOKEN_INDENT,    // length 0, at the first token of the indented line
    MN_TOKEN_DEDENT,    // length 0, one per closed block
    MN_TOKEN_NAME,      // an identifier that is not a keyword (soft keywords are NAMEs)
    MN_TOKEN_NUMBER,    // see mn_literal_number_classify
    MN_TOKEN_STRING,    // prefix, quotes and body; token.flags holds MN_STRING_*

    // Operators and delimiters, named as in CPython's Grammar/Tokens.
    MN_TOKEN_LPAR,             // (
    MN_TOKEN_RPAR,             // )
    MN_TOKEN_LSQB,             // [
    MN_TOKEN_RSQB,             // ]
    MN_TOKEN_LBRACE,           // {
    MN_TOKEN_RBRACE,           // }
    MN_TOKEN_COLON,            // :
    MN_TOKEN_COMMA,            // ,
    MN_TOKEN_SEMI,             // ;
    MN_TOKEN_PLUS,             // +
    MN_TOKEN_MINUS,            // -
    MN_TOKEN_STAR,             // *
    MN_TOKEN_SLASH,            // /
    MN_TOKEN_VBAR,             // |
    MN_TOKEN_AMPER,            // &
    MN_TOKEN_LESS,             // <
    MN_TOKEN_GREATER,          // >
    MN_TOKEN_EQUAL,            // =
    MN_TOKEN_DOT,              // .
    MN_TOKEN_PERCENT,          // %
    MN_TOKEN_EQEQUAL,          // ==
    MN_TOKEN_NOTEQUAL,         // !=
    MN_TOKEN_LESSEQUAL,        // <=
    MN_TOKEN_GREATEREQUAL,     // >=
    MN_TOKEN_TILDE,            // ~
    MN_TOKEN_CIRCUMFLEX,       // ^
    MN_TOKEN_LEFTSHIFT,        // <<
    MN_TOKEN_RIGHTSHIFT,       // >>
    MN_TOKEN_DOUBLESTAR,       // **
    MN_TOKEN_PLUSEQUAL,        // +=
    MN_TOKEN_MINEQUAL,         // -=
    MN_TOKEN_STAREQUAL,        // *=
    MN_TOKEN_SLASHEQUAL,       // /=
    MN_TOKEN_PERCENTEQUAL,     // %=
    MN_TOKEN_AMPEREQUAL,       // &=
    MN_TOKEN_VBAREQUAL,        // |=
    MN_TOKEN_CIRCUMFLEXEQUAL,  // ^=
    MN_TOKEN_LEFTSHIFTEQUAL,   // <<=
    MN_TOKEN_RIGHTSHIFTEQUAL,  // >>=
    MN_TOKEN_DOUBLESTAREQUAL,  // **=
    MN_TOKEN_DOUBLESLASH,      // //
    MN_TOKEN_DOUBLESLASHEQUAL, // //=
    MN_TOKEN_AT,               // @
    MN_TOKEN_ATEQUAL,          // @=
    MN_TOKEN_RARROW,           // ->
    MN_TOKEN_ELLIPSIS,         // ...
    MN_TOKEN_COLONEQUAL,       // :=

    // Keywords, in the byte order of their spelling (the lexer looks them up by bisection).
    MN_TOKEN_KW_FALSE,
    MN_TOKEN_KW_NONE,
    MN_TOKEN_KW_TRUE,
    MN_TOKEN_KW_AND,
    MN_TOKEN_KW_AS,
    MN_TOKEN_KW_ASSERT,
    MN_TOKEN_KW_ASYNC,
    MN_TOKEN_KW_AWAIT,
    MN_TOKEN_KW_BREAK,
    MN_TOKEN_KW_CLASS,
    MN_TOKEN_KW_CONTINUE,
    MN_TOKEN_KW_DEF,
    MN_TOKEN_KW_DEL,
    MN_TOKEN_KW_ELIF,
    MN_TOKEN_KW_ELSE,
    MN_TOKEN_KW_EXCEPT,
    MN_TOKEN_KW_FINALLY,
    MN_TOKEN_KW_FOR,
    MN_TOKEN_KW_FROM,
    MN_TOKEN_KW_GLOBAL,
    MN_TOKEN_KW_IF,
    MN_TOKEN_KW_IMPORT,
    MN_TOKEN_KW_IN,
    MN_TOKEN_KW_IS,
    MN_TOKEN_KW_LAMBDA,
    MN_TOKEN_KW_NONLOCAL,
    MN_TOKEN_KW_NOT,
    MN_TOKEN_KW_OR,
    MN_TOKEN_KW_PASS,
    MN_TOKEN_KW_RAISE,
    MN_TOKEN_KW_RETURN,
    MN_TOKEN_KW_TRY,
    MN_TOKEN_KW_WHILE,
    MN_TOKEN_KW_WITH,
    MN_TOKEN_KW_YIELD,

    MN_TOKEN_KIND_COUNT
} mn_token_kind_t;

#define MN_TOKEN_FIRST_OPERATOR MN_TOKEN_LPAR
#define MN_TOKEN_LAST_OPERATOR MN_TOKEN_COLONEQUAL
#define MN_TOKEN_FIRST_KEYWORD MN_TOKEN_KW_FALSE
#define MN_TOKEN_LAST_KEYWORD MN_TOKEN_KW_YIELD

// token.flags of a STRING token: its prefix letters (any case, any order CPython accepts)
// and its quotes. u"" has no flag: it means the same as "".
#define MN_STRING_RAW 0x01u    // r: backslashes are kept
#define MN_STRING_BYTES 0x02u  // b: a bytes literal
#define MN_STRING_FORMAT 0x04u // f: an f-string (never together with MN_STRING_BYTES)
#define MN_STRING_TRIPLE 0x08u // ''' or """

// Most arguments a message template takes (see mn_lexer_format_message).
#define MN_MESSAGE_ARGS_MAX 3

typedef struct {
    mn_token_kind_t kind;
    uint8_t flags; // MN_STRING_* for a STRING token, else 0
    size_t offset; // of the token's first byte in the source
    size_t length; // bytes of the token's text (0 for INDENT, DEDENT, ENDMARKER, ERROR)
    uint32_t line; // 1-based line of the first byte
    size_t column; // 0-based byte offset of the first byte in its line
    // ERROR only. `message` is a static template in CPython's wording, filled in from `args`
    // by mn_lexer_format_message; line and column then say where CPython reports the error.
    const char *message;
    uint32_t args[MN_MESSAGE_ARGS_MAX];
} mn_token_t;

typedef struct {
    // The source text. The caller re-derives this pointer after anything that may allocate;
    // the lexer never keeps a copy of it (nor any pointer into it) between calls.
    const char *source;
    size_t length;        // bytes of source (reading stops there: no terminator is needed)
    size_t position;      // next byte to read
    size_t line_start;    // offset of the first byte of the current line
    uint32_t line;        // 1-based line of `position`
    int pending_indents;  // > 0: INDENT tokens to give, < 0: DEDENT tokens to give
    bool at_line_start;   // the indentation of the next line has not been measured yet
    bool line_has_tokens; // a token was given since the last NEWLINE (EOF then adds one)
    bool expression_mode; // lexing an f-string expression: see mn_lexer_init_expression
    bool finished;        // ENDMARKER or ERROR was given; `token` stays as it is
    // The indentation stack: indent_columns[0] == 0 is the outermost level, entries above
    // it strictly increase. alternate_columns holds the same levels measured with tabs one
    // column wide; the two stacks must order every line the same way or it is a TabError.
    size_t indent_depth; // index of the innermost level: 0 .. MN_LEXER_MAX_INDENT - 1
    size_t indent_columns[MN_LEXER_MAX_INDENT];
    size_t alternate_columns[MN_LEXER_MAX_INDENT];
    // Offsets of the open brackets, outermost first. The bracket kind is the source byte
    // there (the source never changes, only moves), its line is found by counting newlines.
    size_t bracket_depth;
    size_t bracket_offsets[MN_LEXER_MAX_BRACKETS];
    mn_token_t token; // the last token given
} mn_lexer_t;

// Prepares to lex `length` bytes of UTF-8 source (a leading UTF-8 byte-order mark is
// skipped). no allocation is done
void mn_lexer_init(mn_lexer_t *lexer, const char *source, size_t length);

// Prepares to lex the expression of an f-string replacement field, source[start, end), which
// lies inside the STRING token `string_token` (mn_literal_fstring_next gives the span). It is
// lexed as if it were in parentheses, as CPython compiles it: newlines are ignored, there is
// no indentation, and it ends with ENDMARKER without NEWLINE. Lines and columns are those of
// the whole source. no allocation is done
void mn_lexer_init_expression(mn_lexer_t *lexer, const char *source, const mn_token_t *string_token,
                              size_t start, size_t end);

// Reads the next token into lexer->token and returns its kind. After ENDMARKER or ERROR every
// call returns the same token again. Never reads outside source[0, length). no allocation is
// done
mn_token_kind_t mn_lexer_next(mn_lexer_t *lexer);

// The line of the innermost open bracket, storing the bracket's byte in *bracket; 0 when no
// bracket is open. no allocation is done
uint32_t mn_lexer_open_bracket(const mn_lexer_t *lexer, char *bracket);

// The spelling of an operator or keyword kind ("+=", "while"), else a name for the kind
// ("NAME", "NEWLINE"). For parser messages and tests.
const char *mn_lexer_kind_name(mn_token_kind_t kind);

// Writes `template` with its placeholders filled from args[0], args[1], ... in order into
// buffer[0, capacity), truncated and always NUL-terminated when capacity > 0, and returns the
// length of the whole text (as snprintf does; call with capacity 0 to size a buffer).
// Placeholders: %c a code point as UTF-8, %U a code point as at least 4 upper-case hex
// digits, %x a byte as 2 lower-case hex digits, %d an unsigned decimal, %% a percent sign.
size_t mn_lexer_format_message(const char *template, const uint32_t *args, char *buffer,
                               size_t capacity);

// Counts the line breaks (\n, \r\n or a lone \r) in source[from, to) and stores in
// *last_line_start the offset just past the last of them (or `from` when there is none).
// no allocation is done
uint32_t mn_lexer_count_lines(const char *source, size_t from, size_t to, size_t *last_line_start);

#endif
