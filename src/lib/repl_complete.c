// Tab completion in the REPL, as MicroPython's: the name before the cursor, or the last name
// of a chain a.b.c, is completed from the globals and the builtins, or from the attributes of
// the object the chain names (a module's globals, a class's dict and its bases, an
// instance's attributes and its class's, a built-in type's methods). One match is
// completed; several sharing a longer prefix get that prefix; otherwise they are listed, in
// alphabetical order, in columns of 16 as MicroPython prints them, and the line is drawn
// again. Names starting with '_' are listed only when the typed prefix does.
//
// The candidates are found without storing them: each question (how many, which is the
// smallest after this one) walks the namespaces again, so completion needs no memory.
#include <string.h>

#include "lib/readline.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/qstr.h"
#include "obj/tuple.h"
#include "vm/class.h"
#include "vm/module.h"
#include "vm/vm.h"

typedef struct matcher {
    const char *prefix;
    size_t prefix_length;
    size_t count;          // matches seen (a name seen twice counts twice)
    const mn_str_t *first; // the smallest match
    const mn_str_t *last;  // the largest match
    size_t common;         // bytes every match shares
    const mn_str_t *after; // with `next`: the smallest match greater than `after`
    const mn_str_t *next;
} matcher_t;

static int compare(const mn_str_t *a, const mn_str_t *b) {
    size_t length_a = mn_str_length(a), length_b = mn_str_length(b);
    int order = memcmp(a->bytes, b->bytes, length_a < length_b ? length_a : length_b);
    return order != 0 ? order : length_a < length_b ? -1 : length_a > length_b;
}

static bool matches(const matcher_t *m, const mn_str_t *name) {
    size_t length = mn_str_length(name);
    return length >= m->prefix_length && memcmp(name->bytes, m->prefix, m->prefix_length) == 0 &&
           (m->prefix_length > 0 || length == 0 || name->bytes[0] != '_');
}

// no allocation is done
static void visit(matcher_t *m, const mn_str_t *name) {
    if (!matches(m, name)) {
        return;
    }
    if (m->count == 0) {
        m->first = m->last = name;
        m->common = mn_str_length(name);
    } else {
        size_t common = 0;
        while (common < m->common && common < mn_str_length(name) &&
               m->first->bytes[common] == name->bytes[common]) {
            common++;
        }
        m->common = common;
        m->first = compare(name, m->first) < 0 ? name : m->first;
        m->last = compare(name, m->last) > 0 ? name : m->last;
    }
    m->count++;
    if ((m->after == NULL || compare(name, m->after) > 0) &&
        (m->next == NULL || compare(name, m->next) < 0)) {
        m->next = name;
    }
}

static void visit_value(matcher_t *m, mn_value_t name) {
    if (mn_is_qstr(name) || mn_is_tagged(name, MN_TAG_STR)) {
        visit(m, mn_qstr_str(name));
    }
}

static void visit_dict(matcher_t *m, mn_value_t dict) {
    size_t position = 0;
    mn_value_t key, value;
    while (mn_dict_is(dict) && mn_dict_next(dict, &position, &key, &value)) {
        visit_value(m, key);
    }
}

static void visit_table(matcher_t *m, const mn_attr_table_t *table) {
    for (size_t i = 0; table != NULL && i < table->count; i++) {
        visit_value(m, table->entries[i].name);
    }
}

static void visit_type(matcher_t *m, const mn_type_t *type) {
    for (; type != NULL; type = type->base) {
        visit_table(m, type->attrs);
    }
}

// A class or ROM type, and its bases.
static void visit_class(matcher_t *m, mn_value_t cls) {
    while (mn_class_is(cls)) {
        const mn_class_t *object = mn_object(cls);
        visit_dict(m, object->dict);
        cls = object->base;
    }
    if (mn_class_is_type(cls)) {
        visit_type(m, mn_object(cls));
    }
}

// The attribute names of `value`. A built-in module's attributes that live in the runtime
// (sys.path) come from its hook, asked about each ROM name that matches. may trigger a gc
// (the hook), which moves nothing the matcher holds then: every name it sees is in ROM.
static void visit_attributes(mn_runtime_t *runtime, matcher_t *m, mn_value_t value) {
    if (mn_module_is(value)) {
        if (!mn_module_is_rom(value)) {
            visit_dict(m, mn_module_globals(value));
            return;
        }
        const mn_rom_module_t *module = mn_object(value);
        visit_table(m, module->attrs);
        for (unsigned id = 0; module->attr != NULL && id < MN_QSTR_ROM_COUNT; id++) {
            if (matches(m, mn_qstr_rom[id])) {
                mn_value_t found = module->attr(runtime, mn_qstr_value(id));
                if (found == MN_EXCEPTION) {
                    mn_exception_clear(runtime);
                } else if (found != MN_NULL) {
                    visit(m, mn_qstr_rom[id]);
                }
            }
        }
    } else if (mn_class_is_type(value)) {
        visit_class(m, value);
    } else if (mn_is_tagged(value, MN_TAG_INSTANCE)) {
        const mn_instance_t *instance = mn_object(value);
        const mn_class_t *cls = mn_object(instance->cls);
        if (cls->layout != MN_NULL) {
            const mn_tuple_t *layout = mn_object(cls->layout);
            for (size_t i = 0; i < mn_tuple_length(layout); i++) {
                if (instance->slots[i] != MN_NULL) {
                    visit_value(m, layout->items[i]);
                }
            }
        }
        visit_dict(m, instance->dict);
        visit_class(m, instance->cls);
    } else if (mn_is_tagged(value, MN_TAG_EXCEPTION) && mn_exception_class(value) != MN_NULL) {
        visit_class(m, mn_exception_class(value));
    } else {
        visit_type(m, mn_type_of(value));
    }
}

