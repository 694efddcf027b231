// The parser (see parse.h). Each parse_* function either pushes exactly one value, its
// result, on the parse stack and returns true, or raises and returns false. The parse stack
// is the reserved top of the arena: push reserves a word, make_node pops the children into
// a new node. The grammar and the error messages are CPython 3.11's.
#include "compile/parse.h"

#include <stdio.h>
#include <string.h>

#include "compile/literal.h"
#include "obj/buffer.h"
#include "obj/exception.h"
#include "obj/qstr.h"

// ---- Tokens and errors ---------------------------------------------------------------------

static const mn_str_t *source_str(const mn_parser_t *parser) {
    return mn_qstr_str(*parser->source); // an interned str or not, the layout is the same
}

// The lexer reads through a pointer that dies at every allocation: set it before each use.
static const char *refresh_source(mn_parser_t *parser) {
    parser->lexer.source = source_str(parser)->bytes;
    return parser->lexer.source;
}

static mn_token_kind_t current(const mn_parser_t *parser) {
    return parser->lexer.token.kind;
}

static bool raise_at(mn_parser_t *parser, const mn_type_t *type, uint32_t line,
                     const char *message) {
    parser->error_line = line;
    mn_raise(parser->runtime, type, "%s", message);
    return false;
}

// Invalid syntax on a line after an open bracket is reported at the bracket, as CPython
// does: "'(' was never closed".
static bool syntax_error(mn_parser_t *parser, const char *message) {
    uint32_t line = parser->lexer.token.line;
    char bracket;
    refresh_source(parser);
    uint32_t bracket_line = mn_lexer_open_bracket(&parser->lexer, &bracket);
    if (strcmp(message, "invalid syntax") == 0 && bracket_line != 0 && bracket_line < line) {
        char text[32];
        snprintf(text, sizeof text, "'%c' was never closed", bracket);
        return raise_at(parser, &mn_type_SyntaxError, bracket_line, text);
    }
    return raise_at(parser, &mn_type_SyntaxError, line, message);
}

static bool template_error(mn_parser_t *parser, const char *template, const uint32_t *args,
                           uint32_t line) {
    char message[200];
    mn_lexer_format_message(template, args, message, sizeof message);
    const mn_type_t *type = &mn_type_SyntaxError;
    if (strstr(message, "indentation") != NULL || strstr(message, "unindent") != NULL) {
        type = strstr(message, "tabs") != NULL ? &mn_type_TabError : &mn_type_IndentationError;
    }
    return raise_at(parser, type, line, message);
}

static bool advance(mn_parser_t *parser) {
    refresh_source(parser);
    if (mn_lexer_next(&parser->lexer) == MN_TOKEN_ERROR) {
        const mn_token_t *token = &parser->lexer.token;
        return template_error(parser, token->message, token->args, token->line);
    }
    return true;
}

static bool expect(mn_parser_t *parser, mn_token_kind_t kind) {
    if (current(parser) == kind) {
        return advance(parser);
    }
    if (current(parser) == MN_TOKEN_ENDMARKER || current(parser) == MN_TOKEN_NEWLINE) {
        char message[64];
        snprintf(message, sizeof message, "expected '%s'", mn_lexer_kind_name(kind));
        return syntax_error(parser, message);
    }
    return syntax_error(parser, "invalid syntax");
}

// Too deep a nesting is a MemoryError, as in CPython (whose parser stack overflows).
static bool enter(mn_parser_t *parser) {
    if (parser->depth >= MN_PARSE_MAX_DEPTH) {
        return raise_at(parser, &mn_type_MemoryError, parser->lexer.token.line,
                        "expression nested too deeply to parse");
    }
    parser->depth++;
    return true;
}

static bool leave(mn_parser_t *parser, bool result) {
    parser->depth--;
    return result;
}

// ---- The parse stack -----------------------------------------------------------------------

static bool push(mn_parser_t *parser, mn_value_t value) {
    mn_gc_ref_t ref; // reserving may collect: the value stays alive and up to date
    *mn_root_push(&parser->runtime->heap, &ref) = value;
    mn_word_t *slot = mn_heap_reserve_top(&parser->runtime->heap, 1);
    mn_root_pop(&parser->runtime->heap, &ref);
    if (slot == NULL) {
        mn_raise_memory_error(parser->runtime);
        return false;
    }
    *slot = ref.value;
    parser->pushed++;
    return true;
}

// The value `depth` places below the top of the parse stack (0: the top).
static mn_value_t *peek(mn_parser_t *parser, size_t depth) {
    return &parser->runtime->heap.end[depth];
}

static void drop(mn_parser_t *parser, size_t count) {
    mn_heap_release_top(&parser->runtime->heap, count);
    parser->pushed -= count;
}

static mn_value_t pop(mn_parser_t *parser) {
    mn_value_t value = *peek(parser, 0);
    drop(parser, 1);
    return value;
}

// Replaces the top `count` values with a node holding them, the deepest first.
static bool make_node(mn_parser_t *parser, mn_node_kind_t kind, unsigned op, uint32_t line,
                      size_t count) {
    mn_value_t *node = mn_heap_alloc(&parser->runtime->heap, MN_TAG_NODE,
                                     (MN_NODE_HEADER_WORDS + count) * MN_WORD_BYTES);
    if (node == NULL) {
        mn_raise_memory_error(parser->runtime);
        return false;
    }
    node[1] = mn_small_int((mn_small_int_t)(kind | op << 8));
    node[2] = mn_small_int((mn_small_int_t)line);
    for (size_t i = 0; i < count; i++) {
        node[MN_NODE_HEADER_WORDS + i] = *peek(parser, count - 1 - i);
    }
    drop(parser, count);
    return push(parser, mn_object_value(node));
}

static bool is_name(mn_value_t value) {
    return mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR);
}

static bool top_is_kind(mn_parser_t *parser, mn_node_kind_t kind) {
    mn_value_t top = *peek(parser, 0);
    return mn_is_node(top) && mn_node_kind(top) == kind;
}

// ---- Forward declarations ------------------------------------------------------------------

static bool parse_test(mn_parser_t *parser);
static bool parse_named_test(mn_parser_t *parser);
static bool parse_or_test(mn_parser_t *parser);
static bool parse_binary(mn_parser_t *parser, int min_precedence);
static bool parse_test_list(mn_parser_t *parser, bool allow_star);
static bool parse_comprehension(mn_parser_t *parser, mn_node_kind_t kind, uint32_t line,
                                size_t element_count);

// ---- Names and numbers ---------------------------------------------------------------------

// Interns source[offset, offset + length) and pushes it.
static bool push_name(mn_parser_t *parser, size_t offset, size_t length) {
    mn_value_t name;
    if (mn_is_qstr(*parser->source)) { // ROM source: its bytes never move
        const mn_str_t *source = source_str(parser);
        name = mn_qstr_intern(parser->runtime, source->bytes + offset, length);
    } else {
        name = mn_qstr_find(parser->runtime, source_str(parser)->bytes + offset, length);
        if (name == MN_NULL) {
            mn_gc_ref_t ref;
            mn_value_t *slice = mn_root_push(&parser->runtime->heap, &ref);
            *slice =
                mn_object_value(mn_str_new_slice(parser->runtime, parser->source, offset, length));
            name = *slice != MN_NULL ? mn_qstr_intern_str(parser->runtime, slice) : MN_NULL;
            mn_root_pop(&parser->runtime->heap, &ref);
        }
    }
    if (name == MN_NULL) {
        mn_raise_memory_error(parser->runtime);
        return false;
    }
    return push(parser, name);
}

static bool parse_name(mn_parser_t *parser) {
    const mn_token_t *token = &parser->lexer.token;
    return push_name(parser, token->offset, token->length) && advance(parser);
}

static bool parse_number(mn_parser_t *parser) {
    const mn_token_t *token = &parser->lexer.token;
    uint32_t line = token->line;
    mn_literal_number_t number;
    const char *source = refresh_source(parser);
    mn_literal_number_classify(source, token->offset, token->length, &number);
    char digits[48];
    size_t length = mn_literal_number_digits(source, number.digits_offset, number.digits_length,
                                             digits, sizeof digits);
    if (number.kind == MN_NUMBER_INT && length < sizeof digits) {
        // Small ints are immediates.
        mn_small_int_t value = 0;
        bool fits = true;
        for (size_t i = 0; i < length && fits; i++) {
            int digit = digits[i] <= '9' ? digits[i] - '0' : (digits[i] | 0x20) - 'a' + 10;
            fits = value <= (MN_SMALL_INT_MAX - digit) / (mn_small_int_t)number.base;
            if (fits) {
                value = value * (mn_small_int_t)number.base + digit;
            }
        }
        if (fits) {
            return push(parser, mn_small_int(value)) && advance(parser);
        }
    }
    // The digits as a str, however many: the compiler makes the number.
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&parser->runtime->heap, &ref);
    mn_buffer_t buffer;
    char *room = NULL;
    if (mn_buffer_init(parser->runtime, &buffer, text, length + 1)) {
        room = mn_buffer_extend(parser->runtime, &buffer, length + 1);
    }
    if (room != NULL) {
        mn_literal_number_digits(refresh_source(parser), number.digits_offset, number.digits_length,
                                 room, length + 1);
        mn_buffer_truncate(&buffer, length); // drop the terminator
        mn_buffer_finish_str(parser->runtime, &buffer);
    }
    mn_root_pop(&parser->runtime->heap, &ref);
    if (room == NULL) {
        mn_raise_memory_error(parser->runtime);
        return false;
    }
    return push(parser, ref.value) &&
           make_node(parser, MN_NODE_NUMBER, number.kind | number.base << 4, line, 1) &&
           advance(parser);
}

