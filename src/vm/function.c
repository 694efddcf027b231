#include "vm/function.h"

#include <stdio.h>
#include <string.h>

#include "vm/code.h"

mn_value_t mn_function_new(mn_runtime_t *runtime, const mn_value_t *code, const mn_value_t *globals,
                           const mn_value_t *defaults) {
    mn_function_t *function = mn_heap_alloc(&runtime->heap, MN_TAG_FUNCTION, sizeof(mn_function_t));
    if (function == NULL) {
        return mn_raise_memory_error(runtime);
    }
    function->code = *code;
    function->globals = *globals;
    function->defaults = *defaults;
    return mn_object_value(function);
}

mn_value_t mn_bound_new(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *function) {
    mn_bound_t *bound = mn_heap_alloc(&runtime->heap, MN_TAG_BOUND, sizeof(mn_bound_t));
    if (bound == NULL) {
        return mn_raise_memory_error(runtime);
    }
    bound->self = *self;
    bound->function = *function;
    return mn_object_value(bound);
}

// <function name at 0x...>
static bool function_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                           bool repr) {
    (void)repr;
    const mn_code_t *code = mn_object(((const mn_function_t *)mn_object(*self))->code);
    mn_value_t name = code->name;
    return mn_buffer_append(runtime, out, "<function ", 10) &&
           mn_buffer_append_slice(runtime, out, &name, 0, mn_str_length(mn_qstr_str(name))) &&
           mn_buffer_append(runtime, out, " at ", 4) && mn_print_address(runtime, out, *self) &&
           mn_buffer_append(runtime, out, ">", 1);
}

// __qualname__ is the code's name ("Class.method" in a class body), __name__ its last part.
static mn_value_t function_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                                const mn_value_t *value) {
    if (value != NULL) {
        return MN_NULL;
    }
    const mn_code_t *code = mn_object(((const mn_function_t *)mn_object(*self))->code);
    if (name == mn_qstr_value(MN_QSTR___qualname__)) {
        return code->name;
    }
    if (name != mn_qstr_value(MN_QSTR___name__)) {
        return MN_NULL;
    }
    const mn_str_t *qualified = mn_qstr_str(code->name);
    size_t length = mn_str_length(qualified);
    size_t start = length;
    while (start > 0 && qualified->bytes[start - 1] != '.') {
        start--;
    }
    char text[128];
    if (start == 0 || length - start > sizeof text) {
        return code->name;
    }
    memcpy(text, qualified->bytes + start, length - start); // out of the heap before interning
    mn_value_t last = mn_qstr_intern(runtime, text, length - start);
    return last != MN_NULL ? last : mn_raise_memory_error(runtime);
}

const mn_type_t mn_type_function = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_function,
    .base = &mn_type_object,
    .print = function_print,
    .attr = function_attr,
};

// <bound method A.f of <__main__.A object at 0x...>>, or for a native method
// <built-in method append of list object at 0x...>, as CPython prints them.
static bool bound_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                        bool repr) {
    (void)repr;
    mn_gc_ref_t ref;
    mn_value_t *bound_self = mn_root_push(&runtime->heap, &ref);
    const mn_bound_t *bound = mn_object(*self);
    *bound_self = bound->self;
    bool ok;
    if (mn_is_tagged(bound->function, MN_TAG_NATIVE)) {
        mn_value_t name = mn_qstr_value(((const mn_native_t *)mn_object(bound->function))->name);
        ok = mn_buffer_append(runtime, out, "<built-in method ", 17) &&
             mn_buffer_append_slice(runtime, out, &name, 0, mn_str_length(mn_qstr_str(name))) &&
             mn_buffer_append(runtime, out, " of ", 4) &&
             mn_print_object_at(runtime, out, bound_self);
    } else {
        const mn_code_t *code =
            mn_object(((const mn_function_t *)mn_object(bound->function))->code);
        mn_value_t name = code->name; // interned: never moves
        ok = mn_buffer_append(runtime, out, "<bound method ", 14) &&
             mn_buffer_append_slice(runtime, out, &name, 0, mn_str_length(mn_qstr_str(name))) &&
             mn_buffer_append(runtime, out, " of ", 4) && mn_print(runtime, out, bound_self, true);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok && mn_buffer_append(runtime, out, ">", 1);
}

// Two bound methods are equal when they bind the same object to the same function.
static mn_value_t bound_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                                const mn_value_t *right) {
    (void)runtime;
    if ((op != MN_COMPARE_EQUAL && op != MN_COMPARE_NOT_EQUAL) ||
        !mn_is_tagged(*left, MN_TAG_BOUND) || !mn_is_tagged(*right, MN_TAG_BOUND)) {
        return MN_NOT_IMPLEMENTED;
    }
    const mn_bound_t *a = mn_object(*left), *b = mn_object(*right);
    bool same = a->self == b->self && a->function == b->function;
    return mn_bool(same == (op == MN_COMPARE_EQUAL));
}

// hash(): from the identities of the object and the function, as CPython's.
static mn_value_t bound_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    if (op != MN_UNARY_HASH) {
        return MN_NOT_IMPLEMENTED;
    }
    const mn_bound_t *bound = mn_object(*self);
    mn_value_t function = bound->function;
    mn_small_int_t hash = mn_small_int_value(mn_identity_hash(runtime, bound->self)) ^
                          mn_small_int_value(mn_identity_hash(runtime, function));
    return mn_small_int(hash & MN_SMALL_INT_MAX);
}

const mn_type_t mn_type_bound_method = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_method,
    .base = &mn_type_object,
    .print = bound_print,
    .unary = bound_unary,
    .compare = bound_compare,
};
