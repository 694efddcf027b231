#include "pyeval.h"

#include <stdio.h>
#include <string.h>

#include "compile/lexer.h"
#include "compile/literal.h"
#include "obj/bytes.h"
#include "obj/exception.h"
#include "obj/float.h"
#include "obj/float_text.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/number.h"
#include "obj/str_format.h"
#include "obj/str_type.h"
#include "obj/text.h"
#include "obj/tuple.h"

mn_runtime_t pyeval_runtime;
#define R (&pyeval_runtime)

static mn_word_t arena[256 * 1024 / sizeof(mn_word_t)];

// The evaluator's stack: a root region whose live length is `depth`. stack[0 .. VARIABLES)
// are the variables x, y and z.
#define STACK_MAX 160
#define VARIABLES 3
static mn_value_t stack[STACK_MAX];
static size_t depth;

bool pyeval_setup(size_t bytes) {
    memset(stack, 0, sizeof stack);
    depth = VARIABLES;
    if (bytes > sizeof arena) {
        return false;
    }
    return mn_runtime_init(R, arena, bytes) && mn_root_add_region(&R->heap, stack, &depth);
}

size_t pyeval_open_refs(void) {
    size_t count = 0;
    for (const mn_gc_ref_t *ref = R->heap.refs; ref != NULL; ref = ref->prev) {
        count++;
    }
    return count;
}

// ---- A read-only mapping for the tests ({...} displays) -------------------------------------
//
// An iterator-tagged block, which carries its type: [header][type][keys tuple][values tuple].

typedef struct mapping {
    mn_word_t header;
    const mn_type_t *type;
    mn_value_t keys;
    mn_value_t values;
} mapping_t;

static mn_value_t mapping_find(const mn_value_t *self, const mn_value_t *key, bool *found) {
    *found = false;
    mn_gc_ref_t ref;
    mn_value_t *candidate = mn_root_push(&R->heap, &ref);
    mn_value_t result = MN_NULL;
    size_t count = mn_tuple_length(mn_object(((mapping_t *)mn_object(*self))->keys));
    for (size_t i = 0; i < count; i++) {
        *candidate = ((mn_tuple_t *)mn_object(((mapping_t *)mn_object(*self))->keys))->items[i];
        mn_value_t equal = mn_number_is(*candidate) && mn_number_is(*key)
                               ? mn_number_compare(MN_COMPARE_EQUAL, *candidate, *key)
                               : mn_equal(R, candidate, key);
        if (equal == MN_EXCEPTION) {
            result = MN_EXCEPTION;
            break;
        }
        if (equal == MN_TRUE) {
            *found = true;
            result = ((mn_tuple_t *)mn_object(((mapping_t *)mn_object(*self))->values))->items[i];
            break;
        }
    }
    mn_root_pop(&R->heap, &ref);
    return result;
}

static mn_value_t mapping_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                    const mn_value_t *index, const mn_value_t *value) {
    if (value != NULL) {
        return MN_NOT_IMPLEMENTED;
    }
    bool found;
    mn_value_t result = mapping_find(self, index, &found);
    if (found || result == MN_EXCEPTION) {
        return result;
    }
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    *text = mn_format_convert(runtime, index, 's');
    result =
        *text == MN_EXCEPTION ? MN_EXCEPTION : mn_raise(runtime, &mn_type_KeyError, "%q", *text);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// Attributes are the keys too, so that "{0.name}" has something to find.
static mn_value_t mapping_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                               const mn_value_t *value) {
    (void)runtime;
    if (value != NULL) {
        return MN_NULL;
    }
    mn_gc_ref_t ref;
    mn_value_t *key = mn_root_push(&R->heap, &ref);
    *key = name;
    bool found;
    mn_value_t result = mapping_find(self, key, &found);
    mn_root_pop(&R->heap, &ref);
    return found || result == MN_EXCEPTION ? result : MN_NULL;
}

static const mn_type_t mapping_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_object, // no dict name in ROM yet: the tests do not print it
    .base = &mn_type_object,
    .subscript = mapping_subscript,
    .attr = mapping_attr,
};

// ---- The parser --------------------------------------------------------------------------------

typedef struct parser {
    const char *text;
    size_t position;
    bool syntax_error;
} parser_t;

static bool fail_syntax(parser_t *p) {
    p->syntax_error = true;
    return false;
}

static void skip_spaces(parser_t *p) {
    while (p->text[p->position] == ' ') {
        p->position++;
    }
}

static char peek(parser_t *p) {
    skip_spaces(p);
    return p->text[p->position];
}

static bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Consumes `token` (punctuation) when it comes next.
static bool match(parser_t *p, const char *token) {
    skip_spaces(p);
    size_t length = strlen(token);
    if (strncmp(p->text + p->position, token, length) != 0) {
        return false;
    }
    p->position += length;
    return true;
}

// Consumes the word when it comes next as a whole name.
static bool match_word(parser_t *p, const char *word) {
    skip_spaces(p);
    size_t length = strlen(word);
    if (strncmp(p->text + p->position, word, length) != 0 ||
        is_name_char(p->text[p->position + length])) {
        return false;
    }
    p->position += length;
    return true;
}

// Reads a name; returns its length (0 when none comes next).
static size_t name(parser_t *p, const char **start) {
    skip_spaces(p);
    *start = p->text + p->position;
    size_t length = 0;
    while (is_name_char(p->text[p->position]) &&
           !(length == 0 && p->text[p->position] >= '0' && p->text[p->position] <= '9')) {
        p->position++;
        length++;
    }
    return length;
}

static bool push(parser_t *p, mn_value_t value) {
    if (value == MN_EXCEPTION) {
        return false;
    }
    if (value == MN_NULL || depth == STACK_MAX) {
        return fail_syntax(p);
    }
    stack[depth++] = value;
    return true;
}

static void drop_to(size_t level) {
    while (depth > level) {
        stack[--depth] = MN_NULL;
    }
}

// Replaces the values from `base` up by one value.
static bool reduce(parser_t *p, size_t base, mn_value_t value) {
    drop_to(base);
    return push(p, value);
}

static bool expression(parser_t *p);

// ---- Atoms -------------------------------------------------------------------------------------

static bool number(parser_t *p) {
    size_t start = p->position;
    bool is_float = false;
    while ((p->text[p->position] >= '0' && p->text[p->position] <= '9') ||
           p->text[p->position] == '_') {
        p->position++;
    }
    if (p->text[p->position] == '.') {
        is_float = true;
        p->position++;
        while (p->text[p->position] >= '0' && p->text[p->position] <= '9') {
            p->position++;
        }
    }
    if (p->text[p->position] == 'e' || p->text[p->position] == 'E') {
        is_float = true;
        p->position++;
        if (p->text[p->position] == '+' || p->text[p->position] == '-') {
            p->position++;
        }
        while (p->text[p->position] >= '0' && p->text[p->position] <= '9') {
            p->position++;
        }
    }
    const char *text = p->text + start;
    size_t length = p->position - start;
    if (is_float) {
        double value;
        if (!mn_float_parse(text, length, &value)) {
            return fail_syntax(p);
        }
        return push(p, mn_float_new(R, value));
    }
    mn_str_t *digits = mn_str_new(R, text, length);
    if (!push(p, digits != NULL ? mn_object_value(digits) : mn_raise_memory_error(R))) {
        return false;
    }
    return reduce(p, depth - 1, mn_int_parse(R, &stack[depth - 1], 10));
}

static bool string(parser_t *p) {
    skip_spaces(p);
    unsigned flags = 0;
    for (;; p->position++) {
        char c = p->text[p->position];
        if (c == 'b' || c == 'B') {
            flags |= MN_STRING_BYTES;
        } else if (c == 'r' || c == 'R') {
            flags |= MN_STRING_RAW;
        } else {
            break;
        }
    }
    char quote = p->text[p->position++];
    size_t body = p->position;
    while (p->text[p->position] != quote) {
        if (p->text[p->position] == '\0') {
            return fail_syntax(p);
        }
        p->position += p->text[p->position] == '\\' && p->text[p->position + 1] != '\0' ? 2 : 1;
    }
    size_t body_length = p->position - body;
    p->position++;
    char decoded[1024];
    mn_literal_error_t error;
    size_t length =
        mn_literal_decode(p->text, body, body_length, flags, decoded, sizeof decoded, &error);
    if (length == MN_LITERAL_ERROR || length > sizeof decoded) {
        return fail_syntax(p);
    }
    return push(
        p, mn_text_new(R, flags & MN_STRING_BYTES ? MN_TEXT_BYTES : MN_TEXT_STR, decoded, length));
}

// A tuple or a list of the values from `base` up.
static bool make_sequence(parser_t *p, size_t base, bool list) {
    size_t count = depth - base;
    mn_value_t value;
    if (list) {
        value = mn_list_from_values(R, &stack[base], count);
    } else {
        mn_tuple_t *tuple = mn_tuple_new(R, count);
        if (tuple == NULL) {
            value = mn_raise_memory_error(R);
        } else {
            memcpy(tuple->items, &stack[base], count * sizeof(mn_value_t));
            value = mn_object_value(tuple);
        }
    }
    return reduce(p, base, value);
}

