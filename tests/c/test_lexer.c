// Tests of the lexer (src/compile/lexer.c) and of the literal decoders (literal.c).
//
// Token sequences are written as text: each token's kind name (mn_lexer_kind_name, so an
// operator or keyword is its spelling) and, for NAME, NUMBER and STRING, its source text in
// parentheses. The expected sequences and error messages were checked against CPython 3.11.
#include <stdlib.h>
#include <string.h>

#include "compile/lexer.h"
#include "compile/literal.h"
#include "testing.h"

// ---- Helpers ------------------------------------------------------------------------------

#define MAX_TOKENS 4096
#define ANY_COLUMN ((size_t)-1)

static mn_token_t tokens[MAX_TOKENS];
static char text[32768];

// Lexes source[0, length) to its ENDMARKER or ERROR (at most MAX_TOKENS tokens) into tokens[].
static size_t lex_all(const char *source, size_t length) {
    mn_lexer_t lexer;
    mn_lexer_init(&lexer, source, length);
    size_t count = 0;
    while (count < MAX_TOKENS) {
        mn_token_kind_t kind = mn_lexer_next(&lexer);
        tokens[count++] = lexer.token;
        if (kind == MN_TOKEN_ENDMARKER || kind == MN_TOKEN_ERROR) {
            break;
        }
    }
    return count;
}

static void print_escaped(const char *label, const char *bytes, size_t length) {
    printf("  %s \"", label);
    for (size_t i = 0; i < length && i < 400; i++) {
        unsigned char c = (unsigned char)bytes[i];
        if (c == '\n') {
            printf("\\n");
        } else if (c == '\r') {
            printf("\\r");
        } else if (c == '\t') {
            printf("\\t");
        } else if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
            printf("\\x%02x", c);
        } else {
            putchar(c);
        }
    }
    printf("\"\n");
}

// The tokens of source[0, length) as text (see the top of the file).
static const char *describe(const char *source, size_t length) {
    size_t count = lex_all(source, length);
    size_t used = 0;
    text[0] = 0;
    for (size_t i = 0; i < count && used < sizeof text - 600; i++) {
        const mn_token_t *token = &tokens[i];
        const char *name = mn_lexer_kind_name(token->kind);
        if (token->kind == MN_TOKEN_NAME || token->kind == MN_TOKEN_NUMBER ||
            token->kind == MN_TOKEN_STRING) {
            int shown = token->length < 500 ? (int)token->length : 500;
            used += (size_t)snprintf(text + used, sizeof text - used, "%s%s(%.*s)",
                                     i > 0 ? " " : "", name, shown, source + token->offset);
        } else {
            used +=
                (size_t)snprintf(text + used, sizeof text - used, "%s%s", i > 0 ? " " : "", name);
        }
    }
    return text;
}

static bool tokens_are(const char *source, size_t length, const char *expected) {
    const char *actual = describe(source, length);
    if (strcmp(actual, expected) != 0) {
        print_escaped("source:  ", source, length);
        printf("  expected: %s\n  actual:   %s\n", expected, actual);
        return false;
    }
    return true;
}

// For string literals only (sizeof counts embedded NUL bytes, strlen would stop there).
#define CHECK_TOKENS(source, expected) CHECK(tokens_are(source, sizeof(source) - 1, expected))

// The source's last token is an ERROR with this message (formatted), line and column.
static bool error_is(const char *source, size_t length, const char *message, uint32_t line,
                     size_t column) {
    size_t count = lex_all(source, length);
    const mn_token_t *last = &tokens[count - 1];
    char formatted[512];
    if (last->kind != MN_TOKEN_ERROR) {
        print_escaped("source:  ", source, length);
        printf("  expected the error \"%s\", got %s\n", message, describe(source, length));
        return false;
    }
    mn_lexer_format_message(last->message, last->args, formatted, sizeof formatted);
    if (strcmp(formatted, message) != 0 || last->line != line ||
        (column != ANY_COLUMN && last->column != column)) {
        print_escaped("source:  ", source, length);
        printf("  expected: \"%s\" at %u:%zu\n  actual:   \"%s\" at %u:%zu\n", message,
               (unsigned)line, column == ANY_COLUMN ? (size_t)0 : column, formatted,
               (unsigned)last->line, last->column);
        return false;
    }
    return true;
}

#define CHECK_ERROR(source, message, line, column)                                                 \
    CHECK(error_is(source, sizeof(source) - 1, message, line, column))

// ---- Kinds, operators and keywords --------------------------------------------------------

static void every_kind_has_a_distinct_name(void) {
    for (int kind = 0; kind < MN_TOKEN_KIND_COUNT; kind++) {
        const char *name = mn_lexer_kind_name((mn_token_kind_t)kind);
        CHECK(name != NULL && name[0] != 0);
        for (int other = 0; other < kind; other++) {
            CHECK(strcmp(name, mn_lexer_kind_name((mn_token_kind_t)other)) != 0);
        }
    }
    CHECK(strcmp(mn_lexer_kind_name(MN_TOKEN_KIND_COUNT), "?") == 0);
    // The keyword kinds are bisected: their spellings must be in byte order.
    for (int kind = MN_TOKEN_FIRST_KEYWORD + 1; kind <= MN_TOKEN_LAST_KEYWORD; kind++) {
        CHECK(strcmp(mn_lexer_kind_name((mn_token_kind_t)(kind - 1)),
                     mn_lexer_kind_name((mn_token_kind_t)kind)) < 0);
    }
    CHECK_EQ(MN_TOKEN_LAST_KEYWORD - MN_TOKEN_FIRST_KEYWORD + 1, 35);
    CHECK_EQ(MN_TOKEN_LAST_OPERATOR - MN_TOKEN_FIRST_OPERATOR + 1, 47);
}

static void every_operator_lexes_to_its_kind(void) {
    for (int kind = MN_TOKEN_FIRST_OPERATOR; kind <= MN_TOKEN_LAST_OPERATOR; kind++) {
        const char *spelling = mn_lexer_kind_name((mn_token_kind_t)kind);
        char source[16];
        size_t index = 0;
        // A closing bracket needs its opening one before it.
        if (kind == MN_TOKEN_RPAR || kind == MN_TOKEN_RSQB || kind == MN_TOKEN_RBRACE) {
            const char *opening = kind == MN_TOKEN_RPAR ? "(" : kind == MN_TOKEN_RSQB ? "[" : "{";
            snprintf(source, sizeof source, "%s%s x", opening, spelling);
            index = 1;
        } else {
            snprintf(source, sizeof source, "%s x", spelling);
        }
        lex_all(source, strlen(source));
        CHECK_EQ(tokens[index].kind, kind);
        CHECK_EQ(tokens[index].offset, index);
        CHECK_EQ(tokens[index].length, strlen(spelling));
        CHECK_EQ(tokens[index + 1].kind, MN_TOKEN_NAME);
    }
}

static void operators_take_the_longest_match(void) {
    CHECK_TOKENS("a+=b-=c*=d/=e//=f%=g@=h&=i|=j^=k>>=l<<=m**=n\n",
                 "NAME(a) += NAME(b) -= NAME(c) *= NAME(d) /= NAME(e) //= NAME(f) %= NAME(g) "
                 "@= NAME(h) &= NAME(i) |= NAME(j) ^= NAME(k) >>= NAME(l) <<= NAME(m) **= "
                 "NAME(n) NEWLINE ENDMARKER");
    CHECK_TOKENS("a**b//c<<d>>e<=f>=g==h!=i->j:=k\n",
                 "NAME(a) ** NAME(b) // NAME(c) << NAME(d) >> NAME(e) <= NAME(f) >= NAME(g) == "
                 "NAME(h) != NAME(i) -> NAME(j) := NAME(k) NEWLINE ENDMARKER");
    CHECK_TOKENS("x=-~y*+z@w%v&u|t^s\n",
                 "NAME(x) = - ~ NAME(y) * + NAME(z) @ NAME(w) % NAME(v) & NAME(u) | NAME(t) ^ "
                 "NAME(s) NEWLINE ENDMARKER");
    CHECK_TOKENS("a<>b\n", "NAME(a) < > NAME(b) NEWLINE ENDMARKER"); // no Barry as FLUFL
    CHECK_TOKENS("x[...]....y\n", "NAME(x) [ ... ] ... . NAME(y) NEWLINE ENDMARKER");
    CHECK_TOKENS("f(a, *b, **c); d.e: f\n",
                 "NAME(f) ( NAME(a) , * NAME(b) , ** NAME(c) ) ; NAME(d) . NAME(e) : NAME(f) "
                 "NEWLINE ENDMARKER");
    CHECK_TOKENS("{a: b}\n", "{ NAME(a) : NAME(b) } NEWLINE ENDMARKER");
}

static void every_keyword_lexes_to_its_kind(void) {
    for (int kind = MN_TOKEN_FIRST_KEYWORD; kind <= MN_TOKEN_LAST_KEYWORD; kind++) {
        const char *spelling = mn_lexer_kind_name((mn_token_kind_t)kind);
        char source[32];
        snprintf(source, sizeof source, "%s %sx x%s\n", spelling, spelling, spelling);
        lex_all(source, strlen(source));
        CHECK_EQ(tokens[0].kind, kind);
        CHECK_EQ(tokens[0].length, strlen(spelling));
        CHECK_EQ(tokens[1].kind, MN_TOKEN_NAME); // a keyword with more after it is a name
        CHECK_EQ(tokens[2].kind, MN_TOKEN_NAME);
    }
}

static void soft_keywords_and_near_keywords_are_names(void) {
    CHECK_TOKENS("match case _ type print self\n",
                 "NAME(match) NAME(case) NAME(_) NAME(type) NAME(print) NAME(self) NEWLINE "
                 "ENDMARKER");
    CHECK_TOKENS("none NONE true iff i a asserts yields nonlocals Falsey\n",
                 "NAME(none) NAME(NONE) NAME(true) NAME(iff) NAME(i) NAME(a) NAME(asserts) "
                 "NAME(yields) NAME(nonlocals) NAME(Falsey) NEWLINE ENDMARKER");
    CHECK_TOKENS("_x __init__ a1b2 x_ X\n",
                 "NAME(_x) NAME(__init__) NAME(a1b2) NAME(x_) NAME(X) NEWLINE ENDMARKER");
}

// ---- Programs -----------------------------------------------------------------------------

