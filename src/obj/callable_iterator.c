// callable_iterator, the iterator of iter(callable, sentinel): [header][type][callable]
// [sentinel]. Both words become MN_NULL once the sentinel is seen (or the callable raised
// StopIteration), so the iterator stays exhausted and keeps nothing alive.
#include "obj/iterator.h"

mn_value_t mn_callable_iterator_new(mn_runtime_t *runtime, const mn_value_t *callable,
                                    const mn_value_t *sentinel) {
    mn_value_t result = mn_iterator_new(runtime, &mn_type_callable_iterator, 2);
    if (result != MN_EXCEPTION) {
        mn_iterator_values(result)[0] = *callable;
        mn_iterator_values(result)[1] = *sentinel;
    }
    return result;
}

// may trigger a gc
static mn_value_t callable_iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    if (mn_iterator_values(*self)[0] == MN_NULL) {
        return MN_NULL;
    }
    mn_gc_ref_t refs[3];
    mn_value_t *callable = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *sentinel = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    *callable = mn_iterator_values(*self)[0];
    *sentinel = mn_iterator_values(*self)[1];
    mn_value_t result = *item = mn_call(runtime, callable, item, 0, MN_NULL);
    bool exhausted = false;
    if (result == MN_EXCEPTION) {
        mn_value_t raised = mn_exception_pending(runtime);
        if (mn_type_is_subtype(mn_type_of(raised), &mn_type_StopIteration)) {
            mn_exception_clear(runtime);
            exhausted = true;
        }
    } else {
        result = mn_equal(runtime, item, sentinel);
        exhausted = result == MN_TRUE;
        if (result != MN_EXCEPTION) {
            result = *item;
        }
    }
    if (exhausted) {
        mn_value_t *values = mn_iterator_values(*self);
        values[0] = MN_NULL;
        values[1] = MN_NULL;
        result = MN_NULL;
    }
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

const mn_type_t mn_type_callable_iterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_callable_iterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = callable_iterator_next,
};