// The items up to `close`, each pushed; with `pairs`, "key: value" items.
static bool items(parser_t *p, const char *close, bool pairs, bool *trailing_comma) {
    *trailing_comma = false;
    while (!match(p, close)) {
        if (!expression(p)) {
            return false;
        }
        if (pairs && (!match(p, ":") || !expression(p))) {
            return p->syntax_error || !match(p, ":") ? fail_syntax(p) : false;
        }
        *trailing_comma = match(p, ",");
        if (!*trailing_comma && peek(p) != close[0]) {
            return fail_syntax(p);
        }
    }
    return true;
}

static bool mapping(parser_t *p) {
    size_t base = depth;
    bool comma;
    if (!items(p, "}", true, &comma)) {
        return false;
    }
    size_t pairs = (depth - base) / 2;
    mn_tuple_t *keys = mn_tuple_new(R, pairs);
    if (!push(p, keys != NULL ? mn_object_value(keys) : mn_raise_memory_error(R))) {
        return false;
    }
    mn_tuple_t *values = mn_tuple_new(R, pairs);
    if (!push(p, values != NULL ? mn_object_value(values) : mn_raise_memory_error(R))) {
        return false;
    }
    mapping_t *map = mn_heap_alloc(&R->heap, MN_TAG_ITERATOR, sizeof(mapping_t));
    if (map == NULL) {
        return push(p, mn_raise_memory_error(R));
    }
    keys = mn_object(stack[depth - 2]);
    values = mn_object(stack[depth - 1]);
    for (size_t i = 0; i < pairs; i++) {
        keys->items[i] = stack[base + 2 * i];
        values->items[i] = stack[base + 2 * i + 1];
    }
    map->type = &mapping_type;
    map->keys = stack[depth - 2];
    map->values = stack[depth - 1];
    return reduce(p, base, mn_object_value(map));
}

// A slice object [header][start][stop][step] of the three values from `base` up.
static bool make_slice(parser_t *p, size_t base) {
    mn_value_t *slice = mn_heap_alloc(&R->heap, MN_TAG_SLICE, 4 * sizeof(mn_value_t));
    if (slice == NULL) {
        return reduce(p, base, mn_raise_memory_error(R));
    }
    memcpy(slice + 1, &stack[base], 3 * sizeof(mn_value_t));
    return reduce(p, base, mn_object_value(slice));
}

// ---- Calls -------------------------------------------------------------------------------------

typedef struct arguments {
    size_t positional;
    size_t keywords;
    const char *names[8];
    size_t name_lengths[8];
} arguments_t;

// The arguments after '(' up to ')': positional values pushed, then keyword values.
static bool parse_arguments(parser_t *p, arguments_t *args) {
    args->positional = args->keywords = 0;
    while (!match(p, ")")) {
        size_t saved = p->position;
        const char *start;
        size_t length = name(p, &start);
        if (length > 0 && peek(p) == '=' && p->text[p->position + 1] != '=') {
            p->position++;
            if (args->keywords == 8) {
                return fail_syntax(p);
            }
            args->names[args->keywords] = start;
            args->name_lengths[args->keywords++] = length;
        } else {
            p->position = saved;
            if (args->keywords > 0) {
                return fail_syntax(p);
            }
            args->positional++;
        }
        if (!expression(p)) {
            return false;
        }
        if (!match(p, ",") && peek(p) != ')') {
            return fail_syntax(p);
        }
    }
    return true;
}

// The keywords tuple of a call (pushed after the values), or MN_NULL.
static bool keywords_tuple(parser_t *p, const arguments_t *args, mn_value_t *keywords) {
    *keywords = MN_NULL;
    if (args->keywords == 0) {
        return true;
    }
    mn_tuple_t *tuple = mn_tuple_new(R, args->keywords);
    if (!push(p, tuple != NULL ? mn_object_value(tuple) : mn_raise_memory_error(R))) {
        return false;
    }
    size_t slot = depth - 1;
    for (size_t i = 0; i < args->keywords; i++) {
        mn_value_t interned = mn_qstr_intern(R, args->names[i], args->name_lengths[i]);
        if (interned == MN_NULL) {
            return push(p, mn_raise_memory_error(R));
        }
        ((mn_tuple_t *)mn_object(stack[slot]))->items[i] = interned;
    }
    *keywords = stack[slot];
    return true;
}

