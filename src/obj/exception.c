#include "obj/exception.h"

#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "obj/buffer.h"
#include "obj/dict.h"
#include "obj/native.h"
#include "obj/protocol.h"
#include "obj/tuple.h"
#include "vm/class.h"

static mn_value_t exception_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                     size_t count, mn_value_t keywords);
static bool exception_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                            bool repr);
static mn_value_t exception_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                                 const mn_value_t *value);

static mn_value_t syntax_attr(mn_value_t exception, mn_value_t name);
static bool is_syntax_error(mn_value_t exception);

static mn_value_t exception_init(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords);
static MN_METHOD(exception_init_obj, MN_QSTR___init__, 1, MN_ARGS_ANY, 0, exception_init);
static mn_value_t exception_with_traceback(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                           mn_value_t keywords);
static MN_METHOD(exception_with_traceback_obj, MN_QSTR_with_traceback, 2, 2, 0,
                 exception_with_traceback);
static const mn_attr_entry_t exception_attr_entries[] = {
    MN_ATTR(MN_QSTR___init__, &exception_init_obj),
    MN_ATTR(MN_QSTR_with_traceback, &exception_with_traceback_obj),
};
MN_ATTR_TABLE(exception_attrs, exception_attr_entries);

#define DEFINE_EXCEPTION_TYPE(type_name, base_name, qstr)                                          \
    const mn_type_t mn_type_##type_name = {.header = MN_ROM_TYPE_HEADER,                           \
                                           .name = qstr,                                           \
                                           .flags = MN_TYPE_EXCEPTION | MN_TYPE_BASETYPE,          \
                                           .base = &mn_type_##base_name,                           \
                                           .attrs = &exception_attrs,                              \
                                           .make_new = exception_make_new,                         \
                                           .print = exception_print,                               \
                                           .attr = exception_attr};
MN_EXCEPTION_TYPES(DEFINE_EXCEPTION_TYPE)

// Room for "memory allocation failed, allocating 18446744073709551615 bytes".
#define MEMORY_ERROR_MESSAGE_BYTES 64

static mn_exception_t *new_exception(mn_runtime_t *runtime, const mn_type_t *type) {
    mn_exception_t *exception =
        mn_heap_alloc(&runtime->heap, MN_TAG_EXCEPTION, sizeof(mn_exception_t));
    if (exception != NULL) {
        exception->type = mn_object_value(type);
    }
    return exception;
}

bool mn_exception_init(mn_runtime_t *runtime) {
    mn_value_t *slot = &runtime->roots[MN_ROOT_MEMORY_ERROR];
    *slot = mn_object_value(new_exception(runtime, &mn_type_MemoryError));
    if (*slot == MN_NULL) {
        return false;
    }
    mn_tuple_t *args = mn_tuple_new(runtime, 1);
    if (args == NULL) {
        return false;
    }
    ((mn_exception_t *)mn_object(*slot))->args = mn_object_value(args);
    mn_str_t *message =
        mn_heap_alloc(&runtime->heap, MN_TAG_STR, mn_str_bytes_for(MEMORY_ERROR_MESSAGE_BYTES));
    if (message == NULL) {
        return false;
    }
    args = mn_object(((mn_exception_t *)mn_object(*slot))->args); // may have moved
    args->items[0] = mn_object_value(message);
    return true;
}

mn_value_t mn_raise_memory_error(mn_runtime_t *runtime) {
    mn_exception_t *exception = mn_object(runtime->roots[MN_ROOT_MEMORY_ERROR]);
    mn_tuple_t *args = mn_object(exception->args);
    mn_str_t *message = mn_object(args->items[0]);
    int length;
    if (runtime->heap.last_failure == MN_ALLOC_LOCKED) {
        length = snprintf(message->bytes, MEMORY_ERROR_MESSAGE_BYTES,
                          "memory allocation failed, heap is locked");
    } else {
        length = snprintf(message->bytes, MEMORY_ERROR_MESSAGE_BYTES,
                          "memory allocation failed, allocating %zu bytes",
                          runtime->heap.last_failure_bytes);
    }
    message->length_flags = ((mn_word_t)length << 2) | MN_STR_ASCII;
    exception->traceback = MN_NULL;
    exception->cause = MN_NULL;
    exception->context = MN_NULL;
    return mn_raise_object(runtime, runtime->roots[MN_ROOT_MEMORY_ERROR]);
}

