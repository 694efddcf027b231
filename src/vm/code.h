// Code objects: what the compiler makes of a module, a function or a class body.
//
// [header][bytecode][constants][names][lines][name][filename][shape][sizes], every word a
// value. bytecode and lines are blocks of the str layout ([header][length][bytes]) tagged
// MN_TAG_RAW; constants and names are tuples. For a function, local slot n is names[n]
// (the parameters first); names that turned out global keep a slot that stays empty.
// The whole object moves with compaction: the VM keeps offsets, never pointers, across
// anything that may allocate (vm/vm.c).
#ifndef MN_VM_CODE_H
#define MN_VM_CODE_H

#include "obj/str.h"
#include "obj/tuple.h"

typedef enum mn_code_kind {
    MN_CODE_MODULE,   // names live in the globals dict
    MN_CODE_FUNCTION, // names are local slots or globals
    MN_CODE_CLASS,    // names live in the class namespace
} mn_code_kind_t;

typedef struct mn_code {
    mn_word_t header;
    mn_value_t bytecode;   // raw block: the instructions (vm/opcode.h)
    mn_value_t constants;  // tuple
    mn_value_t names;      // tuple of interned strs
    mn_value_t lines;      // raw block: (offset delta, zigzag line delta) varint pairs
    mn_value_t name;       // interned str: the function's name, "<module>"
    mn_value_t filename;   // str
    mn_value_t shape;      // small int: kind | MN_CODE_VARARGS / VARKEYWORDS | the parameter
                           // counts (positional, keyword-only, positional-only) << 4, 12, 20
    mn_value_t sizes;      // small int: operand stack words | block count << 16
    mn_value_t first_line; // small int
} mn_code_t;

// A function's parameters are its first local slots, in this order: the positional ones
// (positional-only first), the keyword-only ones, then *args and **kwargs when it has them.
// Each count is at most MN_CODE_MAX_PARAMETERS.
#define MN_CODE_VARARGS 4u     // a *args parameter
#define MN_CODE_VARKEYWORDS 8u // a **kwargs parameter
#define MN_CODE_MAX_PARAMETERS 255

static inline mn_code_kind_t mn_code_kind(const mn_code_t *code) {
    return (mn_code_kind_t)(mn_small_int_value(code->shape) & 3);
}
static inline unsigned mn_code_flags(const mn_code_t *code) {
    return (unsigned)(mn_small_int_value(code->shape) & 12);
}
// The positional parameters (positional-only ones included).
static inline size_t mn_code_parameter_count(const mn_code_t *code) {
    return (size_t)(mn_small_int_value(code->shape) >> 4) & 255;
}
static inline size_t mn_code_keyword_only_count(const mn_code_t *code) {
    return (size_t)(mn_small_int_value(code->shape) >> 12) & 255;
}
static inline size_t mn_code_positional_only_count(const mn_code_t *code) {
    return (size_t)(mn_small_int_value(code->shape) >> 20) & 255;
}
static inline size_t mn_code_stack_size(const mn_code_t *code) {
    return (size_t)(mn_small_int_value(code->sizes) & 0xffff);
}
static inline size_t mn_code_block_count(const mn_code_t *code) {
    return (size_t)(mn_small_int_value(code->sizes) >> 16);
}
static inline size_t mn_code_name_count(const mn_code_t *code) {
    return mn_tuple_length(mn_object(code->names));
}
// The instructions, valid until the next allocation. no allocation is done
static inline const uint8_t *mn_code_bytes(const mn_code_t *code) {
    return (const uint8_t *)((const mn_str_t *)mn_object(code->bytecode))->bytes;
}
static inline size_t mn_code_length(const mn_code_t *code) {
    return mn_str_length(mn_object(code->bytecode));
}

// The source line of the instruction at `offset`. no allocation is done
uint32_t mn_code_line(const mn_code_t *code, size_t offset);

// Reads a varint at *ip and advances it. no allocation is done
static inline size_t mn_code_read_var(const uint8_t **ip) {
    size_t value = 0;
    unsigned shift = 0;
    uint8_t byte;
    do {
        byte = *(*ip)++;
        value |= (size_t)(byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    return value;
}

// Reads a signed 16-bit jump offset at *ip and advances it. no allocation is done
static inline int mn_code_read_jump(const uint8_t **ip) {
    int offset = (int16_t)((*ip)[0] | (*ip)[1] << 8);
    *ip += 2;
    return offset;
}

#endif
