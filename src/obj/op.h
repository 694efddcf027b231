// The operators, as the compiler emits them and the VM dispatches them to the types.
//
// Binary operators are numbered as CPython 3.11 numbers the argument of BINARY_OP (NB_ADD
// .. NB_INPLACE_XOR), so that a listing of Minnow bytecode reads like `dis` output; each
// in-place form is its plain operator plus MN_BINARY_INPLACE. Comparisons are numbered as
// CPython's rich comparisons (Py_LT .. Py_GE, the argument of COMPARE_OP).
#ifndef MN_OBJ_OP_H
#define MN_OBJ_OP_H

#include <stdbool.h>

typedef enum mn_binary_op {
    MN_BINARY_ADD,             // +
    MN_BINARY_AND,             // &
    MN_BINARY_FLOOR_DIVIDE,    // //
    MN_BINARY_LSHIFT,          // <<
    MN_BINARY_MATRIX_MULTIPLY, // @
    MN_BINARY_MULTIPLY,        // *
    MN_BINARY_REMAINDER,       // %
    MN_BINARY_OR,              // |
    MN_BINARY_POWER,           // **
    MN_BINARY_RSHIFT,          // >>
    MN_BINARY_SUBTRACT,        // -
    MN_BINARY_TRUE_DIVIDE,     // /
    MN_BINARY_XOR,             // ^
    MN_BINARY_INPLACE_ADD,     // +=, and so on in the same order
    MN_BINARY_INPLACE_AND,
    MN_BINARY_INPLACE_FLOOR_DIVIDE,
    MN_BINARY_INPLACE_LSHIFT,
    MN_BINARY_INPLACE_MATRIX_MULTIPLY,
    MN_BINARY_INPLACE_MULTIPLY,
    MN_BINARY_INPLACE_REMAINDER,
    MN_BINARY_INPLACE_OR,
    MN_BINARY_INPLACE_POWER,
    MN_BINARY_INPLACE_RSHIFT,
    MN_BINARY_INPLACE_SUBTRACT,
    MN_BINARY_INPLACE_TRUE_DIVIDE,
    MN_BINARY_INPLACE_XOR,
    MN_BINARY_OP_COUNT
} mn_binary_op_t;

#define MN_BINARY_INPLACE MN_BINARY_INPLACE_ADD // in-place form = plain form + this

static inline bool mn_binary_op_is_inplace(mn_binary_op_t op) {
    return op >= MN_BINARY_INPLACE;
}

// The plain operator of an in-place one (immutable types treat both alike).
static inline mn_binary_op_t mn_binary_op_plain(mn_binary_op_t op) {
    return op >= MN_BINARY_INPLACE ? (mn_binary_op_t)(op - MN_BINARY_INPLACE) : op;
}

// "+", "+=", ... for messages ("unsupported operand type(s) for +: 'int' and 'str'").
static inline const char *mn_binary_op_symbol(mn_binary_op_t op) {
    static const char *const symbols[MN_BINARY_OP_COUNT] = {
        "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };
    return (unsigned)op < MN_BINARY_OP_COUNT ? symbols[op] : "?";
}

typedef enum mn_unary_op {
    MN_UNARY_NEGATIVE, // -x
    MN_UNARY_POSITIVE, // +x
    MN_UNARY_INVERT,   // ~x
    MN_UNARY_ABSOLUTE, // abs(x): no operator, but the same dispatch
} mn_unary_op_t;

typedef enum mn_compare_op {
    MN_COMPARE_LESS,          // <
    MN_COMPARE_LESS_EQUAL,    // <=
    MN_COMPARE_EQUAL,         // ==
    MN_COMPARE_NOT_EQUAL,     // !=
    MN_COMPARE_GREATER,       // >
    MN_COMPARE_GREATER_EQUAL, // >=
} mn_compare_op_t;

// Whether a three-way result (negative, zero or positive, as left is below, equal to or
// above right) satisfies the comparison.
static inline bool mn_compare_op_holds(mn_compare_op_t op, int order) {
    switch (op) {
    case MN_COMPARE_LESS:
        return order < 0;
    case MN_COMPARE_LESS_EQUAL:
        return order <= 0;
    case MN_COMPARE_EQUAL:
        return order == 0;
    case MN_COMPARE_NOT_EQUAL:
        return order != 0;
    case MN_COMPARE_GREATER:
        return order > 0;
    default:
        return order >= 0;
    }
}

// The comparison with its operands exchanged (a < b is b > a), for reflected methods.
static inline mn_compare_op_t mn_compare_op_swapped(mn_compare_op_t op) {
    static const mn_compare_op_t swapped[] = {
        MN_COMPARE_GREATER,   MN_COMPARE_GREATER_EQUAL, MN_COMPARE_EQUAL,
        MN_COMPARE_NOT_EQUAL, MN_COMPARE_LESS,          MN_COMPARE_LESS_EQUAL,
    };
    return swapped[op];
}

static inline const char *mn_compare_op_symbol(mn_compare_op_t op) {
    static const char *const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
    return symbols[op];
}

#endif