mn_value_t mn_raise_object(mn_runtime_t *runtime, mn_value_t exception) {
    mn_value_t handled = runtime->roots[MN_ROOT_HANDLED];
    if (mn_is_tagged(handled, MN_TAG_EXCEPTION) && handled != exception) {
        // Cut the chain where it reaches the new exception, so that no cycle is made; a
        // cycle already there ends the walk (Floyd's: `slow` moves at half speed).
        mn_value_t link = handled;
        mn_value_t slow = handled;
        bool move_slow = false;
        for (;;) {
            mn_exception_t *object = mn_object(link);
            mn_value_t next = object->context;
            if (next == MN_NULL) {
                break;
            }
            if (next == exception) {
                object->context = MN_NULL;
                break;
            }
            link = next;
            if (link == slow) {
                break;
            }
            if (move_slow) {
                slow = ((const mn_exception_t *)mn_object(slow))->context;
            }
            move_slow = !move_slow;
        }
        ((mn_exception_t *)mn_object(exception))->context = handled;
    }
    runtime->roots[MN_ROOT_EXCEPTION] = exception;
    return MN_EXCEPTION;
}

#define MAX_VALUE_ARGUMENTS 8 // %q and %T arguments a message may have, together

// Appends the message; `values` holds the rooted str values of the %q and %T arguments in
// order (a %T's is its type's name, read before anything allocated).
static bool format_message(mn_runtime_t *runtime, mn_buffer_t *buffer, const char *format,
                           va_list arguments, mn_gc_ref_t *values) {
    size_t next_value = 0;
    for (const char *c = format; *c != '\0'; c++) {
        const char *run = c;
        while (*c != '\0' && *c != '%') {
            c++;
        }
        if (c > run && !mn_buffer_append(runtime, buffer, run, (size_t)(c - run))) {
            return false;
        }
        if (*c == '\0') {
            break;
        }
        char number[24];
        const char *text = number;
        size_t length;
        switch (*++c) {
        case 's':
            text = va_arg(arguments, const char *);
            length = strlen(text);
            break;
        case 'd':
            length = (size_t)snprintf(number, sizeof number, "%d", va_arg(arguments, int));
            break;
        case 'u':
            length = (size_t)snprintf(number, sizeof number, "%u", va_arg(arguments, unsigned));
            break;
        case 'z':
            length = (size_t)snprintf(number, sizeof number, "%zu", va_arg(arguments, size_t));
            break;
        case 'q':
        case 'T': {
            (void)va_arg(arguments, mn_value_t); // rooted beforehand, in `values`
            assert(next_value < MAX_VALUE_ARGUMENTS);
            mn_value_t *str = &values[next_value++].value;
            if (mn_is_qstr(*str)) {
                const mn_str_t *rom = mn_qstr_str(*str);
                text = rom->bytes;
                length = mn_str_length(rom);
                break;
            }
            if (!mn_buffer_append_slice(runtime, buffer, str, 0, mn_str_length(mn_object(*str)))) {
                return false;
            }
            continue;
        }
        default: // '%' and anything unknown
            text = c;
            length = *c != '\0' ? 1 : 0;
            break;
        }
        if (!mn_buffer_append(runtime, buffer, text, length)) {
            return false;
        }
        if (*c == '\0') {
            break;
        }
    }
    return true;
}

