#include "obj/protocol.h"

#include <stdio.h>
#include <string.h>

#include "obj/int.h"
#include "obj/list.h"
#include "obj/str.h"
#include "vm/class.h"

bool mn_print_address(mn_runtime_t *runtime, mn_buffer_t *out, mn_value_t value) {
    char address[32];
    int length = snprintf(address, sizeof address, "%p", (void *)value);
    return mn_buffer_append(runtime, out, address, (size_t)length);
}

bool mn_print_object_at(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value) {
    const mn_str_t *name = mn_type_name(mn_type_of(*value));
    mn_value_t name_value = mn_object_value(name);
    return mn_buffer_append_slice(runtime, out, &name_value, 0, mn_str_length(name)) &&
           mn_buffer_append(runtime, out, " object at ", 11) &&
           mn_print_address(runtime, out, *value);
}

// <X object at 0x...>: the default repr, as CPython prints it.
static bool print_default(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value) {
    return mn_buffer_append(runtime, out, "<", 1) && mn_print_object_at(runtime, out, value) &&
           mn_buffer_append(runtime, out, ">", 1);
}

// Counts one level of C recursion (runtime->c_depth); false with RecursionError raised
// ("maximum recursion depth exceeded" and `where`, CPython's words) past MN_MAX_C_DEPTH.
// may trigger a gc
static bool depth_enter(mn_runtime_t *runtime, const char *where) {
    if (runtime->c_depth >= MN_MAX_C_DEPTH) {
        (void)mn_raise(runtime, &mn_type_RecursionError, "maximum recursion depth exceeded%s",
                       where);
        return false;
    }
    runtime->c_depth++;
    return true;
}

bool mn_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value, bool repr) {
    bool (*print)(mn_runtime_t *, mn_buffer_t *, const mn_value_t *, bool);
    MN_FIND_SLOT(print, mn_type_of(*value), print);
    if (print == NULL) {
        return print_default(runtime, out, value);
    }
    if (!depth_enter(runtime, repr ? " while getting the repr of an object"
                                   : " while getting the str of an object")) {
        return false;
    }
    bool ok = print(runtime, out, value, repr);
    runtime->c_depth--;
    return ok;
}

static mn_value_t to_text(mn_runtime_t *runtime, const mn_value_t *value, bool repr) {
    if (!repr && mn_is_qstr(*value)) {
        return *value;
    }
    if (!repr && mn_is_tagged(*value, MN_TAG_STR)) {
        return *value;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (!mn_buffer_init(runtime, &buffer, slot, 16)) {
        result = mn_raise_memory_error(runtime);
    } else if (mn_print(runtime, &buffer, value, repr)) {
        result = mn_object_value(mn_buffer_finish_str(runtime, &buffer));
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_repr(mn_runtime_t *runtime, const mn_value_t *value) {
    return to_text(runtime, value, true);
}

mn_value_t mn_str(mn_runtime_t *runtime, const mn_value_t *value) {
    return to_text(runtime, value, false);
}

// The type's unary slot applied, or MN_NOT_IMPLEMENTED when it has none.
static mn_value_t call_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *value) {
    mn_value_t (*unary)(mn_runtime_t *, mn_unary_op_t, const mn_value_t *);
    MN_FIND_SLOT(unary, mn_type_of(*value), unary);
    return unary != NULL ? unary(runtime, op, value) : MN_NOT_IMPLEMENTED;
}

mn_value_t mn_truth(mn_runtime_t *runtime, const mn_value_t *value) {
    switch (*value) {
    case MN_NONE:
    case MN_FALSE:
        return MN_FALSE;
    case MN_TRUE:
        return MN_TRUE;
    default:
        break;
    }
    if (mn_is_small_int(*value)) {
        return mn_bool(*value != mn_small_int(0));
    }
    mn_value_t result = call_unary(runtime, MN_UNARY_BOOL, value);
    if (result != MN_NOT_IMPLEMENTED) {
        return result;
    }
    result = call_unary(runtime, MN_UNARY_LEN, value);
    if (result == MN_NOT_IMPLEMENTED) {
        return MN_TRUE;
    }
    return result == MN_EXCEPTION ? result : mn_bool(result != mn_small_int(0));
}

mn_value_t mn_len(mn_runtime_t *runtime, const mn_value_t *value) {
    mn_value_t result = call_unary(runtime, MN_UNARY_LEN, value);
    if (result == MN_NOT_IMPLEMENTED) {
        return mn_raise(runtime, &mn_type_TypeError, "object of type '%T' has no len()", *value);
    }
    return result;
}

mn_value_t mn_hash(mn_runtime_t *runtime, const mn_value_t *value) {
    if (mn_is_small_int(*value)) {
        return mn_small_int(mn_int_hash(*value));
    }
    if (!depth_enter(runtime, " while hashing")) {
        return MN_EXCEPTION;
    }
    mn_value_t result = call_unary(runtime, MN_UNARY_HASH, value);
    runtime->c_depth--;
    if (result != MN_NOT_IMPLEMENTED) {
        return result;
    }
    const mn_type_t *type = mn_type_of(*value);
    mn_value_t (*compare)(mn_runtime_t *, mn_compare_op_t, const mn_value_t *, const mn_value_t *);
    MN_FIND_SLOT(compare, type, compare);
    if (compare != NULL) {
        return mn_raise(runtime, &mn_type_TypeError, "unhashable type: '%T'", *value);
    }
    return mn_identity_hash(runtime, *value);
}

mn_value_t mn_identity_hash(mn_runtime_t *runtime, mn_value_t value) {
    // A heap object's address changes when it moves, so the object is pinned from its first
    // hash on: it keeps its address (and so its hash) for its life.
    if (mn_is_object(value) && mn_heap_contains(&runtime->heap, value)) {
        mn_heap_pin(mn_object(value));
    }
    return mn_small_int((mn_small_int_t)(value >> 2) & MN_SMALL_INT_MAX);
}

static mn_value_t rich_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                               const mn_value_t *right);

mn_value_t mn_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                      const mn_value_t *right) {
    if (!depth_enter(runtime, " in comparison")) {
        return MN_EXCEPTION;
    }
    mn_value_t result = rich_compare(runtime, op, left, right);
    runtime->c_depth--;
    return result;
}