static mn_value_t interned_name(const char *start, size_t length) {
    mn_value_t value = mn_qstr_intern(R, start, length);
    return value != MN_NULL ? value : mn_raise_memory_error(R);
}

// receiver.name(...) with the receiver at stack[base].
static bool method_call(parser_t *p, size_t base, const char *start, size_t length) {
    arguments_t args;
    if (!parse_arguments(p, &args)) {
        return false;
    }
    mn_value_t keywords;
    if (!keywords_tuple(p, &args, &keywords)) {
        return false;
    }
    mn_value_t method_name = interned_name(start, length);
    if (method_name == MN_EXCEPTION) {
        return false;
    }
    mn_value_t receiver = stack[base];
    bool on_type = mn_is_tagged(receiver, MN_TAG_TYPE);
    const mn_type_t *type = on_type ? mn_object(receiver) : mn_type_of(receiver);
    mn_value_t method = mn_type_find_attr(type, method_name);
    if (method == MN_NULL || !mn_is_tagged(method, MN_TAG_NATIVE)) {
        return reduce(p, base, mn_raise_attribute_error(R, &stack[base], method_name));
    }
    const mn_native_t *native = mn_object(method);
    mn_value_t *first = &stack[base];
    size_t count = 1 + args.positional;
    if (on_type && !(native->flags & MN_NATIVE_CLASSMETHOD)) {
        first++; // unbound: the arguments as given
        count--;
    } else if (!on_type && (native->flags & MN_NATIVE_CLASSMETHOD)) {
        stack[base] = mn_object_value(type); // a classmethod gets the type, as the VM binds it
    }
    if (!push(p, method)) {
        return false;
    }
    return reduce(p, base, mn_call(R, &stack[depth - 1], first, count, keywords));
}

// A call of a type at stack[base].
static bool type_call(parser_t *p, size_t base) {
    arguments_t args;
    mn_value_t keywords;
    if (!parse_arguments(p, &args) || !keywords_tuple(p, &args, &keywords)) {
        return false;
    }
    const mn_type_t *type = mn_object(stack[base]);
    if (type->make_new == NULL) {
        return fail_syntax(p);
    }
    return reduce(p, base, type->make_new(R, type, &stack[base + 1], args.positional, keywords));
}

// list(iterable), by the iteration protocol.
static mn_value_t make_list(size_t slot) {
    mn_value_t list = mn_list_new(R, 0);
    if (list == MN_EXCEPTION) {
        return list;
    }
    stack[depth++] = list;
    stack[depth] = mn_iter(R, &stack[slot]);
    if (stack[depth] == MN_EXCEPTION) {
        stack[depth] = MN_NULL;
        return MN_EXCEPTION;
    }
    depth++;
    for (;;) {
        stack[depth] = mn_next(R, &stack[depth - 1]);
        if (stack[depth] == MN_NULL) {
            return stack[depth - 2];
        }
        if (stack[depth] == MN_EXCEPTION) {
            stack[depth] = MN_NULL;
            return MN_EXCEPTION;
        }
        depth++;
        bool appended = mn_list_append(R, &stack[depth - 3], &stack[depth - 1]);
        stack[--depth] = MN_NULL;
        if (!appended) {
            return MN_EXCEPTION;
        }
    }
}

// The built-in functions, with their arguments from stack[base].
static bool builtin_call(parser_t *p, const char *function, size_t base) {
    arguments_t args;
    if (!parse_arguments(p, &args) || args.keywords > 0) {
        return p->syntax_error || args.keywords > 0 ? fail_syntax(p) : false;
    }
    size_t count = args.positional;
    mn_value_t *arg = &stack[base];
    mn_value_t result;
    if (strcmp(function, "slice") == 0) {
        while (depth < base + 3) {
            stack[depth++] = MN_NONE;
        }
        return make_slice(p, base);
    }
    if (count < 1 || (count > 1 && strcmp(function, "format") != 0)) {
        return fail_syntax(p);
    }
    if (strcmp(function, "len") == 0) {
        result = mn_len(R, arg);
    } else if (strcmp(function, "repr") == 0) {
        result = mn_repr(R, arg);
    } else if (strcmp(function, "ascii") == 0) {
        result = mn_str_ascii(R, arg);
    } else if (strcmp(function, "hash") == 0) {
        result = mn_hash(R, arg);
    } else if (strcmp(function, "bool") == 0) {
        result = mn_truth(R, arg);
    } else if (strcmp(function, "iter") == 0) {
        result = mn_iter(R, arg);
    } else if (strcmp(function, "next") == 0) {
        result = mn_next(R, arg);
        if (result == MN_NULL) {
            result = mn_raise(R, &mn_type_StopIteration, "");
        }
    } else if (strcmp(function, "list") == 0) {
        result = make_list(base);
    } else { // format(value[, spec])
        if (count == 1 && !push(p, mn_qstr_value(MN_QSTR__empty_))) {
            return false;
        }
        mn_buffer_t buffer;
        stack[depth] = MN_NULL;
        depth++;
        result = MN_EXCEPTION;
        if (!mn_text_buffer_init(R, &buffer, &stack[depth - 1], 16)) {
            result = MN_EXCEPTION;
        } else if (mn_format_value(R, &buffer, &stack[base], &stack[base + 1])) {
            result = mn_text_finish(R, MN_TEXT_STR, &buffer);
        }
    }
    return reduce(p, base, result);
}