mn_value_t mn_raise(mn_runtime_t *runtime, const mn_type_t *type, const char *format, ...) {
    // Root the str arguments and the types' names before anything allocates: the values
    // may move at the first allocation (a user class's name is a heap str).
    mn_gc_ref_t values[MAX_VALUE_ARGUMENTS];
    size_t value_count = 0;
    va_list arguments;
    va_start(arguments, format);
    for (const char *c = format; *c != '\0'; c++) {
        if (*c != '%' || c[1] == '\0') {
            continue;
        }
        switch (*++c) {
        case 's':
            (void)va_arg(arguments, const char *);
            break;
        case 'd':
            (void)va_arg(arguments, int);
            break;
        case 'u':
            (void)va_arg(arguments, unsigned);
            break;
        case 'z':
            (void)va_arg(arguments, size_t);
            break;
        case 'T': {
            mn_value_t value = va_arg(arguments, mn_value_t);
            if (value_count < MAX_VALUE_ARGUMENTS) {
                *mn_root_push(&runtime->heap, &values[value_count++]) =
                    mn_class_name(mn_class_of(value));
            }
            break;
        }
        case 'q':
            if (value_count < MAX_VALUE_ARGUMENTS) {
                *mn_root_push(&runtime->heap, &values[value_count++]) =
                    va_arg(arguments, mn_value_t);
            }
            break;
        default:
            break;
        }
    }
    va_end(arguments);

    mn_gc_ref_t message_ref;
    mn_value_t *message = mn_root_push(&runtime->heap, &message_ref);
    mn_buffer_t buffer;
    bool built = mn_buffer_init(runtime, &buffer, message, 32);
    if (built) {
        va_start(arguments, format);
        built = format_message(runtime, &buffer, format, arguments, values);
        va_end(arguments);
    }
    mn_tuple_t *args = NULL;
    mn_exception_t *exception = NULL;
    if (built) {
        mn_buffer_finish_str(runtime, &buffer);
        args = mn_tuple_new(runtime, 1);
    }
    if (args != NULL) {
        args->items[0] = *message;
        *message = mn_object_value(args); // the slot now keeps the tuple alive
        exception = new_exception(runtime, type);
    }
    if (exception != NULL) {
        exception->args = *message;
        (void)mn_raise_object(runtime, mn_object_value(exception));
    }
    mn_root_pop(&runtime->heap, &message_ref);
    while (value_count > 0) {
        mn_root_pop(&runtime->heap, &values[--value_count]);
    }
    return exception != NULL ? MN_EXCEPTION : mn_raise_memory_error(runtime);
}

mn_value_t mn_raise_empty(mn_runtime_t *runtime, const mn_type_t *type) {
    mn_exception_t *exception = new_exception(runtime, type);
    if (exception == NULL) {
        return mn_raise_memory_error(runtime);
    }
    exception->args = mn_object_value(&mn_tuple_empty);
    return mn_raise_object(runtime, mn_object_value(exception));
}

mn_value_t mn_raise_with_arg(mn_runtime_t *runtime, const mn_type_t *type,
                             const mn_value_t *value) {
    mn_gc_ref_t args_ref;
    mn_value_t *args = mn_root_push(&runtime->heap, &args_ref);
    *args = mn_object_value(mn_tuple_new(runtime, 1));
    mn_exception_t *exception = NULL;
    if (*args != MN_NULL) {
        ((mn_tuple_t *)mn_object(*args))->items[0] = *value;
        exception = new_exception(runtime, type);
    }
    if (exception != NULL) {
        exception->args = *args;
        (void)mn_raise_object(runtime, mn_object_value(exception));
    }
    mn_root_pop(&runtime->heap, &args_ref);
    return exception != NULL ? MN_EXCEPTION : mn_raise_memory_error(runtime);
}

const mn_str_t *mn_exception_message(mn_value_t exception) {
    mn_value_t args = ((const mn_exception_t *)mn_object(exception))->args;
    if (!mn_is_tagged(args, MN_TAG_TUPLE) || mn_tuple_length(mn_object(args)) != 1) {
        return NULL;
    }
    mn_value_t message = ((const mn_tuple_t *)mn_object(args))->items[0];
    if (mn_is_qstr(message)) {
        return mn_qstr_str(message);
    }
    return mn_is_tagged(message, MN_TAG_STR) ? mn_object(message) : NULL;
}

static void prepend_entry(mn_runtime_t *runtime, const mn_value_t *where, uint32_t line) {
    mn_tuple_t *entry = mn_tuple_new(runtime, 3);
    mn_value_t exception = mn_exception_pending(runtime);
    if (entry == NULL || exception == MN_NULL) {
        runtime->heap.last_failure = MN_ALLOC_OK; // the entry is optional
        return;
    }
    mn_exception_t *object = mn_object(exception);
    entry->items[0] = *where;
    entry->items[1] = mn_small_int(line);
    entry->items[2] = object->traceback;
    object->traceback = mn_object_value(entry);
}

