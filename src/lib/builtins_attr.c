// The builtins about attributes and identity: getattr, setattr, hasattr, delattr, callable
// and id.
#include "lib/builtins.h"
#include "obj/int.h"
#include "obj/qstr.h"
#include "obj/text.h"

// The attribute name in *name (a str) interned in place, as attribute tables and instance
// layouts expect; TypeError "attribute name must be string, not 'int'". may trigger a gc
static bool intern_name(mn_runtime_t *runtime, mn_value_t *name) {
    if (mn_text_kind(*name) != MN_TEXT_STR) {
        (void)mn_raise(runtime, &mn_type_TypeError, "attribute name must be string, not '%T'",
                       *name);
        return false;
    }
    if (mn_is_qstr(*name) || mn_str_is_interned(mn_object(*name))) {
        return true;
    }
    mn_value_t interned = mn_qstr_intern_str(runtime, name);
    if (interned == MN_NULL) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    *name = interned;
    return true;
}

// Whether the pending exception is an AttributeError; clears it when it is.
static bool clear_attribute_error(mn_runtime_t *runtime) {
    if (!mn_type_is_subtype(mn_type_of(mn_exception_pending(runtime)), &mn_type_AttributeError)) {
        return false;
    }
    mn_exception_clear(runtime);
    return true;
}

// getattr(object, name[, default])
static mn_value_t getattr_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)keywords;
    if (!mn_builtin_check_count(runtime, "getattr", count, 2, 3) ||
        !intern_name(runtime, &args[1])) {
        return MN_EXCEPTION;
    }
    mn_value_t result = mn_find_attr(runtime, &args[0], args[1]);
    if (result == MN_NULL) {
        return count == 3 ? args[2] : mn_raise_attribute_error(runtime, &args[0], args[1]);
    }
    if (result == MN_EXCEPTION && count == 3 && clear_attribute_error(runtime)) {
        return args[2];
    }
    return result;
}

// hasattr(object, name)
static mn_value_t hasattr_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!intern_name(runtime, &args[1])) {
        return MN_EXCEPTION;
    }
    mn_value_t result = mn_find_attr(runtime, &args[0], args[1]);
    if (result == MN_EXCEPTION) {
        return clear_attribute_error(runtime) ? MN_FALSE : MN_EXCEPTION;
    }
    return mn_bool(result != MN_NULL);
}

// setattr(object, name, value)
static mn_value_t setattr_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!intern_name(runtime, &args[1])) {
        return MN_EXCEPTION;
    }
    return mn_store_attr(runtime, &args[0], args[1], &args[2]) ? MN_NONE : MN_EXCEPTION;
}

// delattr(object, name)
static mn_value_t delattr_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!intern_name(runtime, &args[1])) {
        return MN_EXCEPTION;
    }
    static const mn_value_t deleted = MN_NULL;
    return mn_store_attr(runtime, &args[0], args[1], &deleted) ? MN_NONE : MN_EXCEPTION;
}

mn_value_t mn_builtin_is_callable(mn_runtime_t *runtime, const mn_value_t *value) {
    if (!mn_is_object(*value)) {
        return MN_FALSE; // ints, strs and the immediates
    }
    switch (mn_object_tag(*value)) {
    case MN_TAG_NATIVE:
    case MN_TAG_FUNCTION:
    case MN_TAG_BOUND:
    case MN_TAG_TYPE:
    case MN_TAG_CLASS:
        return MN_TRUE;
    case MN_TAG_INSTANCE: {
        // An instance is callable when its class has __call__.
        mn_value_t found = mn_find_attr(runtime, value, mn_qstr_value(MN_QSTR___call__));
        if (found == MN_EXCEPTION) {
            return clear_attribute_error(runtime) ? MN_FALSE : MN_EXCEPTION;
        }
        return mn_bool(found != MN_NULL);
    }
    default:
        return MN_FALSE;
    }
}

static mn_value_t callable_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_builtin_is_callable(runtime, &args[0]);
}

// id(object): the object's address, which stays its own for its whole life: a heap object is
// pinned at its first id(), as at its first identity hash (obj/protocol.c: mn_hash), so the
// collector never moves it. Immediates (small ints, ROM strs, None ...) are their value word.
static mn_value_t id_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_value_t value = args[0];
    if (mn_is_object(value) && mn_heap_contains(&runtime->heap, value)) {
        mn_heap_pin(mn_object(value));
    }
    return mn_int_from_uint64(runtime, (uint64_t)value);
}

MN_NATIVE(mn_builtin_getattr, MN_QSTR_getattr, 0, MN_ARGS_ANY, 0, getattr_native);
MN_NATIVE(mn_builtin_hasattr, MN_QSTR_hasattr, 2, 2, 0, hasattr_native);
MN_NATIVE(mn_builtin_setattr, MN_QSTR_setattr, 3, 3, 0, setattr_native);
MN_NATIVE(mn_builtin_delattr, MN_QSTR_delattr, 2, 2, 0, delattr_native);
MN_NATIVE(mn_builtin_callable, MN_QSTR_callable, 1, 1, 0, callable_native);
MN_NATIVE(mn_builtin_id, MN_QSTR_id, 1, 1, 0, id_native);