// The index of the variable x, y or z that comes next (consumed), or -1.
static int variable_name(parser_t *p) {
    static const char *const names[VARIABLES] = {"x", "y", "z"};
    for (int i = 0; i < VARIABLES; i++) {
        if (match_word(p, names[i])) {
            return i;
        }
    }
    return -1;
}

static bool push_variable(parser_t *p, int variable) {
    if (stack[variable] == MN_NULL) {
        return push(p, mn_raise(R, &mn_type_NameError, "name '%s' is not defined",
                                (const char *[]){"x", "y", "z"}[variable]));
    }
    return push(p, stack[variable]);
}

// ---- Expressions -------------------------------------------------------------------------------

static bool atom(parser_t *p) {
    char c = peek(p);
    if (c >= '0' && c <= '9') {
        return number(p);
    }
    if (c == '\'' || c == '"' ||
        ((c == 'b' || c == 'r' || c == 'B' || c == 'R') &&
         (p->text[p->position + 1] == '\'' || p->text[p->position + 1] == '"' ||
          ((p->text[p->position + 1] == 'r' || p->text[p->position + 1] == 'b') &&
           (p->text[p->position + 2] == '\'' || p->text[p->position + 2] == '"'))))) {
        return string(p);
    }
    size_t base = depth;
    bool comma;
    if (match(p, "(")) {
        if (!items(p, ")", false, &comma)) {
            return false;
        }
        if (depth - base == 1 && !comma) {
            return true; // a parenthesized expression
        }
        return make_sequence(p, base, false);
    }
    if (match(p, "[")) {
        return items(p, "]", false, &comma) && make_sequence(p, base, true);
    }
    if (match(p, "{")) {
        return mapping(p);
    }
    static const char *const builtins[] = {"len",  "repr", "ascii", "format", "list",
                                           "hash", "bool", "iter",  "next",   "slice"};
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        if (match_word(p, builtins[i])) {
            if (!match(p, "(")) {
                return fail_syntax(p);
            }
            return builtin_call(p, builtins[i], base);
        }
    }
    static const struct {
        const char *name;
        mn_value_t value;
    } names[] = {
        {"None", MN_NONE},
        {"True", MN_TRUE},
        {"False", MN_FALSE},
        {"str", (mn_value_t)&mn_type_str},
        {"bytes", (mn_value_t)&mn_type_bytes},
        {"bytearray", (mn_value_t)&mn_type_bytearray},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (match_word(p, names[i].name)) {
            return push(p, names[i].value);
        }
    }
    int variable = variable_name(p);
    if (variable >= 0) {
        return push_variable(p, variable);
    }
    return fail_syntax(p);
}

// A subscript after '[': an index or a slice; pushes the index value.
static bool subscript_index(parser_t *p) {
    size_t base = depth;
    bool is_slice = false;
    for (int part = 0; part < 3; part++) {
        char c = peek(p);
        if (c == ':' || c == ']') {
            if (!push(p, MN_NONE)) {
                return false;
            }
        } else if (!expression(p)) {
            return false;
        }
        if (part < 2 && match(p, ":")) {
            is_slice = true;
            continue;
        }
        break;
    }
    if (!match(p, "]")) {
        return fail_syntax(p);
    }
    if (!is_slice) {
        return true;
    }
    while (depth < base + 3) {
        stack[depth++] = MN_NONE;
    }
    return make_slice(p, base);
}