// A new str of line `line` (1-based) of the str in *source (rooted), its newline included;
// MN_NULL when there is no such line or no memory. may trigger a gc
static mn_value_t source_line(mn_runtime_t *runtime, const mn_value_t *source, uint32_t line) {
    const mn_str_t *text = mn_qstr_str(*source);
    size_t length = mn_str_length(text);
    size_t start = 0;
    for (uint32_t number = 1; number < line && start < length; start++) {
        if (text->bytes[start] == '\n') {
            number++;
        }
    }
    if (start >= length) {
        return MN_NULL;
    }
    size_t end = start;
    while (end < length && text->bytes[end++] != '\n') {
    }
    mn_str_t *copy = mn_is_qstr(*source) ? mn_str_new(runtime, text->bytes + start, end - start)
                                         : mn_str_new_slice(runtime, source, start, end - start);
    return copy != NULL ? mn_object_value(copy) : MN_NULL;
}

void mn_exception_set_location(mn_runtime_t *runtime, const mn_value_t *filename, uint32_t line,
                               const mn_value_t *source, size_t offset) {
    if (mn_exception_pending(runtime) == MN_NULL) {
        return;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *exception = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *text = mn_root_push(&runtime->heap, &refs[1]);
    *exception = mn_exception_pending(runtime);
    ((mn_exception_t *)mn_object(*exception))->traceback = MN_NULL;
    prepend_entry(runtime, filename, line);
    const mn_str_t *message = mn_exception_message(*exception);
    *text = source != NULL ? source_line(runtime, source, line) : MN_NULL;
    mn_tuple_t *info = message != NULL ? mn_tuple_new(runtime, 4) : NULL;
    if (info != NULL) {
        info->items[0] = *filename;
        info->items[1] = mn_small_int(line);
        info->items[2] = offset > 0 ? mn_small_int((mn_small_int_t)offset) : MN_NONE;
        info->items[3] = *text != MN_NULL ? *text : MN_NONE;
        *text = mn_object_value(info);
        mn_tuple_t *args = mn_tuple_new(runtime, 2);
        if (args != NULL) {
            mn_exception_t *object = mn_object(*exception);
            args->items[0] = ((const mn_tuple_t *)mn_object(object->args))->items[0];
            args->items[1] = *text;
            object->args = mn_object_value(args);
        }
    }
    runtime->heap.last_failure = MN_ALLOC_OK; // the details are optional
    runtime->roots[MN_ROOT_EXCEPTION] = *exception;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
}

void mn_exception_add_traceback(mn_runtime_t *runtime, const mn_value_t *code, uint32_t line) {
    if (mn_exception_pending(runtime) != runtime->roots[MN_ROOT_MEMORY_ERROR]) {
        prepend_entry(runtime, code, line);
    }
}

// A tuple of the `count` values at args. may trigger a gc
static mn_value_t args_tuple(mn_runtime_t *runtime, const mn_value_t *args, size_t count) {
    mn_tuple_t *tuple = mn_tuple_new(runtime, count);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    if (count > 0) {
        memcpy(tuple->items, args, count * sizeof(mn_value_t));
    }
    return mn_object_value(tuple);
}

static mn_value_t exception_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                     size_t count, mn_value_t keywords) {
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "%q() takes no keyword arguments",
                        mn_qstr_value(type->name));
    }
    if (count >= 2 && count <= 5 && mn_type_is_subtype(type, &mn_type_OSError)) {
        return mn_os_error_new(runtime, type, args, count);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = args_tuple(runtime, args, count);
    mn_exception_t *exception = NULL;
    if (*slot != MN_EXCEPTION) {
        exception = new_exception(runtime, type);
        if (exception != NULL) {
            exception->args = *slot;
        } else {
            (void)mn_raise_memory_error(runtime);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return exception != NULL ? mn_object_value(exception) : MN_EXCEPTION;
}

mn_value_t mn_exception_new_user(mn_runtime_t *runtime, const mn_type_t *type,
                                 const mn_value_t *cls, const mn_value_t *args, size_t count) {
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = args_tuple(runtime, args, count);
    mn_exception_user_t *exception = NULL;
    if (*slot != MN_EXCEPTION) {
        exception = mn_heap_alloc(&runtime->heap, MN_TAG_EXCEPTION, sizeof(mn_exception_user_t));
        if (exception != NULL) {
            exception->base.type = mn_object_value(type);
            exception->base.args = *slot;
            exception->cls = *cls;
        } else {
            (void)mn_raise_memory_error(runtime);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return exception != NULL ? mn_object_value(exception) : MN_EXCEPTION;
}

// BaseException.__init__(self, *args): the args are the exception's args.
static mn_value_t exception_init(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)keywords;
    if (!mn_is_tagged(args[0], MN_TAG_EXCEPTION)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "descriptor '__init__' requires a 'BaseException' object but received a "
                        "'%T'",
                        args[0]);
    }
    mn_value_t tuple = args_tuple(runtime, args + 1, count - 1);
    if (tuple == MN_EXCEPTION) {
        return tuple;
    }
    ((mn_exception_t *)mn_object(args[0]))->args = tuple;
    return MN_NONE;
}

// Appends the str in *text (rooted) for a __str__ or __repr__ that must return one.
static bool append_method_result(mn_runtime_t *runtime, mn_buffer_t *out, mn_value_t *text,
                                 bool repr) {
    if (*text == MN_EXCEPTION) {
        return false;
    }
    if (!mn_is_qstr(*text) && !mn_is_tagged(*text, MN_TAG_STR)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "%s returned non-string (type %T)",
                       repr ? "__repr__" : "__str__", *text);
        return false;
    }
    return mn_print(runtime, out, text, false);
}

static bool is_str(mn_value_t value) {
    return mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR);
}

