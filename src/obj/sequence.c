#include "obj/sequence.h"

#include "obj/int.h"
#include "obj/list.h"
#include "obj/repr.h"

bool mn_sequence_view(mn_value_t value, mn_value_t **items, size_t *length) {
    if (!mn_is_object(value)) {
        return false;
    }
    switch (mn_object_tag(value)) {
    case MN_TAG_TUPLE:
        *items = ((mn_tuple_t *)mn_object(value))->items;
        *length = mn_tuple_length(mn_object(value));
        return true;
    case MN_TAG_LIST:
        *items = mn_list_items(value);
        *length = mn_list_length(value);
        return true;
    case MN_TAG_SLICE:
        *items = (mn_value_t *)mn_object(value) + 1; // [header][start][stop][step]
        *length = 3;
        return true;
    default:
        return false;
    }
}

// The int's value when it fits a machine integer. no allocation is done
static bool int_to_intptr(mn_value_t value, intptr_t *out) {
    int64_t n;
    if (!mn_int_to_int64(value, &n) || n < INTPTR_MIN || n > INTPTR_MAX) {
        return false;
    }
    *out = (intptr_t)n;
    return true;
}

bool mn_sequence_int_arg(mn_runtime_t *runtime, mn_value_t value, intptr_t *out) {
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    if (!int_to_intptr(value, out)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

bool mn_sequence_position(mn_runtime_t *runtime, const mn_type_t *type, const char *range_message,
                          mn_value_t index, size_t length, size_t *position) {
    if (!mn_int_is(index)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "%q indices must be integers or slices, not %T",
                       mn_qstr_value(type->name), index);
        return false;
    }
    intptr_t n;
    if (!int_to_intptr(index, &n)) {
        (void)mn_raise(runtime, &mn_type_IndexError,
                       "cannot fit 'int' into an index-sized integer");
        return false;
    }
    if (n < 0) {
        n += (intptr_t)length;
    }
    if (n < 0 || (size_t)n >= length) {
        (void)mn_raise(runtime, &mn_type_IndexError, "%s", range_message);
        return false;
    }
    *position = (size_t)n;
    return true;
}

// A bound of index(): huge ints clamp (CPython's _PyEval_SliceIndexNotNone).
// may trigger a gc (only to raise)
static bool search_bound(mn_runtime_t *runtime, mn_value_t value, intptr_t *out) {
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "slice indices must be integers or have an __index__ method");
        return false;
    }
    if (!int_to_intptr(value, out)) {
        *out = mn_int_compare(value, mn_small_int(0)) < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    return true;
}

bool mn_sequence_search_range(mn_runtime_t *runtime, const mn_value_t *args, size_t count,
                              size_t length, size_t *start, size_t *end) {
    intptr_t first = 0;
    intptr_t last = INTPTR_MAX;
    if ((count > 0 && !search_bound(runtime, args[0], &first)) ||
        (count > 1 && !search_bound(runtime, args[1], &last))) {
        return false;
    }
    // length <= INTPTR_MAX (a block is smaller than the address space): no overflow.
    if (first < 0) {
        first += (intptr_t)length;
        first = first < 0 ? 0 : first;
    }
    if (last < 0) {
        last += (intptr_t)length;
        last = last < 0 ? 0 : last;
    }
    *start = (size_t)first < length ? (size_t)first : length;
    *end = (size_t)last;
    return true;
}

bool mn_sequence_repeat_count(mn_runtime_t *runtime, mn_value_t count, size_t *out) {
    intptr_t n;
    if (!int_to_intptr(count, &n)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       "cannot fit 'int' into an index-sized integer");
        return false;
    }
    *out = n < 0 ? 0 : (size_t)n;
    return true;
}

mn_value_t mn_sequence_raise_too_long(mn_runtime_t *runtime, size_t length) {
    runtime->heap.last_failure = MN_ALLOC_NO_MEMORY;
    runtime->heap.last_failure_bytes =
        length < (size_t)-1 / MN_WORD_BYTES - 1 ? (1 + length) * MN_WORD_BYTES : (size_t)-1;
    return mn_raise_memory_error(runtime);
}

mn_value_t mn_sequence_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    mn_value_t *left_items;
    mn_value_t *right_items;
    size_t left_length;
    size_t right_length;
    if (!mn_sequence_view(*left, &left_items, &left_length) ||
        !mn_sequence_view(*right, &right_items, &right_length)) {
        return MN_NOT_IMPLEMENTED;
    }
    if (left_length != right_length && (op == MN_COMPARE_EQUAL || op == MN_COMPARE_NOT_EQUAL)) {
        return mn_bool(op == MN_COMPARE_NOT_EQUAL);
    }
    mn_gc_ref_t a_ref;
    mn_gc_ref_t b_ref;
    mn_value_t *a = mn_root_push(&runtime->heap, &a_ref);
    mn_value_t *b = mn_root_push(&runtime->heap, &b_ref);
    mn_value_t result = MN_NULL;
    size_t i;
    for (i = 0;; i++) {
        (void)mn_sequence_view(*left, &left_items, &left_length);
        (void)mn_sequence_view(*right, &right_items, &right_length);
        if (i >= left_length || i >= right_length) {
            break;
        }
        *a = left_items[i];
        *b = right_items[i];
        if (*a == *b) {
            continue;
        }
        mn_value_t equal = mn_equal(runtime, a, b);
        if (equal == MN_EXCEPTION) {
            result = MN_EXCEPTION;
            break;
        }
        if (equal == MN_FALSE) {
            break;
        }
    }
    if (result == MN_NULL) {
        // The items may have changed under the comparisons: look at the lengths again.
        (void)mn_sequence_view(*left, &left_items, &left_length);
        (void)mn_sequence_view(*right, &right_items, &right_length);
        if (i >= left_length || i >= right_length) {
            int order = left_length < right_length ? -1 : left_length > right_length;
            result = mn_bool(mn_compare_op_holds(op, order));
        } else if (op == MN_COMPARE_EQUAL || op == MN_COMPARE_NOT_EQUAL) {
            result = mn_bool(op == MN_COMPARE_NOT_EQUAL);
        } else {
            *a = left_items[i];
            *b = right_items[i];
            result = mn_compare(runtime, op, a, b);
        }
    }
    mn_root_pop(&runtime->heap, &b_ref);
    mn_root_pop(&runtime->heap, &a_ref);
    return result;
}