static bool postfix(parser_t *p) {
    size_t base = depth;
    if (!atom(p)) {
        return false;
    }
    for (;;) {
        if (match(p, ".")) {
            const char *start;
            size_t length = name(p, &start);
            if (length == 0) {
                return fail_syntax(p);
            }
            if (match(p, "(")) {
                if (!method_call(p, base, start, length)) {
                    return false;
                }
                continue;
            }
            mn_value_t attribute = interned_name(start, length);
            if (attribute == MN_EXCEPTION ||
                !reduce(p, base, mn_load_attr(R, &stack[base], attribute))) {
                return false;
            }
        } else if (match(p, "(")) {
            if (!mn_is_tagged(stack[base], MN_TAG_TYPE)) {
                return fail_syntax(p);
            }
            if (!type_call(p, base)) {
                return false;
            }
        } else if (match(p, "[")) {
            if (!subscript_index(p) ||
                !reduce(p, base, mn_subscript(R, &stack[base], &stack[base + 1], NULL))) {
                return false;
            }
        } else {
            return true;
        }
    }
}

static mn_value_t binary(mn_binary_op_t op, size_t left) {
    if (mn_number_is(stack[left]) && mn_number_is(stack[left + 1])) {
        mn_value_t result = mn_number_binary(R, op, &stack[left], &stack[left + 1]);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
    }
    return mn_binary(R, op, &stack[left], &stack[left + 1]);
}

static bool unary(parser_t *p);

static bool power(parser_t *p) {
    size_t base = depth;
    if (!postfix(p)) {
        return false;
    }
    if (match(p, "**")) {
        return unary(p) && reduce(p, base, binary(MN_BINARY_POWER, base));
    }
    return true;
}

static bool unary(parser_t *p) {
    size_t base = depth;
    if (match(p, "-")) {
        if (!unary(p)) {
            return false;
        }
        mn_value_t result = mn_number_unary(R, MN_UNARY_NEGATIVE, &stack[base]);
        if (result == MN_NOT_IMPLEMENTED) {
            result = mn_unary(R, MN_UNARY_NEGATIVE, &stack[base]);
        }
        return reduce(p, base, result);
    }
    return power(p);
}

static bool term(parser_t *p) {
    size_t base = depth;
    if (!unary(p)) {
        return false;
    }
    for (;;) {
        mn_binary_op_t op;
        if (match(p, "*")) {
            op = MN_BINARY_MULTIPLY;
        } else if (match(p, "//")) {
            op = MN_BINARY_FLOOR_DIVIDE;
        } else if (match(p, "/")) {
            op = MN_BINARY_TRUE_DIVIDE;
        } else if (match(p, "%")) {
            op = MN_BINARY_REMAINDER;
        } else {
            return true;
        }
        if (!unary(p) || !reduce(p, base, binary(op, base))) {
            return false;
        }
    }
}

static bool additive(parser_t *p) {
    size_t base = depth;
    if (!term(p)) {
        return false;
    }
    for (;;) {
        mn_binary_op_t op;
        if (match(p, "+")) {
            op = MN_BINARY_ADD;
        } else if (peek(p) == '-' && p->text[p->position + 1] != '=') {
            p->position++;
            op = MN_BINARY_SUBTRACT;
        } else {
            return true;
        }
        if (!term(p) || !reduce(p, base, binary(op, base))) {
            return false;
        }
    }
}

static bool expression(parser_t *p) {
    size_t base = depth;
    if (!additive(p)) {
        return false;
    }
    static const struct {
        const char *token;
        int op; // a comparison, or -1 in, -2 not in, -3 is, -4 is not
    } operators[] = {
        {"==", MN_COMPARE_EQUAL},      {"!=", MN_COMPARE_NOT_EQUAL},
        {"<=", MN_COMPARE_LESS_EQUAL}, {">=", MN_COMPARE_GREATER_EQUAL},
        {"<", MN_COMPARE_LESS},        {">", MN_COMPARE_GREATER},
    };
    int op = 0;
    bool found = false;
    for (size_t i = 0; i < sizeof operators / sizeof operators[0] && !found; i++) {
        if (match(p, operators[i].token)) {
            op = operators[i].op;
            found = true;
        }
    }
    if (!found) {
        if (match_word(p, "in")) {
            op = -1;
        } else if (match_word(p, "not")) {
            if (!match_word(p, "in")) {
                return fail_syntax(p);
            }
            op = -2;
        } else if (match_word(p, "is")) {
            op = match_word(p, "not") ? -4 : -3;
        } else {
            return true;
        }
    }
    if (!additive(p)) {
        return false;
    }
    mn_value_t result;
    if (op == -3 || op == -4) {
        result = mn_bool((stack[base] == stack[base + 1]) == (op == -3));
    } else if (op < 0) {
        result = mn_contains(R, &stack[base + 1], &stack[base]);
        if (op == -2 && result != MN_EXCEPTION) {
            result = mn_bool(result == MN_FALSE);
        }
    } else if (mn_number_is(stack[base]) && mn_number_is(stack[base + 1])) {
        result = mn_number_compare((mn_compare_op_t)op, stack[base], stack[base + 1]);
    } else {
        result = mn_compare(R, (mn_compare_op_t)op, &stack[base], &stack[base + 1]);
    }
    return reduce(p, base, result);
}