// ---- Strings -------------------------------------------------------------------------------

static bool literal_error(mn_parser_t *parser, const mn_literal_error_t *error) {
    size_t ignored;
    uint32_t line = parser->lexer.token.line + mn_lexer_count_lines(refresh_source(parser),
                                                                    parser->lexer.token.offset,
                                                                    error->offset, &ignored);
    return template_error(parser, error->message, error->args, line);
}

// Decodes source[offset, offset + length) with `flags` onto the end of `text`.
static bool decode_into(mn_parser_t *parser, mn_buffer_t *text, size_t offset, size_t length,
                        unsigned flags) {
    mn_literal_error_t error;
    size_t decoded =
        mn_literal_decode(refresh_source(parser), offset, length, flags, NULL, 0, &error);
    if (decoded == MN_LITERAL_ERROR) {
        return literal_error(parser, &error);
    }
    char *room = mn_buffer_extend(parser->runtime, text, decoded);
    if (room == NULL) {
        mn_raise_memory_error(parser->runtime);
        return false;
    }
    mn_literal_decode(refresh_source(parser), offset, length, flags, room, decoded, &error);
    return true;
}

// Pushes the text gathered so far as a STR node and starts a new one; *parts counts it.
static bool flush_text(mn_parser_t *parser, mn_buffer_t *text, uint32_t line, size_t *parts) {
    if (mn_buffer_length(text) == 0) {
        return true;
    }
    mn_buffer_finish_str(parser->runtime, text);
    if (!push(parser, *text->block) || !make_node(parser, MN_NODE_STR, 0, line, 1)) {
        return false;
    }
    ++*parts;
    if (!mn_buffer_init(parser->runtime, text, text->block, 16)) {
        mn_raise_memory_error(parser->runtime);
        return false;
    }
    return true;
}

static bool parse_fstring_parts(mn_parser_t *parser, const mn_token_t *string,
                                mn_literal_fstring_t *fstring, mn_buffer_t *text, size_t *parts);

// Parses the replacement field `field` has just given; pushes its text prefix (for {x=})
// and a FORMATTED node.
static bool parse_field(mn_parser_t *parser, const mn_token_t *string, mn_literal_fstring_t *field,
                        mn_buffer_t *text, size_t *parts) {
    uint32_t line = string->line;
    if (field->self_document_length > 0 &&
        !mn_buffer_append_slice(parser->runtime, text, parser->source, field->expression_offset,
                                field->self_document_length)) {
        mn_raise_memory_error(parser->runtime);
        return false;
    }
    if (!flush_text(parser, text, line, parts)) {
        return false;
    }
    // The expression, with a lexer of its own over its span of the source.
    mn_lexer_t outer = parser->lexer;
    mn_lexer_init_expression(&parser->lexer, refresh_source(parser), string,
                             field->expression_offset,
                             field->expression_offset + field->expression_length);
    bool parsed = advance(parser) && parse_test_list(parser, false);
    if (parsed && current(parser) != MN_TOKEN_ENDMARKER) {
        parsed = syntax_error(parser, "f-string: expecting '}'");
    }
    parser->lexer = outer;
    if (!parsed) {
        return false;
    }
    // The format spec: text and fields of its own.
    size_t spec_parts = 0;
    if (field->has_spec) {
        mn_literal_fstring_t spec;
        mn_literal_fstring_init_spec(&spec, field);
        mn_gc_ref_t spec_ref;
        mn_value_t *spec_slot = mn_root_push(&parser->runtime->heap, &spec_ref);
        mn_buffer_t spec_text;
        bool made = mn_buffer_init(parser->runtime, &spec_text, spec_slot, 8);
        if (!made) {
            mn_raise_memory_error(parser->runtime);
        }
        made = made && parse_fstring_parts(parser, string, &spec, &spec_text, &spec_parts) &&
               flush_text(parser, &spec_text, line, &spec_parts) &&
               make_node(parser, MN_NODE_FSTRING, 0, line, spec_parts);
        mn_root_pop(&parser->runtime->heap, &spec_ref);
        if (!made) {
            return false;
        }
    } else if (!push(parser, MN_NULL)) {
        return false;
    }
    ++*parts;
    return make_node(parser, MN_NODE_FORMATTED, (unsigned char)field->conversion, line, 2);
}

static bool parse_fstring_parts(mn_parser_t *parser, const mn_token_t *string,
                                mn_literal_fstring_t *fstring, mn_buffer_t *text, size_t *parts) {
    if (!enter(parser)) {
        return false;
    }
    for (;;) {
        fstring->source = refresh_source(parser);
        switch (mn_literal_fstring_next(fstring)) {
        case MN_FSTRING_END:
            return leave(parser, true);
        case MN_FSTRING_ERROR:
            return leave(parser, literal_error(parser, &fstring->error));
        case MN_FSTRING_TEXT:
            if (!decode_into(parser, text, fstring->text_offset, fstring->text_length,
                             fstring->flags)) {
                return leave(parser, false);
            }
            break;
        case MN_FSTRING_FIELD:
            if (!parse_field(parser, string, fstring, text, parts)) {
                return leave(parser, false);
            }
            break;
        }
    }
}

// One or more adjacent string literals: a STR, BYTES or FSTRING node.
static bool parse_strings(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    bool is_bytes = (parser->lexer.token.flags & MN_STRING_BYTES) != 0;
    bool is_format = false;
    size_t parts = 0;
    mn_gc_ref_t text_ref;
    mn_value_t *text_slot = mn_root_push(&parser->runtime->heap, &text_ref);
    mn_buffer_t text;
    bool ok = mn_buffer_init(parser->runtime, &text, text_slot, 16);
    if (!ok) {
        mn_raise_memory_error(parser->runtime);
    }
    while (ok && current(parser) == MN_TOKEN_STRING) {
        mn_token_t token = parser->lexer.token;
        if (((token.flags & MN_STRING_BYTES) != 0) != is_bytes) {
            ok = syntax_error(parser, "cannot mix bytes and nonbytes literals");
            break;
        }
        mn_literal_string_t string;
        mn_literal_string_parse(refresh_source(parser), token.offset, token.length, &string);
        if (string.flags & MN_STRING_FORMAT) {
            is_format = true;
            mn_literal_fstring_t fstring;
            mn_literal_fstring_init(&fstring, refresh_source(parser), string.body_offset,
                                    string.body_length, string.flags);
            ok = parse_fstring_parts(parser, &token, &fstring, &text, &parts);
        } else {
            ok = decode_into(parser, &text, string.body_offset, string.body_length, string.flags);
        }
        ok = ok && advance(parser);
    }
    if (ok && is_format) {
        ok = flush_text(parser, &text, line, &parts) &&
             make_node(parser, MN_NODE_FSTRING, 0, line, parts);
    } else if (ok) {
        mn_buffer_finish_str(parser->runtime, &text);
        ok = push(parser, *text_slot) &&
             make_node(parser, is_bytes ? MN_NODE_BYTES : MN_NODE_STR, 0, line, 1);
    }
    mn_root_pop(&parser->runtime->heap, &text_ref);
    return ok;
}

// ---- Displays and atoms --------------------------------------------------------------------

// An element of a display or an argument list: a named test, or *expression when allowed.
static bool parse_element(mn_parser_t *parser, bool allow_star) {
    if (current(parser) == MN_TOKEN_STAR) {
        uint32_t line = parser->lexer.token.line;
        if (!allow_star) {
            return syntax_error(parser, "cannot use starred expression here");
        }
        return advance(parser) && parse_binary(parser, 1) &&
               make_node(parser, MN_NODE_STARRED, 0, line, 1);
    }
    return parse_named_test(parser);
}

// The rest of a display after `count` elements: more elements after commas (a trailing
// comma allowed) up to `closing`; then the node of `kind`.
static bool parse_display_rest(mn_parser_t *parser, mn_token_kind_t closing, mn_node_kind_t kind,
                               uint32_t line, size_t count) {
    while (current(parser) == MN_TOKEN_COMMA) {
        if (!advance(parser)) {
            return false;
        }
        if (current(parser) == closing) {
            break;
        }
        if (!parse_element(parser, true)) {
            return false;
        }
        count++;
    }
    return expect(parser, closing) && make_node(parser, kind, 0, line, count);
}