// str(e) of a SyntaxError: "msg (file, line N)", the file's base name, as CPython prints it.
static bool print_syntax_error(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self) {
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    *item = syntax_attr(*self, mn_qstr_value(MN_QSTR_msg));
    bool ok = mn_print(runtime, out, item, false);
    *item = syntax_attr(*self, mn_qstr_value(MN_QSTR_filename));
    bool has_file = is_str(*item);
    mn_value_t line = syntax_attr(*self, mn_qstr_value(MN_QSTR_lineno));
    bool has_line = mn_is_small_int(line) || mn_is_tagged(line, MN_TAG_BIG_INT);
    if (ok && (has_file || has_line)) {
        ok = mn_buffer_append(runtime, out, " (", 2);
    }
    if (ok && has_file) {
        const mn_str_t *name = mn_qstr_str(*item);
        size_t length = mn_str_length(name);
        size_t start = length;
        while (start > 0 && name->bytes[start - 1] != '/') {
            start--;
        }
        ok = mn_buffer_append_slice(runtime, out, item, start, length - start) &&
             (!has_line || mn_buffer_append(runtime, out, ", ", 2));
    }
    if (ok && has_line) {
        *item = syntax_attr(*self, mn_qstr_value(MN_QSTR_lineno));
        ok = mn_buffer_append(runtime, out, "line ", 5) && mn_print(runtime, out, item, false);
    }
    if (ok && (has_file || has_line)) {
        ok = mn_buffer_append(runtime, out, ")", 1);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

mn_value_t mn_exception_traceback_message(mn_runtime_t *runtime, const mn_value_t *exception) {
    if (!is_syntax_error(*exception)) {
        return mn_str(runtime, exception);
    }
    mn_gc_ref_t ref;
    mn_value_t *message = mn_root_push(&runtime->heap, &ref);
    *message = syntax_attr(*exception, mn_qstr_value(MN_QSTR_msg));
    mn_value_t text = mn_str(runtime, message);
    mn_root_pop(&runtime->heap, &ref);
    return text;
}

// str(e): '' for no argument, str(arg) for one (repr for KeyError, as CPython), the args
// tuple's repr for more; repr(e): Name(arg, ...). A user class's __str__ or __repr__ first.
static bool exception_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                            bool repr) {
    mn_value_t cls = mn_exception_class(*self);
    if (cls != MN_NULL) {
        mn_value_t name = mn_qstr_value(repr ? MN_QSTR___repr__ : MN_QSTR___str__);
        if (mn_class_lookup_special(cls, name) != MN_NULL) {
            mn_gc_ref_t ref;
            mn_value_t *text = mn_root_push(&runtime->heap, &ref);
            *text = mn_class_call_special(runtime, self, name, NULL);
            bool ok = append_method_result(runtime, out, text, repr);
            mn_root_pop(&runtime->heap, &ref);
            return ok;
        }
    }
    if (!repr && is_syntax_error(*self)) {
        return print_syntax_error(runtime, out, self);
    }
    mn_value_t args = ((const mn_exception_t *)mn_object(*self))->args;
    size_t count = args == MN_NULL ? 0 : mn_tuple_length(mn_object(args));
    const mn_type_t *type = mn_type_of(*self);
    int printed = repr ? -1 : mn_os_error_print(runtime, out, self);
    if (printed >= 0) {
        return printed == 1;
    }
    if (!repr && count == 1) {
        mn_gc_ref_t ref;
        mn_value_t *item = mn_root_push(&runtime->heap, &ref);
        *item = ((const mn_tuple_t *)mn_object(args))->items[0];
        bool ok = mn_print(runtime, out, item, type == &mn_type_KeyError);
        mn_root_pop(&runtime->heap, &ref);
        return ok;
    }
    if (!repr && count == 0) {
        return true;
    }
    if (repr) {
        mn_gc_ref_t ref;
        mn_value_t *name = mn_root_push(&runtime->heap, &ref);
        *name = mn_class_name(mn_class_of(*self));
        bool ok = mn_print(runtime, out, name, false);
        mn_root_pop(&runtime->heap, &ref);
        if (!ok) {
            return false;
        }
    }
    if (!mn_buffer_append(runtime, out, "(", 1)) {
        return false;
    }
    for (size_t i = 0; i < count; i++) {
        mn_gc_ref_t ref;
        mn_value_t *item = mn_root_push(&runtime->heap, &ref);
        *item = ((const mn_tuple_t *)mn_object(((const mn_exception_t *)mn_object(*self))->args))
                    ->items[i];
        bool ok = (i == 0 || mn_buffer_append(runtime, out, ", ", 2)) &&
                  mn_print(runtime, out, item, true);
        mn_root_pop(&runtime->heap, &ref);
        if (!ok) {
            return false;
        }
    }
    if (!repr && count == 1 && !mn_buffer_append(runtime, out, ",", 1)) {
        return false;
    }
    return mn_buffer_append(runtime, out, ")", 1);
}

// The attribute `name` stored in the exception's dict, or MN_NULL. no allocation is done
static mn_value_t dict_attr(mn_value_t exception, mn_value_t name) {
    mn_value_t dict = ((const mn_exception_t *)mn_object(exception))->dict;
    return dict == MN_NULL ? MN_NULL : mn_dict_get_str(dict, name);
}

bool mn_exception_store_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                             const mn_value_t *value) {
    mn_gc_ref_t refs[2];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
    *key = name;
    *dict = ((const mn_exception_t *)mn_object(*self))->dict;
    bool ok = true;
    if (*dict == MN_NULL) {
        *dict = mn_dict_new(runtime, 0);
        ok = *dict != MN_EXCEPTION;
        if (ok) {
            ((mn_exception_t *)mn_object(*self))->dict = *dict;
        }
    }
    ok = ok && mn_dict_set(runtime, dict, key, value);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

// Deletes the attribute `name` from the exception's dict: MN_NONE, or MN_NULL when it has
// none. may trigger a gc
static mn_value_t delete_dict_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name) {
    if (((const mn_exception_t *)mn_object(*self))->dict == MN_NULL) {
        return MN_NULL;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
    *key = name;
    *dict = ((const mn_exception_t *)mn_object(*self))->dict;
    mn_value_t result = mn_dict_remove(runtime, dict, key);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result == MN_NULL || result == MN_EXCEPTION ? result : MN_NONE;
}

// args[index] of the exception, or MN_NULL. no allocation is done
static mn_value_t arg_at(mn_value_t exception, size_t index) {
    mn_value_t args = ((const mn_exception_t *)mn_object(exception))->args;
    if (args == MN_NULL || mn_tuple_length(mn_object(args)) <= index) {
        return MN_NULL;
    }
    return ((const mn_tuple_t *)mn_object(args))->items[index];
}

// The SyntaxError attributes kept in its args, as CPython reads them: msg is args[0], and
// args[1], when a tuple, is (filename, lineno, offset, text[, end_lineno, end_offset]).
static const uint16_t syntax_details[] = {MN_QSTR_filename, MN_QSTR_lineno,     MN_QSTR_offset,
                                          MN_QSTR_text,     MN_QSTR_end_lineno, MN_QSTR_end_offset};

// A SyntaxError's attribute `name` (set, or from its args: None when absent), or MN_NULL
// for other names. no allocation is done
static mn_value_t syntax_attr(mn_value_t exception, mn_value_t name) {
    mn_value_t found = dict_attr(exception, name);
    if (found != MN_NULL) {
        return found;
    }
    if (name == mn_qstr_value(MN_QSTR_msg)) {
        found = arg_at(exception, 0);
        return found != MN_NULL ? found : MN_NONE;
    }
    if (name == mn_qstr_value(MN_QSTR_print_file_and_line)) {
        return MN_NONE;
    }
    for (size_t i = 0; i < sizeof syntax_details / sizeof syntax_details[0]; i++) {
        if (name == mn_qstr_value(syntax_details[i])) {
            mn_value_t info = arg_at(exception, 1);
            mn_value_t args = ((const mn_exception_t *)mn_object(exception))->args;
            if (mn_tuple_length(mn_object(args)) != 2 || !mn_is_tagged(info, MN_TAG_TUPLE) ||
                mn_tuple_length(mn_object(info)) <= i) {
                return MN_NONE;
            }
            return ((const mn_tuple_t *)mn_object(info))->items[i];
        }
    }
    return MN_NULL;
}

static bool is_syntax_error(mn_value_t exception) {
    return mn_type_is_subtype(mn_exception_type(exception), &mn_type_SyntaxError);
}

// Attributes computed from the args (a SyntaxError's, StopIteration.value, SystemExit.code,
// an OSError's), or MN_NULL for other names. no allocation is done
static mn_value_t derived_attr(mn_value_t exception, mn_value_t name) {
    const mn_type_t *type = mn_exception_type(exception);
    if (name == mn_qstr_value(MN_QSTR_code) && mn_type_is_subtype(type, &mn_type_SystemExit)) {
        // SystemExit.code: its one argument, the args tuple for more, None for none.
        mn_value_t args = ((const mn_exception_t *)mn_object(exception))->args;
        size_t count = args == MN_NULL ? 0 : mn_tuple_length(mn_object(args));
        return count == 0 ? MN_NONE : count == 1 ? arg_at(exception, 0) : args;
    }
    if (name == mn_qstr_value(MN_QSTR_value) && mn_type_is_subtype(type, &mn_type_StopIteration)) {
        mn_value_t value = arg_at(exception, 0);
        return value != MN_NULL ? value : MN_NONE;
    }
    if (mn_type_is_subtype(type, &mn_type_SyntaxError)) {
        return syntax_attr(exception, name);
    }
    return mn_os_error_attr(exception, name);
}

// __suppress_context__, from the cause word (exception.h). no allocation is done
static bool suppress_context(mn_value_t exception) {
    mn_value_t cause = ((const mn_exception_t *)mn_object(exception))->cause;
    if (cause == MN_NULL) {
        return false;
    }
    return cause == MN_NONE ||
           dict_attr(exception, mn_qstr_value(MN_QSTR___suppress_context__)) != MN_FALSE;
}

mn_value_t mn_exception_chained(mn_value_t exception, bool *direct) {
    const mn_exception_t *object = mn_object(exception);
    *direct = mn_is_tagged(object->cause, MN_TAG_EXCEPTION);
    if (*direct) {
        return object->cause;
    }
    return suppress_context(exception) ? MN_NULL : object->context;
}

// Stores __cause__, __context__ or __suppress_context__ (value not MN_NULL). may trigger a gc
static mn_value_t store_chain_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                                   const mn_value_t *value) {
    bool is_exception = mn_is_tagged(*value, MN_TAG_EXCEPTION);
    mn_exception_t *object = mn_object(*self);
    if (name == mn_qstr_value(MN_QSTR___context__)) {
        if (*value != MN_NONE && !is_exception) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "exception context must be None or derive from BaseException");
        }
        object->context = is_exception ? *value : MN_NULL;
        return MN_NONE;
    }
    mn_value_t suppress = mn_qstr_value(MN_QSTR___suppress_context__);
    if (name == mn_qstr_value(MN_QSTR___cause__)) {
        // Setting a cause suppresses the context, as `raise ... from` does.
        if (*value != MN_NONE && !is_exception) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "exception cause must be None or derive from BaseException");
        }
        object->cause = *value;
    } else {
        if (*value != MN_TRUE && *value != MN_FALSE) {
            return mn_raise(runtime, &mn_type_TypeError, "attribute value type must be bool");
        }
        if (!mn_is_tagged(object->cause, MN_TAG_EXCEPTION)) {
            object->cause = *value == MN_TRUE ? MN_NONE : MN_NULL;
        } else if (*value == MN_FALSE) {
            return mn_exception_store_attr(runtime, self, suppress, value) ? MN_NONE : MN_EXCEPTION;
        }
    }
    mn_value_t removed = delete_dict_attr(runtime, self, suppress);
    return removed == MN_EXCEPTION ? removed : MN_NONE;
}