// Walks the candidates: the attributes of *object, or (object NULL) the globals and the
// builtins. may trigger a gc (see visit_attributes)
static void walk(mn_runtime_t *runtime, matcher_t *m, const mn_value_t *object,
                 const mn_value_t *globals) {
    m->count = 0;
    m->next = NULL;
    if (object != NULL) {
        visit_attributes(runtime, m, *object);
    } else {
        visit_dict(m, *globals);
        visit_table(m, &mn_builtins_table);
    }
}

static bool is_name_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           ((unsigned char)c & 0x80) != 0;
}

// Looks up the chain text[0 .. length) (names joined by dots) into *slot: false when a name
// is missing. may trigger a gc
static bool resolve(mn_runtime_t *runtime, const char *text, size_t length,
                    const mn_value_t *globals, mn_value_t *slot) {
    size_t start = 0;
    while (start <= length) {
        size_t end = start;
        while (end < length && text[end] != '.') {
            end++;
        }
        mn_value_t name = mn_qstr_find(runtime, text + start, end - start);
        if (name == MN_NULL) {
            return false; // no object has an attribute of a name never interned
        }
        if (start == 0) {
            *slot = mn_dict_get_str(*globals, name);
            if (*slot == MN_NULL) {
                *slot = mn_attr_table_find(&mn_builtins_table, name);
            }
        } else {
            *slot = mn_find_attr(runtime, slot, name);
        }
        if (*slot == MN_EXCEPTION) {
            mn_exception_clear(runtime);
            return false;
        }
        if (*slot == MN_NULL) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

#define WORD_SLOT 16
#define LIST_LINE (4 * WORD_SLOT)

// Prints the matches in alphabetical order, each once. may trigger a gc (see walk)
static void list_matches(mn_runtime_t *runtime, mn_repl_t *repl, matcher_t *m,
                         const mn_value_t *object, const mn_value_t *globals) {
    size_t line = LIST_LINE; // the first name starts a line
    m->after = NULL;
    for (;;) {
        walk(runtime, m, object, globals);
        if (m->next == NULL) {
            break;
        }
        const mn_str_t *name = m->next;
        size_t length = mn_str_length(name);
        size_t gap = (line + WORD_SLOT - 1) / WORD_SLOT * WORD_SLOT - line;
        gap += gap < 2 ? WORD_SLOT : 0;
        if (line + gap + length <= LIST_LINE) {
            static const char spaces[] = "                                ";
            mn_readline_write(repl, spaces, gap);
            line += gap + length;
        } else {
            mn_readline_write(repl, "\r\n", 2);
            line = length;
        }
        mn_readline_write(repl, name->bytes, length);
        m->after = name;
    }
    mn_readline_write(repl, "\r\n", 2);
    mn_readline_redraw(repl);
}

void mn_repl_complete(mn_runtime_t *runtime, mn_repl_t *repl, const mn_value_t *globals) {
    size_t start = repl->cursor;
    while (start > 0 && (is_name_byte(repl->line[start - 1]) || repl->line[start - 1] == '.')) {
        start--;
    }
    bool blank = true;
    for (size_t i = 0; i < start; i++) {
        blank = blank && repl->line[i] == ' ';
    }
    if (start == repl->cursor && blank) {
        (void)mn_readline_insert(repl, "    ", 4); // in the indentation, Tab indents
        return;
    }
    const char *word = repl->line + start;
    size_t length = repl->cursor - start;
    size_t dot = length;
    while (dot > 0 && word[dot - 1] != '.') {
        dot--;
    }
    mn_gc_ref_t ref;
    mn_value_t *object = mn_root_push(&runtime->heap, &ref);
    if (dot > 0 && !resolve(runtime, word, dot - 1, globals, object)) {
        mn_root_pop(&runtime->heap, &ref);
        return;
    }
    matcher_t m = {.prefix = word + dot, .prefix_length = length - dot};
    walk(runtime, &m, dot > 0 ? object : NULL, globals);
    if (m.count > 0) {
        if (compare(m.first, m.last) == 0 || m.common > m.prefix_length) {
            (void)mn_readline_insert(repl, m.first->bytes + m.prefix_length,
                                     m.common - m.prefix_length);
        } else {
            list_matches(runtime, repl, &m, dot > 0 ? object : NULL, globals);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
}