// At the 'for' after the first element of a display: the comprehension, up to `closing`.
static bool parse_display_comprehension(mn_parser_t *parser, mn_token_kind_t closing,
                                        mn_node_kind_t kind, uint32_t line) {
    if (top_is_kind(parser, MN_NODE_STARRED)) {
        return syntax_error(parser, "iterable unpacking cannot be used in comprehension");
    }
    return parse_comprehension(parser, kind, line, 1) && expect(parser, closing);
}

// After the opening bracket of a list: the elements or a comprehension, up to `closing`.
static bool parse_sequence(mn_parser_t *parser, mn_token_kind_t closing, mn_node_kind_t kind,
                           mn_node_kind_t comprehension_kind, uint32_t line) {
    if (current(parser) == closing) {
        return advance(parser) && make_node(parser, kind, 0, line, 0);
    }
    if (!parse_element(parser, true)) {
        return false;
    }
    if (current(parser) == MN_TOKEN_KW_FOR) {
        return parse_display_comprehension(parser, closing, comprehension_kind, line);
    }
    return parse_display_rest(parser, closing, kind, line, 1);
}

// After '(': (), (x), (x,), (x, y), (x for ...), (yield ...).
static bool parse_parenthesized(mn_parser_t *parser, uint32_t line) {
    if (current(parser) == MN_TOKEN_RPAR) {
        return advance(parser) && make_node(parser, MN_NODE_TUPLE, 0, line, 0);
    }
    if (current(parser) == MN_TOKEN_KW_YIELD) {
        uint32_t yield_line = parser->lexer.token.line;
        if (!advance(parser)) {
            return false;
        }
        if (current(parser) == MN_TOKEN_KW_FROM) {
            return advance(parser) && parse_test(parser) &&
                   make_node(parser, MN_NODE_YIELD_FROM, 0, yield_line, 1) &&
                   expect(parser, MN_TOKEN_RPAR);
        }
        bool has_value = current(parser) != MN_TOKEN_RPAR;
        return (has_value ? parse_test_list(parser, true) : push(parser, MN_NULL)) &&
               make_node(parser, MN_NODE_YIELD, 0, yield_line, 1) && expect(parser, MN_TOKEN_RPAR);
    }
    if (!parse_element(parser, true)) {
        return false;
    }
    if (current(parser) == MN_TOKEN_KW_FOR) {
        return parse_display_comprehension(parser, MN_TOKEN_RPAR, MN_NODE_GENEXP, line);
    }
    if (current(parser) == MN_TOKEN_RPAR) {
        if (top_is_kind(parser, MN_NODE_STARRED)) {
            return syntax_error(parser, "cannot use starred expression here");
        }
        return advance(parser); // (x) is x
    }
    if (current(parser) != MN_TOKEN_COMMA) {
        return expect(parser, MN_TOKEN_COMMA); // the error
    }
    return parse_display_rest(parser, MN_TOKEN_RPAR, MN_NODE_TUPLE, line, 1);
}

// One entry of a dict display: key and value, or MN_NULL and the mapping of **mapping.
static bool parse_dict_entry(mn_parser_t *parser) {
    if (current(parser) == MN_TOKEN_DOUBLESTAR) {
        return advance(parser) && push(parser, MN_NULL) && parse_binary(parser, 1);
    }
    return parse_test(parser) && expect(parser, MN_TOKEN_COLON) && parse_test(parser);
}

// The rest of a dict display after `entries` entries; then the DICT node.
static bool parse_dict_rest(mn_parser_t *parser, uint32_t line, size_t entries) {
    while (current(parser) == MN_TOKEN_COMMA) {
        if (!advance(parser)) {
            return false;
        }
        if (current(parser) == MN_TOKEN_RBRACE) {
            break;
        }
        if (!parse_dict_entry(parser)) {
            return false;
        }
        entries++;
    }
    return expect(parser, MN_TOKEN_RBRACE) && make_node(parser, MN_NODE_DICT, 0, line, 2 * entries);
}

// After '{': {}, {k: v, **m}, {k: v for ...}, {x, *y}, {x for ...}.
static bool parse_braces(mn_parser_t *parser, uint32_t line) {
    if (current(parser) == MN_TOKEN_RBRACE) {
        return advance(parser) && make_node(parser, MN_NODE_DICT, 0, line, 0);
    }
    if (current(parser) == MN_TOKEN_DOUBLESTAR) {
        return parse_dict_entry(parser) && parse_dict_rest(parser, line, 1);
    }
    if (!parse_element(parser, true)) {
        return false;
    }
    bool starred = top_is_kind(parser, MN_NODE_STARRED);
    if (current(parser) == MN_TOKEN_COLON) {
        if (starred) {
            return syntax_error(parser, "cannot use a starred expression in a dictionary value");
        }
        if (!advance(parser) || !parse_test(parser)) {
            return false;
        }
        if (current(parser) == MN_TOKEN_KW_FOR) {
            return parse_comprehension(parser, MN_NODE_DICTCOMP, line, 2) &&
                   expect(parser, MN_TOKEN_RBRACE);
        }
        return parse_dict_rest(parser, line, 1);
    }
    if (current(parser) == MN_TOKEN_KW_FOR) {
        return parse_display_comprehension(parser, MN_TOKEN_RBRACE, MN_NODE_SETCOMP, line);
    }
    return parse_display_rest(parser, MN_TOKEN_RBRACE, MN_NODE_SET, line, 1);
}

static bool parse_atom(mn_parser_t *parser) {
    const mn_token_t *token = &parser->lexer.token;
    uint32_t line = token->line;
    switch (token->kind) {
    case MN_TOKEN_NAME:
        return parse_name(parser);
    case MN_TOKEN_NUMBER:
        return parse_number(parser);
    case MN_TOKEN_STRING:
        return parse_strings(parser);
    case MN_TOKEN_KW_NONE:
        return push(parser, MN_NONE) && advance(parser);
    case MN_TOKEN_KW_TRUE:
        return push(parser, MN_TRUE) && advance(parser);
    case MN_TOKEN_KW_FALSE:
        return push(parser, MN_FALSE) && advance(parser);
    case MN_TOKEN_ELLIPSIS:
        return push(parser, MN_ELLIPSIS) && advance(parser);
    case MN_TOKEN_LPAR:
        return advance(parser) && parse_parenthesized(parser, line);
    case MN_TOKEN_LSQB:
        return advance(parser) &&
               parse_sequence(parser, MN_TOKEN_RSQB, MN_NODE_LIST, MN_NODE_LISTCOMP, line);
    case MN_TOKEN_LBRACE:
        return advance(parser) && parse_braces(parser, line);
    case MN_TOKEN_ENDMARKER:
    case MN_TOKEN_NEWLINE:
        return syntax_error(parser, "invalid syntax");
    default:
        return syntax_error(parser, "invalid syntax");
    }
}

// ---- Trailers: calls, subscripts, attributes ------------------------------------------------

