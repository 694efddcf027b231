// The compiler: statement trees (compile/ast.h) in, code objects (vm/code.h) out.
//
// One pass over the statements of each body, in order. Names in a function body are
// emitted as LOAD_NAME / STORE_NAME / DELETE_NAME with the name's index; when the body is
// done the compiler knows which names the function binds, and rewrites the opcode byte of
// each to the FAST (a local slot: the name's index) or GLOBAL form. Forward jumps are
// chained through their own offset fields until their target is known.
//
// Rooting: the compiler's buffers and lists live in slots on the reserved top of the arena
// (one group per scope, reserved and released in LIFO order between statements, when the
// parser holds nothing there); each tree being compiled is held in a GC reference and
// re-read after anything that may allocate.
#include "compile/compile.h"

#include <string.h>

#include "compile/literal.h"
#include "compile/parse.h"
#include "obj/buffer.h"
#include "obj/exception.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/qstr.h"
#include "obj/tuple.h"
#include "vm/code.h"
#include "vm/opcode.h"

// The rooted slots of a scope.
enum {
    SLOT_CODE,       // buffer: bytecode
    SLOT_LINES,      // buffer: the line table
    SLOT_FLAGS,      // buffer: one NAME_* byte per name
    SLOT_CONSTANTS,  // list
    SLOT_NAMES,      // list of interned strs
    SLOT_NAME,       // the code's name
    SLOT_ATTRIBUTES, // a class body: list of the attribute names its methods store on self;
                     // a method: the name of its first parameter (self); else MN_NULL
    SLOT_COUNT
};

// What a function body does with each name.
#define NAME_BOUND 1u  // assigned, deleted, imported, a def or class, a parameter
#define NAME_GLOBAL 2u // declared global
#define NAME_USED 4u   // read or written before any global declaration

#define NO_CHAIN ((size_t)0xffff) // end of a chain of jumps to patch

typedef struct loop {
    size_t continue_target;
    size_t break_chain; // jump sites to patch with the break target
    unsigned blocks;    // runtime blocks open when the loop started
    bool is_for;        // the iterator is on the stack
} loop_t;

typedef struct scope {
    struct scope *outer;
    mn_code_kind_t kind;
    mn_value_t *slots;
    mn_buffer_t code, lines, flags;
    int depth, max_depth;        // operand stack
    unsigned blocks, max_blocks; // runtime blocks (try statements, active handlers)
    loop_t loops[MN_COMPILE_MAX_BLOCKS];
    unsigned loop_count;
    uint32_t line;       // of the statement being compiled
    uint32_t table_line; // the line table's last entry
    size_t table_offset;
    uint32_t first_line;
    unsigned shape; // a function's MN_CODE_* flags and parameter counts (vm/code.h)
} scope_t;

typedef struct compiler {
    mn_runtime_t *runtime;
    mn_parser_t parser;
    const mn_value_t *filename;
    mn_compile_mode_t mode;
    scope_t *scope;
    mn_value_t *pending; // rooted: a statement read ahead, when has_pending
    mn_value_t *consts;  // rooted: list of the module's const() names and values, name then
                         // value, or MN_NULL before the first
    bool has_pending;
    unsigned nesting;          // def and class bodies being compiled
    unsigned expression_depth; // nested compile_expression calls (a C recursion)
    bool parse_failed;         // the parser raised: its exception stands, it is not asked again
} compiler_t;

#define MAX_NESTING 50 // nested def and class bodies
#define MAX_LAYOUT 64  // instance slots a class gets from its methods

#define CHILD(slot, i) mn_node_child(*(slot), (i))
#define COUNT(slot) mn_node_child_count(*(slot))

static bool compile_expression(compiler_t *c, mn_value_t node);
static bool compile_statement(compiler_t *c, const mn_value_t *statement);
static bool compile_body(compiler_t *c, const char *header, uint32_t line);
static bool store_target(compiler_t *c, mn_value_t target);

// ---- Errors -------------------------------------------------------------------------------

static bool syntax_error(compiler_t *c, uint32_t line, const char *message) {
    c->parser.error_line = line;
    (void)mn_raise(c->runtime, &mn_type_SyntaxError, "%s", message);
    return false;
}

static bool out_of_memory(compiler_t *c) {
    (void)mn_raise_memory_error(c->runtime);
    return false;
}

// ---- Emitting -----------------------------------------------------------------------------

static size_t here(const compiler_t *c) {
    return mn_buffer_length(&c->scope->code);
}

static void adjust(compiler_t *c, int effect) {
    scope_t *scope = c->scope;
    scope->depth += effect;
    if (scope->depth > scope->max_depth) {
        scope->max_depth = scope->depth;
    }
}

static bool append_var(compiler_t *c, mn_buffer_t *buffer, size_t value) {
    uint8_t bytes[2 * sizeof(size_t)];
    size_t length = 0;
    do {
        uint8_t byte = value & 0x7f;
        value >>= 7;
        bytes[length++] = byte | (value != 0 ? 0x80 : 0);
    } while (value != 0);
    return mn_buffer_append(c->runtime, buffer, (const char *)bytes, length) || out_of_memory(c);
}

// Records the current line for the instruction about to be emitted.
static bool mark_line(compiler_t *c) {
    scope_t *scope = c->scope;
    if (scope->line == scope->table_line) {
        return true;
    }
    intptr_t delta = (intptr_t)scope->line - (intptr_t)scope->table_line;
    size_t zigzag = delta < 0 ? ((size_t)(-delta) << 1) | 1 : (size_t)delta << 1;
    size_t offset = here(c);
    if (!append_var(c, &scope->lines, offset - scope->table_offset) ||
        !append_var(c, &scope->lines, zigzag)) {
        return false;
    }
    scope->table_line = scope->line;
    scope->table_offset = offset;
    return true;
}

// The words an instruction uses above its operands while it runs, before it leaves its
// results (vm/vm.c): the dict a call's DICT_UPDATE copies a mapping into. (Other
// instructions that hold a value while they allocate keep it in a GC reference.)
static int temporary_words(mn_opcode_t op) {
    return op == MN_OP_DICT_UPDATE ? 1 : 0;
}

static bool emit(compiler_t *c, mn_opcode_t op, int effect) {
    uint8_t byte = (uint8_t)op;
    int temporary = temporary_words(op);
    adjust(c, temporary);
    adjust(c, effect - temporary);
    return mark_line(c) && (mn_buffer_append(c->runtime, &c->scope->code, (const char *)&byte, 1) ||
                            out_of_memory(c));
}

static bool emit_var(compiler_t *c, mn_opcode_t op, size_t argument, int effect) {
    return emit(c, op, effect) && append_var(c, &c->scope->code, argument);
}

static void write_jump(compiler_t *c, size_t site, size_t value) {
    uint8_t *bytes = (uint8_t *)mn_buffer_bytes(&c->scope->code);
    bytes[site] = value & 0xff;
    bytes[site + 1] = (value >> 8) & 0xff;
}

static size_t read_jump(compiler_t *c, size_t site) {
    const uint8_t *bytes = (const uint8_t *)mn_buffer_bytes(&c->scope->code);
    return bytes[site] | (size_t)bytes[site + 1] << 8;
}

// Emits a forward jump whose target is not known yet, linked into *chain.
static bool emit_forward(compiler_t *c, mn_opcode_t op, int effect, size_t *chain) {
    if (!emit(c, op, effect)) {
        return false;
    }
    size_t site = here(c);
    if (site > 0x7ff0) {
        return syntax_error(c, c->scope->line, "function too long to compile");
    }
    char placeholder[2] = {0, 0};
    if (!mn_buffer_append(c->runtime, &c->scope->code, placeholder, 2)) {
        return out_of_memory(c);
    }
    write_jump(c, site, *chain);
    *chain = site;
    return true;
}

// Points every jump of the chain at `target`.
static void patch_chain(compiler_t *c, size_t chain, size_t target) {
    while (chain != NO_CHAIN) {
        size_t next = read_jump(c, chain);
        write_jump(c, chain, (size_t)(uint16_t)(int16_t)((intptr_t)target - (intptr_t)(chain + 2)));
        chain = next;
    }
}

static bool emit_backward(compiler_t *c, mn_opcode_t op, size_t target, int effect) {
    if (!emit(c, op, effect)) {
        return false;
    }
    size_t site = here(c);
    intptr_t offset = (intptr_t)target - (intptr_t)(site + 2);
    if (offset < INT16_MIN) {
        return syntax_error(c, c->scope->line, "function too long to compile");
    }
    char bytes[2] = {(char)(offset & 0xff), (char)((offset >> 8) & 0xff)};
    return mn_buffer_append(c->runtime, &c->scope->code, bytes, 2) || out_of_memory(c);
}

// ---- Constants and names ------------------------------------------------------------------