static mn_value_t exception_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                                 const mn_value_t *value) {
    mn_exception_t *exception = mn_object(*self);
    bool chain = name == mn_qstr_value(MN_QSTR___cause__) ||
                 name == mn_qstr_value(MN_QSTR___context__) ||
                 name == mn_qstr_value(MN_QSTR___suppress_context__);
    bool field = chain || name == mn_qstr_value(MN_QSTR_args) ||
                 name == mn_qstr_value(MN_QSTR___traceback__);
    if (field && value == NULL) {
        if (name == mn_qstr_value(MN_QSTR___suppress_context__)) {
            return mn_bool(suppress_context(*self));
        }
        mn_value_t found = name == mn_qstr_value(MN_QSTR_args)          ? exception->args
                           : name == mn_qstr_value(MN_QSTR___cause__)   ? exception->cause
                           : name == mn_qstr_value(MN_QSTR___context__) ? exception->context
                                                                        : exception->traceback;
        if (found == MN_NULL && name == mn_qstr_value(MN_QSTR_args)) {
            mn_tuple_t *empty = mn_tuple_new(runtime, 0);
            return empty != NULL ? mn_object_value(empty) : mn_raise_memory_error(runtime);
        }
        return found == MN_NULL ? MN_NONE : found;
    }
    if (field) {
        if (*value == MN_NULL) {
            return mn_raise(runtime, &mn_type_TypeError, "%q may not be deleted", name);
        }
        if (chain) {
            return store_chain_attr(runtime, self, name, value);
        }
        if (name == mn_qstr_value(MN_QSTR___traceback__)) {
            if (*value != MN_NONE && !mn_is_tagged(*value, MN_TAG_TUPLE)) {
                return mn_raise(runtime, &mn_type_TypeError,
                                "__traceback__ must be a traceback or None");
            }
            exception->traceback = *value == MN_NONE ? MN_NULL : *value;
            return MN_NONE;
        }
        // e.args = iterable: a tuple of its items, as CPython stores it.
        mn_value_t tuple = mn_tuple_from_iterable(runtime, value);
        if (tuple == MN_EXCEPTION) {
            return tuple;
        }
        ((mn_exception_t *)mn_object(*self))->args = tuple;
        return MN_NONE;
    }
    if (value == NULL) {
        if (name == mn_qstr_value(MN_QSTR___class__) && mn_exception_class(*self) != MN_NULL) {
            return mn_exception_class(*self);
        }
        mn_value_t found = dict_attr(*self, name);
        if (found == MN_NULL) {
            found = derived_attr(*self, name);
        }
        if (found == MN_NULL && mn_exception_class(*self) != MN_NULL) {
            found = mn_class_bind_lookup(runtime, self, mn_exception_class(*self), name);
        }
        return found;
    }
    if (*value == MN_NULL) {
        return delete_dict_attr(runtime, self, name);
    }
    return mn_exception_store_attr(runtime, self, name, value) ? MN_NONE : MN_EXCEPTION;
}

// e.with_traceback(tb): sets __traceback__ and returns e.
static mn_value_t exception_with_traceback(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                           mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_is_tagged(args[0], MN_TAG_EXCEPTION)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "descriptor 'with_traceback' requires a 'BaseException' object but "
                        "received a '%T'",
                        args[0]);
    }
    mn_value_t stored =
        exception_attr(runtime, &args[0], mn_qstr_value(MN_QSTR___traceback__), &args[1]);
    return stored == MN_EXCEPTION ? stored : args[0];
}