// One argument of a call: expression, *iterable, **mapping, name=value.
static bool parse_argument(mn_parser_t *parser, bool *keyword_seen) {
    uint32_t line = parser->lexer.token.line;
    if (current(parser) == MN_TOKEN_STAR) { // allowed after keywords too: f(a=1, *b)
        return parse_element(parser, true);
    }
    if (current(parser) == MN_TOKEN_DOUBLESTAR) {
        *keyword_seen = true;
        return advance(parser) && parse_test(parser) &&
               make_node(parser, MN_NODE_DOUBLESTAR, 0, line, 1);
    }
    if (!parse_named_test(parser)) {
        return false;
    }
    if (current(parser) == MN_TOKEN_EQUAL) {
        if (!is_name(*peek(parser, 0))) {
            return syntax_error(parser,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        *keyword_seen = true;
        return advance(parser) && parse_test(parser) &&
               make_node(parser, MN_NODE_KEYWORD, 0, line, 2);
    }
    if (*keyword_seen) {
        return syntax_error(parser, "positional argument follows keyword argument");
    }
    return true;
}

// After the '(' of a call: pushes the arguments and consumes the ')'.
static bool parse_arguments(mn_parser_t *parser, uint32_t line, size_t *argument_count) {
    size_t count = 0;
    bool keyword_seen = false;
    while (current(parser) != MN_TOKEN_RPAR) {
        if (!parse_argument(parser, &keyword_seen)) {
            return false;
        }
        count++;
        if (current(parser) == MN_TOKEN_KW_FOR) { // f(x for x in y): the only argument
            if (count != 1 || !parse_comprehension(parser, MN_NODE_GENEXP, line, 1)) {
                return count != 1 ? syntax_error(parser, "Generator expression must be "
                                                         "parenthesized")
                                  : false;
            }
        }
        if (current(parser) != MN_TOKEN_COMMA) {
            break;
        }
        if (!advance(parser)) {
            return false;
        }
    }
    *argument_count = count;
    return expect(parser, MN_TOKEN_RPAR);
}

// After the '(' of a call; the function is on the stack.
static bool parse_call(mn_parser_t *parser, uint32_t line) {
    size_t count = 0;
    return parse_arguments(parser, line, &count) &&
           make_node(parser, MN_NODE_CALL, 0, line, 1 + count);
}

// A subscript: an expression, or a slice [start]:[stop][:[step]].
static bool parse_subscript(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    if (current(parser) != MN_TOKEN_COLON) {
        if (!parse_element(parser, true)) {
            return false;
        }
        if (current(parser) != MN_TOKEN_COLON) {
            return true;
        }
    } else if (!push(parser, MN_NULL)) {
        return false;
    }
    if (!advance(parser)) { // the first ':'
        return false;
    }
    for (int bound = 0; bound < 2; bound++) {
        mn_token_kind_t kind = current(parser);
        bool missing = kind == MN_TOKEN_COLON || kind == MN_TOKEN_RSQB || kind == MN_TOKEN_COMMA;
        if (bound == 1 && kind == MN_TOKEN_COLON && !advance(parser)) {
            return false;
        }
        if (bound == 1) {
            kind = current(parser);
            missing = kind == MN_TOKEN_RSQB || kind == MN_TOKEN_COMMA;
        }
        if (!(missing ? push(parser, MN_NULL) : parse_test(parser))) {
            return false;
        }
        if (bound == 0 && current(parser) != MN_TOKEN_COLON) {
            if (!push(parser, MN_NULL)) {
                return false;
            }
            break;
        }
    }
    return make_node(parser, MN_NODE_SLICE, 0, line, 3);
}

// After '['; the object is on the stack.
static bool parse_subscripts(mn_parser_t *parser, uint32_t line) {
    size_t count = 0;
    bool tuple = false;
    do {
        if (count > 0 && !advance(parser)) { // the ','
            return false;
        }
        if (count > 0 && current(parser) == MN_TOKEN_RSQB) {
            tuple = true;
            break;
        }
        if (!parse_subscript(parser)) {
            return false;
        }
        count++;
    } while (current(parser) == MN_TOKEN_COMMA);
    if ((tuple || count > 1) && !make_node(parser, MN_NODE_TUPLE, 0, line, count)) {
        return false;
    }
    return expect(parser, MN_TOKEN_RSQB) && make_node(parser, MN_NODE_SUBSCRIPT, 0, line, 2);
}

static bool parse_primary(mn_parser_t *parser) {
    if (!enter(parser)) {
        return false;
    }
    if (!parse_atom(parser)) {
        return leave(parser, false);
    }
    for (;;) {
        uint32_t line = parser->lexer.token.line;
        switch (current(parser)) {
        case MN_TOKEN_LPAR:
            if (!advance(parser) || !parse_call(parser, line)) {
                return leave(parser, false);
            }
            break;
        case MN_TOKEN_LSQB:
            if (!advance(parser) || !parse_subscripts(parser, line)) {
                return leave(parser, false);
            }
            break;
        case MN_TOKEN_DOT:
            if (!advance(parser)) {
                return leave(parser, false);
            }
            if (current(parser) != MN_TOKEN_NAME) {
                return leave(parser, syntax_error(parser, "invalid syntax"));
            }
            if (!parse_name(parser) || !make_node(parser, MN_NODE_ATTRIBUTE, 0, line, 2)) {
                return leave(parser, false);
            }
            break;
        default:
            return leave(parser, true);
        }
    }
}

// ---- Operators -----------------------------------------------------------------------------

// power: primary ['**' factor]; factor: ('+' | '-' | '~') factor | power
static bool parse_factor(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    mn_token_kind_t kind = current(parser);
    if (!enter(parser)) {
        return false;
    }
    bool ok;
    if (kind == MN_TOKEN_MINUS || kind == MN_TOKEN_PLUS || kind == MN_TOKEN_TILDE) {
        ok = advance(parser) && parse_factor(parser) &&
             make_node(parser, MN_NODE_UNARY, kind, line, 1);
    } else {
        ok = parse_primary(parser);
        if (ok && current(parser) == MN_TOKEN_DOUBLESTAR) {
            line = parser->lexer.token.line;
            ok = advance(parser) && parse_factor(parser) &&
                 make_node(parser, MN_NODE_BINARY, MN_TOKEN_DOUBLESTAR, line, 2);
        }
    }
    return leave(parser, ok);
}

// Binding power of the binary operators below comparisons; 0 for anything else.
static int precedence(mn_token_kind_t kind) {
    switch (kind) {
    case MN_TOKEN_VBAR:
        return 1;
    case MN_TOKEN_CIRCUMFLEX:
        return 2;
    case MN_TOKEN_AMPER:
        return 3;
    case MN_TOKEN_LEFTSHIFT:
    case MN_TOKEN_RIGHTSHIFT:
        return 4;
    case MN_TOKEN_PLUS:
    case MN_TOKEN_MINUS:
        return 5;
    case MN_TOKEN_STAR:
    case MN_TOKEN_SLASH:
    case MN_TOKEN_DOUBLESLASH:
    case MN_TOKEN_PERCENT:
    case MN_TOKEN_AT:
        return 6;
    default:
        return 0;
    }
}

// Precedence climbing over the binary operators; every level is left-associative, and a
// run of one operator is a loop, not a recursion.
static bool parse_binary(mn_parser_t *parser, int min_precedence) {
    if (!enter(parser)) {
        return false;
    }
    if (!parse_factor(parser)) {
        return leave(parser, false);
    }
    for (;;) {
        mn_token_kind_t kind = current(parser);
        int level = precedence(kind);
        if (level == 0 || level < min_precedence) {
            return leave(parser, true);
        }
        uint32_t line = parser->lexer.token.line;
        if (!advance(parser) || !parse_binary(parser, level + 1) ||
            !make_node(parser, MN_NODE_BINARY, kind, line, 2)) {
            return leave(parser, false);
        }
    }
}

// A comparison operator at the current token (two tokens for "not in" and "is not"), or -1.
static bool parse_compare_operator(mn_parser_t *parser, int *comparison) {
    *comparison = -1;
    switch (current(parser)) {
    case MN_TOKEN_LESS:
        *comparison = MN_COMPARE_LESS;
        break;
    case MN_TOKEN_GREATER:
        *comparison = MN_COMPARE_GREATER;
        break;
    case MN_TOKEN_EQEQUAL:
        *comparison = MN_COMPARE_EQUAL;
        break;
    case MN_TOKEN_GREATEREQUAL:
        *comparison = MN_COMPARE_GREATER_EQUAL;
        break;
    case MN_TOKEN_LESSEQUAL:
        *comparison = MN_COMPARE_LESS_EQUAL;
        break;
    case MN_TOKEN_NOTEQUAL:
        *comparison = MN_COMPARE_NOT_EQUAL;
        break;
    case MN_TOKEN_KW_IN:
        *comparison = MN_COMPARISON_IN;
        break;
    case MN_TOKEN_KW_IS:
        if (!advance(parser)) {
            return false;
        }
        *comparison = MN_COMPARISON_IS;
        if (current(parser) == MN_TOKEN_KW_NOT) {
            *comparison = MN_COMPARISON_IS_NOT;
            return advance(parser);
        }
        return true;
    case MN_TOKEN_KW_NOT: {
        // "not in": the lexer has no lookahead, so peek with a copy of it.
        mn_lexer_t ahead = parser->lexer;
        refresh_source(parser);
        ahead.source = parser->lexer.source;
        if (mn_lexer_next(&ahead) != MN_TOKEN_KW_IN) {
            return true; // not a comparison: the caller stops here
        }
        *comparison = MN_COMPARISON_NOT_IN;
        return advance(parser) && advance(parser);
    }
    default:
        return true;
    }
    return advance(parser);
}

static bool parse_comparison(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    if (!parse_binary(parser, 1)) {
        return false;
    }
    size_t count = 1;
    for (;;) {
        int comparison;
        if (!parse_compare_operator(parser, &comparison)) {
            return false;
        }
        if (comparison < 0) {
            break;
        }
        if (!push(parser, mn_small_int(comparison)) || !parse_binary(parser, 1)) {
            return false;
        }
        count += 2;
    }
    return count == 1 || make_node(parser, MN_NODE_COMPARE, 0, line, count);
}

static bool parse_not_test(mn_parser_t *parser) {
    if (current(parser) != MN_TOKEN_KW_NOT) {
        return parse_comparison(parser);
    }
    uint32_t line = parser->lexer.token.line;
    return enter(parser) && leave(parser, advance(parser) && parse_not_test(parser) &&
                                              make_node(parser, MN_NODE_NOT, 0, line, 1));
}

// operand (keyword operand)*: one AND or OR node for the whole run.
static bool parse_boolean_run(mn_parser_t *parser, mn_token_kind_t keyword, mn_node_kind_t kind,
                              bool (*operand)(mn_parser_t *)) {
    uint32_t line = parser->lexer.token.line;
    if (!operand(parser)) {
        return false;
    }
    size_t count = 1;
    while (current(parser) == keyword) {
        if (!advance(parser) || !operand(parser)) {
            return false;
        }
        count++;
    }
    return count == 1 || make_node(parser, kind, 0, line, count);
}

static bool parse_and_test(mn_parser_t *parser) {
    return parse_boolean_run(parser, MN_TOKEN_KW_AND, MN_NODE_AND, parse_not_test);
}

static bool parse_or_test(mn_parser_t *parser) {
    return parse_boolean_run(parser, MN_TOKEN_KW_OR, MN_NODE_OR, parse_and_test);
}

// ---- Lambda --------------------------------------------------------------------------------

// Parameters up to `closing` (':' for lambda): a PARAMETERS node. Annotations are for def.
static bool parse_parameters(mn_parser_t *parser, mn_token_kind_t closing) {
    uint32_t line = parser->lexer.token.line;
    size_t count = 0;
    bool default_seen = false;
    bool star_seen = false;
    while (current(parser) != closing) {
        uint32_t parameter_line = parser->lexer.token.line;
        unsigned kind = 0;
        if (current(parser) == MN_TOKEN_STAR || current(parser) == MN_TOKEN_DOUBLESTAR ||
            current(parser) == MN_TOKEN_SLASH) {
            kind = current(parser);
            if (!advance(parser)) {
                return false;
            }
        }
        bool named = current(parser) == MN_TOKEN_NAME;
        if (kind == MN_TOKEN_SLASH || (kind == MN_TOKEN_STAR && !named)) {
            if (!push(parser, MN_NULL)) {
                return false;
            }
        } else if (!named) {
            return syntax_error(parser, "invalid syntax");
        } else if (!parse_name(parser)) {
            return false;
        }
        star_seen = star_seen || kind == MN_TOKEN_STAR;
        bool has_default = kind == 0 && current(parser) == MN_TOKEN_EQUAL;
        if (has_default) {
            if (!advance(parser) || !parse_test(parser)) {
                return false;
            }
            default_seen = true;
        } else {
            if (kind == 0 && default_seen && !star_seen) {
                return syntax_error(parser, "non-default argument follows default argument");
            }
            if (!push(parser, MN_NULL)) {
                return false;
            }
        }
        if (!push(parser, MN_NULL) ||
            !make_node(parser, MN_NODE_PARAMETER, kind, parameter_line, 3)) {
            return false;
        }
        count++;
        if (current(parser) != MN_TOKEN_COMMA) {
            break;
        }
        if (!advance(parser)) {
            return false;
        }
    }
    return make_node(parser, MN_NODE_PARAMETERS, 0, line, count);
}

static bool parse_lambda(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    return advance(parser) && parse_parameters(parser, MN_TOKEN_COLON) &&
           expect(parser, MN_TOKEN_COLON) && parse_test(parser) &&
           make_node(parser, MN_NODE_LAMBDA, 0, line, 2);
}

// ---- Tests ---------------------------------------------------------------------------------

// test: or_test ['if' or_test 'else' test] | lambda
static bool parse_test(mn_parser_t *parser) {
    if (!enter(parser)) {
        return false;
    }
    if (current(parser) == MN_TOKEN_KW_LAMBDA) {
        return leave(parser, parse_lambda(parser));
    }
    uint32_t line = parser->lexer.token.line;
    bool ok = parse_or_test(parser);
    if (ok && current(parser) == MN_TOKEN_KW_IF) {
        ok = advance(parser) && parse_or_test(parser) && expect(parser, MN_TOKEN_KW_ELSE) &&
             parse_test(parser) && make_node(parser, MN_NODE_IF_ELSE, 0, line, 3);
    }
    return leave(parser, ok);
}

// namedexpr_test: NAME ':=' test | test
static bool parse_named_test(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    if (!parse_test(parser)) {
        return false;
    }
    if (current(parser) != MN_TOKEN_COLONEQUAL) {
        return true;
    }
    if (!is_name(*peek(parser, 0))) {
        return syntax_error(parser, "cannot use assignment expressions with this expression");
    }
    return advance(parser) && parse_test(parser) && make_node(parser, MN_NODE_NAMED, 0, line, 2);
}

// Expressions separated by commas, a trailing comma allowed: one value, or a TUPLE when
// there is a comma. A lone *x is left for the statement parser to judge when
// `lone_star_allowed` (as an assignment target it has a message of its own).
static bool parse_test_list_or_lone_star(mn_parser_t *parser, bool allow_star,
                                         bool lone_star_allowed) {
    uint32_t line = parser->lexer.token.line;
    if (!parse_element(parser, allow_star)) {
        return false;
    }
    size_t count = 1;
    bool tuple = false;
    while (current(parser) == MN_TOKEN_COMMA) {
        tuple = true;
        if (!advance(parser)) {
            return false;
        }
        mn_token_kind_t kind = current(parser);
        if (kind == MN_TOKEN_NEWLINE || kind == MN_TOKEN_ENDMARKER || kind == MN_TOKEN_RPAR ||
            kind == MN_TOKEN_EQUAL || kind == MN_TOKEN_COLON || kind == MN_TOKEN_SEMI) {
            break;
        }
        if (!parse_element(parser, allow_star)) {
            return false;
        }
        count++;
    }
    if (!tuple && !lone_star_allowed && top_is_kind(parser, MN_NODE_STARRED)) {
        return syntax_error(parser, "can't use starred expression here");
    }
    return !tuple || make_node(parser, MN_NODE_TUPLE, 0, line, count);
}

static bool parse_test_list(mn_parser_t *parser, bool allow_star) {
    return parse_test_list_or_lone_star(parser, allow_star, false);
}

// ---- Comprehensions ------------------------------------------------------------------------

// The target of a comprehension's for: or-expressions (or *starred) separated by commas.
static bool parse_target_list(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    size_t count = 0;
    bool tuple = false;
    for (;;) {
        bool ok = current(parser) == MN_TOKEN_STAR
                      ? advance(parser) && parse_binary(parser, 1) &&
                            make_node(parser, MN_NODE_STARRED, 0, line, 1)
                      : parse_binary(parser, 1);
        if (!ok) {
            return false;
        }
        count++;
        if (current(parser) != MN_TOKEN_COMMA) {
            break;
        }
        tuple = true;
        if (!advance(parser)) {
            return false;
        }
        if (current(parser) == MN_TOKEN_KW_IN) {
            break;
        }
    }
    return !tuple || make_node(parser, MN_NODE_TUPLE, 0, line, count);
}

// The clauses after a comprehension's element(s), which are on the stack: the node.
static bool parse_comprehension(mn_parser_t *parser, mn_node_kind_t kind, uint32_t line,
                                size_t element_count) {
    size_t count = element_count;
    while (current(parser) == MN_TOKEN_KW_FOR || current(parser) == MN_TOKEN_KW_IF) {
        uint32_t clause_line = parser->lexer.token.line;
        bool ok;
        if (current(parser) == MN_TOKEN_KW_FOR) {
            ok = advance(parser) && parse_target_list(parser) && expect(parser, MN_TOKEN_KW_IN) &&
                 parse_or_test(parser) && make_node(parser, MN_NODE_COMP_FOR, 0, clause_line, 2);
        } else {
            ok = advance(parser) && parse_or_test(parser) &&
                 make_node(parser, MN_NODE_COMP_IF, 0, clause_line, 1);
        }
        if (!ok) {
            return false;
        }
        count++;
    }
    return make_node(parser, kind, 0, line, count);
}

// ---- Entry points --------------------------------------------------------------------------

bool mn_parser_init(mn_parser_t *parser, mn_runtime_t *runtime, const mn_value_t *source) {
    memset(parser, 0, sizeof *parser);
    parser->runtime = runtime;
    parser->source = source;
    const mn_str_t *text = source_str(parser);
    mn_lexer_init(&parser->lexer, text->bytes, mn_str_length(text));
    return advance(parser);
}

mn_value_t mn_parse_eval_input(mn_parser_t *parser) {
    while (current(parser) == MN_TOKEN_NEWLINE) {
        if (!advance(parser)) {
            return MN_EXCEPTION;
        }
    }
    if (!parse_test_list(parser, true)) {
        mn_parser_release(parser);
        return MN_EXCEPTION;
    }
    while (current(parser) == MN_TOKEN_NEWLINE) {
        if (!advance(parser)) {
            mn_parser_release(parser);
            return MN_EXCEPTION;
        }
    }
    if (current(parser) != MN_TOKEN_ENDMARKER) {
        syntax_error(parser, "invalid syntax");
        mn_parser_release(parser);
        return MN_EXCEPTION;
    }
    return pop(parser);
}

void mn_parser_release(mn_parser_t *parser) {
    drop(parser, parser->pushed);
}

// ---- Targets -------------------------------------------------------------------------------

// What CPython calls an expression in "cannot assign to ..." messages.
static const char *expression_name(mn_value_t value) {
    if (value == MN_NONE) {
        return "None";
    }
    if (value == MN_TRUE) {
        return "True";
    }
    if (value == MN_FALSE) {
        return "False";
    }
    if (value == MN_ELLIPSIS) {
        return "ellipsis";
    }
    if (is_name(value)) {
        return "name";
    }
    if (!mn_is_node(value)) {
        return "literal";
    }
    switch (mn_node_kind(value)) {
    case MN_NODE_STR:
    case MN_NODE_BYTES:
    case MN_NODE_NUMBER:
        return "literal";
    case MN_NODE_FSTRING:
        return "f-string expression";
    case MN_NODE_TUPLE:
        return "tuple";
    case MN_NODE_LIST:
        return "list";
    case MN_NODE_SET:
        return "set display";
    case MN_NODE_DICT:
        return "dict literal";
    case MN_NODE_STARRED:
        return "starred";
    case MN_NODE_LISTCOMP:
        return "list comprehension";
    case MN_NODE_SETCOMP:
        return "set comprehension";
    case MN_NODE_DICTCOMP:
        return "dict comprehension";
    case MN_NODE_GENEXP:
        return "generator expression";
    case MN_NODE_COMPARE:
        return "comparison";
    case MN_NODE_IF_ELSE:
        return "conditional expression";
    case MN_NODE_NAMED:
        return "named expression";
    case MN_NODE_LAMBDA:
        return "lambda";
    case MN_NODE_YIELD:
    case MN_NODE_YIELD_FROM:
        return "yield expression";
    case MN_NODE_ATTRIBUTE:
        return "attribute";
    case MN_NODE_SUBSCRIPT:
        return "subscript";
    case MN_NODE_CALL:
        return "function call";
    default:
        return "expression";
    }
}

typedef enum target_use {
    TARGET_ASSIGN,       // a = ..., for a in ..., with ... as a
    TARGET_ASSIGN_FIRST, // the only target of "a = value": CPython suggests '=='
    TARGET_AUGMENTED,    // a += ...
    TARGET_DELETE,       // del a
} target_use_t;

// Whether the expression is one the "Maybe you meant '=='" message applies to: an
// expression at the level of '|' that is not a display CPython excludes.
static bool suggests_comparison(mn_value_t value) {
    if (value == MN_NONE || value == MN_TRUE || value == MN_FALSE || !mn_is_node(value)) {
        return !(value == MN_NONE || value == MN_TRUE || value == MN_FALSE);
    }
    switch (mn_node_kind(value)) {
    case MN_NODE_TUPLE:
    case MN_NODE_LIST:
    case MN_NODE_GENEXP:
    case MN_NODE_COMPARE:
    case MN_NODE_NOT:
    case MN_NODE_AND:
    case MN_NODE_OR:
    case MN_NODE_IF_ELSE:
    case MN_NODE_LAMBDA:
    case MN_NODE_NAMED:
        return false;
    default:
        return true;
    }
}

// Checks that `value` can be assigned to (or deleted); raises CPython's SyntaxError if not.
static bool check_target(mn_parser_t *parser, mn_value_t value, target_use_t use, uint32_t line,
                         bool nested) {
    char message[128];
    if (is_name(value)) {
        return true;
    }
    mn_node_kind_t kind = mn_is_node(value) ? mn_node_kind(value) : MN_NODE_KIND_COUNT;
    if (kind == MN_NODE_ATTRIBUTE || kind == MN_NODE_SUBSCRIPT) {
        return true;
    }
    if (use == TARGET_AUGMENTED) {
        snprintf(message, sizeof message, "'%s' is an illegal expression for augmented assignment",
                 expression_name(value));
        return raise_at(parser, &mn_type_SyntaxError, line, message);
    }
    if (kind == MN_NODE_TUPLE || kind == MN_NODE_LIST) {
        bool starred = false;
        for (size_t i = 0; i < mn_node_child_count(value); i++) {
            mn_value_t element = mn_node_child(value, i);
            if (use != TARGET_DELETE && mn_is_node(element) &&
                mn_node_kind(element) == MN_NODE_STARRED) {
                if (starred) {
                    return raise_at(parser, &mn_type_SyntaxError, line,
                                    "multiple starred expressions in assignment");
                }
                starred = true;
                element = mn_node_child(element, 0);
            }
            if (!check_target(parser, element, use == TARGET_DELETE ? use : TARGET_ASSIGN, line,
                              true)) {
                return false;
            }
        }
        return true;
    }
    if (kind == MN_NODE_STARRED && use != TARGET_DELETE) {
        return raise_at(parser, &mn_type_SyntaxError, line,
                        nested ? "cannot assign to starred"
                               : "starred assignment target must be in a list or tuple");
    }
    if (use == TARGET_DELETE) {
        snprintf(message, sizeof message, "cannot delete %s", expression_name(value));
    } else if (kind == MN_NODE_YIELD || kind == MN_NODE_YIELD_FROM) {
        snprintf(message, sizeof message,
                 "cannot assign to yield expression here. Maybe you "
                 "meant '==' instead of '='?");
    } else if (use == TARGET_ASSIGN_FIRST && suggests_comparison(value)) {
        snprintf(message, sizeof message,
                 "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                 expression_name(value));
    } else {
        snprintf(message, sizeof message, "cannot assign to %s", expression_name(value));
    }
    return raise_at(parser, &mn_type_SyntaxError, line, message);
}

// ---- Simple statements ---------------------------------------------------------------------

// The right side of an assignment: a yield expression or an expression list (a lone *x is
// judged by the caller).
static bool parse_assigned_value(mn_parser_t *parser) {
    if (current(parser) != MN_TOKEN_KW_YIELD) {
        return parse_test_list_or_lone_star(parser, true, true);
    }
    uint32_t line = parser->lexer.token.line;
    if (!advance(parser)) {
        return false;
    }
    if (current(parser) == MN_TOKEN_KW_FROM) {
        return advance(parser) && parse_test(parser) &&
               make_node(parser, MN_NODE_YIELD_FROM, 0, line, 1);
    }
    mn_token_kind_t kind = current(parser);
    bool has_value = kind != MN_TOKEN_NEWLINE && kind != MN_TOKEN_SEMI &&
                     kind != MN_TOKEN_ENDMARKER && kind != MN_TOKEN_EQUAL && kind != MN_TOKEN_RPAR;
    return (has_value ? parse_test_list(parser, true) : push(parser, MN_NULL)) &&
           make_node(parser, MN_NODE_YIELD, 0, line, 1);
}

static bool is_augmented_operator(mn_token_kind_t kind) {
    switch (kind) {
    case MN_TOKEN_PLUSEQUAL:
    case MN_TOKEN_MINEQUAL:
    case MN_TOKEN_STAREQUAL:
    case MN_TOKEN_SLASHEQUAL:
    case MN_TOKEN_PERCENTEQUAL:
    case MN_TOKEN_AMPEREQUAL:
    case MN_TOKEN_VBAREQUAL:
    case MN_TOKEN_CIRCUMFLEXEQUAL:
    case MN_TOKEN_LEFTSHIFTEQUAL:
    case MN_TOKEN_RIGHTSHIFTEQUAL:
    case MN_TOKEN_DOUBLESTAREQUAL:
    case MN_TOKEN_DOUBLESLASHEQUAL:
    case MN_TOKEN_ATEQUAL:
        return true;
    default:
        return false;
    }
}

// An expression statement, an assignment (plain, augmented or annotated).
static bool parse_expression_statement(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    if (!parse_assigned_value(parser)) {
        return false;
    }
    mn_token_kind_t kind = current(parser);
    if (is_augmented_operator(kind)) {
        return check_target(parser, *peek(parser, 0), TARGET_AUGMENTED, line, false) &&
               advance(parser) && parse_assigned_value(parser) &&
               make_node(parser, MN_NODE_AUGMENTED_ASSIGN, kind, line, 2);
    }
    if (kind == MN_TOKEN_COLON) { // x: annotation [= value]
        mn_value_t target = *peek(parser, 0);
        if (!is_name(target) &&
            !(mn_is_node(target) && (mn_node_kind(target) == MN_NODE_ATTRIBUTE ||
                                     mn_node_kind(target) == MN_NODE_SUBSCRIPT))) {
            char message[96];
            snprintf(message, sizeof message, "only single target (not %s) can be annotated",
                     expression_name(target));
            return syntax_error(parser, message);
        }
        if (!advance(parser) || !parse_test(parser)) {
            return false;
        }
        bool has_value = current(parser) == MN_TOKEN_EQUAL;
        return (has_value ? advance(parser) && parse_assigned_value(parser)
                          : push(parser, MN_NULL)) &&
               make_node(parser, MN_NODE_ANNOTATED_ASSIGN, 0, line, 3);
    }
    if (kind != MN_TOKEN_EQUAL) {
        if (top_is_kind(parser, MN_NODE_STARRED)) {
            return syntax_error(parser, "can't use starred expression here");
        }
        return make_node(parser, MN_NODE_EXPRESSION_STATEMENT, 0, line, 1);
    }
    size_t count = 1;
    while (current(parser) == MN_TOKEN_EQUAL) {
        if (!advance(parser) || !parse_assigned_value(parser)) {
            return false;
        }
        count++;
    }
    if (top_is_kind(parser, MN_NODE_STARRED)) { // the value: x = *a
        return syntax_error(parser, "can't use starred expression here");
    }
    // Every value but the last is a target.
    for (size_t i = 1; i < count; i++) {
        mn_value_t target = *peek(parser, i);
        target_use_t use = count == 2 ? TARGET_ASSIGN_FIRST : TARGET_ASSIGN;
        if (mn_is_node(target) && mn_node_kind(target) == MN_NODE_YIELD && i < count - 1) {
            return raise_at(parser, &mn_type_SyntaxError, line,
                            "assignment to yield expression not possible");
        }
        if (!check_target(parser, target, use, line, false)) {
            return false;
        }
    }
    return make_node(parser, MN_NODE_ASSIGN, 0, line, count);
}

// A dotted name (a.b.c) as one interned str.
static bool parse_dotted_name(mn_parser_t *parser) {
    if (current(parser) != MN_TOKEN_NAME) {
        return syntax_error(parser, "invalid syntax");
    }
    size_t start = parser->lexer.token.offset;
    size_t length = parser->lexer.token.length;
    if (!advance(parser)) {
        return false;
    }
    if (current(parser) != MN_TOKEN_DOT) {
        return push_name(parser, start, length);
    }
    // The parts joined with dots ("a . b" with spaces is legal too).
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&parser->runtime->heap, &ref);
    mn_buffer_t buffer;
    bool ok = mn_buffer_init(parser->runtime, &buffer, slot, 16) &&
              mn_buffer_append_slice(parser->runtime, &buffer, parser->source, start, length);
    if (!ok) {
        mn_raise_memory_error(parser->runtime);
    }
    while (ok && current(parser) == MN_TOKEN_DOT) {
        ok = advance(parser);
        if (ok && current(parser) != MN_TOKEN_NAME) {
            ok = syntax_error(parser, "invalid syntax");
        }
        if (ok &&
            !(mn_buffer_append(parser->runtime, &buffer, ".", 1) &&
              mn_buffer_append_slice(parser->runtime, &buffer, parser->source,
                                     parser->lexer.token.offset, parser->lexer.token.length))) {
            ok = false;
            mn_raise_memory_error(parser->runtime);
        }
        ok = ok && advance(parser);
    }
    mn_value_t name = MN_NULL;
    if (ok) {
        mn_buffer_finish_str(parser->runtime, &buffer);
        name = mn_qstr_intern_str(parser->runtime, slot);
        if (name == MN_NULL) {
            ok = false;
            mn_raise_memory_error(parser->runtime);
        }
    }
    mn_root_pop(&parser->runtime->heap, &ref);
    return ok && push(parser, name);
}

// NAME or dotted name, then [as NAME]: an ALIAS node.
static bool parse_alias(mn_parser_t *parser, bool dotted) {
    uint32_t line = parser->lexer.token.line;
    bool ok = dotted ? parse_dotted_name(parser)
                     : (current(parser) == MN_TOKEN_NAME ? parse_name(parser)
                                                         : syntax_error(parser, "invalid syntax"));
    if (!ok) {
        return false;
    }
    if (current(parser) == MN_TOKEN_KW_AS) {
        if (!advance(parser)) {
            return false;
        }
        if (current(parser) != MN_TOKEN_NAME) {
            return syntax_error(parser, "invalid syntax");
        }
        ok = parse_name(parser);
    } else {
        ok = push(parser, MN_NULL);
    }
    return ok && make_node(parser, MN_NODE_ALIAS, 0, line, 2);
}

static bool parse_import(mn_parser_t *parser, uint32_t line) {
    size_t count = 0;
    do {
        if (count > 0 && !advance(parser)) {
            return false;
        }
        if (!parse_alias(parser, true)) {
            return false;
        }
        count++;
    } while (current(parser) == MN_TOKEN_COMMA);
    return make_node(parser, MN_NODE_IMPORT, 0, line, count);
}

static bool parse_import_from(mn_parser_t *parser, uint32_t line) {
    unsigned level = 0;
    while (current(parser) == MN_TOKEN_DOT || current(parser) == MN_TOKEN_ELLIPSIS) {
        level += current(parser) == MN_TOKEN_DOT ? 1 : 3;
        if (!advance(parser)) {
            return false;
        }
    }
    bool ok = current(parser) == MN_TOKEN_KW_IMPORT && level > 0 ? push(parser, MN_NULL)
                                                                 : parse_dotted_name(parser);
    if (!ok || !expect(parser, MN_TOKEN_KW_IMPORT)) {
        return false;
    }
    if (current(parser) == MN_TOKEN_STAR) {
        return advance(parser) && make_node(parser, MN_NODE_IMPORT_FROM, level, line, 1);
    }
    bool parenthesized = current(parser) == MN_TOKEN_LPAR;
    if (parenthesized && !advance(parser)) {
        return false;
    }
    size_t count = 0;
    for (;;) {
        if (!parse_alias(parser, false)) {
            return false;
        }
        count++;
        if (current(parser) != MN_TOKEN_COMMA) {
            break;
        }
        if (!advance(parser)) {
            return false;
        }
        if (parenthesized && current(parser) == MN_TOKEN_RPAR) {
            break;
        }
        if (!parenthesized && current(parser) == MN_TOKEN_NEWLINE) {
            return syntax_error(parser,
                                "trailing comma not allowed without surrounding parentheses");
        }
    }
    if (parenthesized && !expect(parser, MN_TOKEN_RPAR)) {
        return false;
    }
    return make_node(parser, MN_NODE_IMPORT_FROM, level, line, 1 + count);
}

// Names separated by commas (global, nonlocal).
static bool parse_name_list(mn_parser_t *parser, mn_node_kind_t kind, uint32_t line) {
    size_t count = 0;
    do {
        if (count > 0 && !advance(parser)) {
            return false;
        }
        if (current(parser) != MN_TOKEN_NAME) {
            return syntax_error(parser, "invalid syntax");
        }
        if (!parse_name(parser)) {
            return false;
        }
        count++;
    } while (current(parser) == MN_TOKEN_COMMA);
    return make_node(parser, kind, 0, line, count);
}

static bool at_statement_end(const mn_parser_t *parser) {
    mn_token_kind_t kind = current(parser);
    return kind == MN_TOKEN_NEWLINE || kind == MN_TOKEN_SEMI || kind == MN_TOKEN_ENDMARKER;
}

static bool parse_simple_statement(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    mn_token_kind_t kind = current(parser);
    switch (kind) {
    case MN_TOKEN_KW_PASS:
    case MN_TOKEN_KW_BREAK:
    case MN_TOKEN_KW_CONTINUE:
        return advance(parser) && make_node(parser,
                                            kind == MN_TOKEN_KW_PASS    ? MN_NODE_PASS
                                            : kind == MN_TOKEN_KW_BREAK ? MN_NODE_BREAK
                                                                        : MN_NODE_CONTINUE,
                                            0, line, 0);
    case MN_TOKEN_KW_RETURN:
        if (!advance(parser)) {
            return false;
        }
        return (at_statement_end(parser) ? push(parser, MN_NULL) : parse_test_list(parser, true)) &&
               make_node(parser, MN_NODE_RETURN, 0, line, 1);
    case MN_TOKEN_KW_RAISE: {
        if (!advance(parser)) {
            return false;
        }
        if (at_statement_end(parser)) {
            return push(parser, MN_NULL) && push(parser, MN_NULL) &&
                   make_node(parser, MN_NODE_RAISE, 0, line, 2);
        }
        if (!parse_test(parser)) {
            return false;
        }
        bool has_cause = current(parser) == MN_TOKEN_KW_FROM;
        return (has_cause ? advance(parser) && parse_test(parser) : push(parser, MN_NULL)) &&
               make_node(parser, MN_NODE_RAISE, 0, line, 2);
    }
    case MN_TOKEN_KW_GLOBAL:
    case MN_TOKEN_KW_NONLOCAL:
        return advance(parser) &&
               parse_name_list(
                   parser, kind == MN_TOKEN_KW_GLOBAL ? MN_NODE_GLOBAL : MN_NODE_NONLOCAL, line);
    case MN_TOKEN_KW_DEL: {
        if (!advance(parser)) {
            return false;
        }
        size_t count = 0;
        do {
            if (count > 0 && (!advance(parser) || at_statement_end(parser))) {
                break;
            }
            if (!parse_binary(parser, 1)) {
                return false;
            }
            if (!check_target(parser, *peek(parser, 0), TARGET_DELETE, line, false)) {
                return false;
            }
            count++;
        } while (current(parser) == MN_TOKEN_COMMA);
        return make_node(parser, MN_NODE_DELETE, 0, line, count);
    }
    case MN_TOKEN_KW_ASSERT: {
        if (!advance(parser) || !parse_test(parser)) {
            return false;
        }
        bool has_message = current(parser) == MN_TOKEN_COMMA;
        return (has_message ? advance(parser) && parse_test(parser) : push(parser, MN_NULL)) &&
               make_node(parser, MN_NODE_ASSERT, 0, line, 2);
    }
    case MN_TOKEN_KW_IMPORT:
        return advance(parser) && parse_import(parser, line);
    case MN_TOKEN_KW_FROM:
        return advance(parser) && parse_import_from(parser, line);
    default:
        return parse_expression_statement(parser);
    }
}

// ---- Compound statement headers ------------------------------------------------------------

static bool parse_header(mn_parser_t *parser) {
    uint32_t line = parser->lexer.token.line;
    mn_token_kind_t kind = current(parser);
    if (!advance(parser)) {
        return false;
    }
    bool ok;
    switch (kind) {
    case MN_TOKEN_KW_IF:
    case MN_TOKEN_KW_ELIF:
    case MN_TOKEN_KW_WHILE:
        ok = parse_named_test(parser) && make_node(parser,
                                                   kind == MN_TOKEN_KW_IF     ? MN_NODE_IF
                                                   : kind == MN_TOKEN_KW_ELIF ? MN_NODE_ELIF
                                                                              : MN_NODE_WHILE,
                                                   0, line, 1);
        break;
    case MN_TOKEN_KW_ELSE:
    case MN_TOKEN_KW_TRY:
    case MN_TOKEN_KW_FINALLY:
        ok = make_node(parser,
                       kind == MN_TOKEN_KW_ELSE  ? MN_NODE_ELSE
                       : kind == MN_TOKEN_KW_TRY ? MN_NODE_TRY
                                                 : MN_NODE_FINALLY,
                       0, line, 0);
        break;
    case MN_TOKEN_KW_FOR:
        ok = parse_target_list(parser) &&
             check_target(parser, *peek(parser, 0), TARGET_ASSIGN, line, false) &&
             expect(parser, MN_TOKEN_KW_IN) && parse_test_list(parser, true) &&
             make_node(parser, MN_NODE_FOR, 0, line, 2);
        break;
    case MN_TOKEN_KW_EXCEPT:
        if (current(parser) == MN_TOKEN_COLON) {
            ok = push(parser, MN_NULL) && push(parser, MN_NULL);
        } else {
            ok = parse_test(parser);
            if (ok && current(parser) == MN_TOKEN_KW_AS) {
                ok = advance(parser) &&
                     (current(parser) == MN_TOKEN_NAME ? parse_name(parser)
                                                       : syntax_error(parser, "invalid syntax"));
            } else if (ok) {
                ok = push(parser, MN_NULL);
            }
        }
        ok = ok && make_node(parser, MN_NODE_EXCEPT, 0, line, 2);
        break;
    case MN_TOKEN_KW_WITH: {
        size_t count = 0;
        ok = true;
        do {
            if (count > 0 && !advance(parser)) {
                return false;
            }
            ok = parse_test(parser);
            if (ok && current(parser) == MN_TOKEN_KW_AS) {
                ok = advance(parser) && parse_binary(parser, 1) &&
                     check_target(parser, *peek(parser, 0), TARGET_ASSIGN, line, false);
            } else if (ok) {
                ok = push(parser, MN_NULL);
            }
            count += 2;
        } while (ok && current(parser) == MN_TOKEN_COMMA);
        ok = ok && make_node(parser, MN_NODE_WITH, 0, line, count);
        break;
    }
    case MN_TOKEN_KW_DEF: {
        if (current(parser) != MN_TOKEN_NAME) {
            return syntax_error(parser, "invalid syntax");
        }
        ok = parse_name(parser) && expect(parser, MN_TOKEN_LPAR) &&
             parse_parameters(parser, MN_TOKEN_RPAR) && expect(parser, MN_TOKEN_RPAR);
        if (ok && current(parser) == MN_TOKEN_RARROW) {
            ok = advance(parser) && parse_test(parser);
        } else if (ok) {
            ok = push(parser, MN_NULL);
        }
        ok = ok && make_node(parser, MN_NODE_DEF, 0, line, 3);
        break;
    }
    case MN_TOKEN_KW_CLASS: {
        if (current(parser) != MN_TOKEN_NAME) {
            return syntax_error(parser, "invalid syntax");
        }
        size_t arguments = 0;
        ok = parse_name(parser);
        if (ok && current(parser) == MN_TOKEN_LPAR) { // the bases: a call's arguments
            ok = advance(parser) && parse_arguments(parser, line, &arguments);
        }
        ok = ok && make_node(parser, MN_NODE_CLASS, 0, line, 1 + arguments);
        break;
    }
    default:
        return syntax_error(parser, "invalid syntax");
    }
    return ok && expect(parser, MN_TOKEN_COLON);
}

// ---- Statements ----------------------------------------------------------------------------

static bool is_compound_keyword(mn_token_kind_t kind) {
    switch (kind) {
    case MN_TOKEN_KW_IF:
    case MN_TOKEN_KW_ELIF:
    case MN_TOKEN_KW_ELSE:
    case MN_TOKEN_KW_WHILE:
    case MN_TOKEN_KW_FOR:
    case MN_TOKEN_KW_TRY:
    case MN_TOKEN_KW_EXCEPT:
    case MN_TOKEN_KW_FINALLY:
    case MN_TOKEN_KW_WITH:
    case MN_TOKEN_KW_DEF:
    case MN_TOKEN_KW_CLASS:
        return true;
    default:
        return false;
    }
}

// A simple statement and what ends it: ';', NEWLINE or the end of the input.
static bool parse_simple_statement_line(mn_parser_t *parser) {
    if (!parse_simple_statement(parser)) {
        return false;
    }
    if (current(parser) == MN_TOKEN_SEMI) {
        if (!advance(parser)) {
            return false;
        }
        if (current(parser) != MN_TOKEN_NEWLINE) {
            return true; // another statement follows on the line
        }
    }
    if (current(parser) == MN_TOKEN_NEWLINE) {
        parser->line_ended = true;
        return advance(parser);
    }
    if (current(parser) == MN_TOKEN_ENDMARKER) {
        parser->line_ended = true;
        return true;
    }
    return syntax_error(parser, "invalid syntax");
}

mn_value_t mn_parse_statement(mn_parser_t *parser) {
    parser->line_ended = false;
    for (;;) {
        switch (current(parser)) {
        case MN_TOKEN_DEDENT:
            return advance(parser) ? MN_NULL : MN_EXCEPTION;
        case MN_TOKEN_ENDMARKER:
            return MN_NULL;
        case MN_TOKEN_INDENT:
            raise_at(parser, &mn_type_IndentationError, parser->lexer.token.line,
                     "unexpected indent");
            return MN_EXCEPTION;
        case MN_TOKEN_NEWLINE:
            if (!advance(parser)) {
                return MN_EXCEPTION;
            }
            continue;
        default:
            break;
        }
        break;
    }
    bool ok;
    if (current(parser) == MN_TOKEN_AT) {
        uint32_t line = parser->lexer.token.line;
        ok = advance(parser) && parse_named_test(parser) &&
             make_node(parser, MN_NODE_DECORATOR, 0, line, 1) && expect(parser, MN_TOKEN_NEWLINE);
        parser->line_ended = true;
    } else if (is_compound_keyword(current(parser))) {
        ok = parse_header(parser);
    } else {
        ok = parse_simple_statement_line(parser);
    }
    if (!ok) {
        mn_parser_release(parser);
        return MN_EXCEPTION;
    }
    return pop(parser);
}

bool mn_parse_block_start(mn_parser_t *parser, const char *header, uint32_t header_line,
                          bool *indented) {
    *indented = current(parser) == MN_TOKEN_NEWLINE;
    if (!*indented) {
        return !is_compound_keyword(current(parser)) || syntax_error(parser, "invalid syntax");
    }
    if (!advance(parser)) {
        return false;
    }
    if (current(parser) != MN_TOKEN_INDENT) {
        char message[128];
        snprintf(message, sizeof message, "expected an indented block after %s on line %u", header,
                 (unsigned)header_line);
        return raise_at(parser, &mn_type_IndentationError, parser->lexer.token.line, message);
    }
    return advance(parser);
}
