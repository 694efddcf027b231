// enumerate: [header][type][iterator][next count: an int of any size].
#include "obj/iterator.h"

#include "obj/int.h"
#include "obj/sequence.h"

// Slots (contracts in obj/type.h): each may trigger a gc.
static mn_value_t enumerate_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                     size_t count, mn_value_t keywords) {
    (void)type;
    static const uint16_t allowed[] = {MN_QSTR_iterable, MN_QSTR_start};
    if (!mn_native_check_keywords(runtime, "enumerate", keywords, allowed, 2)) {
        return MN_EXCEPTION;
    }
    size_t given = count + mn_native_keyword_count(keywords);
    if (given > 2) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "enumerate() takes at most 2 arguments (%z given)", given);
    }
    mn_value_t *iterable = mn_native_keyword(args, count, keywords, MN_QSTR_iterable);
    mn_value_t *start = mn_native_keyword(args, count, keywords, MN_QSTR_start);
    if ((count > 0 && iterable != NULL) || (count > 1 && start != NULL)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%q' is an invalid keyword argument for enumerate()",
                        mn_qstr_value(iterable != NULL ? MN_QSTR_iterable : MN_QSTR_start));
    }
    iterable = count > 0 ? &args[0] : iterable;
    start = count > 1 ? &args[1] : start;
    if (iterable == NULL) {
        // CPython names the first keyword given when the iterable is missing.
        return given > 0 ? mn_raise(runtime, &mn_type_TypeError,
                                    "'start' is an invalid keyword argument for enumerate()")
                         : mn_raise(runtime, &mn_type_TypeError,
                                    "enumerate() missing required argument 'iterable'");
    }
    if (start != NULL && !mn_int_is(*start)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", *start);
    }
    mn_gc_ref_t ref;
    mn_value_t *iterator = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = *iterator = mn_iter(runtime, iterable);
    if (result != MN_EXCEPTION) {
        result = mn_iterator_new(runtime, &mn_type_enumerate, 2);
    }
    if (result != MN_EXCEPTION) {
        mn_value_t first = start == NULL        ? mn_small_int(0)
                           : *start == MN_TRUE  ? mn_small_int(1)
                           : *start == MN_FALSE ? mn_small_int(0)
                                                : *start;
        mn_iterator_values(result)[0] = *iterator;
        mn_iterator_values(result)[1] = first;
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t enumerate_next(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_gc_ref_t refs[2];
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *next_count = mn_root_push(&runtime->heap, &refs[1]);
    *item = mn_iterator_values(*self)[0];
    mn_value_t result = *item = mn_next(runtime, item);
    if (result != MN_NULL && result != MN_EXCEPTION) {
        mn_value_t current = mn_iterator_values(*self)[1];
        mn_small_int_t n = mn_small_int_value(current);
        result = *next_count =
            mn_is_small_int(current) && n < MN_SMALL_INT_MAX
                ? mn_small_int(n + 1)
                : mn_sequence_int_op(runtime, MN_BINARY_ADD, current, mn_small_int(1));
    }
    if (result != MN_NULL && result != MN_EXCEPTION) {
        mn_tuple_t *pair = mn_tuple_new(runtime, 2);
        if (pair == NULL) {
            result = mn_raise_memory_error(runtime);
        } else {
            mn_value_t *values = mn_iterator_values(*self);
            pair->items[0] = values[1];
            pair->items[1] = *item;
            values[1] = *next_count;
            result = mn_object_value(pair);
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

const mn_type_t mn_type_enumerate = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_enumerate,
    .flags = MN_TYPE_ITERATOR | MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .make_new = enumerate_make_new,
    .iter = mn_iterator_self,
    .next = enumerate_next,
};
