#include "obj/type.h"

#include <assert.h>
#include <string.h>

#include "obj/array.h"
#include "obj/buffer.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/float.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/number.h"
#include "obj/range.h"
#include "obj/set.h"
#include "obj/slice.h"
#include "vm/class.h"
#include "vm/function.h"
#include "vm/module.h"

// Numbers: int, bool and float share the mixed-number operations of obj/number.c.
static mn_value_t number_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                                const mn_value_t *right) {
    return mn_number_binary(runtime, op, left, right);
}

static mn_value_t number_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    if (op == MN_UNARY_BOOL) {
        return mn_bool(mn_number_truth(*self));
    }
    if (op == MN_UNARY_HASH) {
        return mn_small_int(mn_number_hash(*self));
    }
    if (op == MN_UNARY_LEN) {
        return MN_NOT_IMPLEMENTED;
    }
    return mn_number_unary(runtime, op, self);
}

static mn_value_t number_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                                 const mn_value_t *right) {
    (void)runtime;
    return mn_number_compare(op, *left, *right);
}

static bool append_str(mn_runtime_t *runtime, mn_buffer_t *out, mn_value_t str) {
    if (str == MN_EXCEPTION) {
        return false;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = str;
    bool ok = mn_buffer_append_slice(runtime, out, slot, 0, mn_str_length(mn_qstr_str(str)));
    mn_root_pop(&runtime->heap, &ref);
    return ok || mn_raise_memory_error(runtime) != MN_EXCEPTION;
}

static bool int_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr;
    return append_str(runtime, out, mn_int_to_str(runtime, self, 10, false));
}

static bool float_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                        bool repr) {
    (void)repr;
    return append_str(runtime, out, mn_float_to_str(runtime, mn_float_get(*self)));
}

static bool append_text(mn_runtime_t *runtime, mn_buffer_t *out, const char *text) {
    return mn_buffer_append(runtime, out, text, strlen(text)) ||
           mn_raise_memory_error(runtime) != MN_EXCEPTION;
}

static bool immediate_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                            bool repr) {
    (void)repr;
    switch (*self) {
    case MN_NONE:
        return append_text(runtime, out, "None");
    case MN_TRUE:
        return append_text(runtime, out, "True");
    case MN_FALSE:
        return append_text(runtime, out, "False");
    case MN_ELLIPSIS:
        return append_text(runtime, out, "Ellipsis");
    default:
        return append_text(runtime, out, "NotImplemented");
    }
}

static mn_value_t none_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    (void)self;
    return op == MN_UNARY_BOOL ? MN_FALSE : MN_NOT_IMPLEMENTED;
}

// <class 'name'>
static bool type_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr;
    if (mn_class_is(*self)) {
        return mn_class_print(runtime, out, self);
    }
    const mn_str_t *name = mn_type_name(mn_object(*self));
    return (mn_buffer_append(runtime, out, "<class '", 8) &&
            mn_buffer_append(runtime, out, name->bytes, mn_str_length(name)) &&
            mn_buffer_append(runtime, out, "'>", 2)) ||
           mn_raise_memory_error(runtime) != MN_EXCEPTION;
}

#define ROM_TYPE(variable, name_id, base_type, ...)                                                \
    const mn_type_t variable = {                                                                   \
        .header = MN_ROM_TYPE_HEADER, .name = name_id, .base = base_type, __VA_ARGS__}

// object(): a bare object, [header][type] (obj/iterator.h's layout, no values). Types
// without a make_new of their own reach this one, and cannot be called.
static mn_value_t object_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                  size_t count, mn_value_t keywords) {
    (void)args;
    if (type != &mn_type_object) {
        return mn_raise(runtime, &mn_type_TypeError, "cannot create '%q' instances",
                        mn_qstr_value(type->name));
    }
    if (count > 0 || mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "object() takes no arguments");
    }
    return mn_iterator_new(runtime, &mn_type_object, 0);
}

ROM_TYPE(mn_type_object, MN_QSTR_object, NULL, .flags = MN_TYPE_BASETYPE,
         .make_new = object_make_new);
ROM_TYPE(mn_type_type, MN_QSTR_type, &mn_type_object, .make_new = mn_class_type_make_new,
         .print = type_print, .attr = mn_class_type_attr);
ROM_TYPE(mn_type_none, MN_QSTR_NoneType, &mn_type_object, .print = immediate_print,
         .unary = none_unary);
// The number attributes: x.real, x.imag, and an int's numerator and denominator.
static mn_value_t number_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                              const mn_value_t *value) {
    if (value != NULL) {
        return MN_NULL;
    }
    bool is_float = mn_type_is_subtype(mn_type_of(*self), &mn_type_float);
    if (name == mn_qstr_value(MN_QSTR_real)) {
        return *self == MN_TRUE || *self == MN_FALSE ? mn_small_int(*self == MN_TRUE) : *self;
    }
    if (name == mn_qstr_value(MN_QSTR_imag)) {
        return is_float ? mn_float_new(runtime, 0.0) : mn_small_int(0);
    }
    if (!is_float && name == mn_qstr_value(MN_QSTR_numerator)) {
        return *self == MN_TRUE || *self == MN_FALSE ? mn_small_int(*self == MN_TRUE) : *self;
    }
    if (!is_float && name == mn_qstr_value(MN_QSTR_denominator)) {
        return mn_small_int(1);
    }
    return MN_NULL;
}

