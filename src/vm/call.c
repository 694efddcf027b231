// Calls from C: mn_call (obj/protocol.h) for every kind of callable.
#include "obj/protocol.h"
#include "vm/class.h"
#include "vm/function.h"
#include "vm/vm.h"

#include <string.h>

// TypeError for a positional count out of a native's range, worded as CPython words it for
// the same kind of function (counts exclude a method's self): "len() takes exactly one
// argument (2 given)" and "list.append() takes exactly one argument (0 given)" for one
// argument; "name() takes at most 2 arguments (3 given)" for natives with keywords;
// "divmod expected 2 arguments, got 1" and "get expected at least 1 argument, got 0"
// otherwise. may trigger a gc (only to raise)
static mn_value_t raise_arity(mn_runtime_t *runtime, const mn_native_t *native,
                              const mn_value_t *args, size_t count) {
    mn_value_t name = mn_qstr_value(native->name);
    unsigned self = (native->flags & MN_NATIVE_METHOD) && native->min_args > 0 ? 1 : 0;
    unsigned min = native->min_args - self;
    unsigned max = native->max_args == MN_ARGS_ANY ? MN_ARGS_ANY : native->max_args - self;
    size_t given = count - (count > 0 ? self : 0);
    if (min == 1 && max == 1) {
        if (self && count > 0) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "%T.%q() takes exactly one argument (%z given)", args[0], name, given);
        }
        return mn_raise(runtime, &mn_type_TypeError, "%q() takes exactly one argument (%z given)",
                        name, given);
    }
    unsigned limit = given < min ? min : max;
    const char *bound = min == max ? "" : given < min ? "at least " : "at most ";
    if (native->flags & MN_NATIVE_KEYWORDS) {
        return mn_raise(runtime, &mn_type_TypeError, "%q() takes %s%u argument%s (%z given)", name,
                        min == max ? "exactly " : bound, limit, limit == 1 ? "" : "s", given);
    }
    return mn_raise(runtime, &mn_type_TypeError, "%q expected %s%u argument%s, got %z", name, bound,
                    limit, limit == 1 ? "" : "s", given);
}

// Checks the positional count and keywords against a native's declaration, then calls it.
static mn_value_t call_native(mn_runtime_t *runtime, const mn_native_t *native, mn_value_t *args,
                              size_t count, mn_value_t keywords) {
    if (keywords != MN_NULL && !(native->flags & MN_NATIVE_KEYWORDS) &&
        mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "%q() takes no keyword arguments",
                        mn_qstr_value(native->name));
    }
    if (count < native->min_args || (native->max_args != MN_ARGS_ANY && count > native->max_args)) {
        return raise_arity(runtime, native, args, count);
    }
    return native->fn(runtime, args, count, keywords);
}

// A bound method: self then the arguments, in fresh slots on the VM stack (the caller's
// slots have no room before them).
static mn_value_t call_bound(mn_runtime_t *runtime, const mn_value_t *callable, mn_value_t *args,
                             size_t count, mn_value_t keywords) {
    size_t total = count + mn_native_keyword_count(keywords);
    mn_gc_ref_t ref;
    mn_value_t *keywords_slot = mn_root_push(&runtime->heap, &ref);
    *keywords_slot = keywords;
    mn_value_t *slots = mn_heap_reserve_top(&runtime->heap, total + 2);
    mn_root_pop(&runtime->heap, &ref);
    if (slots == NULL) {
        return mn_raise_memory_error(runtime);
    }
    const mn_bound_t *bound = mn_object(*callable);
    slots[0] = bound->function;
    slots[1] = bound->self;
    if (total > 0) { // args may be NULL then
        memcpy(slots + 2, args, total * sizeof(mn_value_t));
    }
    mn_value_t result = mn_call(runtime, &slots[0], slots + 1, count + 1, *keywords_slot);
    mn_heap_release_top(&runtime->heap, total + 2);
    return result;
}

mn_value_t mn_call(mn_runtime_t *runtime, const mn_value_t *callable, mn_value_t *args,
                   size_t count, mn_value_t keywords) {
    if (mn_is_tagged(*callable, MN_TAG_NATIVE)) {
        return call_native(runtime, mn_object(*callable), args, count, keywords);
    }
    if (mn_is_tagged(*callable, MN_TAG_FUNCTION)) {
        return mn_vm_call_function(runtime, callable, args, count, keywords);
    }
    if (mn_is_tagged(*callable, MN_TAG_BOUND)) {
        return call_bound(runtime, callable, args, count, keywords);
    }
    if (mn_is_tagged(*callable, MN_TAG_CLASS)) {
        return mn_class_call(runtime, callable, args, count, keywords);
    }
    if (mn_is_tagged(*callable, MN_TAG_INSTANCE)) {
        return mn_instance_call(runtime, callable, args, count, keywords);
    }
    if (mn_is_tagged(*callable, MN_TAG_TYPE)) {
        const mn_type_t *type = mn_object(*callable);
        mn_value_t (*make_new)(mn_runtime_t *, const mn_type_t *, mn_value_t *, size_t, mn_value_t);
        const mn_type_t *with = type;
        while (with != NULL && with->make_new == NULL) {
            with = with->base;
        }
        make_new = with != NULL ? with->make_new : NULL;
        if (make_new == NULL) {
            return mn_raise(runtime, &mn_type_TypeError, "cannot create '%q' instances",
                            mn_qstr_value(type->name));
        }
        return make_new(runtime, type, args, count, keywords);
    }
    return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not callable", *callable);
}