static void a_small_program(void) {
    CHECK_TOKENS("def f(a, b=2):\n"
                 "    \"\"\"Adds.\"\"\"\n"
                 "    return a + b  # the sum\n"
                 "\n"
                 "print(f(1))\n",
                 "def NAME(f) ( NAME(a) , NAME(b) = NUMBER(2) ) : NEWLINE INDENT "
                 "STRING(\"\"\"Adds.\"\"\") NEWLINE return NAME(a) + NAME(b) NEWLINE DEDENT "
                 "NAME(print) ( NAME(f) ( NUMBER(1) ) ) NEWLINE ENDMARKER");
    CHECK_TOKENS("class A(B):\n"
                 "    async def m(self) -> None:\n"
                 "        await x; return\n"
                 "    @property\n"
                 "    def p(self): return lambda: (yield)\n",
                 "class NAME(A) ( NAME(B) ) : NEWLINE INDENT async def NAME(m) ( NAME(self) ) "
                 "-> None : NEWLINE INDENT await NAME(x) ; return NEWLINE DEDENT @ NAME(property) "
                 "NEWLINE def NAME(p) ( NAME(self) ) : return lambda : ( yield ) NEWLINE DEDENT "
                 "ENDMARKER");
}

static void token_positions(void) {
    const char *source = "def f(a):\n"
                         "    return a  # c\n"
                         "x = '''one\n"
                         "two''' + y\n";
    size_t count = lex_all(source, strlen(source));
    // def f ( a ) : NEWLINE INDENT return a NEWLINE DEDENT x = STRING + y NEWLINE ENDMARKER
    CHECK_EQ(count, 19);
    struct {
        mn_token_kind_t kind;
        size_t offset, length;
        uint32_t line;
        size_t column;
    } expected[] = {
        {MN_TOKEN_KW_DEF, 0, 3, 1, 0},     {MN_TOKEN_NAME, 4, 1, 1, 4},
        {MN_TOKEN_LPAR, 5, 1, 1, 5},       {MN_TOKEN_NAME, 6, 1, 1, 6},
        {MN_TOKEN_RPAR, 7, 1, 1, 7},       {MN_TOKEN_COLON, 8, 1, 1, 8},
        {MN_TOKEN_NEWLINE, 9, 1, 1, 9},    {MN_TOKEN_INDENT, 14, 0, 2, 4},
        {MN_TOKEN_KW_RETURN, 14, 6, 2, 4}, {MN_TOKEN_NAME, 21, 1, 2, 11},
        {MN_TOKEN_NEWLINE, 27, 1, 2, 17},  {MN_TOKEN_DEDENT, 28, 0, 3, 0},
        {MN_TOKEN_NAME, 28, 1, 3, 0},      {MN_TOKEN_EQUAL, 30, 1, 3, 2},
        {MN_TOKEN_STRING, 32, 13, 3, 4},   {MN_TOKEN_PLUS, 46, 1, 4, 7},
        {MN_TOKEN_NAME, 48, 1, 4, 9},      {MN_TOKEN_NEWLINE, 49, 1, 4, 10},
        {MN_TOKEN_ENDMARKER, 50, 0, 5, 0},
    };
    for (size_t i = 0; i < count; i++) {
        CHECK_EQ(tokens[i].kind, expected[i].kind);
        CHECK_EQ(tokens[i].offset, expected[i].offset);
        CHECK_EQ(tokens[i].length, expected[i].length);
        CHECK_EQ(tokens[i].line, expected[i].line);
        CHECK_EQ(tokens[i].column, expected[i].column);
    }
}

static void end_of_input_repeats(void) {
    mn_lexer_t lexer;
    mn_lexer_init(&lexer, "x", 1);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_NAME);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_NEWLINE);
    CHECK_EQ(lexer.token.length, 0);
    for (int i = 0; i < 3; i++) {
        CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_ENDMARKER);
        CHECK_EQ(lexer.token.offset, 1);
    }
    mn_lexer_init(&lexer, "x = $", 5);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_NAME);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_EQUAL);
    for (int i = 0; i < 3; i++) {
        CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_ERROR);
        CHECK(strcmp(lexer.token.message, "invalid syntax") == 0);
        CHECK_EQ(lexer.token.column, 4);
    }
}

// ---- Lines: indentation, blank lines, comments, joining -----------------------------------

static void indentation_and_nested_blocks(void) {
    CHECK_TOKENS("if a:\n"
                 "    if b:\n"
                 "        c\n"
                 "    d\n"
                 "e\n",
                 "if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT NAME(c) NEWLINE "
                 "DEDENT NAME(d) NEWLINE DEDENT NAME(e) NEWLINE ENDMARKER");
    // Dedent by several levels at once.
    CHECK_TOKENS("def f():\n"
                 "  while x:\n"
                 "    if y:\n"
                 "      pass\n"
                 "z = 1\n",
                 "def NAME(f) ( ) : NEWLINE INDENT while NAME(x) : NEWLINE INDENT if NAME(y) : "
                 "NEWLINE INDENT pass NEWLINE DEDENT DEDENT DEDENT NAME(z) = NUMBER(1) NEWLINE "
                 "ENDMARKER");
    // Dedent to a middle level.
    CHECK_TOKENS("a:\n b:\n   c:\n      d\n   e\n f\n",
                 "NAME(a) : NEWLINE INDENT NAME(b) : NEWLINE INDENT NAME(c) : NEWLINE INDENT "
                 "NAME(d) NEWLINE DEDENT NAME(e) NEWLINE DEDENT NAME(f) NEWLINE DEDENT "
                 "ENDMARKER");
    // An indented first line is the parser's "unexpected indent", not the lexer's.
    CHECK_TOKENS("  x\n", "INDENT NAME(x) NEWLINE DEDENT ENDMARKER");
}

