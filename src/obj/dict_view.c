// The views of a dict (d.keys(), d.values(), d.items(): [header][type][dict]) and its
// iterators, forward and reversed.
#include "obj/dict.h"
#include "obj/iterator.h"
#include "obj/repr.h"
#include "obj/tuple.h"

// no allocation is done
static mn_dict_kind_t view_kind(mn_value_t view) {
    const mn_type_t *type = mn_type_of(view);
    return type == &mn_type_dict_keys     ? MN_DICT_KEYS
           : type == &mn_type_dict_values ? MN_DICT_VALUES
                                          : MN_DICT_ITEMS;
}

// no allocation is done
static bool is_view(mn_value_t value) {
    return mn_iterator_is(value, &mn_type_dict_keys) ||
           mn_iterator_is(value, &mn_type_dict_values) ||
           mn_iterator_is(value, &mn_type_dict_items);
}

mn_value_t mn_dict_view_new(mn_runtime_t *runtime, const mn_value_t *dict, mn_dict_kind_t kind) {
    static const mn_type_t *const types[] = {&mn_type_dict_keys, &mn_type_dict_values,
                                             &mn_type_dict_items};
    mn_value_t view = mn_iterator_new(runtime, types[kind], 1);
    if (view != MN_EXCEPTION) {
        mn_iterator_values(view)[0] = *dict;
    }
    return view;
}

// ---- Iterators: [header][type][dict][position][count when made][remaining] ----------------

enum { ITERATOR_DICT, ITERATOR_POSITION, ITERATOR_COUNT, ITERATOR_REMAINING, ITERATOR_WORDS };

mn_value_t mn_dict_iterator_new(mn_runtime_t *runtime, const mn_value_t *dict, mn_dict_kind_t kind,
                                bool reverse) {
    static const mn_type_t *const types[2][3] = {
        {&mn_type_dict_keyiterator, &mn_type_dict_valueiterator, &mn_type_dict_itemiterator},
        {&mn_type_dict_reversekeyiterator, &mn_type_dict_reversevalueiterator,
         &mn_type_dict_reverseitemiterator},
    };
    mn_value_t iterator = mn_iterator_new(runtime, types[reverse][kind], ITERATOR_WORDS);
    if (iterator != MN_EXCEPTION) {
        const mn_dict_t *object = mn_object(*dict);
        mn_value_t *values = mn_iterator_values(iterator);
        values[ITERATOR_DICT] = *dict;
        values[ITERATOR_POSITION] = mn_small_int(reverse ? (mn_small_int_t)object->used - 1 : 0);
        values[ITERATOR_COUNT] = mn_small_int((mn_small_int_t)object->count);
        values[ITERATOR_REMAINING] = mn_small_int((mn_small_int_t)object->count);
    }
    return iterator;
}

// The next entry of the iterator's dict: its position, or -1 when exhausted or on an error
// (*failed set). no allocation is done, except to raise
static intptr_t advance(mn_runtime_t *runtime, const mn_value_t *self, bool reverse, bool *failed) {
    mn_value_t *values = mn_iterator_values(*self);
    *failed = false;
    if (values[ITERATOR_DICT] == MN_NULL) {
        return -1;
    }
    const mn_dict_t *dict = mn_object(values[ITERATOR_DICT]);
    if (values[ITERATOR_COUNT] != mn_small_int((mn_small_int_t)dict->count)) {
        values[ITERATOR_COUNT] = mn_small_int(-1); // stays raising, as CPython's does
        *failed = true;
        (void)mn_raise(runtime, &mn_type_RuntimeError, "dictionary changed size during iteration");
        return -1;
    }
    intptr_t position = mn_small_int_value(values[ITERATOR_POSITION]);
    while (position >= 0 && (size_t)position < dict->used &&
           mn_dict_entry(values[ITERATOR_DICT], (size_t)position)[0] == MN_NULL) {
        position += reverse ? -1 : 1;
    }
    if (position < 0 || (size_t)position >= dict->used) {
        values[ITERATOR_DICT] = MN_NULL; // exhausted: the dict may go
        return -1;
    }
    if (values[ITERATOR_REMAINING] == mn_small_int(0)) {
        // Deletions and insertions that kept the size moved the entries under the iterator.
        values[ITERATOR_DICT] = MN_NULL;
        *failed = true;
        (void)mn_raise(runtime, &mn_type_RuntimeError, "dictionary keys changed during iteration");
        return -1;
    }
    values[ITERATOR_POSITION] = mn_small_int(position + (reverse ? -1 : 1));
    values[ITERATOR_REMAINING] = mn_small_int(mn_small_int_value(values[ITERATOR_REMAINING]) - 1);
    return position;
}

