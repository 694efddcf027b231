// The parser: tokens in, syntax trees (compile/ast.h) out.
//
// Recursive descent with a bounded depth (MN_PARSE_MAX_DEPTH; deeper input raises
// MemoryError, as CPython's parser does, never a C stack overflow). Partial results
// wait on the reserved top of the arena (the VM stack), so they are roots while the parser
// allocates; nothing is held in a C local across an allocation. Errors are raised as Python
// exceptions with CPython's messages (SyntaxError and its subclasses); parser->error_line
// says where.
#ifndef MN_COMPILE_PARSE_H
#define MN_COMPILE_PARSE_H

#include "compile/ast.h"
#include "compile/lexer.h"
#include "obj/runtime.h"

// Nested parse functions at most: each bracket level of an expression takes four, so the
// default parses the 200 nested brackets the lexer allows. A board with a small C stack
// sets less.
#ifndef MN_PARSE_MAX_DEPTH
#define MN_PARSE_MAX_DEPTH 1000
#endif

typedef struct mn_parser {
    mn_runtime_t *runtime;
    const mn_value_t *source; // rooted slot holding the source str
    mn_lexer_t lexer;         // lexer.token is the current token
    unsigned depth;           // parse functions now running, for the depth bound
    size_t pushed;            // values this parser holds on the reserved top
    uint32_t error_line;      // where the last error was found
    bool line_ended;          // the last simple statement consumed its NEWLINE
} mn_parser_t;

// Starts parsing the str in *source (rooted; in the heap or ROM) and reads the first token.
// Returns false with an exception raised on a lexical error. may trigger a gc
MN_MUST_CHECK bool mn_parser_init(mn_parser_t *parser, mn_runtime_t *runtime,
                                  const mn_value_t *source);

// Parses what eval() takes: an expression list, then the end of the input. Returns the tree
// (unrooted: root it before allocating), or MN_EXCEPTION. may trigger a gc
MN_MUST_CHECK mn_value_t mn_parse_eval_input(mn_parser_t *parser);

// Parses the next statement: a simple statement (one per call: "a; b" gives two), or the
// header of a compound statement up to its ':'. Returns the tree (unrooted), MN_NULL at a
// block's end (a DEDENT, consumed) or the end of the input, or MN_EXCEPTION.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_parse_statement(mn_parser_t *parser);

// After a compound statement's header: true with *indented set when its body is an indented
// block (NEWLINE and INDENT consumed: its statements follow, ended by the MN_NULL of
// mn_parse_statement), or clear when the body is the simple statements on the same line
// (ended when mn_parser_line_ended). `header` names the statement for the error message
// ("'if' statement on line N"). no allocation is done, but may raise
MN_MUST_CHECK bool mn_parse_block_start(mn_parser_t *parser, const char *header,
                                        uint32_t header_line, bool *indented);

// Whether the last simple statement ended its line (its NEWLINE was consumed).
static inline bool mn_parser_line_ended(const mn_parser_t *parser) {
    return parser->line_ended;
}

// Gives back what the parser holds on the reserved top (after an error). no allocation is done
void mn_parser_release(mn_parser_t *parser);

#endif