static void blank_and_comment_lines_change_nothing(void) {
    CHECK_TOKENS("if x:\n"
                 "  y\n"
                 "\n"
                 "      # a deeper comment\n"
                 "# a comment at column 0\n"
                 "   \n"
                 "\t\n"
                 "  z\n",
                 "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("", "ENDMARKER");
    CHECK_TOKENS("\n\n\n", "ENDMARKER");
    CHECK_TOKENS("   ", "ENDMARKER");
    CHECK_TOKENS("# only a comment", "ENDMARKER");
    CHECK_TOKENS("# c\n\n   # indented comment\n", "ENDMARKER");
    CHECK_TOKENS("x = 1 # c\n", "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");
    CHECK_TOKENS("x = 1 # c", "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");
    CHECK_TOKENS("x#c\ny", "NAME(x) NEWLINE NAME(y) NEWLINE ENDMARKER");
}

static void missing_final_newline(void) {
    CHECK_TOKENS("x", "NAME(x) NEWLINE ENDMARKER");
    CHECK_TOKENS("if x:\n  if y:\n    z",
                 "if NAME(x) : NEWLINE INDENT if NAME(y) : NEWLINE INDENT NAME(z) NEWLINE DEDENT "
                 "DEDENT ENDMARKER");
    CHECK_TOKENS("if x:\n  y\n  ", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("if x:\n  y\n  # c", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT "
                                      "ENDMARKER");
    CHECK_TOKENS("s = '''a\nb'''", "NAME(s) = STRING('''a\nb''') NEWLINE ENDMARKER");
    // The NEWLINE the source lacks is empty and at its end.
    lex_all("ab", 2);
    CHECK_EQ(tokens[1].kind, MN_TOKEN_NEWLINE);
    CHECK_EQ(tokens[1].offset, 2);
    CHECK_EQ(tokens[1].length, 0);
    CHECK_EQ(tokens[1].column, 2);
}

static void brackets_join_lines(void) {
    CHECK_TOKENS("x = (1,\n"
                 "     2,\n"
                 "  # a comment\n"
                 "\n"
                 " 3)\n"
                 "y\n",
                 "NAME(x) = ( NUMBER(1) , NUMBER(2) , NUMBER(3) ) NEWLINE NAME(y) NEWLINE "
                 "ENDMARKER");
    // Indentation inside brackets does not count.
    CHECK_TOKENS("if a:\n"
                 "    x = [\n"
                 "1,\n"
                 "            {2:\n"
                 "3}]\n"
                 "    y\n",
                 "if NAME(a) : NEWLINE INDENT NAME(x) = [ NUMBER(1) , { NUMBER(2) : NUMBER(3) "
                 "} ] NEWLINE NAME(y) NEWLINE DEDENT ENDMARKER");
    // 200 nested brackets are allowed.
    char source[512];
    size_t length = 0;
    for (int i = 0; i < 200; i++) {
        source[length++] = "([{"[i % 3];
    }
    for (int i = 199; i >= 0; i--) {
        source[length++] = ")]}"[i % 3];
    }
    size_t count = lex_all(source, length);
    CHECK_EQ(count, 402); // 400 brackets, NEWLINE, ENDMARKER
    CHECK_EQ(tokens[401].kind, MN_TOKEN_ENDMARKER);
}

static void backslash_joins_lines(void) {
    CHECK_TOKENS("x = 1 + \\\n    2\n", "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
    CHECK_TOKENS("if a:\n    b = 1 \\\n+ 2\n    c\n",
                 "if NAME(a) : NEWLINE INDENT NAME(b) = NUMBER(1) + NUMBER(2) NEWLINE NAME(c) "
                 "NEWLINE DEDENT ENDMARKER");
    // In the indentation, the first backslash fixes the line's indentation.
    CHECK_TOKENS("if x:\n  \\\n  y\n",
                 "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("if x:\n  \\\n        y\n",
                 "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("x = 1 \\\r\n + 2\r\n", "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
    CHECK_TOKENS("x = 1 \\\r + 2\r", "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
    CHECK_TOKENS("x = 1;\\\n  y = 2\n",
                 "NAME(x) = NUMBER(1) ; NAME(y) = NUMBER(2) NEWLINE ENDMARKER");
    lex_all("a \\\n  b\n", 8);
    CHECK_EQ(tokens[1].line, 2);
    CHECK_EQ(tokens[1].column, 2);
}

static void line_endings(void) {
    CHECK_TOKENS("if x:\r\n  y\r\n\r\nz\r\n",
                 "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE ENDMARKER");
    CHECK_TOKENS("if x:\r  y\r\rz\r",
                 "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE ENDMARKER");
    const char *mixed = "a\r\nb\rc\nd # \r\ne";
    size_t count = lex_all(mixed, strlen(mixed));
    CHECK_EQ(count, 11);
    const uint32_t lines[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5};
    for (size_t i = 0; i < count; i++) {
        CHECK_EQ(tokens[i].line, lines[i]);
    }
    CHECK_EQ(tokens[1].kind, MN_TOKEN_NEWLINE);
    CHECK_EQ(tokens[1].length, 2); // "\r\n" is one NEWLINE
    CHECK_EQ(tokens[3].length, 1);
    CHECK_EQ(tokens[8].column, 0);
    // Line breaks inside a triple-quoted string count too.
    const char *triple = "s = '''a\r\nb\rc'''\r\nt\r\n";
    lex_all(triple, strlen(triple));
    CHECK_EQ(tokens[2].kind, MN_TOKEN_STRING);
    CHECK_EQ(tokens[4].line, 4);
    CHECK_EQ(tokens[4].column, 0);

    size_t line_start;
    CHECK_EQ(mn_lexer_count_lines("a\r\nb\rc\n\nd", 0, 10, &line_start), 4);
    CHECK_EQ(line_start, 8);
    CHECK_EQ(mn_lexer_count_lines("abc", 1, 3, &line_start), 0);
    CHECK_EQ(line_start, 1);
}

static void tabs_follow_cpython(void) {
    CHECK_TOKENS("if x:\n\ty\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("if x:\n\tif y:\n\t\tz\n\tw\n",
                 "if NAME(x) : NEWLINE INDENT if NAME(y) : NEWLINE INDENT NAME(z) NEWLINE "
                 "DEDENT NAME(w) NEWLINE DEDENT ENDMARKER");
    // The same spaces and tabs on each line: consistent.
    CHECK_TOKENS("if x:\n  \ty\n  \tz\n",
                 "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT ENDMARKER");
    // A tab goes to the next multiple of 8: "\t" and "   \t" are the same column 8, but not
    // with tabs 1 column wide, so CPython calls it ambiguous.
    CHECK_ERROR("if x:\n   \ty\n\tz\n", "inconsistent use of tabs and spaces in indentation", 3, 1);
    CHECK_TOKENS("if x:\n\ty\n\t\tz\n",
                 "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE INDENT NAME(z) NEWLINE DEDENT "
                 "DEDENT ENDMARKER");
    // A form feed resets the column (CPython does so for Emacs users).
    CHECK_TOKENS("\fx\n", "NAME(x) NEWLINE ENDMARKER");
    CHECK_TOKENS("x = 1\n\f  y = 2\n",
                 "NAME(x) = NUMBER(1) NEWLINE INDENT NAME(y) = NUMBER(2) NEWLINE DEDENT "
                 "ENDMARKER");
    static const char tab_error[] = "inconsistent use of tabs and spaces in indentation";
    // Equal with tabs of 8 columns, different with tabs of 1: ambiguous, so an error.
    CHECK_ERROR("if x:\n\ta\n        b\n", tab_error, 3, 8);
    CHECK_ERROR("if x:\n        a\n\tb\n", tab_error, 3, 1);
    // Deeper with tabs of 8 columns, not with tabs of 1.
    CHECK_ERROR("if x:\n  \ta\n\t  b\n", tab_error, 3, 3);
    // A dedent that lands on a level only with one tab size.
    CHECK_ERROR("if x:\n\tif y:\n\t\tpass\n  \tz\n", tab_error, 4, 3);
    CHECK_ERROR("if x:\n    \ta\n\t\tb\n", tab_error, 3, 2);
}

static void indentation_errors(void) {
    CHECK_ERROR("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 2);
    CHECK_ERROR("if x:\n  y\n\n  # c\n z\n", "unindent does not match any outer indentation level",
                5, 1);
    // 99 nested blocks are allowed, the 100th level is one too many (CPython's MAXINDENT).
    static char source[16384];
    for (int depth = 99; depth <= 100; depth++) {
        size_t length = 0;
        for (int i = 0; i < depth; i++) {
            memset(source + length, ' ', (size_t)i);
            length += (size_t)i;
            memcpy(source + length, "if x:\n", 6);
            length += 6;
        }
        memset(source + length, ' ', (size_t)depth);
        length += (size_t)depth;
        memcpy(source + length, "pass\n", 5);
        length += 5;
        size_t count = lex_all(source, length);
        if (depth == 99) {
            // "if x:" lines (the first without INDENT), INDENT pass NEWLINE, 99 DEDENTs,
            // ENDMARKER.
            CHECK_EQ(count, 4 + 98 * 5 + 3 + 99 + 1);
            CHECK_EQ(tokens[count - 2].kind, MN_TOKEN_DEDENT);
            CHECK_EQ(tokens[count - 1].kind, MN_TOKEN_ENDMARKER);
        } else {
            CHECK(error_is(source, length, "too many levels of indentation", 101, 100));
        }
    }
}

static void line_continuation_errors(void) {
    CHECK_ERROR("x = 1 \\ y\n", "unexpected character after line continuation character", 1, 7);
    CHECK_ERROR("x = 1 + \\\n", "unexpected EOF while parsing", 1, 8);
    CHECK_ERROR("x = 1 + \\", "unexpected EOF while parsing", 1, 8);
    CHECK_ERROR("x = 1\n\\\n", "unexpected EOF while parsing", 2, 0);
    CHECK_ERROR("if x:\n  \\ y\n", "unexpected character after line continuation character", 2, 3);
}

// ---- Numbers ------------------------------------------------------------------------------

static void valid_numbers(void) {
    static const char *const numbers[] = {
        "0",       "00",          "0_0",
        "7",       "1_000",       "123456789012345678901234567890",
        "0x_1f",   "0XdeadBEEF",  "0o17",
        "0O7_7",   "0b1010",      "0B_1",
        "0x0",     "1.5",         "1.",
        ".5",      "1e10",        "1E-5",
        "1e+5",    "1_0.2_5e1_0", "00.5",
        "09.5",    "09e1",        "0e0",
        "0.0",     "1j",          "1.5J",
        "0j",      "09j",         ".5j",
        "1e5j",    "1.j",         "1_000.000_1e1_0j",
        "0_0.0_0",
    };
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        char source[64];
        char expected[128];
        snprintf(source, sizeof source, "%s\n", numbers[i]);
        snprintf(expected, sizeof expected, "NUMBER(%s) NEWLINE ENDMARKER", numbers[i]);
        CHECK(tokens_are(source, strlen(source), expected));
    }
}

static void numbers_next_to_other_tokens(void) {
    // A number may run into the keywords that can follow it (CPython warns, but accepts).
    CHECK_TOKENS("1if x else 2\n", "NUMBER(1) if NAME(x) else NUMBER(2) NEWLINE ENDMARKER");
    CHECK_TOKENS("[0for x in y]\n", "[ NUMBER(0) for NAME(x) in NAME(y) ] NEWLINE ENDMARKER");
    CHECK_TOKENS("0x1for x in y\n", "NUMBER(0x1f) or NAME(x) in NAME(y) NEWLINE ENDMARKER");
    CHECK_TOKENS("1else\n", "NUMBER(1) else NEWLINE ENDMARKER");
    CHECK_TOKENS("1or 2and 3not in x\n",
                 "NUMBER(1) or NUMBER(2) and NUMBER(3) not in NAME(x) NEWLINE ENDMARKER");
    CHECK_TOKENS("1is x\n", "NUMBER(1) is NAME(x) NEWLINE ENDMARKER");
    CHECK_TOKENS("1 .real\n", "NUMBER(1) . NAME(real) NEWLINE ENDMARKER");
    CHECK_TOKENS("1..real\n", "NUMBER(1.) . NAME(real) NEWLINE ENDMARKER");
    CHECK_TOKENS("x.y.z\n", "NAME(x) . NAME(y) . NAME(z) NEWLINE ENDMARKER");
    CHECK_TOKENS("1+2-3\n", "NUMBER(1) + NUMBER(2) - NUMBER(3) NEWLINE ENDMARKER");
    CHECK_TOKENS("1e5-1e-5\n", "NUMBER(1e5) - NUMBER(1e-5) NEWLINE ENDMARKER");
    CHECK_TOKENS("a[1:2]\n", "NAME(a) [ NUMBER(1) : NUMBER(2) ] NEWLINE ENDMARKER");
    // A non-ASCII character ends a number and starts a name (the parser rejects it).
    CHECK_TOKENS("1\xc3\xa9 0x1\xc3\xa9\n",
                 "NUMBER(1) NAME(\xc3\xa9) NUMBER(0x1) NAME(\xc3\xa9) NEWLINE ENDMARKER");
    CHECK_ERROR("1j\xc2\xa0", "invalid non-printable character U+00A0", 1, 2);
    CHECK_ERROR("1.5\xe2\x82\xac", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 3);
}

static void invalid_numbers(void) {
    static const char decimal[] = "invalid decimal literal";
    static const char hexadecimal[] = "invalid hexadecimal literal";
    static const char leading_zeros[] = "leading zeros in decimal integer literals are not "
                                        "permitted; use an 0o prefix for octal integers";
    static const struct {
        const char *source;
        const char *message;
    } cases[] = {
        {"0777", leading_zeros},
        {"0_7", leading_zeros},
        {"09", leading_zeros},
        {"00_1", leading_zeros},
        {"1__0", decimal},
        {"1_", decimal},
        {"1_e1", decimal},
        {"1e_1", decimal},
        {"1e", decimal},
        {"1e+", decimal},
        {"1e-x", decimal},
        {"1a", decimal},
        {"1.5x", decimal},
        {"1e5x", decimal},
        {"1._", decimal},
        {"1.real", decimal},
        {"1.0_", decimal},
        {"0_", decimal},
        {"0a", decimal},
        {"1andy", decimal},
        {"1_000_", decimal},
        {"1e1__0", decimal},
        {"07_", decimal},
        {"0_0_", decimal},
        {"0x", hexadecimal},
        {"0x_", hexadecimal},
        {"0x1_", hexadecimal},
        {"0x1__2", hexadecimal},
        {"0x1g", hexadecimal},
        {"0xx", hexadecimal},
        {"0o", "invalid octal literal"},
        {"0o_", "invalid octal literal"},
        {"0o7a", "invalid octal literal"},
        {"0o8", "invalid digit '8' in octal literal"},
        {"0o18", "invalid digit '8' in octal literal"},
        {"0o1_9", "invalid digit '9' in octal literal"},
        {"0b", "invalid binary literal"},
        {"0b_", "invalid binary literal"},
        {"0b1a", "invalid binary literal"},
        {"0b2", "invalid digit '2' in binary literal"},
        {"0b12", "invalid digit '2' in binary literal"},
        {"0b1_7", "invalid digit '7' in binary literal"},
        {"1jx", "invalid imaginary literal"},
        {"1.5j_", "invalid imaginary literal"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char source[64];
        snprintf(source, sizeof source, "y = %s\n", cases[i].source);
        CHECK(error_is(source, strlen(source), cases[i].message, 1, 4));
    }
}

// ---- Strings ------------------------------------------------------------------------------

static void every_string_prefix_and_quote(void) {
    static const char *const prefixes[] = {
        "",   "r",  "R", "u", "U",  "b",  "B",  "br", "Br", "bR", "BR", "rb", "rB",
        "Rb", "RB", "f", "F", "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF",
    };
    static const char *const quotes[] = {"'", "\"", "'''", "\"\"\""};
    for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++) {
        unsigned flags = 0;
        for (const char *c = prefixes[p]; *c != 0; c++) {
            flags |= *c == 'r' || *c == 'R'   ? MN_STRING_RAW
                     : *c == 'b' || *c == 'B' ? MN_STRING_BYTES
                     : *c == 'f' || *c == 'F' ? MN_STRING_FORMAT
                                              : 0;
        }
        for (size_t q = 0; q < 4; q++) {
            char source[64];
            int literal_length = snprintf(source, sizeof source, "%s%sbo\\%sdy%s", prefixes[p],
                                          quotes[q], quotes[q] + (q >= 2 ? 2 : 0), quotes[q]);
            strcat(source, " x\n");
            size_t count = lex_all(source, strlen(source));
            CHECK_EQ(count, 4);
            CHECK_EQ(tokens[0].kind, MN_TOKEN_STRING);
            CHECK_EQ(tokens[0].offset, 0);
            CHECK_EQ(tokens[0].length, literal_length);
            CHECK_EQ(tokens[0].flags, flags | (q >= 2 ? MN_STRING_TRIPLE : 0));
            CHECK_EQ(tokens[1].kind, MN_TOKEN_NAME);

            mn_literal_string_t string;
            mn_literal_string_parse(source, tokens[0].offset, tokens[0].length, &string);
            CHECK_EQ(string.flags, tokens[0].flags);
            size_t quote_length = q >= 2 ? 3 : 1;
            CHECK_EQ(string.body_offset, strlen(prefixes[p]) + quote_length);
            CHECK_EQ(string.body_length, 6); // bo\'dy
            CHECK(memcmp(source + string.body_offset, "bo\\", 3) == 0);
        }
    }
}

static void strings_that_are_not_prefixed(void) {
    // Prefix combinations CPython does not accept: a name, then a string.
    CHECK_TOKENS("ub'' ur'' fb'' bf'' uf'' rr'' bb'' rbr''\n",
                 "NAME(ub) STRING('') NAME(ur) STRING('') NAME(fb) STRING('') NAME(bf) "
                 "STRING('') NAME(uf) STRING('') NAME(rr) STRING('') NAME(bb) STRING('') "
                 "NAME(rbr) STRING('') NEWLINE ENDMARKER");
    CHECK_TOKENS("x'a' xr'b'\n", "NAME(x) STRING('a') NAME(xr) STRING('b') NEWLINE ENDMARKER");
}

static void string_bodies(void) {
    CHECK_TOKENS("'a\\'b' \"c\\\"d\" 'e\"f' \"g'h\"\n",
                 "STRING('a\\'b') STRING(\"c\\\"d\") STRING('e\"f') STRING(\"g'h\") NEWLINE "
                 "ENDMARKER");
    CHECK_TOKENS("'a\\\\' + b\n", "STRING('a\\\\') + NAME(b) NEWLINE ENDMARKER");
    CHECK_TOKENS("'''a''b'c'''\n", "STRING('''a''b'c''') NEWLINE ENDMARKER");
    CHECK_TOKENS("'''a\\'''b'''\n", "STRING('''a\\'''b''') NEWLINE ENDMARKER");
    CHECK_TOKENS("''''''+\"\"\"\"\"\"\n",
                 "STRING('''''') + STRING(\"\"\"\"\"\") NEWLINE ENDMARKER");
    CHECK_TOKENS("'' \"\"\n", "STRING('') STRING(\"\") NEWLINE ENDMARKER");
    CHECK_TOKENS("'a' 'b'\n", "STRING('a') STRING('b') NEWLINE ENDMARKER");
    CHECK_TOKENS("'h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\x8d'\n",
                 "STRING('h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\x8d') NEWLINE ENDMARKER");
    CHECK_TOKENS("'a\\\nb'\n", "STRING('a\\\nb') NEWLINE ENDMARKER");
    // A string's line is its first line; what follows it is on its last line.
    size_t count = lex_all("x = '''one\ntwo\nthree''' + f'a\\\nb'; y\n", 37);
    CHECK_EQ(count, 9);
    CHECK_EQ(tokens[2].kind, MN_TOKEN_STRING);
    CHECK_EQ(tokens[2].line, 1);
    CHECK_EQ(tokens[2].column, 4);
    CHECK_EQ(tokens[3].line, 3);
    CHECK_EQ(tokens[3].column, 9);
    CHECK_EQ(tokens[4].flags, MN_STRING_FORMAT);
    CHECK_EQ(tokens[4].line, 3);
    CHECK_EQ(tokens[6].line, 4);
    CHECK_EQ(tokens[6].column, 4);
}

static void unterminated_strings(void) {
    CHECK_ERROR("s = 'abc\n", "unterminated string literal (detected at line 1)", 1, 4);
    CHECK_ERROR("s = 'abc", "unterminated string literal (detected at line 1)", 1, 4);
    CHECK_ERROR("x = 1\ns = \"abc\ny", "unterminated string literal (detected at line 2)", 2, 4);
    CHECK_ERROR("s = 'ab\\\ncd\n", "unterminated string literal (detected at line 2)", 1, 4);
    CHECK_ERROR("'a\\", "unterminated string literal (detected at line 1)", 1, 0);
    CHECK_ERROR("'a\\\n", "unterminated string literal (detected at line 1)", 1, 0);
    CHECK_ERROR("'a\\\n\n", "unterminated string literal (detected at line 2)", 1, 0);
    CHECK_ERROR("x = rb'abc\r\n", "unterminated string literal (detected at line 1)", 1, 4);
    CHECK_ERROR("x = 1\ns = '''abc\ndef",
                "unterminated triple-quoted string literal (detected at line 3)", 2, 4);
    CHECK_ERROR("s = '''abc\ndef\n\n\n",
                "unterminated triple-quoted string literal (detected at line 4)", 1, 4);
    CHECK_ERROR("s = '''abc\n", "unterminated triple-quoted string literal (detected at line 1)", 1,
                4);
    CHECK_ERROR("s = f\"\"\"abc\"\"\n",
                "unterminated triple-quoted string literal (detected at line 1)", 1, 4);
    CHECK_ERROR("'''", "unterminated triple-quoted string literal (detected at line 1)", 1, 0);
}

// ---- Characters and encoding --------------------------------------------------------------

static void non_ascii_names(void) {
    CHECK_TOKENS("\xc3\xa9t\xc3\xa9 = 1\n",
                 "NAME(\xc3\xa9t\xc3\xa9) = NUMBER(1) NEWLINE ENDMARKER");
    CHECK_TOKENS("\xe6\x97\xa5\xe6\x9c\xac = x\xcc\x81\n",
                 "NAME(\xe6\x97\xa5\xe6\x9c\xac) = NAME(x\xcc\x81) NEWLINE ENDMARKER");
    CHECK_TOKENS("\xce\xbb(x\xc2\xb7y)\n", "NAME(\xce\xbb) ( NAME(x\xc2\xb7y) ) NEWLINE ENDMARKER");
    // Non-ASCII names are never keywords.
    lex_all("\xc3\xa9if", 4);
    CHECK_EQ(tokens[0].kind, MN_TOKEN_NAME);
    // A byte-order mark at the start is skipped; columns count from after it.
    CHECK_TOKENS("\xef\xbb\xbfx = 1\n", "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");
    lex_all("\xef\xbb\xbfx = 1\n", 9);
    CHECK_EQ(tokens[0].offset, 3);
    CHECK_EQ(tokens[0].column, 0);
    CHECK_EQ(tokens[1].column, 2);
}

static void invalid_characters(void) {
    CHECK_ERROR("x = \xe2\x82\xac", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 4);
    CHECK_ERROR("x = \xe2\x80\x9chi\xe2\x80\x9d", "invalid character '\xe2\x80\x9c' (U+201C)", 1,
                4);
    CHECK_ERROR("a = 1 \xe2\x88\x92 3", "invalid character '\xe2\x88\x92' (U+2212)", 1, 6);
    CHECK_ERROR("\xf0\x9f\x90\x8d = 1", "invalid character '\xf0\x9f\x90\x8d' (U+1F40D)", 1, 0);
    CHECK_ERROR("x = 1 \xc3\x97 2", "invalid character '\xc3\x97' (U+00D7)", 1, 6);
    CHECK_ERROR("x\xef\xbc\x9d"
                "1",
                "invalid character '\xef\xbc\x9d' (U+FF1D)", 1, 1);
    CHECK_ERROR("x = 1\xc2\xa0", "invalid non-printable character U+00A0", 1, 5);
    CHECK_ERROR("x = 1\xe2\x80\x8b", "invalid non-printable character U+200B", 1, 5);
    CHECK_ERROR("x = \xef\xbb\xbf", "invalid non-printable character U+FEFF", 1, 4);
    CHECK_ERROR("x = \xe3\x80\x80", "invalid non-printable character U+3000", 1, 4);
    CHECK_ERROR("x = \x01", "invalid non-printable character U+0001", 1, 4);
    CHECK_ERROR("x = 1\x0b", "invalid non-printable character U+000B", 1, 5);
    CHECK_ERROR("x = 1\n\x7f", "invalid non-printable character U+007F", 2, 0);
    CHECK_ERROR("x = 1 $ 2", "invalid syntax", 1, 6);
    CHECK_ERROR("a ? b", "invalid syntax", 1, 2);
    CHECK_ERROR("a ` b", "invalid syntax", 1, 2);
    CHECK_ERROR("a ! b", "invalid syntax", 1, 2);
    CHECK_ERROR("x = 1\0", "source code cannot contain null bytes", 1, 5);
    CHECK_ERROR("x = '\0'", "source code cannot contain null bytes", 1, 5);
    CHECK_ERROR("x = 1 # \0\n", "source code cannot contain null bytes", 1, 8);
    // Control characters are allowed inside strings and comments.
    CHECK_TOKENS("x = '\x01\x7f' # \x01\n", "NAME(x) = STRING('\x01\x7f') NEWLINE ENDMARKER");
}

static void invalid_utf8(void) {
    CHECK_ERROR("x = '\xff'\n",
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid "
                "start byte",
                1, 5);
    CHECK_ERROR("x = \xc3",
                "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected "
                "end of data",
                1, 4);
    CHECK_ERROR("x = \xed\xa0\x80", // a surrogate
                "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid "
                "continuation byte",
                1, 4);
    CHECK_ERROR("x = \xc0\x80", // overlong
                "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid "
                "start byte",
                1, 4);
    CHECK_ERROR("x = \xe0\x80\x80", // overlong
                "(unicode error) 'utf-8' codec can't decode byte 0xe0 in position 0: invalid "
                "continuation byte",
                1, 4);
    CHECK_ERROR("x = '\xf4\x90\x80\x80'", // above U+10FFFF
                "(unicode error) 'utf-8' codec can't decode byte 0xf4 in position 0: invalid "
                "continuation byte",
                1, 5);
    CHECK_ERROR("x = \xf5\x80\x80\x80",
                "(unicode error) 'utf-8' codec can't decode byte 0xf5 in position 0: invalid "
                "start byte",
                1, 4);
    CHECK_ERROR("x = 1\nab\x80",
                "(unicode error) 'utf-8' codec can't decode byte 0x80 in position 2: invalid "
                "start byte",
                2, 2);
    CHECK_ERROR("'ab\xe9'",
                "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: invalid "
                "continuation byte",
                1, 3);
    CHECK_ERROR("'''\nab\xe9\x80",
                "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected "
                "end of data",
                2, 2);
    CHECK_ERROR("'\\\xff'",
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid "
                "start byte",
                1, 2);
    CHECK_ERROR("# caf\xc3(\n",
                "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid "
                "continuation byte",
                1, 5);
    CHECK_ERROR("\xef\xbb", // half a byte-order mark
                "(unicode error) 'utf-8' codec can't decode byte 0xef in position 0: unexpected "
                "end of data",
                1, 0);
}

// ---- Brackets -----------------------------------------------------------------------------

static void bracket_errors(void) {
    CHECK_ERROR("x = )\n", "unmatched ')'", 1, 4);
    CHECK_ERROR("x = (1))\n", "unmatched ')'", 1, 7);
    CHECK_ERROR("}", "unmatched '}'", 1, 0);
    CHECK_ERROR("x = [1, (2}\n", "closing parenthesis '}' does not match opening parenthesis '('",
                1, 10);
    CHECK_ERROR("x = [1,\n(2}\n", "closing parenthesis '}' does not match opening parenthesis '('",
                2, 2);
    CHECK_ERROR("x = (1,\n2]\n",
                "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1);
    CHECK_ERROR("x = {\r\n\r\n1)\n",
                "closing parenthesis ')' does not match opening parenthesis '{' on line 1", 3, 1);
    CHECK_ERROR("x = (1,\n2,\n", "'(' was never closed", 1, 4);
    CHECK_ERROR("foo(a, [b,\n c\n", "'[' was never closed", 1, 7);
    CHECK_ERROR("if x:\n  y = {1:\n  2", "'{' was never closed", 2, 6);
    CHECK_ERROR("s = (\n'''\n)'''", "'(' was never closed", 1, 4);
}

static void too_many_nested_brackets(void) {
    static char source[1100];
    memcpy(source, "x = ", 4);
    memset(source + 4, '(', 1000);
    CHECK(error_is(source, 1004, "too many nested parentheses", 1, 204));
    for (size_t i = 0; i < 1000; i++) {
        source[i] = "([{"[i % 3];
    }
    CHECK(error_is(source, 1000, "too many nested parentheses", 1, 200));
}

// ---- A source that moves ------------------------------------------------------------------

// The caller may move the source between calls (a compacting collector does) and only
// update lexer->source: the tokens must be the same as when it stays.
static void source_may_move_between_tokens(void) {
    static const char program[] = "def f(x):\n"
                                  "    return [x,\n"
                                  "            'a\\\nb', f'{x!r}']  # c\n"
                                  "f(0x_ff)\n";
    size_t length = sizeof program - 1;
    size_t expected = lex_all(program, length);
    char *homes[2] = {malloc(length), malloc(length)};
    CHECK(homes[0] != NULL && homes[1] != NULL);
    memcpy(homes[0], program, length);
    mn_lexer_t lexer;
    mn_lexer_init(&lexer, homes[0], length);
    size_t count = 0;
    for (;; count++) {
        mn_token_kind_t kind = mn_lexer_next(&lexer);
        bool same = count < expected && kind == tokens[count].kind &&
                    lexer.token.offset == tokens[count].offset &&
                    lexer.token.length == tokens[count].length &&
                    lexer.token.line == tokens[count].line;
        if (!same) {
            free(homes[0]);
            free(homes[1]);
            CHECK(same);
        }
        if (kind == MN_TOKEN_ENDMARKER) {
            break;
        }
        // Move: copy to the other home, wipe the old one, tell the lexer.
        char *old = (char *)lexer.source;
        char *new_home = old == homes[0] ? homes[1] : homes[0];
        memcpy(new_home, old, length);
        memset(old, '(', length);
        lexer.source = new_home;
    }
    free(homes[0]);
    free(homes[1]);
    CHECK_EQ(count + 1, expected);
}

// ---- Decoding string literals -------------------------------------------------------------

// Lexes `source` (one string literal), decodes it and compares with expected[0, length).
static bool decodes_to(const char *source, const char *expected, size_t expected_length) {
    size_t count = lex_all(source, strlen(source));
    if (count < 1 || tokens[0].kind != MN_TOKEN_STRING) {
        print_escaped("not a string:", source, strlen(source));
        return false;
    }
    mn_literal_string_t string;
    mn_literal_string_parse(source, tokens[0].offset, tokens[0].length, &string);
    mn_literal_error_t error = {0};
    size_t needed = mn_literal_decode(source, string.body_offset, string.body_length, string.flags,
                                      NULL, 0, &error);
    char buffer[256];
    memset(buffer, '#', sizeof buffer);
    size_t length = mn_literal_decode(source, string.body_offset, string.body_length, string.flags,
                                      buffer, sizeof buffer, &error);
    if (length == MN_LITERAL_ERROR) {
        char message[256];
        mn_lexer_format_message(error.message, error.args, message, sizeof message);
        print_escaped("source:  ", source, strlen(source));
        printf("  error: %s\n", message);
        return false;
    }
    if (needed != length || length > string.body_length || length != expected_length ||
        memcmp(buffer, expected, length) != 0 || buffer[length] != '#') {
        print_escaped("source:  ", source, strlen(source));
        print_escaped("expected:", expected, expected_length);
        print_escaped("actual:  ", buffer, length);
        return false;
    }
    return true;
}

#define CHECK_DECODES(source, expected) CHECK(decodes_to(source, expected, sizeof(expected) - 1))

// Decoding the literal `source` fails with this message, found at `position` in the source.
static bool decode_fails(const char *source, const char *message, size_t position) {
    lex_all(source, strlen(source));
    mn_literal_string_t string;
    mn_literal_string_parse(source, tokens[0].offset, tokens[0].length, &string);
    mn_literal_error_t error = {0};
    char buffer[64];
    size_t length = mn_literal_decode(source, string.body_offset, string.body_length, string.flags,
                                      buffer, sizeof buffer, &error);
    char formatted[256] = "";
    if (length == MN_LITERAL_ERROR) {
        mn_lexer_format_message(error.message, error.args, formatted, sizeof formatted);
    }
    if (length != MN_LITERAL_ERROR || strcmp(formatted, message) != 0 || error.offset != position) {
        print_escaped("source:  ", source, strlen(source));
        printf("  expected: \"%s\" at %zu\n  actual:   \"%s\" at %zu\n", message, position,
               formatted, error.offset);
        return false;
    }
    return true;
}

static void decode_escapes(void) {
    CHECK_DECODES("'plain text'", "plain text");
    CHECK_DECODES("''", "");
    CHECK_DECODES("u'x'", "x");
    CHECK_DECODES("'a\\\\b\\'c\\\"d'", "a\\b'c\"d");
    CHECK_DECODES("'\\a\\b\\f\\n\\r\\t\\v'", "\a\b\f\n\r\t\v");
    CHECK_DECODES("'\\0|\\7|\\07|\\101|\\1012|\\8'", "\0|\a|\a|A|A2|\\8");
    CHECK_DECODES("'\\777'", "\xc7\xbf"); // U+01FF: CPython warns, keeps the code point
    CHECK_DECODES("'\\x41\\xe9\\xFF'", "A\xc3\xa9\xc3\xbf");
    CHECK_DECODES("'\\u00e9\\u20AC\\U0001F40D\\U00000041'", "\xc3\xa9\xe2\x82\xac\xf0\x9f\x90\x8d"
                                                            "A");
    CHECK_DECODES("'\\U0010FFFF'", "\xf4\x8f\xbf\xbf");
    CHECK_DECODES("'\\ud800'", "\xed\xa0\x80"); // a lone surrogate, as MicroPython stores it
    // Unknown escapes keep their backslash.
    CHECK_DECODES("'\\d\\w\\ \\{'", "\\d\\w\\ \\{");
    CHECK_DECODES("'\\\xc3\xa9'", "\\\xc3\xa9");
    CHECK_DECODES("'h\xc3\xa9'", "h\xc3\xa9");
    // Backslash-newline joins lines; line breaks in the source become \n.
    CHECK_DECODES("'a\\\nb'", "ab");
    CHECK_DECODES("'a\\\r\nb'", "ab");
    CHECK_DECODES("'a\\\rb'", "ab");
    CHECK_DECODES("'''a\r\nb\rc\nd'''", "a\nb\nc\nd");
    CHECK_DECODES("'''it's \"quoted\"'''", "it's \"quoted\"");
}

static void decode_raw_and_bytes(void) {
    CHECK_DECODES("r'\\n\\x\\'\\\\'", "\\n\\x\\'\\\\");
    CHECK_DECODES("R'''a\\\r\nb\r\nc'''", "a\\\nb\nc");
    CHECK_DECODES("rb'\\n\\u'", "\\n\\u");
    CHECK_DECODES("b'a\\x00\\xff\\n\\101'", "a\0\xff\nA");
    CHECK_DECODES("b'\\777'", "\xff"); // the low byte, as CPython
    CHECK_DECODES("b'\\u00e9\\U0001F40D\\N{x}'", "\\u00e9\\U0001F40D\\N{x}");
    CHECK_DECODES("B'''\r\n'''", "\n");
    CHECK_DECODES("f'{x}\\n'", "{x}\n"); // the decoder alone does not split f-strings
}

static void decode_errors(void) {
    CHECK(decode_fails("'\\x4'",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "0-2: truncated \\xXX escape",
                       1));
    CHECK(decode_fails("'\\x'",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "0-1: truncated \\xXX escape",
                       1));
    CHECK(decode_fails("'ab\\x4g'",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "2-4: truncated \\xXX escape",
                       3));
    CHECK(decode_fails("b'\\x4'", "(value error) invalid \\x escape at position 0", 2));
    CHECK(decode_fails("b'abc\\xg0'", "(value error) invalid \\x escape at position 3", 5));
    CHECK(decode_fails("'\\u12'",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "0-3: truncated \\uXXXX escape",
                       1));
    CHECK(decode_fails("'\\U1234'",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "0-5: truncated \\UXXXXXXXX escape",
                       1));
    CHECK(decode_fails("'\\U00110000'",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "0-9: illegal Unicode character",
                       1));
    CHECK(decode_fails("'\\N{EM DASH}'", "(unicode error) \\N{...} escapes are not supported", 1));
    CHECK(decode_fails("b'caf\xc3\xa9'", "bytes can only contain ASCII literal characters", 5));
    CHECK(decode_fails("rb'\xc3\xa9'", "bytes can only contain ASCII literal characters", 3));
    CHECK(decode_fails("b'\\\xc3\xa9'", "bytes can only contain ASCII literal characters", 3));
}

static void decode_sizes_and_truncation(void) {
    const char *source = "'\\u20ac\\n'";
    mn_literal_error_t error;
    // Size query: no buffer at all.
    CHECK_EQ(mn_literal_decode(source, 1, 8, 0, NULL, 0, &error), 4);
    // A short buffer gets only what fits, nothing past it; the full length is returned.
    char buffer[8];
    memset(buffer, '#', sizeof buffer);
    CHECK_EQ(mn_literal_decode(source, 1, 8, 0, buffer, 2, &error), 4);
    CHECK(memcmp(buffer, "\xe2\x82##", 4) == 0);
    // A lone backslash at the end of a span (f-string text can end so) stays.
    CHECK_EQ(mn_literal_decode("a\\", 0, 2, 0, buffer, sizeof buffer, &error), 2);
    CHECK(memcmp(buffer, "a\\", 2) == 0);
    // The result never exceeds the body: one buffer of the body's size always suffices.
    CHECK_EQ(mn_literal_decode("\\777\\xff\\uffff\\U0010ffff\\\n", 0, 26, 0, NULL, 0, &error),
             2 + 2 + 3 + 4);
}

// ---- f-strings ----------------------------------------------------------------------------

// Describes the parts of an f-string: 'text' (decoded), {expression=self!c:spec parts}.
static size_t describe_parts(mn_literal_fstring_t *fstring, char *out, size_t capacity) {
    size_t used = 0;
    out[0] = 0;
    for (int guard = 0; guard < 100; guard++) {
        mn_fstring_part_t part = mn_literal_fstring_next(fstring);
        if (part == MN_FSTRING_END) {
            break;
        }
        if (part == MN_FSTRING_ERROR) {
            char message[256];
            mn_lexer_format_message(fstring->error.message, fstring->error.args, message,
                                    sizeof message);
            used += (size_t)snprintf(out + used, capacity - used, "ERROR(%s)@%zu", message,
                                     fstring->error.offset);
            break;
        }
        if (part == MN_FSTRING_TEXT) {
            char decoded[256];
            mn_literal_error_t error;
            size_t length =
                mn_literal_decode(fstring->source, fstring->text_offset, fstring->text_length,
                                  fstring->flags, decoded, sizeof decoded, &error);
            if (length == MN_LITERAL_ERROR) {
                used += (size_t)snprintf(out + used, capacity - used, "'<bad>'");
            } else {
                used +=
                    (size_t)snprintf(out + used, capacity - used, "'%.*s'", (int)length, decoded);
            }
            continue;
        }
        used +=
            (size_t)snprintf(out + used, capacity - used, "{%.*s", (int)fstring->expression_length,
                             fstring->source + fstring->expression_offset);
        if (fstring->self_document_length != 0) {
            used += (size_t)snprintf(out + used, capacity - used, "=\"%.*s\"",
                                     (int)fstring->self_document_length,
                                     fstring->source + fstring->expression_offset);
        }
        if (fstring->conversion != 0) {
            used += (size_t)snprintf(out + used, capacity - used, "!%c", fstring->conversion);
        }
        if (fstring->has_spec) {
            mn_literal_fstring_t spec;
            mn_literal_fstring_init_spec(&spec, fstring);
            used += (size_t)snprintf(out + used, capacity - used, ":");
            used += describe_parts(&spec, out + used, capacity - used);
        }
        used += (size_t)snprintf(out + used, capacity - used, "}");
    }
    return used;
}

static bool fstring_is(const char *source, const char *expected) {
    lex_all(source, strlen(source));
    if (tokens[0].kind != MN_TOKEN_STRING || !(tokens[0].flags & MN_STRING_FORMAT)) {
        print_escaped("not an f-string:", source, strlen(source));
        return false;
    }
    mn_literal_string_t string;
    mn_literal_string_parse(source, tokens[0].offset, tokens[0].length, &string);
    mn_literal_fstring_t fstring;
    mn_literal_fstring_init(&fstring, source, string.body_offset, string.body_length, string.flags);
    char actual[1024];
    describe_parts(&fstring, actual, sizeof actual);
    if (strcmp(actual, expected) != 0) {
        print_escaped("source:  ", source, strlen(source));
        printf("  expected: %s\n  actual:   %s\n", expected, actual);
        return false;
    }
    return true;
}

static void fstring_parts(void) {
    CHECK(fstring_is("f'hello {name}!'", "'hello '{name}'!'"));
    CHECK(fstring_is("f''", ""));
    CHECK(fstring_is("f'plain'", "'plain'"));
    CHECK(fstring_is("f'{a}{b}'", "{a}{b}"));
    // Doubled braces are one text brace (the text ends after the first one).
    CHECK(fstring_is("f'{{literal}} {x}'", "'{''literal}'' '{x}"));
    CHECK(fstring_is("f'{{}}'", "'{''}'"));
    CHECK(fstring_is("f'{x!r}'", "{x!r}"));
    CHECK(fstring_is("f'{x!s:>10}'", "{x!s:'>10'}"));
    CHECK(fstring_is("f'{x!a}'", "{x!a}"));
    CHECK(fstring_is("f'{x:}'", "{x:}"));
    // Self-documenting: the text up to and after '=' prefixes the value; !r by default.
    CHECK(fstring_is("f'{x = }'", "{x =\"x = \"!r}"));
    CHECK(fstring_is("f'{x=}'", "{x=\"x=\"!r}"));
    CHECK(fstring_is("f'{x=:>5}'", "{x=\"x=\":'>5'}"));
    CHECK(fstring_is("f'{x=!s}'", "{x=\"x=\"!s}"));
    CHECK(fstring_is("f'{x=!r:^20}'", "{x=\"x=\"!r:'^20'}"));
    // Nested fields in a spec, one level.
    CHECK(fstring_is("f'{x:{width}.{precision}f}'", "{x:{width}'.'{precision}'f'}"));
    CHECK(fstring_is("f'{x:{y:>{3}}}'", "ERROR(f-string: expressions nested too deeply)@9"));
    CHECK(fstring_is("f'{x:{y!r:z}}'", "{x:{y!r:'z'}}"));
    CHECK(fstring_is("f'{x:{{y}}}'", "{x:{{y}}}")); // in a spec "{{" opens a field (a set)
    // Operators that contain '!', '=', '<', '>' stay in the expression.
    CHECK(
        fstring_is("f'{x!=y}{x==y}{x<=y}{x>=y}{x<y}{x>y}'", "{x!=y}{x==y}{x<=y}{x>=y}{x<y}{x>y}"));
    // Quotes and brackets inside the expression.
    CHECK(fstring_is("f'{a[\"}\"]}'", "{a[\"}\"]}"));
    CHECK(fstring_is("f\"{'a' if x else 'b'}\"", "{'a' if x else 'b'}"));
    CHECK(fstring_is("f'{ {1: 2}[1] }'", "{ {1: 2}[1] }"));
    CHECK(fstring_is("f'{f(a, b=c)[0]:{w}}'", "{f(a, b=c)[0]:{w}}"));
    CHECK(fstring_is("f'''{\"\"\"a}\"\"\"}'''", "{\"\"\"a}\"\"\"}"));
    CHECK(fstring_is("f'''{x\n+1}'''", "{x\n+1}"));
    // Escapes are text; "\N{...}" braces are not a field; "\{" is still a brace.
    CHECK(fstring_is("f'a\\tb{x}\\n'", "'a\tb'{x}'\n'"));
    CHECK(fstring_is("f'\\N{DASH} {x}'", "'<bad>'{x}"));
    CHECK(fstring_is("f'\\{6}'", "'\\'{6}"));
    CHECK(fstring_is("rf'\\{x}\\n'", "'\\'{x}'\\n'"));
    CHECK(fstring_is("F'''a\r\nb{x}'''", "'a\nb'{x}"));
}

static void fstring_errors(void) {
    CHECK(fstring_is("f'{}'", "ERROR(f-string: empty expression not allowed)@3"));
    CHECK(fstring_is("f'{ }'", "ERROR(f-string: empty expression not allowed)@4"));
    CHECK(fstring_is("f'a{ \t}'", "'a'ERROR(f-string: empty expression not allowed)@6"));
    CHECK(fstring_is("f'{!r}'", "ERROR(f-string: expression required before '!')@3"));
    CHECK(fstring_is("f'{:x}'", "ERROR(f-string: expression required before ':')@3"));
    CHECK(fstring_is("f'{=}'", "ERROR(f-string: expression required before '=')@3"));
    CHECK(fstring_is("f'{x'", "ERROR(f-string: expecting '}')@4"));
    CHECK(fstring_is("f'{'", "ERROR(f-string: expecting '}')@3"));
    CHECK(fstring_is("f'{x:'", "ERROR(f-string: expecting '}')@5"));
    CHECK(fstring_is("f'{x:>10'", "ERROR(f-string: expecting '}')@8"));
    CHECK(fstring_is("f'{x!r=}'", "ERROR(f-string: expecting '}')@6"));
    CHECK(fstring_is("f'{x!r }'", "ERROR(f-string: expecting '}')@6"));
    CHECK(fstring_is("f'{x=  '", "ERROR(f-string: expecting '}')@7"));
    CHECK(fstring_is("f'{x!'", "ERROR(f-string: expecting '}')@5"));
    CHECK(fstring_is("f'}'", "ERROR(f-string: single '}' is not allowed)@2"));
    CHECK(fstring_is("f'a{x}}'", "'a'{x}ERROR(f-string: single '}' is not allowed)@6"));
    CHECK(fstring_is("f'{x!z}'",
                     "ERROR(f-string: invalid conversion character: expected 's', 'r', or "
                     "'a')@5"));
    CHECK(fstring_is("f'{x!}'",
                     "ERROR(f-string: invalid conversion character: expected 's', 'r', or "
                     "'a')@5"));
    CHECK(fstring_is("f'{x:{y:{z}}}'", "ERROR(f-string: expressions nested too deeply)@8"));
    CHECK(fstring_is("f'{#}'", "ERROR(f-string expression part cannot include '#')@3"));
    CHECK(fstring_is("f'{a\\n}'", "ERROR(f-string expression part cannot include a backslash)@4"));
    CHECK(
        fstring_is("f'{\"\\n\"}'", "ERROR(f-string expression part cannot include a backslash)@4"));
    CHECK(fstring_is("f'{x)}'", "ERROR(f-string: unmatched ')')@4"));
    CHECK(fstring_is("f'{(x}'", "ERROR(f-string: closing parenthesis '}' does not match opening "
                                "parenthesis '(')@5"));
    CHECK(fstring_is("f'{(x'", "ERROR(f-string: unmatched '(')@5"));
    CHECK(fstring_is("f'{\"a}'", "ERROR(f-string: unterminated string)@6"));
    // 200 nested brackets in an expression are allowed, 201 are not.
    static char source[1024];
    for (int depth = 200; depth <= 201; depth++) {
        size_t length = 0;
        memcpy(source, "f'{", 3);
        length = 3;
        memset(source + length, '(', (size_t)depth);
        length += (size_t)depth;
        source[length++] = 'x';
        memset(source + length, ')', (size_t)depth);
        length += (size_t)depth;
        memcpy(source + length, "}'", 3);
        lex_all(source, strlen(source));
        mn_literal_fstring_t fstring;
        mn_literal_fstring_init(&fstring, source, 2, strlen(source) - 3, MN_STRING_FORMAT);
        mn_fstring_part_t part = mn_literal_fstring_next(&fstring);
        CHECK_EQ(part, depth == 200 ? MN_FSTRING_FIELD : MN_FSTRING_ERROR);
        if (depth == 201) {
            CHECK(strcmp(fstring.error.message, "f-string: too many nested parenthesis") == 0);
        }
    }
    // An error is repeated.
    mn_literal_fstring_t fstring;
    mn_literal_fstring_init(&fstring, "{}", 0, 2, MN_STRING_FORMAT);
    CHECK_EQ(mn_literal_fstring_next(&fstring), MN_FSTRING_ERROR);
    CHECK_EQ(mn_literal_fstring_next(&fstring), MN_FSTRING_ERROR);
}

// The expression of a field is lexed where it stands, with the lines of the whole source.
static void fstring_expressions_are_lexed_in_place(void) {
    const char *source = "x = 1\n"
                         "y = f'''a {\n"
                         "b +\n"
                         "  c[1,\n"
                         "2]:>{w}} d'''\n";
    size_t count = lex_all(source, strlen(source));
    CHECK(count > 6);
    mn_token_t string_token = tokens[6];
    CHECK_EQ(string_token.kind, MN_TOKEN_STRING);
    CHECK_EQ(string_token.line, 2);
    mn_literal_string_t string;
    mn_literal_string_parse(source, string_token.offset, string_token.length, &string);
    mn_literal_fstring_t fstring;
    mn_literal_fstring_init(&fstring, source, string.body_offset, string.body_length, string.flags);
    CHECK_EQ(mn_literal_fstring_next(&fstring), MN_FSTRING_TEXT);
    CHECK_EQ(mn_literal_fstring_next(&fstring), MN_FSTRING_FIELD);

    mn_lexer_t lexer;
    mn_lexer_init_expression(&lexer, source, &string_token, fstring.expression_offset,
                             fstring.expression_offset + fstring.expression_length);
    static const struct {
        mn_token_kind_t kind;
        uint32_t line;
        size_t column;
    } expected[] = {
        {MN_TOKEN_NAME, 3, 0},   {MN_TOKEN_PLUS, 3, 2},   {MN_TOKEN_NAME, 4, 2},
        {MN_TOKEN_LSQB, 4, 3},   {MN_TOKEN_NUMBER, 4, 4}, {MN_TOKEN_COMMA, 4, 5},
        {MN_TOKEN_NUMBER, 5, 0}, {MN_TOKEN_RSQB, 5, 1},   {MN_TOKEN_ENDMARKER, 5, 2},
    };
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        CHECK_EQ(mn_lexer_next(&lexer), expected[i].kind);
        CHECK_EQ(lexer.token.line, expected[i].line);
        CHECK_EQ(lexer.token.column, expected[i].column);
    }
    // The field in the spec, on the same line as the string's end.
    mn_literal_fstring_t spec;
    mn_literal_fstring_init_spec(&spec, &fstring);
    CHECK_EQ(mn_literal_fstring_next(&spec), MN_FSTRING_TEXT);
    CHECK_EQ(spec.text_length, 1);
    CHECK_EQ(mn_literal_fstring_next(&spec), MN_FSTRING_FIELD);
    mn_lexer_init_expression(&lexer, source, &string_token, spec.expression_offset,
                             spec.expression_offset + spec.expression_length);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_NAME);
    CHECK_EQ(lexer.token.line, 5);
    CHECK_EQ(lexer.token.column, 5);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_ENDMARKER);
    CHECK_EQ(mn_literal_fstring_next(&spec), MN_FSTRING_END);
    CHECK_EQ(mn_literal_fstring_next(&fstring), MN_FSTRING_TEXT);
    CHECK_EQ(mn_literal_fstring_next(&fstring), MN_FSTRING_END);
    CHECK_EQ(mn_literal_fstring_next(&fstring), MN_FSTRING_END);

    // A field on the string's first line; an error in an expression.
    const char *one_line = "    z = f'{a  +  }'";
    lex_all(one_line, strlen(one_line));
    mn_lexer_init_expression(&lexer, one_line, &tokens[2], 11, 17);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_NAME);
    CHECK_EQ(lexer.token.column, 11);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_PLUS);
    CHECK_EQ(lexer.token.column, 14);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_ENDMARKER);
    CHECK_EQ(lexer.token.offset, 17);
    const char *bad = "f'{a $ b}'";
    lex_all(bad, strlen(bad));
    mn_lexer_init_expression(&lexer, bad, &tokens[0], 3, 8);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_NAME);
    CHECK_EQ(mn_lexer_next(&lexer), MN_TOKEN_ERROR);
    CHECK_EQ(lexer.token.column, 5);
}