// A (key, value) tuple of the entry at `position` of the iterator's or view's dict (word
// `word` of *self). may trigger a gc
static mn_value_t item_at(mn_runtime_t *runtime, const mn_value_t *self, size_t word,
                          size_t position) {
    mn_tuple_t *pair = mn_tuple_new(runtime, 2);
    if (pair == NULL) {
        return mn_raise_memory_error(runtime);
    }
    const mn_value_t *entry = mn_dict_entry(mn_iterator_values(*self)[word], position);
    pair->items[0] = entry[0];
    pair->items[1] = entry[1];
    return mn_object_value(pair);
}

// The next key, value or item. may trigger a gc
static mn_value_t next_of(mn_runtime_t *runtime, const mn_value_t *self, mn_dict_kind_t kind,
                          bool reverse) {
    bool failed;
    intptr_t position = advance(runtime, self, reverse, &failed);
    if (position < 0) {
        return failed ? MN_EXCEPTION : MN_NULL;
    }
    if (kind == MN_DICT_ITEMS) {
        return item_at(runtime, self, ITERATOR_DICT, (size_t)position);
    }
    return mn_dict_entry(mn_iterator_values(*self)[ITERATOR_DICT],
                         (size_t)position)[kind == MN_DICT_VALUES];
}

#define DEFINE_ITERATOR(type_name, kind, reverse)                                                  \
    static mn_value_t type_name##_next(mn_runtime_t *runtime, const mn_value_t *self) {            \
        return next_of(runtime, self, kind, reverse);                                              \
    }                                                                                              \
    const mn_type_t mn_type_##type_name = {                                                        \
        .header = MN_ROM_TYPE_HEADER,                                                              \
        .name = MN_QSTR_##type_name,                                                               \
        .flags = MN_TYPE_ITERATOR,                                                                 \
        .base = &mn_type_object,                                                                   \
        .iter = mn_iterator_self,                                                                  \
        .next = type_name##_next,                                                                  \
    };

// Spelled out for tools/gen_qstr.py: MN_QSTR_dict_keyiterator, MN_QSTR_dict_valueiterator,
// MN_QSTR_dict_itemiterator, MN_QSTR_dict_reversekeyiterator,
// MN_QSTR_dict_reversevalueiterator, MN_QSTR_dict_reverseitemiterator.
DEFINE_ITERATOR(dict_keyiterator, MN_DICT_KEYS, false)
DEFINE_ITERATOR(dict_valueiterator, MN_DICT_VALUES, false)
DEFINE_ITERATOR(dict_itemiterator, MN_DICT_ITEMS, false)
DEFINE_ITERATOR(dict_reversekeyiterator, MN_DICT_KEYS, true)
DEFINE_ITERATOR(dict_reversevalueiterator, MN_DICT_VALUES, true)
DEFINE_ITERATOR(dict_reverseitemiterator, MN_DICT_ITEMS, true)

// ---- Views ---------------------------------------------------------------------------------
//
// Slots (contracts in obj/type.h) and natives: each may trigger a gc.

// no allocation is done
static mn_value_t dict_of_view(const mn_value_t *view) {
    return mn_iterator_values(*view)[0];
}

// dict_keys([...]): the name, then the keys, values or items as a list would print.
static bool view_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr;
    int entered = mn_repr_enter(runtime, self);
    if (entered != 0) {
        return entered > 0 && mn_repr_append(runtime, out, "...");
    }
    mn_gc_ref_t ref;
    mn_value_t *element = mn_root_push(&runtime->heap, &ref);
    mn_dict_kind_t kind = view_kind(*self);
    const mn_str_t *name = mn_type_name(mn_type_of(*self));
    mn_value_t name_value = mn_object_value(name); // in ROM: needs no root
    bool ok = mn_buffer_append_slice(runtime, out, &name_value, 0, mn_str_length(name));
    if (!ok) {
        (void)mn_raise_memory_error(runtime);
    }
    ok = ok && mn_repr_append(runtime, out, "([");
    bool first = true;
    for (size_t position = 0; ok; first = false) {
        mn_value_t key;
        mn_value_t value;
        if (!mn_dict_next(dict_of_view(self), &position, &key, &value)) {
            break;
        }
        *element = kind == MN_DICT_KEYS ? key : value;
        if (kind == MN_DICT_ITEMS &&
            (*element = item_at(runtime, self, 0, position - 1)) == MN_EXCEPTION) {
            ok = false;
            break;
        }
        ok = (first || mn_repr_append(runtime, out, ", ")) && mn_print(runtime, out, element, true);
    }
    ok = ok && mn_repr_append(runtime, out, "])");
    mn_root_pop(&runtime->heap, &ref);
    mn_repr_leave(runtime);
    return ok;
}

