// OSError and its subclasses: errno, strerror and filename. OSError(errno, strerror) keeps both
// in its args; OSError(errno, strerror, filename) too, and the filename in the exception's
// attribute dict (exception.h), where `e.filename = ...` stores it as well.
// str() is "[Errno 2] No such file or directory: 'name'", as CPython prints it.
#include "obj/exception.h"

#include <string.h>

#include "obj/buffer.h"
#include "obj/dict.h"
#include "obj/int.h"
#include "obj/protocol.h"
#include "obj/tuple.h"

static bool is_os_error(mn_value_t exception) {
    return mn_type_is_subtype(mn_exception_type(exception), &mn_type_OSError);
}

// The filename, or MN_NULL. no allocation is done
static mn_value_t filename_of(mn_value_t exception) {
    mn_value_t dict = ((const mn_exception_t *)mn_object(exception))->dict;
    mn_value_t filename =
        dict == MN_NULL ? MN_NULL : mn_dict_get_str(dict, mn_qstr_value(MN_QSTR_filename));
    return filename == MN_NONE ? MN_NULL : filename;
}

// The args when they are (errno, strerror), else NULL. no allocation is done
static const mn_tuple_t *errno_args(mn_value_t exception) {
    mn_value_t args = ((const mn_exception_t *)mn_object(exception))->args;
    if (args == MN_NULL || mn_tuple_length(mn_object(args)) != 2) {
        return NULL;
    }
    return mn_object(args);
}

// A new exception of `type` with the args tuple in *args (rooted) and the filename in
// *filename (rooted; MN_NULL for none). may trigger a gc
static mn_value_t new_with_filename(mn_runtime_t *runtime, const mn_type_t *type,
                                    const mn_value_t *args, const mn_value_t *filename) {
    mn_exception_t *exception =
        mn_heap_alloc(&runtime->heap, MN_TAG_EXCEPTION, sizeof(mn_exception_t));
    if (exception == NULL) {
        return mn_raise_memory_error(runtime);
    }
    exception->type = mn_object_value(type);
    exception->args = *args;
    if (*filename == MN_NULL) {
        return mn_object_value(exception);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = mn_object_value(exception);
    bool ok = mn_exception_store_attr(runtime, slot, mn_qstr_value(MN_QSTR_filename), filename);
    mn_value_t result = ok ? *slot : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// errno ENOENT: OSError(2, ...) makes a FileNotFoundError, as in CPython.
#define ERRNO_NO_ENTRY 2

mn_value_t mn_os_error_new(mn_runtime_t *runtime, const mn_type_t *type, const mn_value_t *args,
                           size_t count) {
    if (type == &mn_type_OSError && args[0] == mn_small_int(ERRNO_NO_ENTRY)) {
        type = &mn_type_FileNotFoundError;
    }
    mn_gc_ref_t ref;
    mn_value_t *tuple = mn_root_push(&runtime->heap, &ref);
    mn_tuple_t *pair = mn_tuple_new(runtime, 2);
    mn_value_t result = MN_EXCEPTION;
    if (pair == NULL) {
        (void)mn_raise_memory_error(runtime);
    } else {
        memcpy(pair->items, args, 2 * sizeof(mn_value_t));
        *tuple = mn_object_value(pair);
        const mn_value_t none = MN_NULL;
        result = new_with_filename(runtime, type, tuple, count >= 3 ? &args[2] : &none);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_raise_os_error(mn_runtime_t *runtime, const mn_type_t *type, int error,
                             const char *message, const mn_value_t *filename) {
    mn_gc_ref_t ref;
    mn_value_t *slots = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = MN_EXCEPTION;
    mn_str_t *text = mn_str_new(runtime, message, strlen(message));
    *slots = mn_object_value(text);
    mn_tuple_t *pair = text != NULL ? mn_tuple_new(runtime, 2) : NULL;
    if (pair == NULL) {
        result = mn_raise_memory_error(runtime);
    } else {
        pair->items[0] = mn_small_int(error);
        pair->items[1] = *slots;
        *slots = mn_object_value(pair);
        mn_value_t none = MN_NULL;
        result = new_with_filename(runtime, type, slots, filename != NULL ? filename : &none);
        if (result != MN_EXCEPTION) {
            result = mn_raise_object(runtime, result);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_os_error_attr(mn_value_t exception, mn_value_t name) {
    if (!is_os_error(exception)) {
        return MN_NULL;
    }
    const mn_tuple_t *args = errno_args(exception);
    if (name == mn_qstr_value(MN_QSTR_errno)) {
        return args != NULL ? args->items[0] : MN_NONE;
    }
    if (name == mn_qstr_value(MN_QSTR_strerror)) {
        return args != NULL ? args->items[1] : MN_NONE;
    }
    if (name == mn_qstr_value(MN_QSTR_filename)) {
        mn_value_t filename = filename_of(exception);
        return filename != MN_NULL ? filename : MN_NONE;
    }
    return MN_NULL;
}

int mn_os_error_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self) {
    if (!is_os_error(*self) || errno_args(*self) == NULL) {
        return -1;
    }
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    *item = errno_args(*self)->items[0];
    bool ok = mn_buffer_append(runtime, out, "[Errno ", 7) && mn_print(runtime, out, item, false) &&
              mn_buffer_append(runtime, out, "] ", 2);
    if (ok) {
        *item = errno_args(*self)->items[1];
        ok = mn_print(runtime, out, item, false);
    }
    if (ok && filename_of(*self) != MN_NULL) {
        *item = filename_of(*self);
        ok = mn_buffer_append(runtime, out, ": ", 2) && mn_print(runtime, out, item, true);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}
