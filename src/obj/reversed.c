// reversed: a type's own __reversed__ (list, range, dict and its views have one), or for
// a sequence (a type with subscripts and a length: tuple, str) the reversed object,
// [header][type][sequence, MN_NULL once exhausted][next index].
#include "obj/iterator.h"
#include "vm/class.h"

// Whether the type is a sequence: it (or a base) has subscripts and a length.
// no allocation is done
static bool is_sequence(const mn_type_t *type) {
    bool subscript = false;
    bool unary = false;
    for (; type != NULL; type = type->base) {
        subscript = subscript || type->subscript != NULL;
        unary = unary || type->unary != NULL;
    }
    return subscript && unary;
}

// Slots (contracts in obj/type.h): each may trigger a gc.
static mn_value_t reversed_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                    size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "reversed() takes no keyword arguments");
    }
    if (count != 1) {
        return mn_raise(runtime, &mn_type_TypeError, "reversed expected 1 argument, got %z", count);
    }
    const mn_type_t *sequence_type = mn_type_of(args[0]);
    mn_gc_ref_t ref;
    mn_value_t *method = mn_root_push(&runtime->heap, &ref);
    mn_value_t name = mn_qstr_value(MN_QSTR___reversed__);
    *method = mn_type_find_attr(sequence_type, name);
    mn_value_t result = MN_NULL;
    if (*method == MN_NONE) {
        result = mn_raise(runtime, &mn_type_TypeError, "'%T' object is not reversible", args[0]);
    } else if (mn_is_tagged(*method, MN_TAG_NATIVE)) {
        result = mn_call(runtime, method, args, 1, MN_NULL);
    } else if (sequence_type == &mn_type_instance) {
        // A user class's method, found bound (or not at all) through the class.
        result = *method = mn_find_attr(runtime, &args[0], name);
        if (result != MN_EXCEPTION && result != MN_NULL) {
            result = mn_call(runtime, method, NULL, 0, MN_NULL);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    if (result != MN_NULL) {
        return result;
    }
    if (!is_sequence(sequence_type)) {
        return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not reversible", args[0]);
    }
    mn_value_t length = mn_len(runtime, &args[0]);
    if (length == MN_EXCEPTION) {
        return length;
    }
    result = mn_iterator_new(runtime, &mn_type_reversed, 2);
    if (result != MN_EXCEPTION) {
        mn_iterator_values(result)[0] = args[0];
        mn_iterator_values(result)[1] = mn_small_int(mn_small_int_value(length) - 1);
    }
    return result;
}

static mn_value_t reversed_next(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t *values = mn_iterator_values(*self);
    mn_small_int_t index = mn_small_int_value(values[1]);
    if (values[0] == MN_NULL || index < 0) {
        values[0] = MN_NULL;
        return MN_NULL;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *sequence = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *position = mn_root_push(&runtime->heap, &refs[1]);
    *sequence = values[0];
    *position = mn_small_int(index);
    mn_value_t item = mn_subscript(runtime, sequence, position, NULL);
    values = mn_iterator_values(*self);
    if (item != MN_EXCEPTION) {
        values[1] = mn_small_int(index - 1);
    } else {
        // An IndexError or StopIteration ends the iteration, as in CPython.
        const mn_type_t *raised = mn_exception_type(mn_exception_pending(runtime));
        if (mn_type_is_subtype(raised, &mn_type_IndexError) ||
            mn_type_is_subtype(raised, &mn_type_StopIteration)) {
            mn_exception_clear(runtime);
            values[0] = MN_NULL;
            item = MN_NULL;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return item;
}

const mn_type_t mn_type_reversed = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_reversed,
    .flags = MN_TYPE_ITERATOR | MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .make_new = reversed_make_new,
    .iter = mn_iterator_self,
    .next = reversed_next,
};