// The index of the value in the constants, added if needed. may trigger a gc
static bool constant_index(compiler_t *c, mn_value_t value, size_t *index) {
    mn_value_t *constants = &c->scope->slots[SLOT_CONSTANTS];
    size_t count = mn_list_length(*constants);
    if (!mn_is_object(value) || mn_is_qstr(value) ||
        (mn_is_tagged(value, MN_TAG_STR) && mn_str_is_interned(mn_object(value)))) {
        const mn_value_t *items = mn_list_items(*constants);
        for (size_t i = 0; i < count; i++) {
            if (items[i] == value) {
                *index = i;
                return true;
            }
        }
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = value;
    bool ok = mn_list_append(c->runtime, constants, slot);
    mn_root_pop(&c->runtime->heap, &ref);
    *index = count;
    return ok;
}

static bool emit_constant(compiler_t *c, mn_opcode_t op, mn_value_t value, int effect) {
    size_t index;
    return constant_index(c, value, &index) && emit_var(c, op, index, effect);
}

// The index of an interned name in the scope's names, added if needed. may trigger a gc
static bool name_index(compiler_t *c, mn_value_t name, size_t *index) {
    scope_t *scope = c->scope;
    mn_value_t *names = &scope->slots[SLOT_NAMES];
    size_t count = mn_list_length(*names);
    const mn_value_t *items = mn_list_items(*names);
    for (size_t i = 0; i < count; i++) {
        if (items[i] == name) {
            *index = i;
            return true;
        }
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = name;
    char no_flags = 0;
    bool ok = mn_list_append(c->runtime, names, slot) &&
              mn_buffer_append(c->runtime, &scope->flags, &no_flags, 1);
    mn_root_pop(&c->runtime->heap, &ref);
    *index = count;
    return ok || out_of_memory(c);
}

static uint8_t *name_flags(compiler_t *c, size_t index) {
    return (uint8_t *)mn_buffer_bytes(&c->scope->flags) + index;
}

typedef enum { ACCESS_LOAD, ACCESS_STORE, ACCESS_DELETE } access_t;

static bool emit_name(compiler_t *c, access_t access, mn_value_t name) {
    size_t index;
    if (!name_index(c, name, &index)) {
        return false;
    }
    uint8_t *flags = name_flags(c, index);
    *flags |= NAME_USED;
    if (access != ACCESS_LOAD) {
        *flags |= NAME_BOUND;
    }
    static const int effects[] = {1, -1, 0};
    mn_opcode_t op = (*flags & NAME_GLOBAL) ? MN_OP_LOAD_GLOBAL : MN_OP_LOAD_NAME;
    return emit_var(c, (mn_opcode_t)(op + access), index, effects[access]);
}

// ---- Scopes -------------------------------------------------------------------------------

static bool scope_begin(compiler_t *c, scope_t *scope, mn_code_kind_t kind, mn_value_t name,
                        uint32_t line) {
    memset(scope, 0, sizeof *scope);
    mn_gc_ref_t ref;
    mn_value_t *name_slot = mn_root_push(&c->runtime->heap, &ref);
    *name_slot = name;
    scope->slots = mn_heap_reserve_top(&c->runtime->heap, SLOT_COUNT);
    if (scope->slots == NULL) {
        mn_root_pop(&c->runtime->heap, &ref);
        return out_of_memory(c);
    }
    scope->slots[SLOT_NAME] = *name_slot;
    mn_root_pop(&c->runtime->heap, &ref);
    scope->outer = c->scope;
    scope->kind = kind;
    scope->line = scope->table_line = scope->first_line = line;
    c->scope = scope;
    if (!mn_buffer_init(c->runtime, &scope->code, &scope->slots[SLOT_CODE], 32) ||
        !mn_buffer_init(c->runtime, &scope->lines, &scope->slots[SLOT_LINES], 8) ||
        !mn_buffer_init(c->runtime, &scope->flags, &scope->slots[SLOT_FLAGS], 8)) {
        return out_of_memory(c);
    }
    if ((scope->slots[SLOT_CONSTANTS] = mn_list_new(c->runtime, 0)) == MN_EXCEPTION ||
        (scope->slots[SLOT_NAMES] = mn_list_new(c->runtime, 0)) == MN_EXCEPTION) {
        return false;
    }
    return true;
}

// Gives back the scope's slots (after scope_end, or after an error). no allocation is done
static void scope_release(compiler_t *c, scope_t *scope) {
    if (scope->slots != NULL) {
        mn_heap_release_top(&c->runtime->heap, SLOT_COUNT);
        scope->slots = NULL;
    }
    c->scope = scope->outer;
}

// Rewrites the name instructions of a function body to their FAST or GLOBAL forms.
static void resolve_names(compiler_t *c) {
    uint8_t *code = (uint8_t *)mn_buffer_bytes(&c->scope->code);
    const uint8_t *flags = (const uint8_t *)mn_buffer_bytes(&c->scope->flags);
    size_t length = here(c);
    for (size_t offset = 0; offset < length;) {
        uint8_t *instruction = &code[offset];
        const uint8_t *ip = instruction + 1;
        mn_opcode_t op = (mn_opcode_t)*instruction;
        switch (mn_opcode_forms[op]) {
        case MN_FORM_VAR: {
            size_t argument = mn_code_read_var(&ip);
            if (op >= MN_OP_LOAD_NAME && op <= MN_OP_DELETE_NAME) {
                bool local = (flags[argument] & NAME_BOUND) && !(flags[argument] & NAME_GLOBAL);
                *instruction =
                    (uint8_t)(op - MN_OP_LOAD_NAME + (local ? MN_OP_LOAD_FAST : MN_OP_LOAD_GLOBAL));
            }
            break;
        }
        case MN_FORM_JUMP:
            ip += 2;
            break;
        case MN_FORM_UNWIND:
            ip += 2;
            (void)mn_code_read_var(&ip);
            break;
        default:
            break;
        }
        offset = (size_t)(ip - code);
    }
}

static mn_value_t list_to_tuple(compiler_t *c, mn_value_t *list) {
    size_t count = mn_list_length(*list);
    mn_tuple_t *tuple = mn_tuple_new(c->runtime, count);
    if (tuple == NULL) {
        return mn_raise_memory_error(c->runtime);
    }
    if (count > 0) {
        memcpy(tuple->items, mn_list_items(*list), count * sizeof(mn_value_t));
    }
    return mn_object_value(tuple);
}

static mn_value_t finish_raw(compiler_t *c, mn_buffer_t *buffer) {
    mn_str_t *str = mn_buffer_finish_str(c->runtime, buffer);
    mn_block_set_tag(str, MN_TAG_RAW);
    return mn_object_value(str);
}

// Finishes the scope into a code object. may trigger a gc
static mn_value_t scope_end(compiler_t *c) {
    scope_t *scope = c->scope;
    if (scope->kind == MN_CODE_FUNCTION) {
        resolve_names(c);
    }
    if (scope->max_depth > 0xffff || scope->max_blocks > MN_COMPILE_MAX_BLOCKS) {
        (void)syntax_error(c, scope->line, "function too complex to compile");
        return MN_EXCEPTION;
    }
    mn_value_t *slots = scope->slots;
    slots[SLOT_CODE] = finish_raw(c, &scope->code);
    slots[SLOT_LINES] = finish_raw(c, &scope->lines);
    if ((slots[SLOT_CONSTANTS] = list_to_tuple(c, &slots[SLOT_CONSTANTS])) == MN_EXCEPTION ||
        (slots[SLOT_NAMES] = list_to_tuple(c, &slots[SLOT_NAMES])) == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    mn_code_t *code = mn_heap_alloc(&c->runtime->heap, MN_TAG_CODE, sizeof(mn_code_t));
    if (code == NULL) {
        return mn_raise_memory_error(c->runtime);
    }
    code->bytecode = slots[SLOT_CODE];
    code->lines = slots[SLOT_LINES];
    code->constants = slots[SLOT_CONSTANTS];
    code->names = slots[SLOT_NAMES];
    code->name = slots[SLOT_NAME];
    code->filename = *c->filename;
    code->shape = mn_small_int((mn_small_int_t)(scope->kind | scope->shape));
    code->sizes =
        mn_small_int((mn_small_int_t)scope->max_depth | (mn_small_int_t)scope->max_blocks << 16);
    code->first_line = mn_small_int(scope->first_line);
    return mn_object_value(code);
}

// ---- Blocks -------------------------------------------------------------------------------

static void block_push(compiler_t *c) {
    scope_t *scope = c->scope;
    if (++scope->blocks > scope->max_blocks) {
        scope->max_blocks = scope->blocks;
    }
}

static bool check_blocks(compiler_t *c) {
    if (c->scope->blocks + c->scope->loop_count >= MN_COMPILE_MAX_BLOCKS) {
        return syntax_error(c, c->scope->line, "too many statically nested blocks");
    }
    return true;
}

// ---- Statements read ahead ----------------------------------------------------------------

// The next statement of the current block (MN_NULL at its end), read ahead or parsed.
static mn_value_t next_statement(compiler_t *c) {
    if (c->has_pending) {
        c->has_pending = false;
        return *c->pending;
    }
    if (c->parse_failed) {
        return MN_EXCEPTION;
    }
    mn_value_t statement = mn_parse_statement(&c->parser);
    if (statement == MN_EXCEPTION) {
        c->scope->line = c->parser.error_line;
        c->parse_failed = true;
    }
    return statement;
}

// Reads the next statement and keeps it for next_statement; returns its kind (0 at the end
// of the block, -1 on error).
static int peek_statement_kind(compiler_t *c) {
    if (c->parse_failed) {
        return -1; // a caller that stopped at -1 without returning must not parse again
    }
    if (!c->has_pending) {
        mn_value_t statement = mn_parse_statement(&c->parser);
        if (statement == MN_EXCEPTION) {
            c->parse_failed = true;
            return -1;
        }
        *c->pending = statement;
        c->has_pending = true;
    }
    return *c->pending == MN_NULL ? 0 : (int)mn_node_kind(*c->pending);
}

// ---- Expressions --------------------------------------------------------------------------

static mn_binary_op_t binary_op_of_token(unsigned token) {
    switch (token) {
    case MN_TOKEN_PLUS:
    case MN_TOKEN_PLUSEQUAL:
        return MN_BINARY_ADD;
    case MN_TOKEN_MINUS:
    case MN_TOKEN_MINEQUAL:
        return MN_BINARY_SUBTRACT;
    case MN_TOKEN_STAR:
    case MN_TOKEN_STAREQUAL:
        return MN_BINARY_MULTIPLY;
    case MN_TOKEN_SLASH:
    case MN_TOKEN_SLASHEQUAL:
        return MN_BINARY_TRUE_DIVIDE;
    case MN_TOKEN_DOUBLESLASH:
    case MN_TOKEN_DOUBLESLASHEQUAL:
        return MN_BINARY_FLOOR_DIVIDE;
    case MN_TOKEN_PERCENT:
    case MN_TOKEN_PERCENTEQUAL:
        return MN_BINARY_REMAINDER;
    case MN_TOKEN_DOUBLESTAR:
    case MN_TOKEN_DOUBLESTAREQUAL:
        return MN_BINARY_POWER;
    case MN_TOKEN_AT:
    case MN_TOKEN_ATEQUAL:
        return MN_BINARY_MATRIX_MULTIPLY;
    case MN_TOKEN_LEFTSHIFT:
    case MN_TOKEN_LEFTSHIFTEQUAL:
        return MN_BINARY_LSHIFT;
    case MN_TOKEN_RIGHTSHIFT:
    case MN_TOKEN_RIGHTSHIFTEQUAL:
        return MN_BINARY_RSHIFT;
    case MN_TOKEN_AMPER:
    case MN_TOKEN_AMPEREQUAL:
        return MN_BINARY_AND;
    case MN_TOKEN_VBAR:
    case MN_TOKEN_VBAREQUAL:
        return MN_BINARY_OR;
    default:
        return MN_BINARY_XOR;
    }
}

static bool emit_small_int(compiler_t *c, mn_small_int_t value) {
    size_t zigzag = value < 0 ? ((size_t)(-(value + 1)) << 1) | 1 : (size_t)value << 1;
    return emit_var(c, MN_OP_LOAD_SMALL_INT, zigzag, 1);
}

// A number node's object: a big int, a float. may trigger a gc
static mn_value_t number_constant(compiler_t *c, const mn_value_t *node) {
    unsigned op = mn_node_op(*node);
    mn_gc_ref_t ref;
    mn_value_t *digits = mn_root_push(&c->runtime->heap, &ref);
    *digits = CHILD(node, 0);
    mn_value_t result;
    switch ((mn_number_kind_t)(op & 15)) {
    case MN_NUMBER_INT:
        result = mn_int_parse(c->runtime, digits, op >> 4);
        break;
    case MN_NUMBER_FLOAT:
        result = mn_float_parse_str(c->runtime, digits);
        break;
    default:
        (void)syntax_error(c, mn_node_line(*node), "complex numbers are not supported");
        result = MN_EXCEPTION;
        break;
    }
    mn_root_pop(&c->runtime->heap, &ref);
    return result;
}

// A copy of a bytes node's str block as a bytes object. may trigger a gc
static mn_value_t bytes_constant(compiler_t *c, const mn_value_t *node) {
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&c->runtime->heap, &ref);
    *text = CHILD(node, 0);
    mn_str_t *copy = mn_str_new_slice(c->runtime, text, 0, mn_str_length(mn_object(*text)));
    mn_root_pop(&c->runtime->heap, &ref);
    if (copy == NULL) {
        return mn_raise_memory_error(c->runtime);
    }
    mn_block_set_tag(copy, MN_TAG_BYTES);
    return mn_object_value(copy);
}

// ---- Constant folding ---------------------------------------------------------------------
//
// `NAME = const(expression)` (micropython.const) is evaluated here: the expression may use
// literals (int, float, str, bytes, None, True, False), tuples of constants, the names of
// constants defined before in the module, and the arithmetic, bitwise and shift operators
// on numbers. The name's later loads become the value itself; a name starting with `_` is
// not stored in the module's globals at all. Operators on small ints (and constant names
// holding small ints) are also folded anywhere, when the result is a small int.

typedef enum { FOLD_NO, FOLD_OK, FOLD_ERROR } fold_t;

// Whether `name` is bound in the function being compiled (a parameter, or assigned before
// this point), where it hides a constant of the module. no allocation is done
static bool name_is_local(compiler_t *c, mn_value_t name) {
    scope_t *scope = c->scope;
    if (scope->kind == MN_CODE_MODULE) {
        return false;
    }
    mn_value_t names = scope->slots[SLOT_NAMES];
    size_t count = mn_list_length(names);
    const uint8_t *flags = (const uint8_t *)mn_buffer_bytes(&scope->flags);
    for (size_t i = 0; i < count; i++) {
        if (mn_list_items(names)[i] == name) {
            return (flags[i] & NAME_BOUND) && !(flags[i] & NAME_GLOBAL);
        }
    }
    return false;
}

// The value of the constant `name` (an interned str) where it is read, or MN_NULL.
// no allocation is done
static mn_value_t const_lookup(compiler_t *c, mn_value_t name) {
    mn_value_t consts = *c->consts;
    if (consts == MN_NULL || name_is_local(c, name)) {
        return MN_NULL;
    }
    size_t count = mn_list_length(consts);
    const mn_value_t *items = mn_list_items(consts);
    for (size_t i = 0; i + 1 < count; i += 2) {
        if (items[i] == name) {
            return items[i + 1];
        }
    }
    return MN_NULL;
}

// Records the constant `name` = *value (rooted). may trigger a gc
static bool const_record(compiler_t *c, mn_value_t name, const mn_value_t *value) {
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = name;
    bool ok = true;
    if (*c->consts == MN_NULL) {
        mn_value_t list = mn_list_new(c->runtime, 4);
        ok = list != MN_EXCEPTION;
        if (ok) {
            *c->consts = list;
        }
    }
    ok = ok && mn_list_append(c->runtime, c->consts, slot) &&
         mn_list_append(c->runtime, c->consts, value);
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

static bool is_number(mn_value_t value) {
    return mn_int_is(value) || mn_is_tagged(value, MN_TAG_FLOAT);
}

static mn_binary_op_t binary_op_of_token(unsigned token);

// The binary operation of `node` on the folded operands *left and *right (rooted), or its
// unary operation on *left when right is NULL. In `strict` mode (folding outside const())
// only small ints whose result is a small int, without huge intermediate values.
// may trigger a gc
static fold_t fold_operation(compiler_t *c, const mn_value_t *node, mn_value_t *left,
                             mn_value_t *right, bool strict, mn_value_t *out) {
    mn_value_t result;
    if (right != NULL) {
        mn_binary_op_t op = binary_op_of_token(mn_node_op(*node));
        if (!is_number(*left) || !is_number(*right) || op == MN_BINARY_MATRIX_MULTIPLY) {
            return FOLD_NO;
        }
        if (strict) {
            if (!mn_is_small_int(*left) || !mn_is_small_int(*right) ||
                op == MN_BINARY_TRUE_DIVIDE) {
                return FOLD_NO;
            }
            mn_small_int_t amount = mn_small_int_value(*right);
            if ((op == MN_BINARY_POWER || op == MN_BINARY_LSHIFT) &&
                amount >= (mn_small_int_t)MN_WORD_BITS) {
                return FOLD_NO;
            }
        }
        result = mn_binary(c->runtime, op, left, right);
    } else {
        unsigned token = mn_node_op(*node);
        mn_unary_op_t op = token == MN_TOKEN_MINUS  ? MN_UNARY_NEGATIVE
                           : token == MN_TOKEN_PLUS ? MN_UNARY_POSITIVE
                                                    : MN_UNARY_INVERT;
        if (!is_number(*left) || (strict && !mn_is_small_int(*left))) {
            return FOLD_NO;
        }
        result = mn_unary(c->runtime, op, left);
    }
    if (result == MN_EXCEPTION || result == MN_NOT_IMPLEMENTED) {
        // Division by zero, a negative shift...: left for the program to raise when it runs.
        mn_exception_clear(c->runtime);
        return FOLD_NO;
    }
    if (strict && !mn_is_small_int(result)) {
        return FOLD_NO;
    }
    *out = result;
    return FOLD_OK;
}

static mn_value_t number_constant(compiler_t *c, const mn_value_t *node);
static mn_value_t bytes_constant(compiler_t *c, const mn_value_t *node);

// Folds the expression `node` into *out (a rooted slot). FOLD_NO: not a constant;
// FOLD_ERROR: an exception is pending. may trigger a gc
static fold_t fold_node(compiler_t *c, mn_value_t node, bool strict, mn_value_t *out);

// Folds `node` into *out; its depth is bounded as compile_expression bounds it (a chain
// 1+1+...+1 is a tree as deep as it is long).
static fold_t fold(compiler_t *c, mn_value_t node, bool strict, mn_value_t *out) {
    if (!mn_is_node(node)) {
        return fold_node(c, node, strict, out);
    }
    if (c->expression_depth >= MN_PARSE_MAX_DEPTH) {
        (void)mn_raise(c->runtime, &mn_type_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        return FOLD_ERROR;
    }
    c->expression_depth++;
    fold_t folded = fold_node(c, node, strict, out);
    c->expression_depth--;
    return folded;
}

static fold_t fold_node(compiler_t *c, mn_value_t node, bool strict, mn_value_t *out) {
    if (mn_is_small_int(node)) {
        *out = node;
        return FOLD_OK;
    }
    if (!mn_is_node(node)) {
        if (node == MN_NONE || node == MN_TRUE || node == MN_FALSE || node == MN_ELLIPSIS) {
            *out = node;
            return strict ? FOLD_NO : FOLD_OK;
        }
        if (node == MN_NULL) {
            return FOLD_NO;
        }
        mn_value_t value = const_lookup(c, node); // a name
        if (value == MN_NULL || (strict && !mn_is_small_int(value))) {
            return FOLD_NO;
        }
        *out = value;
        return FOLD_OK;
    }
    mn_node_kind_t kind = mn_node_kind(node);
    if (strict && kind != MN_NODE_UNARY && kind != MN_NODE_BINARY) {
        return FOLD_NO;
    }
    mn_gc_ref_t refs[3];
    mn_value_t *slots[3];
    for (int i = 0; i < 3; i++) {
        slots[i] = mn_root_push(&c->runtime->heap, &refs[i]);
    }
    *slots[2] = node;
    fold_t folded = FOLD_NO;
    mn_value_t value;
    switch (kind) {
    case MN_NODE_STR:
        *out = CHILD(slots[2], 0);
        folded = FOLD_OK;
        break;
    case MN_NODE_BYTES:
    case MN_NODE_NUMBER:
        value = kind == MN_NODE_BYTES ? bytes_constant(c, slots[2]) : number_constant(c, slots[2]);
        if (value == MN_EXCEPTION) {
            folded = FOLD_ERROR;
        } else {
            *out = value;
            folded = FOLD_OK;
        }
        break;
    case MN_NODE_UNARY:
        folded = fold(c, CHILD(slots[2], 0), strict, slots[0]);
        if (folded == FOLD_OK) {
            folded = fold_operation(c, slots[2], slots[0], NULL, strict, out);
        }
        break;
    case MN_NODE_BINARY:
        folded = fold(c, CHILD(slots[2], 0), strict, slots[0]);
        if (folded == FOLD_OK) {
            folded = fold(c, CHILD(slots[2], 1), strict, slots[1]);
        }
        if (folded == FOLD_OK) {
            folded = fold_operation(c, slots[2], slots[0], slots[1], strict, out);
        }
        break;
    case MN_NODE_TUPLE: {
        size_t count = COUNT(slots[2]);
        mn_tuple_t *tuple = mn_tuple_new(c->runtime, count);
        if (tuple == NULL) {
            (void)mn_raise_memory_error(c->runtime);
            folded = FOLD_ERROR;
            break;
        }
        *slots[1] = mn_object_value(tuple);
        folded = FOLD_OK;
        for (size_t i = 0; i < count && folded == FOLD_OK; i++) {
            mn_value_t element = CHILD(slots[2], i);
            if (mn_is_node(element) && mn_node_kind(element) == MN_NODE_STARRED) {
                folded = FOLD_NO;
                break;
            }
            folded = fold(c, element, strict, slots[0]);
            if (folded == FOLD_OK) {
                ((mn_tuple_t *)mn_object(*slots[1]))->items[i] = *slots[0];
            }
        }
        if (folded == FOLD_OK) {
            *out = *slots[1];
        }
        break;
    }
    default:
        break;
    }
    for (int i = 2; i >= 0; i--) {
        mn_root_pop(&c->runtime->heap, &refs[i]);
    }
    return folded;
}

// Emits the load of a folded value.
static bool emit_value(compiler_t *c, mn_value_t value) {
    if (mn_is_small_int(value)) {
        return emit_small_int(c, mn_small_int_value(value));
    }
    switch (value) {
    case MN_NONE:
        return emit(c, MN_OP_LOAD_NONE, 1);
    case MN_TRUE:
        return emit(c, MN_OP_LOAD_TRUE, 1);
    case MN_FALSE:
        return emit(c, MN_OP_LOAD_FALSE, 1);
    case MN_ELLIPSIS:
        return emit(c, MN_OP_LOAD_ELLIPSIS, 1);
    default:
        return emit_constant(c, MN_OP_LOAD_CONST, value, 1);
    }
}

// Compiles an operator node as its value when it folds to a small int; *done tells whether
// it did. may trigger a gc
static bool compile_folded(compiler_t *c, const mn_value_t *node, bool *done) {
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    fold_t folded = fold(c, *node, true, slot);
    bool ok = folded != FOLD_ERROR;
    *done = folded == FOLD_OK;
    if (*done) {
        ok = emit_value(c, *slot);
    }
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

static bool compile_fstring(compiler_t *c, const mn_value_t *node);

static bool compile_formatted(compiler_t *c, const mn_value_t *node) {
    unsigned conversion = mn_node_op(*node);
    bool has_spec = CHILD(node, 1) != MN_NULL;
    if (!compile_expression(c, CHILD(node, 0))) {
        return false;
    }
    if (has_spec) {
        mn_gc_ref_t ref;
        mn_value_t *spec = mn_root_push(&c->runtime->heap, &ref);
        *spec = CHILD(node, 1);
        bool ok = compile_fstring(c, spec);
        mn_root_pop(&c->runtime->heap, &ref);
        if (!ok) {
            return false;
        }
    }
    unsigned code = conversion == 's' ? 1 : conversion == 'r' ? 2 : conversion == 'a' ? 3 : 0;
    return emit_var(c, MN_OP_FORMAT_VALUE, code << 1 | (has_spec ? 1 : 0), has_spec ? -1 : 0);
}

static bool compile_fstring(compiler_t *c, const mn_value_t *node) {
    size_t count = COUNT(node);
    for (size_t i = 0; i < count; i++) {
        mn_value_t part = CHILD(node, i);
        if (mn_node_kind(part) == MN_NODE_STR) {
            if (!emit_constant(c, MN_OP_LOAD_CONST, mn_node_child(part, 0), 1)) {
                return false;
            }
        } else if (!compile_expression(c, part)) {
            return false;
        }
    }
    if (count == 1 && mn_node_kind(CHILD(node, 0)) == MN_NODE_STR) {
        return true;
    }
    if (count == 0) {
        return emit_constant(c, MN_OP_LOAD_CONST, mn_qstr_value(MN_QSTR__empty_), 1);
    }
    return emit_var(c, MN_OP_BUILD_STRING, count, 1 - (int)count);
}

static bool has_starred(const mn_value_t *node, size_t first) {
    for (size_t i = first; i < COUNT(node); i++) {
        mn_value_t child = CHILD(node, i);
        if (mn_is_node(child) &&
            (mn_node_kind(child) == MN_NODE_STARRED || mn_node_kind(child) == MN_NODE_DOUBLESTAR)) {
            return true;
        }
    }
    return false;
}

// Elements [first, count) as a list on the stack, starred ones spread.
static bool compile_spread_list(compiler_t *c, const mn_value_t *node, size_t first) {
    if (!emit_var(c, MN_OP_BUILD_LIST, 0, 1)) {
        return false;
    }
    for (size_t i = first; i < COUNT(node); i++) {
        mn_value_t child = CHILD(node, i);
        bool starred = mn_is_node(child) && mn_node_kind(child) == MN_NODE_STARRED;
        if (!compile_expression(c, starred ? mn_node_child(child, 0) : child) ||
            !emit_var(c, starred ? MN_OP_LIST_EXTEND : MN_OP_LIST_APPEND, 1, -1)) {
            return false;
        }
    }
    return true;
}

static bool compile_display(compiler_t *c, const mn_value_t *node, mn_node_kind_t kind) {
    size_t count = COUNT(node);
    if (kind == MN_NODE_DICT) {
        bool spread = false;
        for (size_t i = 0; i < count; i += 2) {
            spread = spread || CHILD(node, i) == MN_NULL;
        }
        if (spread) {
            // {**a, 'k': v}: built in order, mappings merged.
            if (!emit_var(c, MN_OP_BUILD_MAP, 0, 1)) {
                return false;
            }
            for (size_t i = 0; i < count; i += 2) {
                if (CHILD(node, i) == MN_NULL) {
                    if (!compile_expression(c, CHILD(node, i + 1)) ||
                        !emit_var(c, MN_OP_DICT_UPDATE, 1, -1)) {
                        return false;
                    }
                } else if (!compile_expression(c, CHILD(node, i)) ||
                           !compile_expression(c, CHILD(node, i + 1)) ||
                           !emit_var(c, MN_OP_BUILD_MAP, 1, -1) ||
                           !emit_var(c, MN_OP_DICT_UPDATE, 1, -1)) {
                    return false;
                }
            }
            return true;
        }
        for (size_t i = 0; i < count; i++) {
            if (!compile_expression(c, CHILD(node, i))) {
                return false;
            }
        }
        return emit_var(c, MN_OP_BUILD_MAP, count / 2, 1 - (int)count);
    }
    if (kind == MN_NODE_SET) {
        // {a, b}: BUILD_SET of the items; {*a, b}: of the list they spread into.
        if (has_starred(node, 0)) {
            return compile_spread_list(c, node, 0) && emit_var(c, MN_OP_BUILD_SET, 1, 0);
        }
        for (size_t i = 0; i < count; i++) {
            if (!compile_expression(c, CHILD(node, i))) {
                return false;
            }
        }
        return emit_var(c, MN_OP_BUILD_SET, count << 1, 1 - (int)count);
    }
    if (has_starred(node, 0)) {
        return compile_spread_list(c, node, 0) &&
               (kind == MN_NODE_LIST || emit(c, MN_OP_LIST_TO_TUPLE, 0));
    }
    for (size_t i = 0; i < count; i++) {
        if (!compile_expression(c, CHILD(node, i))) {
            return false;
        }
    }
    return emit_var(c, kind == MN_NODE_LIST ? MN_OP_BUILD_LIST : MN_OP_BUILD_TUPLE, count,
                    1 - (int)count);
}

static bool compile_compare(compiler_t *c, const mn_value_t *node) {
    size_t count = COUNT(node); // left, (op, right) pairs
    if (!compile_expression(c, CHILD(node, 0))) {
        return false;
    }
    size_t cleanup = NO_CHAIN;
    for (size_t i = 1; i + 1 < count; i += 2) {
        size_t op = (size_t)mn_small_int_value(CHILD(node, i));
        bool last = i + 2 >= count;
        if (!compile_expression(c, CHILD(node, i + 1))) {
            return false;
        }
        if (last) {
            if (!emit_var(c, MN_OP_COMPARE_OP, op, -1)) {
                return false;
            }
        } else if (!emit(c, MN_OP_DUP_TOP, 1) || !emit(c, MN_OP_ROT_THREE, 0) ||
                   !emit_var(c, MN_OP_COMPARE_OP, op, -1) ||
                   !emit_forward(c, MN_OP_JUMP_IF_FALSE_OR_POP, -1, &cleanup)) {
            return false;
        }
    }
    if (cleanup == NO_CHAIN) {
        return true;
    }
    size_t end = NO_CHAIN;
    if (!emit_forward(c, MN_OP_JUMP, 0, &end)) {
        return false;
    }
    patch_chain(c, cleanup, here(c));
    adjust(c, 1); // the cleanup path holds the comparison's result and the middle operand
    if (!emit(c, MN_OP_ROT_TWO, 0) || !emit(c, MN_OP_POP_TOP, -1)) {
        return false;
    }
    patch_chain(c, end, here(c));
    return true;
}

static mn_node_kind_t argument_kind(mn_value_t argument) {
    return mn_is_node(argument) ? mn_node_kind(argument) : MN_NODE_STR;
}

// The arguments of f(*args, **kwargs), the function being on the stack: a positional tuple
// and, if there are keywords, a dict, then CALL_EX. A lone *iterable is passed as it is
// (CALL_EX makes it a tuple, and names the function if it is not iterable), as CPython does.
static bool compile_call_spread(compiler_t *c, const mn_value_t *node) {
    size_t count = COUNT(node);
    size_t positional = 0, lone_star = 0;
    bool has_keywords = false;
    for (size_t i = 1; i < count; i++) {
        mn_node_kind_t kind = argument_kind(CHILD(node, i));
        if (kind == MN_NODE_KEYWORD || kind == MN_NODE_DOUBLESTAR) {
            has_keywords = true;
        } else {
            positional++;
            lone_star = kind == MN_NODE_STARRED ? i : 0;
        }
    }
    if (positional == 1 && lone_star != 0) {
        if (!compile_expression(c, mn_node_child(CHILD(node, lone_star), 0))) {
            return false;
        }
    } else {
        if (!emit_var(c, MN_OP_BUILD_LIST, 0, 1)) {
            return false;
        }
        for (size_t i = 1; i < count; i++) {
            mn_value_t argument = CHILD(node, i);
            mn_node_kind_t kind = argument_kind(argument);
            if (kind == MN_NODE_KEYWORD || kind == MN_NODE_DOUBLESTAR) {
                continue;
            }
            bool starred = kind == MN_NODE_STARRED;
            if (!compile_expression(c, starred ? mn_node_child(argument, 0) : argument) ||
                !emit_var(c, starred ? MN_OP_LIST_EXTEND : MN_OP_LIST_APPEND, 1, -1)) {
                return false;
            }
        }
        if (!emit(c, MN_OP_LIST_TO_TUPLE, 0)) {
            return false;
        }
    }
    if (has_keywords) {
        // Each keyword argument and each **mapping merged in turn (DICT_UPDATE 2 refuses
        // a name given twice).
        if (!emit_var(c, MN_OP_BUILD_MAP, 0, 1)) {
            return false;
        }
        for (size_t i = 1; i < count; i++) {
            mn_value_t argument = CHILD(node, i);
            mn_node_kind_t kind = argument_kind(argument);
            if (kind == MN_NODE_KEYWORD) {
                if (!emit_constant(c, MN_OP_LOAD_CONST, mn_node_child(argument, 0), 1) ||
                    !compile_expression(c, mn_node_child(CHILD(node, i), 1)) ||
                    !emit_var(c, MN_OP_BUILD_MAP, 1, -1) ||
                    !emit_var(c, MN_OP_DICT_UPDATE, 2, -1)) {
                    return false;
                }
            } else if (kind == MN_NODE_DOUBLESTAR) {
                if (!compile_expression(c, mn_node_child(argument, 0)) ||
                    !emit_var(c, MN_OP_DICT_UPDATE, 2, -1)) {
                    return false;
                }
            }
        }
    }
    return emit_var(c, MN_OP_CALL_EX, has_keywords ? 1 : 0, has_keywords ? -2 : -1);
}

static bool compile_call(compiler_t *c, const mn_value_t *node) {
    size_t count = COUNT(node);
    mn_value_t function = CHILD(node, 0);
    bool method = mn_is_node(function) && mn_node_kind(function) == MN_NODE_ATTRIBUTE;
    if (has_starred(node, 1)) {
        return compile_expression(c, function) && compile_call_spread(c, node);
    }
    if (method) {
        if (!compile_expression(c, mn_node_child(function, 0)) ||
            !emit_constant(c, MN_OP_LOAD_METHOD, mn_node_child(CHILD(node, 0), 1), 1)) {
            return false;
        }
    } else if (!compile_expression(c, function)) {
        return false;
    }
    size_t keyword_count = 0;
    for (size_t i = 1; i < count; i++) {
        mn_value_t argument = CHILD(node, i);
        if (mn_is_node(argument) && mn_node_kind(argument) == MN_NODE_KEYWORD) {
            keyword_count++;
            argument = mn_node_child(argument, 1);
        }
        if (!compile_expression(c, argument)) {
            return false;
        }
    }
    if (keyword_count > 0) {
        mn_tuple_t *names = mn_tuple_new(c->runtime, keyword_count);
        if (names == NULL) {
            return out_of_memory(c);
        }
        size_t k = 0;
        for (size_t i = 1; i < count; i++) {
            mn_value_t argument = CHILD(node, i);
            if (mn_is_node(argument) && mn_node_kind(argument) == MN_NODE_KEYWORD) {
                names->items[k++] = mn_node_child(argument, 0);
            }
        }
        if (!emit_constant(c, MN_OP_LOAD_CONST, mn_object_value(names), 1)) {
            return false;
        }
    }
    size_t arguments = count - 1;
    int popped = (int)arguments + 1 + (method ? 1 : 0) + (keyword_count > 0 ? 1 : 0);
    return emit_var(c, MN_OP_CALL, arguments << 2 | (keyword_count > 0 ? 2 : 0) | (method ? 1 : 0),
                    1 - popped);
}

static bool compile_subscript_index(compiler_t *c, mn_value_t index) {
    if (mn_is_node(index) && mn_node_kind(index) == MN_NODE_SLICE) {
        mn_gc_ref_t ref;
        mn_value_t *slice = mn_root_push(&c->runtime->heap, &ref);
        *slice = index;
        bool ok = true;
        size_t parts = CHILD(slice, 2) != MN_NULL ? 3 : 2;
        for (size_t i = 0; i < parts && ok; i++) {
            mn_value_t part = CHILD(slice, i);
            ok = part == MN_NULL ? emit(c, MN_OP_LOAD_NONE, 1) : compile_expression(c, part);
        }
        mn_root_pop(&c->runtime->heap, &ref);
        return ok && emit_var(c, MN_OP_BUILD_SLICE, parts, 1 - (int)parts);
    }
    return compile_expression(c, index);
}

static bool compile_node(compiler_t *c, const mn_value_t *node) {
    mn_node_kind_t kind = mn_node_kind(*node);
    uint32_t line = mn_node_line(*node);
    if (line > c->scope->line) {
        c->scope->line = line; // expressions spanning lines report their own
    }
    switch (kind) {
    case MN_NODE_STR:
        return emit_constant(c, MN_OP_LOAD_CONST, CHILD(node, 0), 1);
    case MN_NODE_BYTES:
    case MN_NODE_NUMBER: {
        mn_value_t value =
            kind == MN_NODE_BYTES ? bytes_constant(c, node) : number_constant(c, node);
        if (value == MN_EXCEPTION) {
            return false;
        }
        if (mn_is_small_int(value)) {
            return emit_small_int(c, mn_small_int_value(value));
        }
        return emit_constant(c, MN_OP_LOAD_CONST, value, 1);
    }
    case MN_NODE_FSTRING:
        return compile_fstring(c, node);
    case MN_NODE_FORMATTED:
        return compile_formatted(c, node);
    case MN_NODE_TUPLE:
    case MN_NODE_LIST:
    case MN_NODE_SET:
    case MN_NODE_DICT:
        return compile_display(c, node, kind);
    case MN_NODE_BINARY: {
        bool done;
        if (!compile_folded(c, node, &done) || done) {
            return done;
        }
        return compile_expression(c, CHILD(node, 0)) && compile_expression(c, CHILD(node, 1)) &&
               emit_var(c, MN_OP_BINARY_OP, binary_op_of_token(mn_node_op(*node)), -1);
    }
    case MN_NODE_UNARY: {
        bool done;
        if (!compile_folded(c, node, &done) || done) {
            return done;
        }
        unsigned token = mn_node_op(*node);
        mn_value_t operand = CHILD(node, 0);
        if (token == MN_TOKEN_MINUS && mn_is_small_int(operand)) {
            return emit_small_int(c, -mn_small_int_value(operand));
        }
        mn_unary_op_t op = token == MN_TOKEN_MINUS  ? MN_UNARY_NEGATIVE
                           : token == MN_TOKEN_PLUS ? MN_UNARY_POSITIVE
                                                    : MN_UNARY_INVERT;
        return compile_expression(c, operand) && emit_var(c, MN_OP_UNARY_OP, op, 0);
    }
    case MN_NODE_NOT:
        return compile_expression(c, CHILD(node, 0)) && emit(c, MN_OP_NOT, 0);
    case MN_NODE_AND:
    case MN_NODE_OR: {
        size_t end = NO_CHAIN;
        size_t count = COUNT(node);
        for (size_t i = 0; i < count; i++) {
            if (!compile_expression(c, CHILD(node, i))) {
                return false;
            }
            if (i + 1 < count && !emit_forward(c,
                                               kind == MN_NODE_AND ? MN_OP_JUMP_IF_FALSE_OR_POP
                                                                   : MN_OP_JUMP_IF_TRUE_OR_POP,
                                               -1, &end)) {
                return false;
            }
        }
        patch_chain(c, end, here(c));
        return true;
    }
    case MN_NODE_COMPARE:
        return compile_compare(c, node);
    case MN_NODE_IF_ELSE: { // (then, condition, else)
        size_t otherwise = NO_CHAIN, end = NO_CHAIN;
        if (!compile_expression(c, CHILD(node, 1)) ||
            !emit_forward(c, MN_OP_POP_JUMP_IF_FALSE, -1, &otherwise) ||
            !compile_expression(c, CHILD(node, 0)) || !emit_forward(c, MN_OP_JUMP, 0, &end)) {
            return false;
        }
        patch_chain(c, otherwise, here(c));
        adjust(c, -1);
        if (!compile_expression(c, CHILD(node, 2))) {
            return false;
        }
        patch_chain(c, end, here(c));
        return true;
    }
    case MN_NODE_ATTRIBUTE:
        return compile_expression(c, CHILD(node, 0)) &&
               emit_constant(c, MN_OP_LOAD_ATTR, CHILD(node, 1), 0);
    case MN_NODE_SUBSCRIPT:
        return compile_expression(c, CHILD(node, 0)) &&
               compile_subscript_index(c, CHILD(node, 1)) && emit(c, MN_OP_BINARY_SUBSCR, -1);
    case MN_NODE_SLICE:
        return compile_subscript_index(c, *node);
    case MN_NODE_CALL:
        return compile_call(c, node);
    case MN_NODE_STARRED:
        return syntax_error(c, line, "can't use starred expression here");
    case MN_NODE_LAMBDA:
        return syntax_error(c, line, "lambda is not supported yet");
    case MN_NODE_NAMED:
        return syntax_error(c, line, "assignment expressions are not supported yet");
    case MN_NODE_YIELD:
    case MN_NODE_YIELD_FROM:
        return syntax_error(c, line, "generators are not supported yet");
    case MN_NODE_LISTCOMP:
    case MN_NODE_SETCOMP:
    case MN_NODE_GENEXP:
    case MN_NODE_DICTCOMP:
        return syntax_error(c, line, "comprehensions are not supported yet");
    default:
        return syntax_error(c, line, "invalid syntax");
    }
}

static bool compile_expression(compiler_t *c, mn_value_t node) {
    if (mn_is_small_int(node) || node == MN_NONE || node == MN_TRUE || node == MN_FALSE ||
        node == MN_ELLIPSIS) {
        return emit_value(c, node);
    }
    if (!mn_is_node(node)) {
        mn_value_t value = const_lookup(c, node);
        if (value != MN_NULL) {
            return emit_value(c, value); // a const() name
        }
        return emit_name(c, ACCESS_LOAD, node); // an interned str: a name
    }
    // A chain the parser builds without nesting (1+1+...+1, a.b.c..., f()()...) is a tree
    // as deep as it is long: its depth is bounded here, as CPython bounds it.
    if (c->expression_depth >= MN_PARSE_MAX_DEPTH) {
        (void)mn_raise(c->runtime, &mn_type_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        return false;
    }
    c->expression_depth++;
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = node;
    bool ok = compile_node(c, slot);
    mn_root_pop(&c->runtime->heap, &ref);
    c->expression_depth--;
    return ok;
}

// ---- Targets ------------------------------------------------------------------------------

static bool store_sequence(compiler_t *c, const mn_value_t *target) {
    size_t count = COUNT(target);
    size_t star = count;
    for (size_t i = 0; i < count; i++) {
        mn_value_t element = CHILD(target, i);
        if (mn_is_node(element) && mn_node_kind(element) == MN_NODE_STARRED) {
            if (star != count) {
                return syntax_error(c, mn_node_line(*target),
                                    "multiple starred expressions in assignment");
            }
            star = i;
        }
    }
    if (star == count) {
        if (!emit_var(c, MN_OP_UNPACK_SEQUENCE, count, (int)count - 1)) {
            return false;
        }
    } else if (star > 255 || count - star - 1 > 255) {
        return syntax_error(c, mn_node_line(*target),
                            "too many expressions in star-unpacking assignment");
    } else if (!emit_var(c, MN_OP_UNPACK_EX, star | (count - star - 1) << 8, (int)count - 1)) {
        return false;
    }
    for (size_t i = 0; i < count; i++) {
        mn_value_t element = CHILD(target, i);
        if (i == star) {
            element = mn_node_child(element, 0);
        }
        if (!store_target(c, element)) {
            return false;
        }
    }
    return true;
}

// A store `self.NAME = ...` in a method (self being its first parameter) adds NAME to the
// class's instance layout (vm/class.h).
static bool record_attribute(compiler_t *c, const mn_value_t *target) {
    scope_t *scope = c->scope;
    mn_value_t self = scope->slots[SLOT_ATTRIBUTES];
    if (scope->kind != MN_CODE_FUNCTION || self == MN_NULL || CHILD(target, 0) != self) {
        return true;
    }
    mn_value_t *names = &scope->outer->slots[SLOT_ATTRIBUTES];
    size_t count = mn_list_length(*names);
    for (size_t i = 0; i < count; i++) {
        if (mn_list_items(*names)[i] == CHILD(target, 1)) {
            return true;
        }
    }
    if (count >= MAX_LAYOUT) {
        return true; // the rest go to the instances' dicts
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = CHILD(target, 1);
    bool ok = mn_list_append(c->runtime, names, slot);
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

static bool store_node(compiler_t *c, const mn_value_t *target) {
    switch (mn_node_kind(*target)) {
    case MN_NODE_ATTRIBUTE:
        return record_attribute(c, target) && compile_expression(c, CHILD(target, 0)) &&
               emit_constant(c, MN_OP_STORE_ATTR, CHILD(target, 1), -2);
    case MN_NODE_SUBSCRIPT:
        return compile_expression(c, CHILD(target, 0)) &&
               compile_subscript_index(c, CHILD(target, 1)) && emit(c, MN_OP_STORE_SUBSCR, -3);
    case MN_NODE_TUPLE:
    case MN_NODE_LIST:
        return store_sequence(c, target);
    default:
        return syntax_error(c, mn_node_line(*target), "cannot assign to expression");
    }
}

// Stores TOS into `target` (a name or a target node).
static bool store_target(compiler_t *c, mn_value_t target) {
    if (!mn_is_node(target)) {
        return emit_name(c, ACCESS_STORE, target);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = target;
    bool ok = store_node(c, slot);
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

static bool delete_target(compiler_t *c, mn_value_t target) {
    if (!mn_is_node(target)) {
        return emit_name(c, ACCESS_DELETE, target);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = target;
    bool ok;
    switch (mn_node_kind(*slot)) {
    case MN_NODE_ATTRIBUTE:
        ok = compile_expression(c, CHILD(slot, 0)) &&
             emit_constant(c, MN_OP_DELETE_ATTR, CHILD(slot, 1), -1);
        break;
    case MN_NODE_SUBSCRIPT:
        ok = compile_expression(c, CHILD(slot, 0)) && compile_subscript_index(c, CHILD(slot, 1)) &&
             emit(c, MN_OP_DELETE_SUBSCR, -2);
        break;
    case MN_NODE_TUPLE:
    case MN_NODE_LIST:
        ok = true;
        for (size_t i = 0; i < COUNT(slot) && ok; i++) {
            ok = delete_target(c, CHILD(slot, i));
        }
        break;
    default:
        ok = syntax_error(c, mn_node_line(*slot), "cannot delete expression");
        break;
    }
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

// ---- Simple statements --------------------------------------------------------------------

static bool compile_augmented(compiler_t *c, const mn_value_t *statement) {
    mn_binary_op_t op =
        (mn_binary_op_t)(binary_op_of_token(mn_node_op(*statement)) + MN_BINARY_INPLACE);
    mn_value_t target = CHILD(statement, 0);
    if (!mn_is_node(target)) {
        return emit_name(c, ACCESS_LOAD, target) && compile_expression(c, CHILD(statement, 1)) &&
               emit_var(c, MN_OP_BINARY_OP, op, -1) &&
               emit_name(c, ACCESS_STORE, CHILD(statement, 0));
    }
    switch (mn_node_kind(target)) {
    case MN_NODE_ATTRIBUTE:
        return compile_expression(c, mn_node_child(target, 0)) && emit(c, MN_OP_DUP_TOP, 1) &&
               emit_constant(c, MN_OP_LOAD_ATTR, mn_node_child(CHILD(statement, 0), 1), 0) &&
               compile_expression(c, CHILD(statement, 1)) && emit_var(c, MN_OP_BINARY_OP, op, -1) &&
               emit(c, MN_OP_ROT_TWO, 0) &&
               emit_constant(c, MN_OP_STORE_ATTR, mn_node_child(CHILD(statement, 0), 1), -2);
    case MN_NODE_SUBSCRIPT:
        return compile_expression(c, mn_node_child(target, 0)) &&
               compile_subscript_index(c, mn_node_child(CHILD(statement, 0), 1)) &&
               emit(c, MN_OP_DUP_TOP_TWO, 2) && emit(c, MN_OP_BINARY_SUBSCR, -1) &&
               compile_expression(c, CHILD(statement, 1)) && emit_var(c, MN_OP_BINARY_OP, op, -1) &&
               emit(c, MN_OP_ROT_THREE, 0) && emit(c, MN_OP_STORE_SUBSCR, -3);
    default:
        return syntax_error(c, mn_node_line(*statement),
                            "'expression' is an illegal expression for augmented assignment");
    }
}

static loop_t *innermost_loop(compiler_t *c) {
    scope_t *scope = c->scope;
    return scope->loop_count > 0 ? &scope->loops[scope->loop_count - 1] : NULL;
}

// break and continue: a plain jump, or UNWIND_JUMP when try blocks lie in between.
static bool compile_loop_exit(compiler_t *c, bool is_break, uint32_t line) {
    loop_t *loop = innermost_loop(c);
    if (loop == NULL) {
        return syntax_error(c, line,
                            is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    unsigned crossed = c->scope->blocks - loop->blocks;
    if (crossed == 0) {
        if (is_break) {
            return emit_forward(c, MN_OP_JUMP, 0, &loop->break_chain);
        }
        return emit_backward(c, MN_OP_JUMP, loop->continue_target, 0);
    }
    if (is_break) {
        return emit_forward(c, MN_OP_UNWIND_JUMP, 0, &loop->break_chain) &&
               append_var(c, &c->scope->code, crossed);
    }
    return emit_backward(c, MN_OP_UNWIND_JUMP, loop->continue_target, 0) &&
           append_var(c, &c->scope->code, crossed);
}

static bool compile_global(compiler_t *c, const mn_value_t *statement) {
    for (size_t i = 0; i < COUNT(statement); i++) {
        size_t index;
        if (!name_index(c, CHILD(statement, i), &index)) {
            return false;
        }
        uint8_t *flags = name_flags(c, index);
        if ((*flags & NAME_USED) && !(*flags & NAME_GLOBAL) && c->scope->kind != MN_CODE_MODULE) {
            (void)mn_raise(c->runtime, &mn_type_SyntaxError,
                           "name '%q' is used prior to global declaration", CHILD(statement, i));
            c->parser.error_line = mn_node_line(*statement);
            return false;
        }
        *flags |= NAME_GLOBAL;
    }
    return true;
}

static bool compile_import(compiler_t *c, const mn_value_t *statement) {
    for (size_t i = 0; i < COUNT(statement); i++) {
        // The names are re-read after each emit: an interned str in the heap may move.
        bool renamed = mn_node_child(CHILD(statement, i), 1) != MN_NULL;
        if (!emit_small_int(c, 0) || !emit(c, renamed ? MN_OP_LOAD_TRUE : MN_OP_LOAD_NONE, 1) ||
            !emit_constant(c, MN_OP_IMPORT_NAME, mn_node_child(CHILD(statement, i), 0), -1)) {
            return false;
        }
        mn_value_t alias = mn_node_child(CHILD(statement, i), 1);
        if (alias == MN_NULL) {
            // import a.b.c binds a.
            mn_value_t dotted = mn_node_child(CHILD(statement, i), 0);
            const mn_str_t *name = mn_qstr_str(dotted);
            const char *dot = memchr(name->bytes, '.', mn_str_length(name));
            if (dot != NULL) {
                // The first component, from a copy: the name's bytes may move.
                mn_gc_ref_t ref;
                mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
                *slot = dotted;
                mn_str_t *first =
                    mn_is_qstr(dotted)
                        ? mn_str_new(c->runtime, name->bytes, (size_t)(dot - name->bytes))
                        : mn_str_new_slice(c->runtime, slot, 0, (size_t)(dot - name->bytes));
                *slot = mn_object_value(first);
                alias = first != NULL ? mn_qstr_intern_str(c->runtime, slot) : MN_NULL;
                mn_root_pop(&c->runtime->heap, &ref);
                if (alias == MN_NULL) {
                    return out_of_memory(c);
                }
            } else {
                alias = mn_node_child(CHILD(statement, i), 0);
            }
        }
        if (!store_target(c, alias)) {
            return false;
        }
    }
    return true;
}

static bool compile_import_from(compiler_t *c, const mn_value_t *statement) {
    size_t count = COUNT(statement);
    if (!emit_small_int(c, mn_node_op(*statement))) {
        return false;
    }
    mn_value_t module = CHILD(statement, 0); // re-read after each allocation
    if (count == 1) {                        // from m import *
        if (c->scope->kind == MN_CODE_FUNCTION) {
            return syntax_error(c, mn_node_line(*statement),
                                "import * only allowed at module level");
        }
        if (!emit(c, MN_OP_LOAD_TRUE, 1)) {
            return false;
        }
        module = CHILD(statement, 0);
        return emit_constant(c, MN_OP_IMPORT_NAME,
                             module == MN_NULL ? mn_qstr_value(MN_QSTR__empty_) : module, -1) &&
               emit(c, MN_OP_IMPORT_STAR, -1);
    }
    mn_tuple_t *names = mn_tuple_new(c->runtime, count - 1);
    if (names == NULL) {
        return out_of_memory(c);
    }
    for (size_t i = 1; i < count; i++) {
        names->items[i - 1] = mn_node_child(CHILD(statement, i), 0);
    }
    if (!emit_constant(c, MN_OP_LOAD_CONST, mn_object_value(names), 1)) {
        return false;
    }
    module = CHILD(statement, 0);
    if (!emit_constant(c, MN_OP_IMPORT_NAME,
                       module == MN_NULL ? mn_qstr_value(MN_QSTR__empty_) : module, -1)) {
        return false;
    }
    for (size_t i = 1; i < count; i++) {
        mn_value_t alias = CHILD(statement, i);
        if (!emit_constant(c, MN_OP_IMPORT_FROM, mn_node_child(alias, 0), 1)) {
            return false;
        }
        alias = CHILD(statement, i);
        mn_value_t as_name = mn_node_child(alias, 1);
        if (!store_target(c, as_name != MN_NULL ? as_name : mn_node_child(alias, 0))) {
            return false;
        }
    }
    return emit(c, MN_OP_POP_TOP, -1);
}

// Whether `value` is a call const(x) or micropython.const(x) of one plain argument.
// no allocation is done
static bool is_const_call(mn_value_t value) {
    if (!mn_is_node(value) || mn_node_kind(value) != MN_NODE_CALL ||
        mn_node_child_count(value) != 2) {
        return false;
    }
    mn_value_t argument = mn_node_child(value, 1);
    if (mn_is_node(argument) &&
        (mn_node_kind(argument) == MN_NODE_KEYWORD || mn_node_kind(argument) == MN_NODE_STARRED ||
         mn_node_kind(argument) == MN_NODE_DOUBLESTAR)) {
        return false;
    }
    mn_value_t function = mn_node_child(value, 0);
    if (function == mn_qstr_value(MN_QSTR_const)) {
        return true;
    }
    return mn_is_node(function) && mn_node_kind(function) == MN_NODE_ATTRIBUTE &&
           mn_node_child(function, 0) == mn_qstr_value(MN_QSTR_micropython) &&
           mn_node_child(function, 1) == mn_qstr_value(MN_QSTR_const);
}

// NAME = const(expression): folded; at module level the name is recorded as a constant and,
// when it starts with `_`, not stored at all (except at the REPL, where each input is
// compiled alone and the value must outlive it). may trigger a gc
static bool compile_const(compiler_t *c, const mn_value_t *statement) {
    mn_gc_ref_t ref;
    mn_value_t *value = mn_root_push(&c->runtime->heap, &ref);
    fold_t folded = fold(c, mn_node_child(CHILD(statement, 1), 1), false, value);
    bool ok = folded == FOLD_OK;
    if (folded == FOLD_NO) {
        (void)syntax_error(c, mn_node_line(*statement), "not a constant");
    }
    if (ok && c->scope->kind == MN_CODE_MODULE) {
        ok = const_record(c, CHILD(statement, 0), value) || out_of_memory(c);
        const mn_str_t *name = mn_qstr_str(CHILD(statement, 0));
        if (ok && name->bytes[0] == '_' && c->mode != MN_COMPILE_SINGLE) {
            mn_root_pop(&c->runtime->heap, &ref);
            return true;
        }
    }
    ok = ok && emit_value(c, *value) && store_target(c, CHILD(statement, 0));
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

static bool compile_simple(compiler_t *c, const mn_value_t *statement) {
    uint32_t line = mn_node_line(*statement);
    switch (mn_node_kind(*statement)) {
    case MN_NODE_EXPRESSION_STATEMENT:
        if (!compile_expression(c, CHILD(statement, 0))) {
            return false;
        }
        if (c->mode == MN_COMPILE_SINGLE && c->scope->outer == NULL) {
            return emit(c, MN_OP_PRINT_EXPR, -1);
        }
        return emit(c, MN_OP_POP_TOP, -1);
    case MN_NODE_ASSIGN: {
        size_t count = COUNT(statement);
        if (count == 2 && is_const_call(CHILD(statement, 1)) && !mn_is_node(CHILD(statement, 0))) {
            return compile_const(c, statement);
        }
        if (!compile_expression(c, CHILD(statement, count - 1))) {
            return false;
        }
        for (size_t i = 0; i + 1 < count; i++) {
            if ((i + 2 < count && !emit(c, MN_OP_DUP_TOP, 1)) ||
                !store_target(c, CHILD(statement, i))) {
                return false;
            }
        }
        return true;
    }
    case MN_NODE_AUGMENTED_ASSIGN:
        return compile_augmented(c, statement);
    case MN_NODE_ANNOTATED_ASSIGN:
        if (CHILD(statement, 2) == MN_NULL) {
            return true;
        }
        return compile_expression(c, CHILD(statement, 2)) && store_target(c, CHILD(statement, 0));
    case MN_NODE_PASS:
        return true;
    case MN_NODE_BREAK:
        return compile_loop_exit(c, true, line);
    case MN_NODE_CONTINUE:
        return compile_loop_exit(c, false, line);
    case MN_NODE_RETURN:
        if (c->scope->kind != MN_CODE_FUNCTION) {
            return syntax_error(c, line, "'return' outside function");
        }
        return (CHILD(statement, 0) == MN_NULL ? emit(c, MN_OP_LOAD_NONE, 1)
                                               : compile_expression(c, CHILD(statement, 0))) &&
               emit(c, MN_OP_RETURN_VALUE, -1);
    case MN_NODE_RAISE: {
        size_t parts = CHILD(statement, 0) == MN_NULL ? 0 : CHILD(statement, 1) == MN_NULL ? 1 : 2;
        for (size_t i = 0; i < parts; i++) {
            if (!compile_expression(c, CHILD(statement, i))) {
                return false;
            }
        }
        return emit_var(c, MN_OP_RAISE, parts, -(int)parts);
    }
    case MN_NODE_GLOBAL:
        return compile_global(c, statement);
    case MN_NODE_NONLOCAL:
        if (c->scope->kind == MN_CODE_MODULE) {
            return syntax_error(c, line, "nonlocal declaration not allowed at module level");
        }
        return syntax_error(c, line, "nonlocal is not supported yet");
    case MN_NODE_DELETE:
        for (size_t i = 0; i < COUNT(statement); i++) {
            if (!delete_target(c, CHILD(statement, i))) {
                return false;
            }
        }
        return true;
    case MN_NODE_ASSERT: {
        if (c->runtime->opt_level > 0) {
            return true; // micropython.opt_level(1) and above leave asserts out
        }
        size_t end = NO_CHAIN;
        bool has_message = CHILD(statement, 1) != MN_NULL;
        if (!compile_expression(c, CHILD(statement, 0)) ||
            !emit_forward(c, MN_OP_POP_JUMP_IF_TRUE, -1, &end) ||
            !emit(c, MN_OP_LOAD_ASSERTION_ERROR, 1)) {
            return false;
        }
        if (has_message &&
            (!compile_expression(c, CHILD(statement, 1)) || !emit_var(c, MN_OP_CALL, 1 << 2, -1))) {
            return false;
        }
        if (!emit_var(c, MN_OP_RAISE, 1, -1)) {
            return false;
        }
        patch_chain(c, end, here(c));
        return true;
    }
    case MN_NODE_IMPORT:
        return compile_import(c, statement);
    case MN_NODE_IMPORT_FROM:
        return compile_import_from(c, statement);
    default:
        return syntax_error(c, line, "invalid syntax");
    }
}

// ---- Compound statements ------------------------------------------------------------------

// Compiles a statement tree just parsed (rooted here while it compiles).
static bool compile_parsed(compiler_t *c, mn_value_t statement) {
    if (statement == MN_EXCEPTION) {
        return false;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&c->runtime->heap, &ref);
    *slot = statement;
    bool ok = compile_statement(c, slot);
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

// Statements until the end of the current block.
static bool compile_statements(compiler_t *c) {
    for (;;) {
        mn_value_t statement = next_statement(c);
        if (statement == MN_NULL) {
            return true;
        }
        if (!compile_parsed(c, statement)) {
            return false;
        }
    }
}

// The body after a compound statement's header: an indented block or the rest of the line.
static bool compile_body(compiler_t *c, const char *header, uint32_t line) {
    bool indented;
    if (!mn_parse_block_start(&c->parser, header, line, &indented)) {
        return false;
    }
    if (indented) {
        return compile_statements(c);
    }
    do {
        if (!compile_parsed(c, mn_parse_statement(&c->parser))) {
            return false;
        }
    } while (!mn_parser_line_ended(&c->parser));
    return true;
}

static bool compile_if(compiler_t *c, const mn_value_t *statement) {
    size_t end = NO_CHAIN;
    mn_gc_ref_t ref;
    mn_value_t *header = mn_root_push(&c->runtime->heap, &ref);
    *header = *statement;
    bool ok = true;
    for (;;) {
        mn_node_kind_t kind = mn_node_kind(*header);
        uint32_t line = mn_node_line(*header);
        c->scope->line = line;
        if (kind == MN_NODE_ELSE) {
            ok = compile_body(c, "'else' statement", line);
            break;
        }
        size_t next = NO_CHAIN;
        if (!compile_expression(c, CHILD(header, 0)) ||
            !emit_forward(c, MN_OP_POP_JUMP_IF_FALSE, -1, &next) ||
            !compile_body(c, kind == MN_NODE_IF ? "'if' statement" : "'elif' statement", line)) {
            ok = false;
            break;
        }
        int following = peek_statement_kind(c);
        if (following < 0) {
            ok = false;
            break;
        }
        if (following == MN_NODE_ELIF || following == MN_NODE_ELSE) {
            if (!emit_forward(c, MN_OP_JUMP, 0, &end)) {
                ok = false;
                break;
            }
            patch_chain(c, next, here(c));
            *header = next_statement(c);
            continue;
        }
        patch_chain(c, next, here(c));
        break;
    }
    mn_root_pop(&c->runtime->heap, &ref);
    if (ok) {
        patch_chain(c, end, here(c));
    }
    return ok;
}

// A loop's body, its else clause and its exits. The condition or FOR_ITER is emitted; its
// exit jumps are in *exit_chain.
static bool compile_loop_rest(compiler_t *c, loop_t *loop, size_t exit_chain, const char *header,
                              uint32_t line) {
    scope_t *scope = c->scope;
    if (!compile_body(c, header, line) || !emit_backward(c, MN_OP_JUMP, loop->continue_target, 0)) {
        return false;
    }
    size_t break_chain = loop->break_chain;
    bool is_for = loop->is_for;
    scope->loop_count--;
    int following = peek_statement_kind(c);
    if (following < 0) {
        return false;
    }
    bool has_else = following == MN_NODE_ELSE;
    size_t end = NO_CHAIN;
    if (is_for) {
        // break lands here with the iterator on the stack.
        patch_chain(c, break_chain, here(c));
        break_chain = NO_CHAIN;
        adjust(c, 1);
        if (!emit(c, MN_OP_POP_TOP, -1) || (has_else && !emit_forward(c, MN_OP_JUMP, 0, &end))) {
            return false;
        }
    }
    patch_chain(c, exit_chain, here(c));
    if (has_else) {
        mn_value_t statement = next_statement(c);
        if (!compile_body(c, "'else' statement", mn_node_line(statement))) {
            return false;
        }
    }
    patch_chain(c, break_chain, here(c));
    patch_chain(c, end, here(c));
    return true;
}

// The loop about to start here (check_blocks has made room for it).
static loop_t *loop_begin(compiler_t *c, bool is_for) {
    scope_t *scope = c->scope;
    loop_t *loop = &scope->loops[scope->loop_count];
    loop->continue_target = here(c);
    loop->break_chain = NO_CHAIN;
    loop->blocks = scope->blocks;
    loop->is_for = is_for;
    return loop;
}

static bool compile_while(compiler_t *c, const mn_value_t *statement) {
    uint32_t line = mn_node_line(*statement);
    if (!check_blocks(c)) {
        return false;
    }
    loop_t *loop = loop_begin(c, false);
    size_t exit_chain = NO_CHAIN;
    mn_value_t condition = CHILD(statement, 0);
    if (condition != MN_TRUE && (!compile_expression(c, condition) ||
                                 !emit_forward(c, MN_OP_POP_JUMP_IF_FALSE, -1, &exit_chain))) {
        return false;
    }
    c->scope->loop_count++;
    return compile_loop_rest(c, loop, exit_chain, "'while' statement", line);
}

static bool compile_for(compiler_t *c, const mn_value_t *statement) {
    uint32_t line = mn_node_line(*statement);
    if (!check_blocks(c) || !compile_expression(c, CHILD(statement, 1)) ||
        !emit(c, MN_OP_GET_ITER, 0)) {
        return false;
    }
    loop_t *loop = loop_begin(c, true);
    size_t exit_chain = NO_CHAIN;
    if (!emit_forward(c, MN_OP_FOR_ITER, 1, &exit_chain) || !store_target(c, CHILD(statement, 0))) {
        return false;
    }
    c->scope->loop_count++;
    return compile_loop_rest(c, loop, exit_chain, "'for' statement", line);
}

// try: SETUP_FINALLY (with finally), SETUP_EXCEPT (with handlers), the body, the handlers,
// the else clause, then the finally body entered by BEGIN_FINALLY. At a handler, the VM has
// pushed the previously handled exception and the exception, and an active-handler block.
static bool compile_try(compiler_t *c, const mn_value_t *statement) {
    scope_t *scope = c->scope;
    uint32_t line = mn_node_line(*statement);
    if (!check_blocks(c)) {
        return false;
    }
    // The clauses are not known yet: emit SETUP_FINALLY and SETUP_EXCEPT both, then turn
    // an unneeded one into a NOP jump over nothing (patched to offset 0).
    size_t finally_chain = NO_CHAIN, except_chain = NO_CHAIN;
    if (!emit_forward(c, MN_OP_SETUP_FINALLY, 0, &finally_chain)) {
        return false;
    }
    if (!emit_forward(c, MN_OP_SETUP_EXCEPT, 0, &except_chain)) {
        return false;
    }
    block_push(c);
    block_push(c);
    int depth = scope->depth;
    if (!compile_body(c, "'try' statement", line)) {
        return false;
    }
    int following = peek_statement_kind(c);
    if (following < 0) {
        return false;
    }
    bool has_handlers = following == MN_NODE_EXCEPT;
    size_t else_chain = NO_CHAIN, end_chain = NO_CHAIN;
    scope->blocks--; // the except block
    if (has_handlers) {
        if (!emit(c, MN_OP_POP_BLOCK, 0) || !emit_forward(c, MN_OP_JUMP, 0, &else_chain)) {
            return false;
        }
        patch_chain(c, except_chain, here(c));
        block_push(c); // the active handler
        while (peek_statement_kind(c) == MN_NODE_EXCEPT) {
            mn_gc_ref_t ref;
            mn_value_t *clause = mn_root_push(&c->runtime->heap, &ref);
            *clause = next_statement(c);
            scope->line = mn_node_line(*clause);
            scope->depth = depth + 2;
            adjust(c, 0);
            size_t next = NO_CHAIN;
            bool ok = true;
            mn_value_t type = CHILD(clause, 0);
            if (type != MN_NULL) {
                ok = emit(c, MN_OP_DUP_TOP, 1) && compile_expression(c, CHILD(clause, 0)) &&
                     emit_forward(c, MN_OP_JUMP_IF_NOT_EXC_MATCH, -2, &next);
            }
            mn_value_t name = CHILD(clause, 1);
            if (ok && name != MN_NULL) {
                ok = emit(c, MN_OP_DUP_TOP, 1) && store_target(c, CHILD(clause, 1));
            }
            ok = ok && compile_body(c, "'except' statement", mn_node_line(*clause)) &&
                 emit(c, MN_OP_POP_EXCEPT, 0);
            scope->depth = depth;
            if (ok && CHILD(clause, 1) != MN_NULL) {
                ok = emit(c, MN_OP_LOAD_NONE, 1) && store_target(c, CHILD(clause, 1)) &&
                     delete_target(c, CHILD(clause, 1));
            }
            ok = ok && emit_forward(c, MN_OP_JUMP, 0, &end_chain);
            bool bare = CHILD(clause, 0) == MN_NULL;
            mn_root_pop(&c->runtime->heap, &ref);
            if (!ok) {
                return false;
            }
            patch_chain(c, next, here(c));
            if (bare) {
                if (peek_statement_kind(c) == MN_NODE_EXCEPT) {
                    return syntax_error(c, scope->line, "default 'except:' must be last");
                }
                break;
            }
            if (peek_statement_kind(c) < 0) {
                return false;
            }
        }
        scope->depth = depth + 2;
        scope->blocks--; // the active handler
        if (!emit(c, MN_OP_RERAISE, -2)) {
            return false;
        }
        scope->depth = depth;
    } else {
        // No handlers: the except block's handler re-raises. (Both blocks were open while
        // the body compiled, so break and continue in it counted both.)
        if (!emit(c, MN_OP_POP_BLOCK, 0) || !emit_forward(c, MN_OP_JUMP, 0, &else_chain)) {
            return false;
        }
        patch_chain(c, except_chain, here(c));
        scope->depth = depth + 2;
        adjust(c, 0);
        if (!emit(c, MN_OP_RERAISE, -2)) {
            return false;
        }
        scope->depth = depth;
    }
    patch_chain(c, else_chain, here(c));
    following = peek_statement_kind(c);
    if (following < 0) {
        return false;
    }
    if (following == MN_NODE_ELSE) {
        if (!has_handlers) {
            return syntax_error(c, scope->line, "invalid syntax");
        }
        mn_value_t clause = next_statement(c);
        if (!compile_body(c, "'else' statement", mn_node_line(clause))) {
            return false;
        }
        following = peek_statement_kind(c);
        if (following < 0) {
            return false;
        }
    }
    patch_chain(c, end_chain, here(c));
    scope->blocks--; // the finally block
    if (following == MN_NODE_FINALLY) {
        mn_value_t clause = next_statement(c);
        uint32_t finally_line = mn_node_line(clause);
        if (!emit(c, MN_OP_POP_BLOCK, 0) || !emit(c, MN_OP_BEGIN_FINALLY, 2)) {
            return false;
        }
        patch_chain(c, finally_chain, here(c));
        block_push(c); // the active finally
        if (!compile_body(c, "'finally' statement", finally_line)) {
            return false;
        }
        scope->blocks--;
        return emit(c, MN_OP_END_FINALLY, -2);
    }
    if (!has_handlers) {
        return syntax_error(c, line, "expected 'except' or 'finally' block");
    }
    // No finally clause: an empty one, for the same reason.
    if (!emit(c, MN_OP_POP_BLOCK, 0) || !emit(c, MN_OP_BEGIN_FINALLY, 2)) {
        return false;
    }
    patch_chain(c, finally_chain, here(c));
    return emit(c, MN_OP_END_FINALLY, -2);
}

// ---- Parameters ---------------------------------------------------------------------------

typedef struct parameters {
    unsigned positional, keyword_only, positional_only, flags; // vm/code.h's shape
} parameters_t;

// Checks the parameter list (a PARAMETERS node) as CPython does and counts its kinds.
static bool check_parameters(compiler_t *c, mn_value_t parameters, uint32_t line,
                             parameters_t *shape) {
    memset(shape, 0, sizeof *shape);
    bool star = false, slash = false, double_star = false;
    size_t count = mn_node_child_count(parameters);
    for (size_t i = 0; i < count; i++) {
        mn_value_t parameter = mn_node_child(parameters, i);
        unsigned kind = mn_node_op(parameter);
        if (double_star) {
            return syntax_error(c, line, "arguments cannot follow var-keyword argument");
        }
        if (kind == MN_TOKEN_SLASH) {
            if (slash) {
                return syntax_error(c, line, "/ may appear only once");
            }
            if (star) {
                return syntax_error(c, line, "/ must be ahead of *");
            }
            if (shape->positional == 0) {
                return syntax_error(c, line, "at least one argument must precede /");
            }
            slash = true;
            shape->positional_only = shape->positional;
        } else if (kind == MN_TOKEN_STAR) {
            if (star) {
                return syntax_error(c, line, "* argument may appear only once");
            }
            star = true;
            if (mn_node_child(parameter, 0) != MN_NULL) {
                shape->flags |= MN_CODE_VARARGS;
            } else if (i + 1 == count || mn_node_op(mn_node_child(parameters, i + 1)) != 0) {
                return syntax_error(c, line, "named arguments must follow bare *");
            }
        } else if (kind == MN_TOKEN_DOUBLESTAR) {
            double_star = true;
            shape->flags |= MN_CODE_VARKEYWORDS;
        } else if (star) {
            shape->keyword_only++;
        } else {
            shape->positional++;
        }
    }
    if (shape->positional > MN_CODE_MAX_PARAMETERS ||
        shape->keyword_only > MN_CODE_MAX_PARAMETERS) {
        return syntax_error(c, line, "too many parameters");
    }
    return true;
}

// The parameter's place among the local slots: 0 positional, 1 keyword-only, 2 *args,
// 3 **kwargs, 4 none (the / marker, a bare *).
static unsigned parameter_group(mn_value_t parameter, bool after_star) {
    switch (mn_node_op(parameter)) {
    case 0:
        return after_star ? 1 : 0;
    case MN_TOKEN_STAR:
        return mn_node_child(parameter, 0) != MN_NULL ? 2 : 4;
    case MN_TOKEN_DOUBLESTAR:
        return 3;
    default:
        return 4;
    }
}

// Gives the parameters of the def in *statement the first local slots, in vm/code.h's
// order, and records their shape in the scope. may trigger a gc
static bool declare_parameters(compiler_t *c, const mn_value_t *statement, scope_t *scope) {
    uint32_t line = mn_node_line(*statement);
    parameters_t shape;
    if (!check_parameters(c, CHILD(statement, 1), line, &shape)) {
        return false;
    }
    size_t slot = 0;
    for (unsigned group = 0; group < 4; group++) {
        bool after_star = false;
        for (size_t i = 0; i < mn_node_child_count(CHILD(statement, 1)); i++) {
            mn_value_t parameter = mn_node_child(CHILD(statement, 1), i);
            unsigned parameter_kind = parameter_group(parameter, after_star);
            after_star = after_star || mn_node_op(parameter) == MN_TOKEN_STAR;
            if (parameter_kind != group) {
                continue;
            }
            size_t index;
            if (!name_index(c, mn_node_child(parameter, 0), &index)) {
                return false;
            }
            if (index != slot) {
                parameter = mn_node_child(CHILD(statement, 1), i);
                (void)mn_raise(c->runtime, &mn_type_SyntaxError,
                               "duplicate argument '%q' in function definition",
                               mn_node_child(parameter, 0));
                c->parser.error_line = line;
                return false;
            }
            *name_flags(c, index) |= NAME_BOUND;
            slot++;
        }
    }
    scope->shape = shape.flags | shape.positional << 4 | shape.keyword_only << 12 |
                   shape.positional_only << 20;
    return true;
}

// The name of a def or class in a class body is qualified by the class's, "Shape.area", as
// CPython's __qualname__ (messages name methods so; tracebacks use the last part). MN_NULL
// when out of memory. may trigger a gc
static mn_value_t qualified_name(compiler_t *c, mn_value_t name) {
    if (c->scope->kind != MN_CODE_CLASS) {
        return name;
    }
    const mn_str_t *outer = mn_qstr_str(c->scope->slots[SLOT_NAME]);
    const mn_str_t *inner = mn_qstr_str(name);
    size_t outer_length = mn_str_length(outer), inner_length = mn_str_length(inner);
    char text[128];
    if (outer_length + 1 + inner_length > sizeof text) {
        return name;
    }
    memcpy(text, outer->bytes, outer_length);
    text[outer_length] = '.';
    memcpy(text + outer_length + 1, inner->bytes, inner_length);
    return mn_qstr_intern(c->runtime, text, outer_length + 1 + inner_length);
}

// def and class: the body compiled into its own code object; for a class, *layout_out gets
// the tuple of the attribute names its methods store on self (or None).
static bool compile_function_body(compiler_t *c, const mn_value_t *statement, mn_code_kind_t kind,
                                  mn_value_t *code_out, mn_value_t *layout_out) {
    if (++c->nesting > MAX_NESTING) {
        return syntax_error(c, mn_node_line(*statement), "too many nested functions");
    }
    uint32_t line = mn_node_line(*statement);
    mn_value_t name = qualified_name(c, CHILD(statement, 0));
    if (name == MN_NULL) {
        return out_of_memory(c);
    }
    scope_t scope;
    if (!scope_begin(c, &scope, kind, name, line)) {
        scope_release(c, &scope);
        return false;
    }
    bool ok = true;
    if (kind == MN_CODE_FUNCTION) {
        ok = declare_parameters(c, statement, &scope);
        mn_value_t parameters = CHILD(statement, 1);
        if (ok && mn_node_child_count(parameters) > 0 && scope.outer->kind == MN_CODE_CLASS &&
            mn_node_op(mn_node_child(parameters, 0)) == 0) {
            scope.slots[SLOT_ATTRIBUTES] = mn_node_child(mn_node_child(parameters, 0), 0);
        }
    } else if (ok && (scope.slots[SLOT_ATTRIBUTES] = mn_list_new(c->runtime, 0)) == MN_EXCEPTION) {
        ok = false;
    }
    ok = ok &&
         compile_body(c, kind == MN_CODE_FUNCTION ? "function definition" : "class definition",
                      line) &&
         emit(c, MN_OP_LOAD_NONE, 1) && emit(c, MN_OP_RETURN_VALUE, -1);
    mn_value_t code = ok ? scope_end(c) : MN_EXCEPTION;
    if (code != MN_EXCEPTION && kind == MN_CODE_CLASS) {
        mn_value_t *slots = scope.slots;
        slots[SLOT_CODE] = code; // rooted while the layout is made
        *layout_out = MN_NONE;
        if (mn_list_length(slots[SLOT_ATTRIBUTES]) > 0) {
            *layout_out = list_to_tuple(c, &slots[SLOT_ATTRIBUTES]);
        }
        code = *layout_out == MN_EXCEPTION ? MN_EXCEPTION : slots[SLOT_CODE];
    }
    scope_release(c, &scope);
    c->nesting--;
    *code_out = code;
    return code != MN_EXCEPTION;
}

// The defaults, evaluated now in the enclosing scope, go in one tuple: those of the
// positional parameters, then, when the function has keyword-only parameters, one item for
// each of them (MN_NULL for a required one). vm/vm.c reads it so.
static bool compile_def(compiler_t *c, const mn_value_t *statement) {
    size_t count = mn_node_child_count(CHILD(statement, 1));
    size_t defaults = 0;
    bool any_default = false;
    for (size_t i = 0; i < count; i++) {
        mn_value_t parameter = mn_node_child(CHILD(statement, 1), i);
        any_default = any_default || mn_node_child(parameter, 1) != MN_NULL;
    }
    bool after_star = false;
    for (size_t i = 0; i < count && any_default; i++) {
        mn_value_t parameter = mn_node_child(CHILD(statement, 1), i);
        mn_value_t value = mn_node_child(parameter, 1);
        unsigned kind = mn_node_op(parameter);
        after_star = after_star || kind == MN_TOKEN_STAR;
        if (kind != 0) {
            continue;
        }
        if (value != MN_NULL) {
            if (!compile_expression(c, value)) {
                return false;
            }
            defaults++;
        } else if (after_star) {
            if (!emit(c, MN_OP_LOAD_NULL, 1)) {
                return false;
            }
            defaults++;
        } else if (defaults > 0) {
            return syntax_error(c, mn_node_line(*statement),
                                "non-default argument follows default argument");
        }
    }
    if (defaults > 0 && !emit_var(c, MN_OP_BUILD_TUPLE, defaults, 1 - (int)defaults)) {
        return false;
    }
    mn_value_t code;
    if (!compile_function_body(c, statement, MN_CODE_FUNCTION, &code, NULL)) {
        return false;
    }
    size_t index;
    return constant_index(c, code, &index) &&
           emit_var(c, MN_OP_MAKE_FUNCTION, index << 1 | (defaults > 0 ? 1 : 0),
                    defaults > 0 ? 0 : 1);
}

// The class body as a function, its name, its bases, the layout of its instances, then
// BUILD_CLASS (vm/class.h).
static bool compile_class(compiler_t *c, const mn_value_t *statement) {
    mn_gc_ref_t ref;
    mn_value_t *layout = mn_root_push(&c->runtime->heap, &ref);
    mn_value_t code;
    bool ok = compile_function_body(c, statement, MN_CODE_CLASS, &code, layout);
    size_t index;
    ok = ok && constant_index(c, code, &index) && emit_var(c, MN_OP_MAKE_FUNCTION, index << 1, 1) &&
         emit_constant(c, MN_OP_LOAD_CONST, CHILD(statement, 0), 1);
    size_t count = COUNT(statement);
    for (size_t i = 1; i < count && ok; i++) {
        mn_value_t base = CHILD(statement, i);
        if (mn_is_node(base) &&
            (mn_node_kind(base) == MN_NODE_KEYWORD || mn_node_kind(base) == MN_NODE_STARRED ||
             mn_node_kind(base) == MN_NODE_DOUBLESTAR)) {
            ok = syntax_error(c, mn_node_line(*statement),
                              "class keywords and starred bases are not supported");
        } else {
            ok = compile_expression(c, base);
        }
    }
    ok = ok &&
         (*layout == MN_NONE ? emit(c, MN_OP_LOAD_NONE, 1)
                             : emit_constant(c, MN_OP_LOAD_CONST, *layout, 1)) &&
         emit_var(c, MN_OP_BUILD_CLASS, count - 1, -(int)(count + 1));
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

// Decorators, then the def or class they decorate, then the calls, innermost first.
static bool compile_decorated(compiler_t *c, const mn_value_t *statement) {
    size_t decorators = 0;
    mn_gc_ref_t ref;
    mn_value_t *current = mn_root_push(&c->runtime->heap, &ref);
    *current = *statement;
    bool ok = true;
    while (ok && mn_node_kind(*current) == MN_NODE_DECORATOR) {
        c->scope->line = mn_node_line(*current);
        ok = compile_expression(c, CHILD(current, 0));
        decorators++;
        if (ok) {
            *current = next_statement(c);
            ok = *current != MN_EXCEPTION;
            // A decorator decorates a def or a class (or another decorator): anything else,
            // the end of the block included, is invalid syntax, as CPython says.
            if (ok && *current == MN_NULL) {
                ok = syntax_error(c, c->scope->line, "invalid syntax");
            } else if (ok && mn_node_kind(*current) != MN_NODE_DECORATOR &&
                       mn_node_kind(*current) != MN_NODE_DEF &&
                       mn_node_kind(*current) != MN_NODE_CLASS) {
                ok = syntax_error(c, mn_node_line(*current), "invalid syntax");
            }
        }
    }
    if (ok) {
        c->scope->line = mn_node_line(*current);
        ok = mn_node_kind(*current) == MN_NODE_DEF ? compile_def(c, current)
                                                   : compile_class(c, current);
    }
    for (size_t i = 0; i < decorators && ok; i++) {
        ok = emit_var(c, MN_OP_CALL, 1 << 2, -1);
    }
    ok = ok && store_target(c, CHILD(current, 0));
    mn_root_pop(&c->runtime->heap, &ref);
    return ok;
}

static bool compile_statement(compiler_t *c, const mn_value_t *statement) {
    mn_node_kind_t kind = mn_node_kind(*statement);
    c->scope->line = mn_node_line(*statement);
    switch (kind) {
    case MN_NODE_IF:
        return compile_if(c, statement);
    case MN_NODE_WHILE:
        return compile_while(c, statement);
    case MN_NODE_FOR:
        return compile_for(c, statement);
    case MN_NODE_TRY:
        return compile_try(c, statement);
    case MN_NODE_DEF:
    case MN_NODE_CLASS:
    case MN_NODE_DECORATOR:
        return compile_decorated(c, statement);
    case MN_NODE_ELIF:
    case MN_NODE_ELSE:
    case MN_NODE_EXCEPT:
    case MN_NODE_FINALLY:
        return syntax_error(c, c->scope->line, "invalid syntax");
    case MN_NODE_WITH:
        return syntax_error(c, c->scope->line, "the with statement is not supported yet");
    default:
        return compile_simple(c, statement);
    }
}

// ---- Entry --------------------------------------------------------------------------------

// Sets the SyntaxError's line (exception.h) from the parser's record.
static void note_error_line(compiler_t *c) {
    mn_value_t exception = mn_exception_pending(c->runtime);
    if (exception != MN_NULL &&
        mn_type_is_subtype(mn_exception_type(exception), &mn_type_SyntaxError)) {
        const mn_token_t *token = &c->parser.lexer.token;
        size_t offset = token->line == c->parser.error_line ? token->column + 1 : 0;
        mn_exception_set_location(c->runtime, c->filename, c->parser.error_line, c->parser.source,
                                  offset);
    }
}

mn_value_t mn_compile(mn_runtime_t *runtime, const mn_value_t *source, const mn_value_t *filename,
                      mn_compile_mode_t mode) {
    compiler_t c;
    memset(&c, 0, sizeof c);
    c.runtime = runtime;
    c.filename = filename;
    c.mode = mode;
    mn_word_t *pending = mn_heap_reserve_top(&runtime->heap, 2);
    if (pending == NULL) {
        return mn_raise_memory_error(runtime);
    }
    c.pending = pending;
    c.consts = pending + 1;
    *c.consts = MN_NULL;
    mn_value_t result = MN_EXCEPTION;
    if (mn_parser_init(&c.parser, runtime, source)) {
        scope_t scope;
        if (scope_begin(&c, &scope, MN_CODE_MODULE, mn_qstr_value(MN_QSTR__lt_module_gt_), 1)) {
            bool ok;
            if (mode == MN_COMPILE_EVAL) {
                mn_value_t tree = mn_parse_eval_input(&c.parser);
                ok = tree != MN_EXCEPTION && compile_expression(&c, tree) &&
                     emit(&c, MN_OP_RETURN_VALUE, -1);
            } else {
                ok = compile_statements(&c) && emit(&c, MN_OP_LOAD_NONE, 1) &&
                     emit(&c, MN_OP_RETURN_VALUE, -1);
            }
            if (ok) {
                result = scope_end(&c);
            }
        }
        scope_release(&c, &scope);
        if (result == MN_EXCEPTION) {
            mn_parser_release(&c.parser);
        }
    }
    if (result == MN_EXCEPTION) {
        note_error_line(&c);
    }
    mn_heap_release_top(&runtime->heap, 2);
    return result;
}