static mn_value_t rich_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    const mn_type_t *left_type = mn_type_of(*left);
    const mn_type_t *right_type = mn_type_of(*right);
    mn_value_t (*compare)(mn_runtime_t *, mn_compare_op_t, const mn_value_t *, const mn_value_t *);
    MN_FIND_SLOT(compare, left_type, compare);
    if (compare != NULL) {
        mn_value_t result = compare(runtime, op, left, right);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
    }
    if (right_type != left_type) {
        MN_FIND_SLOT(compare, right_type, compare);
        if (compare != NULL) {
            mn_value_t result = compare(runtime, mn_compare_op_swapped(op), right, left);
            if (result != MN_NOT_IMPLEMENTED) {
                return result;
            }
        }
    }
    if (op == MN_COMPARE_EQUAL) {
        return mn_bool(*left == *right);
    }
    if (op == MN_COMPARE_NOT_EQUAL) {
        return mn_bool(*left != *right);
    }
    return mn_raise(runtime, &mn_type_TypeError,
                    "'%s' not supported between instances of '%T' and '%T'",
                    mn_compare_op_symbol(op), *left, *right);
}

mn_value_t mn_equal(mn_runtime_t *runtime, const mn_value_t *left, const mn_value_t *right) {
    if (*left == *right) {
        return MN_TRUE;
    }
    if (mn_is_small_int(*left) && mn_is_small_int(*right)) {
        return MN_FALSE;
    }
    mn_value_t result = mn_compare(runtime, MN_COMPARE_EQUAL, left, right);
    if (result == MN_EXCEPTION || result == MN_TRUE || result == MN_FALSE) {
        return result;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = result;
    result = mn_truth(runtime, slot);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                     const mn_value_t *right) {
    const mn_type_t *left_type = mn_type_of(*left);
    const mn_type_t *right_type = mn_type_of(*right);
    mn_value_t (*binary)(mn_runtime_t *, mn_binary_op_t, const mn_value_t *, const mn_value_t *);
    MN_FIND_SLOT(binary, left_type, binary);
    if (binary != NULL && mn_binary_op_is_inplace(op)) {
        mn_value_t result = binary(runtime, op, left, right);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
    }
    mn_binary_op_t plain = mn_binary_op_plain(op);
    if (binary != NULL) {
        mn_value_t result = binary(runtime, plain, left, right);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
    }
    if (right_type != left_type) {
        MN_FIND_SLOT(binary, right_type, binary);
        if (binary != NULL) {
            mn_value_t result = binary(runtime, plain, left, right);
            if (result != MN_NOT_IMPLEMENTED) {
                return result;
            }
        }
    }
    if (plain == MN_BINARY_ADD &&
        (left_type == &mn_type_str || left_type == &mn_type_list || left_type == &mn_type_tuple)) {
        // A sequence's concatenation refused the right operand, and nothing reflected took it.
        return mn_raise(runtime, &mn_type_TypeError, "can only concatenate %T (not \"%T\") to %T",
                        *left, *right, *left);
    }
    if (plain == MN_BINARY_POWER && !mn_binary_op_is_inplace(op)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%T' and '%T'", *left,
                        *right);
    }
    return mn_raise(runtime, &mn_type_TypeError,
                    "unsupported operand type(s) for %s: '%T' and '%T'", mn_binary_op_symbol(op),
                    *left, *right);
}

