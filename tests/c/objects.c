#include "objects.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/str.h"

mn_runtime_t runtime;
mn_value_t slots[SLOT_COUNT];
static size_t slot_count = SLOT_COUNT;
static mn_word_t arena[1024 * 1024 / sizeof(mn_word_t)];

bool (*item_hook)(void);
unsigned item_compares;
static mn_value_t call_area[64];
static size_t call_area_used;

bool objects_setup(size_t bytes) {
    memset(slots, 0, sizeof slots);
    item_hook = NULL;
    item_compares = 0;
    memset(call_area, 0, sizeof call_area);
    call_area_used = 0;
    return bytes <= sizeof arena && mn_runtime_init(&runtime, arena, bytes) &&
           mn_root_add_region(&runtime.heap, slots, &slot_count) &&
           mn_root_add_region(&runtime.heap, call_area, &call_area_used);
}

// ---- Items: [header][type][value: small int] ---------------------------------------------

static mn_value_t new_item(const mn_type_t *type, intptr_t n) {
    mn_value_t value = mn_iterator_new(&runtime, type, 1);
    if (value != MN_EXCEPTION) {
        mn_iterator_values(value)[0] = mn_small_int(n);
    }
    return value;
}

mn_value_t item(intptr_t n) {
    return new_item(&test_item_type, n);
}

mn_value_t text_item(char c) {
    return new_item(&test_text_type, c);
}

intptr_t item_value(mn_value_t value) {
    return mn_small_int_value(mn_iterator_values(value)[0]);
}

mn_value_t int_of(const char *decimal) {
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime.heap, &ref);
    *text = mn_object_value(mn_str_new(&runtime, decimal, strlen(decimal)));
    mn_value_t result =
        *text == MN_NULL ? mn_raise_memory_error(&runtime) : mn_int_parse(&runtime, text, 10);
    mn_root_pop(&runtime.heap, &ref);
    return result;
}

bool is_item(mn_value_t value) {
    return mn_iterator_is(value, &test_item_type) || mn_iterator_is(value, &test_text_type);
}

static bool item_print(mn_runtime_t *rt, mn_buffer_t *out, const mn_value_t *self, bool repr_) {
    (void)repr_;
    char text[32];
    if (mn_iterator_is(*self, &test_text_type)) {
        snprintf(text, sizeof text, "'%c'", (char)item_value(*self));
    } else {
        snprintf(text, sizeof text, "%ld", (long)item_value(*self));
    }
    if (!mn_buffer_append(rt, out, text, strlen(text))) {
        (void)mn_raise_memory_error(rt);
        return false;
    }
    return true;
}

static mn_value_t item_compare(mn_runtime_t *rt, mn_compare_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    if (!is_item(*left) || !is_item(*right) || mn_type_of(*left) != mn_type_of(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    item_compares++;
    if (item_hook != NULL && !item_hook()) {
        return MN_EXCEPTION;
    }
    (void)rt;
    intptr_t a = item_value(*left); // re-read: the hook may have collected
    intptr_t b = item_value(*right);
    return mn_bool(mn_compare_op_holds(op, a < b ? -1 : a > b));
}

static mn_value_t item_unary(mn_runtime_t *rt, mn_unary_op_t op, const mn_value_t *self) {
    (void)rt;
    if (op == MN_UNARY_HASH) {
        item_compares++;
        if (item_hook != NULL && !item_hook()) {
            return MN_EXCEPTION;
        }
        intptr_t n = item_value(*self);
        return mn_small_int(mn_iterator_is(*self, &test_text_type) ? n + 1000 : n);
    }
    if (op == MN_UNARY_BOOL) {
        return mn_bool(item_value(*self) != 0);
    }
    return MN_NOT_IMPLEMENTED;
}

const mn_type_t test_item_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_int,
    .base = &mn_type_object,
    .print = item_print,
    .unary = item_unary,
    .compare = item_compare,
};

const mn_type_t test_text_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_str,
    .base = &mn_type_object,
    .print = item_print,
    .unary = item_unary,
    .compare = item_compare,
};

// ---- Calls ---------------------------------------------------------------------------------

// Arguments live in a root region of their own (call_area): rooted, never moving, and
// available when the heap is full. Calls nest (a hook may call), so the area is a stack.

// Copies the arguments to the call area and a keyword-names tuple after them; returns the
// argument area, or NULL (MemoryError raised).
static mn_value_t *arguments(size_t count, const mn_value_t *values, size_t keyword_count,
                             const unsigned *keyword_names, mn_value_t *keywords, size_t *words) {
    size_t total = count + keyword_count;
    *words = total + 1;
    mn_value_t *area = &call_area[call_area_used];
    call_area_used += *words;
    if (total > 0) {
        memcpy(area, values, total * sizeof(mn_value_t)); // before anything else allocates
    }
    area[total] = *keywords = MN_NULL;
    if (keyword_count > 0) {
        mn_tuple_t *names = mn_tuple_new(&runtime, keyword_count);
        if (names == NULL) {
            (void)mn_raise_memory_error(&runtime);
            return NULL;
        }
        for (size_t i = 0; i < keyword_count; i++) {
            names->items[i] = mn_qstr_value(keyword_names[i]);
        }
        area[total] = *keywords = mn_object_value(names);
    }
    return area;
}

static void release(size_t words) {
    call_area_used -= words;
    memset(&call_area[call_area_used], 0, words * sizeof(mn_value_t));
}