// ---- Statements --------------------------------------------------------------------------------

// variable[index] = value (deleting when `delete`), after "variable[".
static bool item_statement(parser_t *p, int variable, bool delete) {
    size_t base = depth;
    if (!push_variable(p, variable) || !subscript_index(p)) {
        return false;
    }
    mn_value_t deleted = MN_NULL;
    const mn_value_t *value = &deleted;
    if (!delete) {
        if (!match(p, "=") || !expression(p)) {
            return p->syntax_error ? false : fail_syntax(p);
        }
        value = &stack[base + 2];
    }
    mn_value_t result = mn_subscript(R, &stack[base], &stack[base + 1], value);
    drop_to(base);
    return result != MN_EXCEPTION;
}

// One statement; *has_value says whether it left a value on the stack.
static bool statement(parser_t *p, bool *has_value) {
    *has_value = false;
    int variable;
    if (match_word(p, "del")) {
        variable = variable_name(p);
        return variable >= 0 && match(p, "[") ? item_statement(p, variable, true) : fail_syntax(p);
    }
    size_t saved = p->position;
    if ((variable = variable_name(p)) >= 0) {
        if (peek(p) == '=' && p->text[p->position + 1] != '=') {
            p->position++;
            size_t base = depth;
            if (!expression(p)) {
                return false;
            }
            stack[variable] = stack[base];
            drop_to(base);
            return true;
        }
        bool add = match(p, "+=");
        if (add || match(p, "*=")) {
            size_t base = depth;
            if (!push_variable(p, variable) || !expression(p)) {
                return false;
            }
            mn_value_t result =
                mn_binary(R, add ? MN_BINARY_INPLACE_ADD : MN_BINARY_INPLACE_MULTIPLY, &stack[base],
                          &stack[base + 1]);
            if (result == MN_EXCEPTION) {
                return false;
            }
            stack[variable] = result;
            drop_to(base);
            return true;
        }
        if (match(p, "[")) {
            // An item assignment, or an expression that starts with x[...]: look for '='.
            int level = 1;
            for (size_t i = p->position; p->text[i] != '\0' && p->text[i] != ';'; i++) {
                level += p->text[i] == '[' ? 1 : p->text[i] == ']' ? -1 : 0;
                if (level == 0) {
                    size_t j = i + 1;
                    while (p->text[j] == ' ') {
                        j++;
                    }
                    if (p->text[j] == '=' && p->text[j + 1] != '=') {
                        return item_statement(p, variable, false);
                    }
                    break;
                }
            }
        }
        p->position = saved;
    }
    *has_value = true;
    return expression(p);
}

// ---- Results -----------------------------------------------------------------------------------

typedef struct output {
    char *text;
    size_t capacity;
    size_t length;
} output_t;

static void put(output_t *out, const char *text, size_t length) {
    for (size_t i = 0; i < length && out->length + 1 < out->capacity; i++) {
        out->text[out->length++] = text[i];
    }
    out->text[out->length] = '\0';
}

static void put_text(output_t *out, const char *text) {
    put(out, text, strlen(text));
}

static void put_str(output_t *out, mn_value_t str) {
    size_t length;
    const char *data = mn_text_data(str, &length);
    put(out, data, length);
}

// Whether a str's MN_STR_ASCII flag says the truth and a bytes has no flags.
static bool flags_right(mn_value_t value) {
    if (mn_is_tagged(value, MN_TAG_BYTES)) {
        return (((const mn_str_t *)mn_object(value))->length_flags & 3) == 0;
    }
    if (!mn_is_tagged(value, MN_TAG_STR)) {
        return true;
    }
    const mn_str_t *str = mn_object(value);
    bool ascii = true;
    for (size_t i = 0; i < mn_str_length(str) && ascii; i++) {
        ascii = (unsigned char)str->bytes[i] < 0x80;
    }
    return ascii == mn_str_is_ascii(str);
}

