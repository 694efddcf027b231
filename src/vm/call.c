// Calls from C: mn_call (obj/protocol.h) for every kind of callable.
#include "obj/protocol.h"
#include "vm/function.h"

// Checks the positional count and keywords against a native's declaration, then calls it.
static mn_value_t call_native(mn_runtime_t *runtime, const mn_native_t *native, mn_value_t *args,
                              size_t count, mn_value_t keywords) {
    if (keywords != MN_NULL && !(native->flags & MN_NATIVE_KEYWORDS) &&
        mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "%q() takes no keyword arguments",
                        mn_qstr_value(native->name));
    }
    if (count < native->min_args || (native->max_args != MN_ARGS_ANY && count > native->max_args)) {
        if (native->min_args == native->max_args) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "%q() takes exactly %u argument%s (%z given)",
                            mn_qstr_value(native->name), (unsigned)native->min_args,
                            native->min_args == 1 ? "" : "s", count);
        }
        if (count < native->min_args) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "%q() takes at least %u argument%s (%z given)",
                            mn_qstr_value(native->name), (unsigned)native->min_args,
                            native->min_args == 1 ? "" : "s", count);
        }
        return mn_raise(runtime, &mn_type_TypeError, "%q() takes at most %u argument%s (%z given)",
                        mn_qstr_value(native->name), (unsigned)native->max_args,
                        native->max_args == 1 ? "" : "s", count);
    }
    return native->fn(runtime, args, count, keywords);
}

mn_value_t mn_call(mn_runtime_t *runtime, const mn_value_t *callable, mn_value_t *args,
                   size_t count, mn_value_t keywords) {
    if (mn_is_tagged(*callable, MN_TAG_NATIVE)) {
        return call_native(runtime, mn_object(*callable), args, count, keywords);
    }
    return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not callable", *callable);
}