mn_value_t call_method(unsigned name, size_t count, const mn_value_t *values, size_t keyword_count,
                       const unsigned *keyword_names) {
    const mn_type_t *type =
        mn_is_tagged(values[0], MN_TAG_TYPE) ? mn_object(values[0]) : mn_type_of(values[0]);
    mn_value_t method = mn_type_find_attr(type, mn_qstr_value(name));
    if (method == MN_NULL) {
        return mn_raise(&runtime, &mn_type_AttributeError, "no such method");
    }
    mn_value_t keywords;
    size_t words;
    mn_value_t *area = arguments(count, values, keyword_count, keyword_names, &keywords, &words);
    mn_value_t result =
        area == NULL ? MN_EXCEPTION : mn_call(&runtime, &method, area, count, keywords);
    release(words);
    return result;
}

mn_value_t make_new(const mn_type_t *type, size_t count, const mn_value_t *values,
                    size_t keyword_count, const unsigned *keyword_names) {
    mn_value_t keywords;
    size_t words;
    mn_value_t *area = arguments(count, values, keyword_count, keyword_names, &keywords, &words);
    mn_value_t result =
        area == NULL ? MN_EXCEPTION : type->make_new(&runtime, type, area, count, keywords);
    release(words);
    return result;
}

// ---- Printing ------------------------------------------------------------------------------

static char buffers[4][4096];
static unsigned next_buffer;

static const char *copy_str(const char *prefix, mn_value_t str) {
    char *out = buffers[next_buffer++ % 4];
    const mn_str_t *text = mn_qstr_str(str);
    snprintf(out, sizeof buffers[0], "%s%.*s", prefix, (int)mn_str_length(text), text->bytes);
    return out;
}

const char *raised(void) {
    mn_value_t exception = mn_exception_pending(&runtime);
    if (exception == MN_NULL) {
        return "";
    }
    const mn_str_t *name = mn_type_name(mn_exception_type(exception));
    char prefix[64];
    snprintf(prefix, sizeof prefix, "!%.*s: ", (int)mn_str_length(name), name->bytes);
    const mn_str_t *message = mn_exception_message(exception);
    if (message != NULL) {
        mn_exception_clear(&runtime);
        return copy_str(prefix, mn_object_value(message));
    }
    // One argument that is not a str (KeyError(key)): its repr.
    mn_gc_ref_t ref;
    mn_value_t *argument = mn_root_push(&runtime.heap, &ref);
    *argument =
        ((const mn_tuple_t *)mn_object(((const mn_exception_t *)mn_object(exception))->args))
            ->items[0];
    mn_exception_clear(&runtime);
    mn_value_t text = mn_repr(&runtime, argument);
    mn_root_pop(&runtime.heap, &ref);
    return text == MN_EXCEPTION ? "!repr failed" : copy_str(prefix, text);
}

const char *repr(mn_value_t value) {
    if (value == MN_EXCEPTION) {
        return mn_exception_pending(&runtime) == MN_NULL ? "!none" : raised();
    }
    if (value == MN_NULL) {
        return "NULL";
    }
    // The immediates have no print slots of their own yet.
    char *out = buffers[next_buffer++ % 4];
    if (mn_is_small_int(value)) {
        snprintf(out, sizeof buffers[0], "%ld", (long)mn_small_int_value(value));
        return out;
    }
    if (value == MN_TRUE || value == MN_FALSE || value == MN_NONE) {
        return value == MN_TRUE ? "True" : value == MN_FALSE ? "False" : "None";
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime.heap, &ref);
    *slot = value;
    mn_value_t text = mn_is_tagged(value, MN_TAG_BIG_INT) ? mn_int_to_str(&runtime, slot, 10, false)
                                                          : mn_repr(&runtime, slot);
    mn_root_pop(&runtime.heap, &ref);
    return text == MN_EXCEPTION ? raised() : copy_str("", text);
}

mn_value_t item_list(int first, ...) {
    mn_gc_ref_t refs[2];
    mn_value_t *list = mn_root_push(&runtime.heap, &refs[0]);
    mn_value_t *element = mn_root_push(&runtime.heap, &refs[1]);
    *list = mn_list_new(&runtime, 0);
    va_list values;
    va_start(values, first);
    for (int n = first; n != ITEMS_END && *list != MN_EXCEPTION; n = va_arg(values, int)) {
        *element = item(n);
        if (*element == MN_EXCEPTION || !mn_list_append(&runtime, list, element)) {
            *list = MN_EXCEPTION;
        }
    }
    va_end(values);
    mn_value_t result = *list;
    mn_root_pop(&runtime.heap, &refs[1]);
    mn_root_pop(&runtime.heap, &refs[0]);
    return result;
}

const char *ints(mn_value_t sequence) {
    static char text[8192];
    size_t length = 0;
    text[0] = '\0';
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime.heap, &ref);
    *slot = sequence;
    size_t count = mn_is_tagged(*slot, MN_TAG_TUPLE) ? mn_tuple_length(mn_object(*slot))
                                                     : mn_list_length(*slot);
    for (size_t i = 0; i < count; i++) {
        mn_value_t value = mn_is_tagged(*slot, MN_TAG_TUPLE)
                               ? ((const mn_tuple_t *)mn_object(*slot))->items[i]
                               : mn_list_items(*slot)[i];
        const char *one = mn_int_is(value) ? repr(value) : "?";
        length += (size_t)snprintf(text + length, sizeof text - length, i ? " %s" : "%s", one);
    }
    mn_root_pop(&runtime.heap, &ref);
    return text;
}

bool heap_sound(void) {
    return mn_heap_verify(&runtime.heap, NULL) == NULL;
}