// Writes repr() of stack[slot].
static void render(output_t *out, size_t slot) {
    mn_value_t value = stack[slot];
    char scratch[64];
    if (value == MN_NONE || value == MN_TRUE || value == MN_FALSE) {
        put_text(out, value == MN_NONE ? "None" : value == MN_TRUE ? "True" : "False");
    } else if (mn_is_small_int(value)) {
        snprintf(scratch, sizeof scratch, "%lld", (long long)mn_small_int_value(value));
        put_text(out, scratch);
    } else if (mn_float_is(value)) {
        put(out, scratch, mn_float_repr(mn_float_get(value), scratch, sizeof scratch));
    } else if (mn_is_tagged(value, MN_TAG_TYPE)) {
        put_text(out, "<class '");
        put_str(out, mn_object_value(mn_type_name(mn_object(value))));
        put_text(out, "'>");
    } else if (mn_is_tagged(value, MN_TAG_LIST) || mn_is_tagged(value, MN_TAG_TUPLE)) {
        bool list = mn_is_tagged(value, MN_TAG_LIST);
        size_t count = list ? mn_list_length(value) : mn_tuple_length(mn_object(value));
        put_text(out, list ? "[" : "(");
        for (size_t i = 0; i < count; i++) {
            value = stack[slot]; // re-read: rendering an item may allocate
            stack[depth++] =
                list ? mn_list_items(value)[i] : ((mn_tuple_t *)mn_object(value))->items[i];
            render(out, depth - 1);
            stack[--depth] = MN_NULL;
            put_text(out, i + 1 < count ? ", " : !list && count == 1 ? "," : "");
        }
        put_text(out, list ? "]" : ")");
    } else if (!flags_right(value)) {
        put_text(out, "?wrong flags");
    } else if (mn_int_is(value) || mn_text_kind(value) != MN_TEXT_NONE) {
        mn_value_t text =
            mn_int_is(value) ? mn_int_to_str(R, &stack[slot], 10, false) : mn_repr(R, &stack[slot]);
        if (text == MN_EXCEPTION) {
            mn_exception_clear(R);
            put_text(out, "?repr failed");
        } else {
            put_str(out, text);
        }
    } else {
        put_text(out, "<");
        put_str(out, mn_object_value(mn_type_name(mn_type_of(value))));
        put_text(out, " object>");
    }
}

void pyeval(const char *source, char *out, size_t capacity) {
    parser_t p = {source, 0, false};
    output_t output = {out, capacity, 0};
    out[0] = '\0';
    size_t base = depth;
    bool ok = true;
    bool has_value = false;
    for (;;) {
        drop_to(base);
        ok = statement(&p, &has_value);
        if (!ok) {
            break;
        }
        if (match(&p, ";")) {
            continue;
        }
        if (peek(&p) != '\0') {
            ok = fail_syntax(&p);
        }
        break;
    }
    if (p.syntax_error) {
        snprintf(out, capacity, "?syntax at %zu", p.position);
        mn_exception_clear(R);
    } else if (!ok) {
        mn_value_t exception = mn_exception_pending(R);
        const mn_type_t *type = mn_exception_type(exception);
        put_text(&output, "!");
        put_str(&output, mn_object_value(mn_type_name(type)));
        if (type != &mn_type_MemoryError) {
            const mn_str_t *message = mn_exception_message(exception);
            put_text(&output, ": ");
            if (message != NULL) {
                put(&output, message->bytes, mn_str_length(message));
            }
        }
        mn_exception_clear(R);
    } else if (has_value) {
        render(&output, depth - 1);
    } else {
        put_text(&output, "None");
    }
    drop_to(base);
}

size_t pyeval_run_cases(const pyeval_case_t *cases, size_t count, size_t arena_bytes) {
    char out[2048];
    size_t failures = 0;
    for (size_t i = 0; i < count; i++) {
        if (!pyeval_setup(arena_bytes)) {
            printf("  cannot set up a runtime of %zu bytes\n", arena_bytes);
            return failures + 1;
        }
        pyeval(cases[i].source, out, sizeof out);
        if (strcmp(out, cases[i].expected) != 0) {
            printf("  %s\n    got      %s\n    expected %s\n", cases[i].source, out,
                   cases[i].expected);
            failures++;
        }
        if (pyeval_open_refs() != 0) {
            printf("  %s\n    left %zu GC references pushed\n", cases[i].source,
                   pyeval_open_refs());
            failures++;
        }
        const char *problem = mn_heap_verify(&R->heap, NULL);
        if (problem != NULL) {
            printf("  %s\n    left the heap unsound: %s\n", cases[i].source, problem);
            failures++;
        }
        // The runtime goes on after an error, out of memory included.
        pyeval("'ok'.upper()", out, sizeof out);
        if (strcmp(out, "'OK'") != 0) {
            printf("  %s\n    broke the runtime: then 'ok'.upper() gave %s\n", cases[i].source,
                   out);
            failures++;
        }
    }
    return failures;
}
