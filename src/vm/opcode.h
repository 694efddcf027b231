// The bytecode: one-byte opcodes, each followed by its argument in one of three forms:
//   none
//   VAR    an unsigned LEB128 varint (7 bits a byte, low first)
//   JUMP   a signed 16-bit offset, little-endian, relative to the next instruction
// UNWIND_JUMP has a JUMP then a VAR (the number of blocks to leave). The compiler patches
// the opcode byte of name instructions once a function's locals are known, so
// LOAD_NAME / LOAD_FAST / LOAD_GLOBAL (and the STORE and DELETE triples) share a form.
#ifndef MN_VM_OPCODE_H
#define MN_VM_OPCODE_H

#include <stdint.h>

// X(name, form)
#define MN_OPCODES(X)                                                                              \
    X(NOP, NONE)                                                                                   \
    X(POP_TOP, NONE)                                                                               \
    X(DUP_TOP, NONE)                                                                               \
    X(DUP_TOP_TWO, NONE)                                                                           \
    X(ROT_TWO, NONE)                                                                               \
    X(ROT_THREE, NONE)                                                                             \
    X(ROT_FOUR, NONE)                                                                              \
    X(LOAD_NONE, NONE)                                                                             \
    X(LOAD_TRUE, NONE)                                                                             \
    X(LOAD_FALSE, NONE)                                                                            \
    X(LOAD_ELLIPSIS, NONE)                                                                         \
    X(LOAD_NULL, NONE)     /* pushes MN_NULL: no self for CALL_METHOD */                           \
    X(LOAD_SMALL_INT, VAR) /* zigzag-encoded */                                                    \
    X(LOAD_CONST, VAR)                                                                             \
    X(LOAD_NAME, VAR) /* names[n]: locals dict, globals, builtins */                               \
    X(STORE_NAME, VAR)                                                                             \
    X(DELETE_NAME, VAR)                                                                            \
    X(LOAD_FAST, VAR) /* local slot n */                                                           \
    X(STORE_FAST, VAR)                                                                             \
    X(DELETE_FAST, VAR)                                                                            \
    X(LOAD_GLOBAL, VAR) /* names[n]: globals, builtins */                                          \
    X(STORE_GLOBAL, VAR)                                                                           \
    X(DELETE_GLOBAL, VAR)                                                                          \
    X(LOAD_ATTR, VAR)  /* constants[n] is the name */                                              \
    X(STORE_ATTR, VAR) /* object = TOS, value = TOS1 */                                            \
    X(DELETE_ATTR, VAR)                                                                            \
    X(LOAD_METHOD, VAR) /* pushes function, self; or attribute, NULL */                            \
    X(BINARY_SUBSCR, NONE)                                                                         \
    X(STORE_SUBSCR, NONE) /* TOS1[TOS] = TOS2 */                                                   \
    X(DELETE_SUBSCR, NONE)                                                                         \
    X(BINARY_OP, VAR) /* mn_binary_op_t */                                                         \
    X(UNARY_OP, VAR)  /* mn_unary_op_t */                                                          \
    X(NOT, NONE)                                                                                   \
    X(COMPARE_OP, VAR) /* mn_compare_op_t, then in / not in / is / is not */                       \
    X(BUILD_TUPLE, VAR)                                                                            \
    X(BUILD_LIST, VAR)                                                                             \
    X(BUILD_MAP, VAR)    /* n key/value pairs */                                                   \
    X(BUILD_SET, VAR)    /* n << 1, or 1: the items of the list at TOS */                          \
    X(BUILD_SLICE, VAR)  /* 2 or 3 */                                                              \
    X(BUILD_STRING, VAR) /* joins n strs */                                                        \
    X(FORMAT_VALUE, VAR) /* conversion << 1 | has spec */                                          \
    X(LIST_APPEND, VAR)  /* appends TOS to the list n below it */                                  \
    X(LIST_EXTEND, VAR)                                                                            \
    X(LIST_TO_TUPLE, NONE)                                                                         \
    X(DICT_UPDATE, VAR) /* 1: {**TOS} into TOS1; 2: a call's keywords, no duplicates */            \
    X(UNPACK_SEQUENCE, VAR)                                                                        \
    X(UNPACK_EX, VAR) /* before | after << 8 */                                                    \
    X(GET_ITER, NONE)                                                                              \
    X(FOR_ITER, JUMP) /* at the end: pops the iterator and jumps */                                \
    X(JUMP, JUMP)                                                                                  \
    X(POP_JUMP_IF_FALSE, JUMP)                                                                     \
    X(POP_JUMP_IF_TRUE, JUMP)                                                                      \
    X(JUMP_IF_FALSE_OR_POP, JUMP)                                                                  \
    X(JUMP_IF_TRUE_OR_POP, JUMP)                                                                   \
    X(JUMP_IF_NOT_EXC_MATCH, JUMP) /* pops TOS (types) and TOS1 (exception) */                     \
    X(SETUP_EXCEPT, JUMP)                                                                          \
    X(SETUP_FINALLY, JUMP)                                                                         \
    X(POP_BLOCK, NONE)                                                                             \
    X(BEGIN_FINALLY, NONE) /* enters a finally body with nothing pending */                        \
    X(END_FINALLY, NONE)   /* leaves it: resumes what was pending */                               \
    X(POP_EXCEPT, NONE)    /* leaves an except body */                                             \
    X(UNWIND_JUMP, UNWIND) /* break / continue out of try blocks */                                \
    X(RERAISE, NONE)                                                                               \
    X(RAISE, VAR)         /* 0: re-raise, 1: exception, 2: exception from cause */                 \
    X(CALL, VAR)          /* count << 2 | keywords << 1 | method */                                \
    X(CALL_EX, VAR)       /* f(*args, **kwargs): 1 when the kwargs dict is on the stack */         \
    X(MAKE_FUNCTION, VAR) /* code constant << 1 | has defaults */                                  \
    X(BUILD_CLASS, VAR)   /* base count << 1 | has keywords... */                                  \
    X(RETURN_VALUE, NONE)                                                                          \
    X(IMPORT_NAME, VAR) /* constants[n]: the dotted name; TOS: fromlist, level */                  \
    X(IMPORT_FROM, VAR) /* constants[n]: the name */                                               \
    X(IMPORT_STAR, NONE)                                                                           \
    X(LOAD_ASSERTION_ERROR, NONE)                                                                  \
    X(PRINT_EXPR, NONE)

typedef enum mn_opcode {
#define MN_OPCODE_ENUM(name, form) MN_OP_##name,
    MN_OPCODES(MN_OPCODE_ENUM)
#undef MN_OPCODE_ENUM
        MN_OP_COUNT
} mn_opcode_t;

typedef enum mn_opcode_form {
    MN_FORM_NONE,
    MN_FORM_VAR,
    MN_FORM_JUMP,
    MN_FORM_UNWIND,
} mn_opcode_form_t;

extern const uint8_t mn_opcode_forms[MN_OP_COUNT];
extern const char *const mn_opcode_names[MN_OP_COUNT];

// The comparisons of COMPARE_OP beyond the rich ones (mn_compare_op_t is 0..5).
#define MN_COMPARE_OP_IN 6
#define MN_COMPARE_OP_NOT_IN 7
#define MN_COMPARE_OP_IS 8
#define MN_COMPARE_OP_IS_NOT 9

#endif
