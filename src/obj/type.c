#include "obj/type.h"

#include <assert.h>

#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/list.h"
#include "obj/range.h"
#include "obj/slice.h"
#include "vm/function.h"

#define ROM_TYPE(variable, name_id, base_type)                                                     \
    const mn_type_t variable = {.header = MN_ROM_TYPE_HEADER, .name = name_id, .base = base_type}

ROM_TYPE(mn_type_object, MN_QSTR_object, NULL);
ROM_TYPE(mn_type_type, MN_QSTR_type, &mn_type_object);
ROM_TYPE(mn_type_none, MN_QSTR_NoneType, &mn_type_object);
ROM_TYPE(mn_type_int, MN_QSTR_int, &mn_type_object);
ROM_TYPE(mn_type_bool, MN_QSTR_bool, &mn_type_int);
ROM_TYPE(mn_type_float, MN_QSTR_float, &mn_type_object);
ROM_TYPE(mn_type_str, MN_QSTR_str, &mn_type_object);
ROM_TYPE(mn_type_ellipsis, MN_QSTR_ellipsis, &mn_type_object);
ROM_TYPE(mn_type_not_implemented, MN_QSTR_NotImplementedType, &mn_type_object);

// The type of each tag's objects; the exception tag's objects carry their type.
static const mn_type_t *const types_by_tag[MN_TAG_COUNT] = {
    [MN_TAG_STR] = &mn_type_str,     [MN_TAG_TUPLE] = &mn_type_tuple,
    [MN_TAG_BIG_INT] = &mn_type_int, [MN_TAG_FLOAT] = &mn_type_float,
    [MN_TAG_TYPE] = &mn_type_type,   [MN_TAG_LIST] = &mn_type_list,
    [MN_TAG_DICT] = &mn_type_dict,   [MN_TAG_RANGE] = &mn_type_range,
    [MN_TAG_SLICE] = &mn_type_slice, [MN_TAG_BOUND] = &mn_type_bound_method,
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

mn_value_t mn_type_find_attr(const mn_type_t *type, mn_value_t name) {
    for (; type != NULL; type = type->base) {
        mn_value_t found = mn_attr_table_find(type->attrs, name);
        if (found != MN_NULL) {
            return found;
        }
    }
    return MN_NULL;
}