mn_value_t mn_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *operand) {
    mn_value_t result = call_unary(runtime, op, operand);
    if (result != MN_NOT_IMPLEMENTED) {
        return result;
    }
    if (op == MN_UNARY_ABSOLUTE) {
        return mn_raise(runtime, &mn_type_TypeError, "bad operand type for abs(): '%T'", *operand);
    }
    static const char *const symbols[] = {"-", "+", "~"};
    return mn_raise(runtime, &mn_type_TypeError, "bad operand type for unary %s: '%T'", symbols[op],
                    *operand);
}

mn_value_t mn_contains(mn_runtime_t *runtime, const mn_value_t *container, const mn_value_t *item) {
    mn_value_t (*contains)(mn_runtime_t *, const mn_value_t *, const mn_value_t *);
    MN_FIND_SLOT(contains, mn_type_of(*container), contains);
    if (contains != NULL) {
        return contains(runtime, container, item);
    }
    mn_value_t (*iter)(mn_runtime_t *, const mn_value_t *);
    MN_FIND_SLOT(iter, mn_type_of(*container), iter);
    if (iter == NULL) {
        return mn_raise(runtime, &mn_type_TypeError, "argument of type '%T' is not iterable",
                        *container);
    }
    mn_gc_ref_t iterator_ref, element_ref;
    mn_value_t *iterator = mn_root_push(&runtime->heap, &iterator_ref);
    mn_value_t *element = mn_root_push(&runtime->heap, &element_ref);
    mn_value_t result = *iterator = mn_iter(runtime, container);
    while (result != MN_EXCEPTION) {
        *element = mn_next(runtime, iterator);
        if (*element == MN_NULL || *element == MN_EXCEPTION) {
            result = *element == MN_NULL ? MN_FALSE : MN_EXCEPTION;
            break;
        }
        result = mn_equal(runtime, element, item);
        if (result == MN_TRUE) {
            break;
        }
    }
    mn_root_pop(&runtime->heap, &element_ref);
    mn_root_pop(&runtime->heap, &iterator_ref);
    return result;
}

mn_value_t mn_iter(mn_runtime_t *runtime, const mn_value_t *value) {
    mn_value_t (*iter)(mn_runtime_t *, const mn_value_t *);
    MN_FIND_SLOT(iter, mn_type_of(*value), iter);
    if (iter == NULL) {
        return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not iterable", *value);
    }
    return iter(runtime, value);
}

mn_value_t mn_next(mn_runtime_t *runtime, const mn_value_t *iterator) {
    mn_value_t (*next)(mn_runtime_t *, const mn_value_t *);
    MN_FIND_SLOT(next, mn_type_of(*iterator), next);
    if (next == NULL) {
        return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not an iterator", *iterator);
    }
    return next(runtime, iterator);
}

mn_value_t mn_subscript(mn_runtime_t *runtime, const mn_value_t *object, const mn_value_t *index,
                        const mn_value_t *value) {
    mn_value_t (*subscript)(mn_runtime_t *, const mn_value_t *, const mn_value_t *,
                            const mn_value_t *);
    MN_FIND_SLOT(subscript, mn_type_of(*object), subscript);
    mn_value_t result =
        subscript != NULL ? subscript(runtime, object, index, value) : MN_NOT_IMPLEMENTED;
    if (result != MN_NOT_IMPLEMENTED) {
        return result;
    }
    if (value == NULL) {
        return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not subscriptable", *object);
    }
    if (*value == MN_NULL) {
        // CPython words it two ways: del x[i] and del x[i:j].
        return mn_raise(runtime, &mn_type_TypeError,
                        mn_is_tagged(*index, MN_TAG_SLICE)
                            ? "'%T' object does not support item deletion"
                            : "'%T' object doesn't support item deletion",
                        *object);
    }
    return mn_raise(runtime, &mn_type_TypeError, "'%T' object does not support item assignment",
                    *object);
}