static mn_value_t view_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    size_t count = mn_dict_count(dict_of_view(self));
    if (op == MN_UNARY_BOOL) {
        return mn_bool(count != 0);
    }
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)count);
    }
    return MN_NOT_IMPLEMENTED;
}

static mn_value_t view_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_gc_ref_t ref;
    *mn_root_push(&runtime->heap, &ref) = dict_of_view(self);
    mn_value_t iterator = mn_dict_iterator_new(runtime, &ref.value, view_kind(*self), false);
    mn_root_pop(&runtime->heap, &ref);
    return iterator;
}

// *item in the view: a key lookup, a (key, value) lookup, or a search of the values.
static mn_value_t view_contains(mn_runtime_t *runtime, const mn_value_t *self,
                                const mn_value_t *item) {
    mn_dict_kind_t kind = view_kind(*self);
    mn_gc_ref_t refs[3];
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[2]);
    *dict = dict_of_view(self);
    mn_value_t result = MN_FALSE;
    if (kind == MN_DICT_KEYS) {
        result = mn_dict_get(runtime, dict, item);
        result = result == MN_EXCEPTION ? result : mn_bool(result != MN_NULL);
    } else if (kind == MN_DICT_ITEMS) {
        if (mn_is_tagged(*item, MN_TAG_TUPLE) && mn_tuple_length(mn_object(*item)) == 2) {
            *key = ((const mn_tuple_t *)mn_object(*item))->items[0];
            *value = mn_dict_get(runtime, dict, key);
            if (*value == MN_EXCEPTION) {
                result = MN_EXCEPTION;
            } else if (*value != MN_NULL) {
                *key = ((const mn_tuple_t *)mn_object(*item))->items[1];
                result = mn_equal(runtime, value, key);
            }
        }
    } else {
        for (size_t position = 0;
             result == MN_FALSE && mn_dict_next(*dict, &position, key, value);) {
            result = mn_equal(runtime, value, item);
        }
    }
    for (size_t i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// Keys and items views compare as sets: equal when each holds the other's elements.
static mn_value_t view_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    if ((op != MN_COMPARE_EQUAL && op != MN_COMPARE_NOT_EQUAL) || !is_view(*left) ||
        !is_view(*right) || view_kind(*left) != view_kind(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    mn_value_t result =
        mn_bool(mn_dict_count(dict_of_view(left)) == mn_dict_count(dict_of_view(right)));
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *element = mn_root_push(&runtime->heap, &refs[1]);
    if (result == MN_TRUE) {
        result = *iterator = view_iter(runtime, left);
    }
    while (result != MN_EXCEPTION && result != MN_FALSE) {
        *element = mn_next(runtime, iterator);
        if (*element == MN_NULL || *element == MN_EXCEPTION) {
            result = *element == MN_NULL ? MN_TRUE : MN_EXCEPTION;
            break;
        }
        result = view_contains(runtime, right, element);
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result == MN_EXCEPTION ? result
                                  : mn_bool((result == MN_TRUE) == (op == MN_COMPARE_EQUAL));
}

static mn_value_t view_reversed(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!is_view(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "descriptor '__reversed__' doesn't apply to a '%T' object", args[0]);
    }
    mn_gc_ref_t ref;
    *mn_root_push(&runtime->heap, &ref) = dict_of_view(&args[0]);
    mn_value_t iterator = mn_dict_iterator_new(runtime, &ref.value, view_kind(args[0]), true);
    mn_root_pop(&runtime->heap, &ref);
    return iterator;
}

static MN_METHOD(view_reversed_obj, MN_QSTR___reversed__, 1, 1, 0, view_reversed);

static const mn_attr_entry_t view_attr_entries[] = {
    MN_ATTR(MN_QSTR___reversed__, &view_reversed_obj),
};
MN_ATTR_TABLE(view_attrs, view_attr_entries);

// Keys and items views compare as sets (so they are unhashable); values views do not.
const mn_type_t mn_type_dict_keys = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_dict_keys,
    .base = &mn_type_object,
    .attrs = &view_attrs,
    .print = view_print,
    .unary = view_unary,
    .compare = view_compare,
    .contains = view_contains,
    .iter = view_iter,
};

const mn_type_t mn_type_dict_values = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_dict_values,
    .base = &mn_type_object,
    .attrs = &view_attrs,
    .print = view_print,
    .unary = view_unary,
    .contains = view_contains,
    .iter = view_iter,
};

const mn_type_t mn_type_dict_items = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_dict_items,
    .base = &mn_type_object,
    .attrs = &view_attrs,
    .print = view_print,
    .unary = view_unary,
    .compare = view_compare,
    .contains = view_contains,
    .iter = view_iter,
};