// ---- Numbers decoded ----------------------------------------------------------------------

static void number_classification(void) {
    static const struct {
        const char *text;
        mn_number_kind_t kind;
        unsigned base;
        const char *digits;
    } cases[] = {
        {"42", MN_NUMBER_INT, 10, "42"},         {"1_000_000", MN_NUMBER_INT, 10, "1000000"},
        {"0", MN_NUMBER_INT, 10, "0"},           {"00", MN_NUMBER_INT, 10, "00"},
        {"0x_ff", MN_NUMBER_INT, 16, "ff"},      {"0XAB_CD", MN_NUMBER_INT, 16, "ABCD"},
        {"0o17", MN_NUMBER_INT, 8, "17"},        {"0O_7", MN_NUMBER_INT, 8, "7"},
        {"0b1_0", MN_NUMBER_INT, 2, "10"},       {"0B1", MN_NUMBER_INT, 2, "1"},
        {"1.5", MN_NUMBER_FLOAT, 10, "1.5"},     {"1.", MN_NUMBER_FLOAT, 10, "1."},
        {".5", MN_NUMBER_FLOAT, 10, ".5"},       {"1e5", MN_NUMBER_FLOAT, 10, "1e5"},
        {"0e0", MN_NUMBER_FLOAT, 10, "0e0"},     {"1_0.5E-1_0", MN_NUMBER_FLOAT, 10, "10.5E-10"},
        {"09.5", MN_NUMBER_FLOAT, 10, "09.5"},   {"2j", MN_NUMBER_IMAGINARY, 10, "2"},
        {"0J", MN_NUMBER_IMAGINARY, 10, "0"},    {"1.5e3J", MN_NUMBER_IMAGINARY, 10, "1.5e3"},
        {"1_0j", MN_NUMBER_IMAGINARY, 10, "10"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *source = cases[i].text;
        size_t count = lex_all(source, strlen(source));
        CHECK_EQ(count, 3);
        CHECK_EQ(tokens[0].kind, MN_TOKEN_NUMBER);
        CHECK_EQ(tokens[0].length, strlen(source));
        mn_literal_number_t number;
        mn_literal_number_classify(source, 0, strlen(source), &number);
        CHECK_EQ(number.kind, cases[i].kind);
        CHECK_EQ(number.base, cases[i].base);
        char digits[32];
        size_t length = mn_literal_number_digits(source, number.digits_offset, number.digits_length,
                                                 digits, sizeof digits);
        CHECK_EQ(length, strlen(cases[i].digits));
        CHECK(strcmp(digits, cases[i].digits) == 0);
    }
    char small[3];
    CHECK_EQ(mn_literal_number_digits("1_234", 0, 5, small, sizeof small), 4);
    CHECK(strcmp(small, "12") == 0);
    CHECK_EQ(mn_literal_number_digits("1_234", 0, 5, NULL, 0), 4);
}

// ---- Messages -----------------------------------------------------------------------------

static void message_formatting(void) {
    char buffer[64];
    const uint32_t args[3] = {0x20AC, 0x20AC, 0xff};
    CHECK_EQ(mn_lexer_format_message("%c|%U|%x", args, buffer, sizeof buffer), 3 + 1 + 4 + 1 + 2);
    CHECK(strcmp(buffer, "\xe2\x82\xac|20AC|ff") == 0);
    const uint32_t more[3] = {7, 0x1F40D, 0};
    mn_lexer_format_message("%d%%%U %q %", more, buffer, sizeof buffer);
    CHECK(strcmp(buffer, "7%1F40D %q %") == 0);
    const uint32_t number[1] = {12345};
    mn_lexer_format_message("line %d", number, buffer, sizeof buffer);
    CHECK(strcmp(buffer, "line 12345") == 0);
    // Truncation keeps a terminator and reports the full length; capacity 0 only sizes.
    CHECK_EQ(mn_lexer_format_message("abc%d", number, buffer, 4), 8);
    CHECK(strcmp(buffer, "abc") == 0);
    CHECK_EQ(mn_lexer_format_message("abc%d", number, NULL, 0), 8);
    CHECK_EQ(mn_lexer_format_message("plain", NULL, buffer, sizeof buffer), 5);
}

// ---- Robustness ---------------------------------------------------------------------------

static uint64_t random_state;

static uint32_t random_next(void) {
    random_state ^= random_state << 13; // xorshift64
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return (uint32_t)(random_state >> 32);
}

// Checks everything a caller may rely on for any input: lexing ends with ENDMARKER or ERROR
// after a bounded number of tokens, tokens lie inside the source in order with the right
// lines and columns, and the literal helpers accept every STRING and NUMBER token. Run under
// SANITIZE=1 it also shows that nothing reads outside the source, which is allocated to its
// exact length.
static bool lexes_safely(const char *source, size_t length) {
    mn_lexer_t lexer;
    mn_lexer_init(&lexer, source, length);
    size_t limit = 2 * length + MN_LEXER_MAX_INDENT + 4;
    size_t previous_end = 0;
    for (size_t count = 0; count <= limit; count++) {
        mn_token_kind_t kind = mn_lexer_next(&lexer);
        const mn_token_t *token = &lexer.token;
        if ((unsigned)kind >= MN_TOKEN_KIND_COUNT || kind != token->kind ||
            token->offset + token->length > length || token->line < 1 ||
            (kind != MN_TOKEN_ERROR && token->offset < previous_end)) {
            printf("  bad token %s at offset %zu\n", mn_lexer_kind_name(kind), token->offset);
            return false;
        }
        size_t line_start;
        uint32_t line = 1 + mn_lexer_count_lines(source, 0, token->offset, &line_start);
        if (line_start == 0 && length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) {
            line_start = 3;
        }
        if (token->line != line || token->column != token->offset - line_start) {
            printf("  %s at offset %zu: line %u column %zu, expected %u %zu\n",
                   mn_lexer_kind_name(kind), token->offset, (unsigned)token->line, token->column,
                   (unsigned)line, token->offset - line_start);
            return false;
        }
        previous_end = token->offset + token->length;
        if (kind == MN_TOKEN_ERROR) {
            char message[512];
            if (token->message == NULL || mn_lexer_format_message(token->message, token->args,
                                                                  message, sizeof message) == 0) {
                return false;
            }
            return mn_lexer_next(&lexer) == MN_TOKEN_ERROR;
        }
        if (kind == MN_TOKEN_ENDMARKER) {
            return lexer.bracket_depth == 0 && mn_lexer_next(&lexer) == MN_TOKEN_ENDMARKER;
        }
        if (kind == MN_TOKEN_NUMBER) {
            mn_literal_number_t number;
            mn_literal_number_classify(source, token->offset, token->length, &number);
            char digits[64];
            if (number.digits_offset + number.digits_length > token->offset + token->length ||
                mn_literal_number_digits(source, number.digits_offset, number.digits_length, digits,
                                         sizeof digits) > token->length) {
                return false;
            }
        }
        if (kind == MN_TOKEN_STRING) {
            mn_literal_string_t string;
            mn_literal_string_parse(source, token->offset, token->length, &string);
            if (string.flags != token->flags ||
                string.body_offset + string.body_length > token->offset + token->length) {
                printf("  bad string body at offset %zu\n", token->offset);
                return false;
            }
            char decoded[256];
            mn_literal_error_t error;
            size_t needed = mn_literal_decode(source, string.body_offset, string.body_length,
                                              string.flags, NULL, 0, &error);
            size_t written = mn_literal_decode(source, string.body_offset, string.body_length,
                                               string.flags, decoded, sizeof decoded, &error);
            if (needed != written || (needed != MN_LITERAL_ERROR && needed > string.body_length)) {
                printf("  bad decoded length at offset %zu\n", token->offset);
                return false;
            }
            if (string.flags & MN_STRING_FORMAT) {
                // Split the whole f-string, specs included, and lex every expression.
                mn_literal_fstring_t fstring;
                mn_literal_fstring_init(&fstring, source, string.body_offset, string.body_length,
                                        string.flags);
                for (size_t parts = 0;; parts++) {
                    mn_fstring_part_t part = mn_literal_fstring_next(&fstring);
                    if (parts > string.body_length + 1) {
                        printf("  the f-string splitter does not end\n");
                        return false;
                    }
                    if (part == MN_FSTRING_END || part == MN_FSTRING_ERROR) {
                        break;
                    }
                    if (part != MN_FSTRING_FIELD) {
                        continue;
                    }
                    mn_lexer_t expression;
                    mn_lexer_init_expression(&expression, source, token, fstring.expression_offset,
                                             fstring.expression_offset + fstring.expression_length);
                    size_t expression_tokens = 0;
                    for (;;) {
                        mn_token_kind_t inner = mn_lexer_next(&expression);
                        if (inner == MN_TOKEN_ENDMARKER || inner == MN_TOKEN_ERROR) {
                            break;
                        }
                        if (++expression_tokens > fstring.expression_length + 1) {
                            return false;
                        }
                    }
                    if (fstring.has_spec) {
                        mn_literal_fstring_t spec;
                        mn_literal_fstring_init_spec(&spec, &fstring);
                        for (size_t spec_parts = 0;; spec_parts++) {
                            mn_fstring_part_t spec_part = mn_literal_fstring_next(&spec);
                            if (spec_part == MN_FSTRING_END || spec_part == MN_FSTRING_ERROR) {
                                break;
                            }
                            if (spec_parts > fstring.spec_length + 1) {
                                return false;
                            }
                        }
                    }
                }
            }
        }
    }
    printf("  no ENDMARKER or ERROR after %zu tokens\n", limit);
    return false;
}

static const char *const sample_programs[] = {
    "def f(a, b=2, *args, **kwargs):\n"
    "    \"\"\"Doc.\"\"\"\n"
    "    if a and not b:\n"
    "        return [x ** 2 for x in range(10) if x % 3 == 0]\n"
    "    elif (a\n"
    "          or b):\n"
    "        pass  # comment\n"
    "    else:\n"
    "        return {'k': 0x_ff, \"v\": 1.5e-3j}\n",
    "class C(object):\n"
    "    x: int = 0o17\n"
    "    async def m(self) -> None:\n"
    "        await g(f'{self.x!r:>{w}} {{}}', rb'\\x00', b\"\\n\")\n"
    "        s = '''multi\n"
    "line''' + \\\n"
    "            'more'\n"
    "\n"
    "@decorator\n"
    "def g(*, y=...): y @= 1; y //= 2; y **= 3; y >>= 1; y <<= 2; return y != (y := 3)\n",
    "try:\r\n"
    "    import a.b as c\r\n"
    "except (E, F) as e:\r\n"
    "    raise X from e\r\n"
    "finally:\r\n"
    "    del x[1:2, ::3]\r\n"
    "while True: break\r\n"
    "with open(p) as f, g: continue\r\n"
    "lambda x: (yield x)\r\n"
    "global q; nonlocal r; assert \xc3\xa9t\xc3\xa9 is not None, F'{x=}'\r\n",
};

// Seeds the generator with `seed`, or with the number of a --seed=N option (for longer runs:
// build-asan/tests/test_lexer random_bytes_never_crash --seed=7).
static void seed_random(uint64_t seed) {
    random_state = seed;
    for (int a = 1; a < test_argc; a++) {
        if (strncmp(test_argv[a], "--seed=", 7) == 0) {
            random_state = seed ^ (strtoull(test_argv[a] + 7, NULL, 0) * 0x9E3779B97F4A7C15u);
        }
    }
    if (random_state == 0) {
        random_state = 1; // xorshift never leaves 0
    }
}

static void random_bytes_never_crash(void) {
    seed_random(0x9E3779B97F4A7C15u);
    // Bytes drawn mostly from the ones the lexer treats specially.
    static const char alphabet[] = " \t\n\n\r\\#'\"'\"fbrux0123456789._eEjJxXoOb+-*/<>=!:()[]{}"
                                   "\f\x01\x80\xbf\xc3\xa9\xe2\x82\xac\xef\xbb\xbf\xf0\x9f\xff";
    for (int round = 0; round < 20000; round++) {
        size_t length = random_next() % 64;
        char *source = malloc(length + 1); // exactly the length: ASan sees any overread
        CHECK(source != NULL);
        for (size_t i = 0; i < length; i++) {
            uint32_t r = random_next();
            source[i] =
                (r & 0x100) != 0 ? (char)(r & 0xFF) : alphabet[(r & 0xFF) % (sizeof alphabet - 1)];
        }
        bool safe = lexes_safely(source, length);
        if (!safe) {
            print_escaped("source:", source, length);
        }
        free(source);
        CHECK(safe);
    }
}

static void mutated_programs_never_crash(void) {
    seed_random(0x2545F4914F6CDD1Du);
    for (size_t p = 0; p < sizeof sample_programs / sizeof sample_programs[0]; p++) {
        size_t length = strlen(sample_programs[p]);
        CHECK(lexes_safely(sample_programs[p], length));
        size_t count = lex_all(sample_programs[p], length);
        CHECK(count > 50);
        CHECK_EQ(tokens[count - 1].kind, MN_TOKEN_ENDMARKER);
    }
    static const char replacements[] = "'\"\\\n\r\t ({[)]}#:=fbr0_.ej\xc3\x80\xff";
    for (int round = 0; round < 20000; round++) {
        const char *program = sample_programs[random_next() % 3];
        size_t original = strlen(program);
        size_t length = original;
        char *source = malloc(original + 8);
        CHECK(source != NULL);
        memcpy(source, program, original);
        int mutations = 1 + (int)(random_next() % 4);
        for (int m = 0; m < mutations && length > 0; m++) {
            size_t at = random_next() % length;
            switch (random_next() % 4) {
            case 0: // replace a byte
                source[at] = replacements[random_next() % (sizeof replacements - 1)];
                break;
            case 1: // delete a byte
                memmove(source + at, source + at + 1, length - at - 1);
                length--;
                break;
            case 2: // insert a byte
                if (length < original + 8) {
                    memmove(source + at + 1, source + at, length - at);
                    source[at] = replacements[random_next() % (sizeof replacements - 1)];
                    length++;
                }
                break;
            default: // cut the program short
                length = at;
                break;
            }
        }
        char *exact = malloc(length + 1);
        CHECK(exact != NULL);
        memcpy(exact, source, length);
        free(source);
        bool safe = lexes_safely(exact, length);
        if (!safe) {
            print_escaped("source:", exact, length);
        }
        free(exact);
        CHECK(safe);
    }
}

static const test_case_t cases[] = {
    {"every_kind_has_a_distinct_name", every_kind_has_a_distinct_name},
    {"every_operator_lexes_to_its_kind", every_operator_lexes_to_its_kind},
    {"operators_take_the_longest_match", operators_take_the_longest_match},
    {"every_keyword_lexes_to_its_kind", every_keyword_lexes_to_its_kind},
    {"soft_keywords_and_near_keywords_are_names", soft_keywords_and_near_keywords_are_names},
    {"a_small_program", a_small_program},
    {"token_positions", token_positions},
    {"end_of_input_repeats", end_of_input_repeats},
    {"indentation_and_nested_blocks", indentation_and_nested_blocks},
    {"blank_and_comment_lines_change_nothing", blank_and_comment_lines_change_nothing},
    {"missing_final_newline", missing_final_newline},
    {"brackets_join_lines", brackets_join_lines},
    {"backslash_joins_lines", backslash_joins_lines},
    {"line_endings", line_endings},
    {"tabs_follow_cpython", tabs_follow_cpython},
    {"indentation_errors", indentation_errors},
    {"line_continuation_errors", line_continuation_errors},
    {"valid_numbers", valid_numbers},
    {"numbers_next_to_other_tokens", numbers_next_to_other_tokens},
    {"invalid_numbers", invalid_numbers},
    {"every_string_prefix_and_quote", every_string_prefix_and_quote},
    {"strings_that_are_not_prefixed", strings_that_are_not_prefixed},
    {"string_bodies", string_bodies},
    {"unterminated_strings", unterminated_strings},
    {"non_ascii_names", non_ascii_names},
    {"invalid_characters", invalid_characters},
    {"invalid_utf8", invalid_utf8},
    {"bracket_errors", bracket_errors},
    {"too_many_nested_brackets", too_many_nested_brackets},
    {"source_may_move_between_tokens", source_may_move_between_tokens},
    {"decode_escapes", decode_escapes},
    {"decode_raw_and_bytes", decode_raw_and_bytes},
    {"decode_errors", decode_errors},
    {"decode_sizes_and_truncation", decode_sizes_and_truncation},
    {"fstring_parts", fstring_parts},
    {"fstring_errors", fstring_errors},
    {"fstring_expressions_are_lexed_in_place", fstring_expressions_are_lexed_in_place},
    {"number_classification", number_classification},
    {"message_formatting", message_formatting},
    {"random_bytes_never_crash", random_bytes_never_crash},
    {"mutated_programs_never_crash", mutated_programs_never_crash},
};

TEST_MAIN(cases)