mn_value_t mn_find_attr(mn_runtime_t *runtime, const mn_value_t *object, mn_value_t name) {
    const mn_type_t *type = mn_type_of(*object);
    mn_value_t (*attr)(mn_runtime_t *, const mn_value_t *, mn_value_t, const mn_value_t *);
    MN_FIND_SLOT(attr, type, attr);
    if (attr != NULL) {
        mn_value_t result = attr(runtime, object, name, NULL);
        if (result != MN_NULL) {
            return result;
        }
    }
    mn_value_t found = mn_type_find_attr(type, name);
    if (found == MN_NULL) {
        if (name == mn_qstr_value(MN_QSTR___class__)) {
            return mn_object_value(type);
        }
        return MN_NULL;
    }
    if (mn_is_tagged(found, MN_TAG_NATIVE)) {
        const mn_native_t *native = mn_object(found);
        if (native->flags & MN_NATIVE_STATIC) {
            return found;
        }
        if (native->flags & MN_NATIVE_CLASSMETHOD) {
            mn_gc_ref_t ref;
            mn_value_t *type_slot = mn_root_push(&runtime->heap, &ref);
            *type_slot = mn_object_value(type);
            mn_value_t bound = mn_bound_new(runtime, type_slot, &found);
            mn_root_pop(&runtime->heap, &ref);
            return bound;
        }
        return mn_bound_new(runtime, object, &found);
    }
    return found;
}

mn_value_t mn_load_attr(mn_runtime_t *runtime, const mn_value_t *object, mn_value_t name) {
    mn_value_t result = mn_find_attr(runtime, object, name);
    if (result != MN_NULL) {
        return result;
    }
    return mn_raise_attribute_error(runtime, object, name);
}

mn_value_t mn_raise_attribute_error(mn_runtime_t *runtime, const mn_value_t *object,
                                    mn_value_t name) {
    if (mn_is_tagged(*object, MN_TAG_TYPE) || mn_is_tagged(*object, MN_TAG_CLASS)) {
        return mn_raise(runtime, &mn_type_AttributeError, "type object '%q' has no attribute '%q'",
                        mn_class_name(*object), name);
    }
    if (mn_is_tagged(*object, MN_TAG_MODULE)) {
        mn_value_t module_name = mn_find_attr(runtime, object, mn_qstr_value(MN_QSTR___name__));
        if (module_name == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        if (mn_is_qstr(module_name) || mn_is_tagged(module_name, MN_TAG_STR)) {
            return mn_raise(runtime, &mn_type_AttributeError, "module '%q' has no attribute '%q'",
                            module_name, name);
        }
    }
    return mn_raise(runtime, &mn_type_AttributeError, "'%T' object has no attribute '%q'", *object,
                    name);
}

bool mn_store_attr(mn_runtime_t *runtime, const mn_value_t *object, mn_value_t name,
                   const mn_value_t *value) {
    const mn_type_t *type = mn_type_of(*object);
    mn_value_t (*attr)(mn_runtime_t *, const mn_value_t *, mn_value_t, const mn_value_t *);
    MN_FIND_SLOT(attr, type, attr);
    if (attr != NULL) {
        mn_value_t result = attr(runtime, object, name, value);
        if (result != MN_NULL) {
            return result != MN_EXCEPTION;
        }
    }
    if (*value == MN_NULL || mn_type_find_attr(type, name) == MN_NULL) {
        (void)mn_raise(runtime, &mn_type_AttributeError, "'%T' object has no attribute '%q'",
                       *object, name);
    } else {
        (void)mn_raise(runtime, &mn_type_AttributeError, "'%T' object attribute '%q' is read-only",
                       *object, name);
    }
    return false;
}

bool mn_index_position(mn_runtime_t *runtime, const char *what, mn_value_t index, size_t length,
                       size_t *position) {
    if (!mn_int_is(index)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "%s indices must be integers or slices, not %T",
                       what, index);
        return false;
    }
    int64_t n;
    if (!mn_int_to_int64(index, &n)) {
        n = INT64_MAX; // out of range either way
    }
    if (n < 0) {
        n += (int64_t)length;
    }
    if (n < 0 || (uint64_t)n >= length) {
        (void)mn_raise(runtime, &mn_type_IndexError, "%s index out of range", what);
        return false;
    }
    *position = (size_t)n;
    return true;
}
