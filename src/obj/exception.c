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

static mn_value_t exception_init(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords);
static MN_METHOD(exception_init_obj, MN_QSTR___init__, 1, MN_ARGS_ANY, 0, exception_init);
static const mn_attr_entry_t exception_attr_entries[] = {
    MN_ATTR(MN_QSTR___init__, &exception_init_obj),
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
    runtime->roots[MN_ROOT_EXCEPTION] = runtime->roots[MN_ROOT_MEMORY_ERROR];
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
        runtime->roots[MN_ROOT_EXCEPTION] = mn_object_value(exception);
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
    runtime->roots[MN_ROOT_EXCEPTION] = mn_object_value(exception);
    return MN_EXCEPTION;
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
        runtime->roots[MN_ROOT_EXCEPTION] = mn_object_value(exception);
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

void mn_exception_set_location(mn_runtime_t *runtime, const mn_value_t *filename, uint32_t line) {
    mn_value_t exception = mn_exception_pending(runtime);
    if (exception != MN_NULL) {
        ((mn_exception_t *)mn_object(exception))->traceback = MN_NULL;
        prepend_entry(runtime, filename, line);
    }
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

// The attributes of a user exception class's instance: its dict, then its class's.
static mn_value_t user_exception_attr(mn_runtime_t *runtime, const mn_value_t *self,
                                      mn_value_t name, const mn_value_t *value) {
    mn_exception_user_t *exception = mn_object(*self);
    if (value == NULL) {
        if (name == mn_qstr_value(MN_QSTR___class__)) {
            return exception->cls;
        }
        if (exception->dict != MN_NULL) {
            mn_value_t found = mn_dict_get_str(exception->dict, name);
            if (found != MN_NULL) {
                return found;
            }
        }
        return mn_class_bind_lookup(runtime, self, exception->cls, name);
    }
    mn_gc_ref_t refs[2];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
    *key = name;
    *dict = exception->dict;
    mn_value_t result = MN_NONE;
    if (*value == MN_NULL) {
        result = *dict == MN_NULL ? MN_NULL : mn_dict_remove(runtime, dict, key);
        if (result != MN_NULL && result != MN_EXCEPTION) {
            result = MN_NONE;
        }
    } else {
        if (*dict == MN_NULL) {
            result = *dict = mn_dict_new(runtime, 0);
            if (result != MN_EXCEPTION) {
                ((mn_exception_user_t *)mn_object(*self))->dict = *dict;
                result = MN_NONE;
            }
        }
        if (result != MN_EXCEPTION && !mn_dict_set(runtime, dict, key, value)) {
            result = MN_EXCEPTION;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t exception_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                                 const mn_value_t *value) {
    mn_exception_t *exception = mn_object(*self);
    mn_value_t *field = NULL;
    if (name == mn_qstr_value(MN_QSTR_args)) {
        field = &exception->args;
    } else if (name == mn_qstr_value(MN_QSTR___cause__)) {
        field = &exception->cause;
    } else if (name == mn_qstr_value(MN_QSTR___context__)) {
        field = &exception->context;
    } else if (name == mn_qstr_value(MN_QSTR_code) && value == NULL &&
               mn_type_is_subtype(mn_type_of(*self), &mn_type_SystemExit)) {
        // SystemExit.code: its one argument, the args tuple for more, None for none.
        size_t count = exception->args == MN_NULL ? 0 : mn_tuple_length(mn_object(exception->args));
        return count == 0   ? MN_NONE
               : count == 1 ? ((const mn_tuple_t *)mn_object(exception->args))->items[0]
                            : exception->args;
    }
    if (field == NULL) {
        mn_value_t found = mn_exception_class(*self) != MN_NULL
                               ? user_exception_attr(runtime, self, name, value)
                               : MN_NULL;
        return found == MN_NULL && value == NULL ? mn_os_error_attr(*self, name) : found;
    }
    if (value != NULL) {
        if (*value == MN_NULL) {
            return mn_raise(runtime, &mn_type_TypeError, "can't delete attribute");
        }
        *field = *value;
        return MN_NONE;
    }
    if (*field == MN_NULL) {
        if (field == &exception->args) {
            mn_tuple_t *empty = mn_tuple_new(runtime, 0);
            return empty != NULL ? mn_object_value(empty) : mn_raise_memory_error(runtime);
        }
        return MN_NONE;
    }
    return *field;
}
