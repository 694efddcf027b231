#include "vm/traceback.h"

#include <stdio.h>
#include <string.h>

#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/class.h"
#include "vm/code.h"

static void write_str(mn_write_fn write, void *context, mn_value_t str) {
    const mn_str_t *object = mn_qstr_str(str);
    write(context, object->bytes, mn_str_length(object));
}

static void write_text(mn_write_fn write, void *context, const char *text) {
    write(context, text, strlen(text));
}

// Writes the traceback entries and the last line of one exception.
static void print_one(mn_runtime_t *runtime, const mn_value_t *exception, mn_write_fn write,
                      void *context) {
    const mn_exception_t *object = mn_object(*exception);
    if (object->traceback != MN_NULL) {
        // A SyntaxError's own entry is its location (a file name, not code): the header
        // comes only with the frames of an import or exec() that compiled it.
        bool syntax = mn_type_is_subtype(mn_type_of(*exception), &mn_type_SyntaxError);
        mn_value_t first = ((const mn_tuple_t *)mn_object(object->traceback))->items[0];
        if (!syntax || mn_is_tagged(first, MN_TAG_CODE)) {
            write_text(write, context, "Traceback (most recent call last):\n");
        }
        for (mn_value_t entry = object->traceback; entry != MN_NULL;) {
            const mn_tuple_t *tuple = mn_object(entry);
            mn_value_t where = tuple->items[0];
            bool is_code = mn_is_tagged(where, MN_TAG_CODE);
            const mn_code_t *code = is_code ? mn_object(where) : NULL;
            char line[32];
            snprintf(line, sizeof line, "\", line %ld", (long)mn_small_int_value(tuple->items[1]));
            write_text(write, context, "  File \"");
            write_str(write, context, is_code ? code->filename : where);
            write_text(write, context, line);
            if (is_code) {
                // A method's code is named "Class.method": the traceback names the method.
                const mn_str_t *name = mn_qstr_str(code->name);
                size_t length = mn_str_length(name);
                size_t start = length;
                while (start > 0 && name->bytes[start - 1] != '.') {
                    start--;
                }
                write_text(write, context, ", in ");
                write(context, name->bytes + start, length - start);
            }
            write_text(write, context, "\n");
            entry = tuple->items[2];
        }
    }
    // "Type: message", the message being str(exception); "Type" alone for an empty one.
    // A class's module is named unless it is __main__, as CPython prints it.
    mn_value_t cls = mn_class_of(*exception);
    mn_value_t module = mn_class_module(cls);
    if (module != MN_NULL && module != mn_qstr_value(MN_QSTR___main__)) {
        write_str(write, context, module);
        write_text(write, context, ".");
    }
    write_str(write, context, mn_class_name(cls));
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    *text = mn_exception_traceback_message(runtime, exception);
    if (*text == MN_EXCEPTION) {
        mn_exception_clear(runtime);
        write_text(write, context, ": <exception str() failed>\n");
    } else {
        if (mn_str_length(mn_qstr_str(*text)) > 0) {
            write_text(write, context, ": ");
            write_str(write, context, *text);
        }
        write_text(write, context, "\n");
    }
    mn_root_pop(&runtime->heap, &ref);
}

// Exceptions a chain prints at most (CPython has no bound; a cycle ends it there too).
#define CHAIN_MAX 100

// The exception `steps` links down the chain from `head` (exception.h:
// mn_exception_chained), or MN_NULL; *direct says whether the last link was a cause.
// no allocation is done
static mn_value_t chain_at(mn_value_t head, size_t steps, bool *direct) {
    *direct = false;
    for (size_t i = 0; i < steps && head != MN_NULL; i++) {
        head = mn_exception_chained(head, direct);
    }
    return head;
}

// The exceptions in the chain from `head`, up to the first one seen twice. no allocation is done
static size_t chain_length(mn_value_t head) {
    size_t length = 0;
    bool direct;
    for (mn_value_t link = head; link != MN_NULL && length < CHAIN_MAX; length++) {
        for (size_t i = 0; i < length; i++) {
            if (chain_at(head, i, &direct) == link) {
                return length;
            }
        }
        link = mn_exception_chained(link, &direct);
    }
    return length;
}

void mn_traceback_print(mn_runtime_t *runtime, const mn_value_t *exception, mn_write_fn write,
                        void *context) {
    // The chained exceptions first, the oldest at the top, as CPython prints them. Each is
    // found again from the head after printing the one before, which may have moved them.
    mn_gc_ref_t ref;
    mn_value_t *current = mn_root_push(&runtime->heap, &ref);
    size_t length = chain_length(*exception);
    for (size_t index = length; index-- > 0;) {
        bool direct;
        *current = chain_at(*exception, index, &direct);
        if (*current == MN_NULL) {
            continue; // printing changed the chain
        }
        print_one(runtime, current, write, context);
        if (index > 0) {
            (void)chain_at(*exception, index, &direct);
            write_text(write, context,
                       direct ? "\nThe above exception was the direct cause of the following "
                                "exception:\n\n"
                              : "\nDuring handling of the above exception, another exception "
                                "occurred:\n\n");
        }
    }
    mn_root_pop(&runtime->heap, &ref);
}