bool mn_sequence_find(mn_runtime_t *runtime, const mn_value_t *sequence, const mn_value_t *item,
                      size_t start, size_t end, size_t *found) {
    mn_gc_ref_t element_ref;
    mn_value_t *element = mn_root_push(&runtime->heap, &element_ref);
    bool ok = true;
    *found = SIZE_MAX;
    for (size_t i = start; i < end; i++) {
        mn_value_t *items;
        size_t length;
        (void)mn_sequence_view(*sequence, &items, &length);
        if (i >= length) {
            break;
        }
        *element = items[i];
        mn_value_t equal = mn_equal(runtime, element, item);
        if (equal != MN_FALSE) {
            ok = equal == MN_TRUE;
            *found = ok ? i : SIZE_MAX;
            break;
        }
    }
    mn_root_pop(&runtime->heap, &element_ref);
    return ok;
}

mn_value_t mn_sequence_count(mn_runtime_t *runtime, const mn_value_t *sequence,
                             const mn_value_t *item) {
    mn_gc_ref_t element_ref;
    mn_value_t *element = mn_root_push(&runtime->heap, &element_ref);
    mn_small_int_t count = 0;
    mn_value_t result = MN_NULL;
    for (size_t i = 0; result == MN_NULL; i++) {
        mn_value_t *items;
        size_t length;
        (void)mn_sequence_view(*sequence, &items, &length);
        if (i >= length) {
            result = mn_small_int(count);
            break;
        }
        *element = items[i];
        mn_value_t equal = mn_equal(runtime, element, item);
        if (equal == MN_EXCEPTION) {
            result = MN_EXCEPTION;
        }
        count += equal == MN_TRUE;
    }
    mn_root_pop(&runtime->heap, &element_ref);
    return result;
}

mn_value_t mn_sequence_contains(mn_runtime_t *runtime, const mn_value_t *sequence,
                                const mn_value_t *item) {
    size_t found;
    if (!mn_sequence_find(runtime, sequence, item, 0, SIZE_MAX, &found)) {
        return MN_EXCEPTION;
    }
    return mn_bool(found != SIZE_MAX);
}

mn_value_t mn_sequence_raise_not_in(mn_runtime_t *runtime, const mn_value_t *item,
                                    const char *what) {
    mn_value_t text = mn_repr(runtime, item);
    if (text == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return mn_raise(runtime, &mn_type_ValueError, "%q is not in %s", text, what);
}

bool mn_sequence_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *sequence,
                       const char *open, const char *close, bool one_comma) {
    int entered = mn_repr_enter(runtime, sequence);
    if (entered != 0) {
        return entered > 0 && mn_repr_append(runtime, out, open) &&
               mn_repr_append(runtime, out, "...") && mn_repr_append(runtime, out, close);
    }
    mn_gc_ref_t element_ref;
    mn_value_t *element = mn_root_push(&runtime->heap, &element_ref);
    bool ok = mn_repr_append(runtime, out, open);
    size_t length = 0;
    for (size_t i = 0; ok; i++) {
        mn_value_t *items;
        (void)mn_sequence_view(*sequence, &items, &length);
        if (i >= length) {
            break;
        }
        *element = items[i];
        ok =
            (i == 0 || mn_repr_append(runtime, out, ", ")) && mn_print(runtime, out, element, true);
    }
    ok = ok && (!one_comma || length != 1 || mn_repr_append(runtime, out, ",")) &&
         mn_repr_append(runtime, out, close);
    mn_root_pop(&runtime->heap, &element_ref);
    mn_repr_leave(runtime);
    return ok;
}

mn_value_t mn_sequence_int_op(mn_runtime_t *runtime, mn_binary_op_t op, mn_value_t a,
                              mn_value_t b) {
    mn_gc_ref_t a_ref;
    mn_gc_ref_t b_ref;
    *mn_root_push(&runtime->heap, &a_ref) = a;
    *mn_root_push(&runtime->heap, &b_ref) = b;
    mn_value_t result = mn_int_binary(runtime, op, &a_ref.value, &b_ref.value);
    mn_root_pop(&runtime->heap, &b_ref);
    mn_root_pop(&runtime->heap, &a_ref);
    return result;
}
