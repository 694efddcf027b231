// Syntax trees: what the parser makes of one statement, and what the compiler reads.
//
// A node is a heap block [header][kind | op << 8][line][child...]; the two words after the
// header are small ints and the children are values, so every word is a value for the
// collector. A tree lives only while its statement is compiled (docs/interpreter.md).
//
// A child that is an expression is one of:
//   - a node;
//   - an interned str: a name (string constants are MN_NODE_STR nodes, never bare strs);
//   - a small int, None, True, False or Ellipsis: that constant;
//   - MN_NULL where an optional part is missing (a slice bound, a default).
#ifndef MN_COMPILE_AST_H
#define MN_COMPILE_AST_H

#include "obj/object.h"
#include "obj/op.h"

typedef enum mn_node_kind {
    // Constants that are not immediates.
    MN_NODE_STR = 1,   // (str)
    MN_NODE_BYTES,     // (str block holding the bytes)
    MN_NODE_NUMBER,    // (digits without underscores or prefix: str); op: mn_number_kind_t,
                       // 2/8/10/16 << 4 its base. Ints beyond small ints, floats, imaginaries:
                       // the compiler makes the objects.
    MN_NODE_FSTRING,   // (part...): STR text and FORMATTED fields
    MN_NODE_FORMATTED, // (expression, spec: FSTRING or MN_NULL); op: conversion 0/'r'/'s'/'a'
    // Displays.
    MN_NODE_TUPLE,   // (element...)
    MN_NODE_LIST,    // (element...)
    MN_NODE_SET,     // (element...)
    MN_NODE_DICT,    // (key, value, ...); a MN_NULL key: the value is a **mapping
    MN_NODE_STARRED, // (expression): *x in a display, a call or a target
    // Comprehensions: (element, clause...), each clause a COMP_FOR or a COMP_IF.
    MN_NODE_LISTCOMP,
    MN_NODE_SETCOMP,
    MN_NODE_GENEXP,
    MN_NODE_DICTCOMP, // (key, value, clause...)
    MN_NODE_COMP_FOR, // (target, iterable)
    MN_NODE_COMP_IF,  // (condition)
    // Operations; op is the operator's token kind (compile/lexer.h).
    MN_NODE_BINARY,     // (left, right)
    MN_NODE_UNARY,      // (operand); op MINUS, PLUS or TILDE
    MN_NODE_NOT,        // (operand)
    MN_NODE_AND,        // (operand, operand, ...)
    MN_NODE_OR,         // (operand, operand, ...)
    MN_NODE_COMPARE,    // (left, comparison: small int mn_compare_t, right, ...)
    MN_NODE_IF_ELSE,    // (then, condition, else): the source order
    MN_NODE_NAMED,      // (name, value): name := value
    MN_NODE_LAMBDA,     // (parameters, body)
    MN_NODE_YIELD,      // (value or MN_NULL)
    MN_NODE_YIELD_FROM, // (value)
    // Access.
    MN_NODE_ATTRIBUTE,  // (object, name)
    MN_NODE_SUBSCRIPT,  // (object, index)
    MN_NODE_SLICE,      // (start, stop, step), each may be MN_NULL
    MN_NODE_CALL,       // (function, argument...): expressions, STARRED, KEYWORD, DOUBLESTAR
    MN_NODE_KEYWORD,    // (name, value)
    MN_NODE_DOUBLESTAR, // (mapping): **mapping in a call
    // Parameters of def and lambda.
    MN_NODE_PARAMETERS, // (parameter...)
    MN_NODE_PARAMETER,  // (name or MN_NULL, default or MN_NULL, annotation or MN_NULL); op:
                        // 0 plain, STAR *args (a bare * has no name), DOUBLESTAR **kwargs,
                        // SLASH the / marker

    // Simple statements.
    MN_NODE_EXPRESSION_STATEMENT, // (expression)
    MN_NODE_ASSIGN,               // (target, target..., value): t1 = t2 = value
    MN_NODE_AUGMENTED_ASSIGN,     // (target, value); op: the operator's token (PLUSEQUAL...)
    MN_NODE_ANNOTATED_ASSIGN,     // (target, annotation, value or MN_NULL)
    MN_NODE_PASS,                 // ()
    MN_NODE_BREAK,                // ()
    MN_NODE_CONTINUE,             // ()
    MN_NODE_RETURN,               // (value or MN_NULL)
    MN_NODE_RAISE,                // (exception or MN_NULL, cause or MN_NULL)
    MN_NODE_GLOBAL,               // (name...)
    MN_NODE_NONLOCAL,             // (name...)
    MN_NODE_DELETE,               // (target...)
    MN_NODE_ASSERT,               // (condition, message or MN_NULL)
    MN_NODE_IMPORT,               // (alias...)
    MN_NODE_IMPORT_FROM,          // (module or MN_NULL, alias...); op: the level (dots);
                                  // no alias: from m import *
    MN_NODE_ALIAS,                // (dotted name: interned str, as-name or MN_NULL)
    // Compound statements: the header, up to and including the ':'. The body follows
    // (mn_parse_block_start).
    MN_NODE_IF,        // (condition)
    MN_NODE_ELIF,      // (condition)
    MN_NODE_ELSE,      // ()
    MN_NODE_WHILE,     // (condition)
    MN_NODE_FOR,       // (target, iterable)
    MN_NODE_TRY,       // ()
    MN_NODE_EXCEPT,    // (type or MN_NULL, name or MN_NULL)
    MN_NODE_FINALLY,   // ()
    MN_NODE_WITH,      // (context, target or MN_NULL, ...)
    MN_NODE_DEF,       // (name, parameters, return annotation or MN_NULL)
    MN_NODE_CLASS,     // (name, argument...): the bases and keywords, as a call's
    MN_NODE_DECORATOR, // (expression): @expression, a line before a def or class
    MN_NODE_KIND_COUNT
} mn_node_kind_t;

// A comparison's operator in MN_NODE_COMPARE: the rich comparisons as obj/op.h numbers
// them (mn_compare_op_t), then the tests that are not rich comparisons.
typedef enum mn_comparison {
    MN_COMPARISON_IN = MN_COMPARE_GREATER_EQUAL + 1,
    MN_COMPARISON_NOT_IN,
    MN_COMPARISON_IS,
    MN_COMPARISON_IS_NOT,
} mn_comparison_t;

#define MN_NODE_HEADER_WORDS 3 // header, kind | op << 8, line

static inline bool mn_is_node(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_NODE);
}
static inline mn_node_kind_t mn_node_kind(mn_value_t node) {
    return (mn_node_kind_t)(mn_small_int_value(((const mn_value_t *)mn_object(node))[1]) & 0xff);
}
static inline unsigned mn_node_op(mn_value_t node) {
    return (unsigned)(mn_small_int_value(((const mn_value_t *)mn_object(node))[1]) >> 8);
}
static inline uint32_t mn_node_line(mn_value_t node) {
    return (uint32_t)mn_small_int_value(((const mn_value_t *)mn_object(node))[2]);
}
static inline size_t mn_node_child_count(mn_value_t node) {
    return mn_block_words(mn_object(node)) - MN_NODE_HEADER_WORDS;
}
static inline mn_value_t mn_node_child(mn_value_t node, size_t index) {
    return ((const mn_value_t *)mn_object(node))[MN_NODE_HEADER_WORDS + index];
}

#endif