ROM_TYPE(mn_type_int, MN_QSTR_int, &mn_type_object, .flags = MN_TYPE_BASETYPE,
         .make_new = mn_int_make_new, .print = int_print, .unary = number_unary,
         .binary = number_binary, .compare = number_compare, .attr = number_attr);
ROM_TYPE(mn_type_bool, MN_QSTR_bool, &mn_type_int, .make_new = mn_bool_make_new,
         .print = immediate_print);
ROM_TYPE(mn_type_float, MN_QSTR_float, &mn_type_object, .flags = MN_TYPE_BASETYPE,
         .make_new = mn_float_make_new, .print = float_print, .unary = number_unary,
         .binary = number_binary, .compare = number_compare, .attr = number_attr);
ROM_TYPE(mn_type_ellipsis, MN_QSTR_ellipsis, &mn_type_object, .print = immediate_print);
ROM_TYPE(mn_type_not_implemented, MN_QSTR_NotImplementedType, &mn_type_object,
         .print = immediate_print);

// The type of each tag's objects; the exception tag's objects carry their type.
static const mn_type_t *const types_by_tag[MN_TAG_COUNT] = {
    [MN_TAG_STR] = &mn_type_str,
    [MN_TAG_TUPLE] = &mn_type_tuple,
    [MN_TAG_BIG_INT] = &mn_type_int,
    [MN_TAG_FLOAT] = &mn_type_float,
    [MN_TAG_TYPE] = &mn_type_type,
    [MN_TAG_LIST] = &mn_type_list,
    [MN_TAG_BYTES] = &mn_type_bytes,
    [MN_TAG_BYTEARRAY] = &mn_type_bytearray,
    [MN_TAG_BOUND] = &mn_type_bound_method,
    [MN_TAG_FUNCTION] = &mn_type_function,
    [MN_TAG_NATIVE] = &mn_type_builtin_function,
    [MN_TAG_DICT] = &mn_type_dict,
    [MN_TAG_RANGE] = &mn_type_range,
    [MN_TAG_CLASS] = &mn_type_type,
    [MN_TAG_INSTANCE] = &mn_type_instance,
    [MN_TAG_SLICE] = &mn_type_slice,
    [MN_TAG_MODULE] = &mn_type_module,
    [MN_TAG_ARRAY] = &mn_type_array,
    [MN_TAG_SET] = &mn_type_set,
    [MN_TAG_FROZENSET] = &mn_type_frozenset,
};

const mn_type_t *mn_type_of(mn_value_t value) {
    assert(value != MN_NULL && value != MN_EXCEPTION);
    if (mn_is_small_int(value)) {
        return &mn_type_int;
    }
    if (mn_is_qstr(value)) {
        return &mn_type_str;
    }
    switch (value) {
    case MN_NONE:
        return &mn_type_none;
    case MN_FALSE:
    case MN_TRUE:
        return &mn_type_bool;
    case MN_ELLIPSIS:
        return &mn_type_ellipsis;
    case MN_NOT_IMPLEMENTED:
        return &mn_type_not_implemented;
    default:
        break;
    }
    unsigned tag = mn_object_tag(value);
    if (tag == MN_TAG_EXCEPTION) {
        return mn_exception_type(value);
    }
    if (tag == MN_TAG_ITERATOR) {
        // Built-in iterators carry their ROM type in word 1 (obj/object.h).
        return (const mn_type_t *)((const mn_word_t *)mn_object(value))[1];
    }
    return types_by_tag[tag] != NULL ? types_by_tag[tag] : &mn_type_object;
}

bool mn_type_is_subtype(const mn_type_t *type, const mn_type_t *base) {
    for (; type != NULL; type = type->base) {
        if (type == base) {
            return true;
        }
    }
    return false;
}

mn_value_t mn_attr_table_find(const mn_attr_table_t *table, mn_value_t name) {
    if (table == NULL || !mn_is_qstr(name)) {
        return MN_NULL; // strs interned at run time are never names of ROM attributes
    }
    size_t low = 0;
    size_t high = table->count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        mn_value_t entry = table->entries[middle].name;
        if (entry == name) {
            return table->entries[middle].value;
        }
        if (entry < name) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return MN_NULL;
}

mn_value_t mn_type_find_attr(const mn_type_t *start, mn_value_t name) {
    for (const mn_type_t *type = start; type != NULL; type = type->base) {
        mn_value_t found = mn_attr_table_find(type->attrs, name);
        if (found != MN_NULL) {
            return found;
        }
    }
    return mn_slot_method(start, name);
}
