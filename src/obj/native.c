#include "obj/native.h"

#include "obj/buffer.h"
#include "obj/qstr.h"

mn_value_t *mn_native_keyword(mn_value_t *args, size_t count, mn_value_t keywords, unsigned name) {
    size_t keyword_count = mn_native_keyword_count(keywords);
    const mn_tuple_t *names = mn_object(keywords);
    for (size_t i = 0; i < keyword_count; i++) {
        if (names->items[i] == mn_qstr_value(name)) {
            return &args[count + i];
        }
    }
    return NULL;
}

bool mn_native_check_keywords(mn_runtime_t *runtime, const char *function, mn_value_t keywords,
                              const uint16_t *allowed, size_t allowed_count) {
    size_t keyword_count = mn_native_keyword_count(keywords);
    for (size_t i = 0; i < keyword_count; i++) {
        mn_value_t name = ((const mn_tuple_t *)mn_object(keywords))->items[i];
        bool known = false;
        for (size_t j = 0; j < allowed_count && !known; j++) {
            known = name == mn_qstr_value(allowed[j]);
        }
        if (!known) {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "'%q' is an invalid keyword argument for %s()", name, function);
            return false;
        }
    }
    return true;
}

bool mn_native_check_self(mn_runtime_t *runtime, const mn_value_t *args, const mn_type_t *type,
                          const char *method) {
    if (mn_type_is_subtype(mn_type_of(args[0]), type)) {
        return true;
    }
    (void)mn_raise(runtime, &mn_type_TypeError,
                   "descriptor '%s' for '%q' objects doesn't apply to a '%T' object", method,
                   mn_qstr_value(type->name), args[0]);
    return false;
}

// <built-in function print>
static bool native_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                         bool repr) {
    (void)repr;
    mn_value_t name = mn_qstr_value(((const mn_native_t *)mn_object(*self))->name);
    return mn_buffer_append(runtime, out, "<built-in function ", 19) &&
           mn_buffer_append_slice(runtime, out, &name, 0, mn_str_length(mn_qstr_str(name))) &&
           mn_buffer_append(runtime, out, ">", 1);
}

// __name__ and __qualname__: the native's name.
static mn_value_t native_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                              const mn_value_t *value) {
    (void)runtime;
    if (value == NULL &&
        (name == mn_qstr_value(MN_QSTR___name__) || name == mn_qstr_value(MN_QSTR___qualname__))) {
        return mn_qstr_value(((const mn_native_t *)mn_object(*self))->name);
    }
    return MN_NULL;
}

const mn_type_t mn_type_builtin_function = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_builtin_function_or_method,
    .base = &mn_type_object,
    .print = native_print,
    .attr = native_attr,
};
