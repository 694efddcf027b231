// The collections module: namedtuple, OrderedDict and deque.
//
// namedtuple(typename, field_names) makes a user class (vm/class.h) whose layout is the
// fields: an instance is [header][class][overflow][one slot per field], 24 bytes for three
// fields on a 32-bit target, and p.x is a plain slot read. Its dict holds natives for
// __init__ (CPython's argument errors, worded for __new__), the tuple protocol (__getitem__,
// __len__, __iter__, __contains__, comparisons, __hash__, which work on a tuple of the
// fields), __repr__ (Point(x=1, y=2)), _fields, _asdict and _replace. Unlike CPython's,
// instances are not tuples: isinstance(p, tuple) is False.
//
// OrderedDict is [header][type][dict]: the methods of dict act on the inner dict, plus
// move_to_end and popitem(last=); equality between two OrderedDicts is order-sensitive. It
// does not derive from dict here (isinstance(od, dict) is False).
//
// deque is [header][type][list][maxlen]: the items in a list (appendleft and popleft move
// the others: deques on a small board are short), maxlen None or a small int.
#include <string.h>

#include "lib/modules.h"
#include "obj/buffer.h"
#include "obj/dict.h"
#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/repr.h"
#include "obj/sequence.h"
#include "obj/text.h"
#include "obj/tuple.h"
#include "vm/class.h"

// ---- namedtuple --------------------------------------------------------------------------------

// The fields tuple of a namedtuple instance, or MN_NULL for anything else.
static mn_value_t fields_of(mn_value_t value) {
    if (!mn_is_tagged(value, MN_TAG_INSTANCE)) {
        return MN_NULL;
    }
    const mn_class_t *cls = mn_object(((const mn_instance_t *)mn_object(value))->cls);
    if (mn_dict_get_str(cls->dict, mn_qstr_value(MN_QSTR__fields)) == MN_NULL) {
        return MN_NULL;
    }
    return cls->layout;
}

static size_t field_count(mn_value_t instance) {
    mn_value_t fields = fields_of(instance);
    return fields == MN_NULL ? 0 : mn_tuple_length(mn_object(fields));
}

// The name of a namedtuple instance's class. no allocation is done
static mn_value_t class_name(mn_value_t instance) {
    return ((const mn_class_t *)mn_object(((const mn_instance_t *)mn_object(instance))->cls))->name;
}

static bool check_instance(mn_runtime_t *runtime, mn_value_t value) {
    if (fields_of(value) == MN_NULL) {
        (void)mn_raise(runtime, &mn_type_TypeError, "expected a namedtuple, not %T", value);
        return false;
    }
    return true;
}

// The fields' values as a tuple. may trigger a gc
static mn_value_t as_tuple(mn_runtime_t *runtime, const mn_value_t *self) {
    size_t count = field_count(*self);
    if (count == 0) {
        return mn_object_value(&mn_tuple_empty);
    }
    mn_tuple_t *tuple = mn_tuple_new(runtime, count);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    const mn_instance_t *instance = mn_object(*self);
    for (size_t i = 0; i < count; i++) {
        tuple->items[i] = instance->slots[i] == MN_NULL ? MN_NONE : instance->slots[i];
    }
    return mn_object_value(tuple);
}

// __init__(self, *values, **fields)
static mn_value_t namedtuple_init(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    if (!check_instance(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    mn_value_t fields = fields_of(args[0]);
    size_t field_total = mn_tuple_length(mn_object(fields));
    size_t given = count - 1;
    if (given > field_total) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "%q.__new__() takes %z positional arguments but %z were given",
                        class_name(args[0]), field_total + 1, given + 1);
    }
    mn_instance_t *instance = mn_object(args[0]);
    for (size_t i = 0; i < field_total; i++) {
        instance->slots[i] = i < given ? args[1 + i] : MN_NULL;
    }
    size_t keyword_count = mn_native_keyword_count(keywords);
    for (size_t k = 0; k < keyword_count; k++) {
        mn_value_t name = ((const mn_tuple_t *)mn_object(keywords))->items[k];
        size_t i = 0;
        while (i < field_total && ((const mn_tuple_t *)mn_object(fields))->items[i] != name) {
            i++;
        }
        if (i == field_total) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "%q.__new__() got an unexpected keyword argument '%q'",
                            class_name(args[0]), name);
        }
        if (instance->slots[i] != MN_NULL) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "%q.__new__() got multiple values for argument '%q'",
                            class_name(args[0]), name);
        }
        instance->slots[i] = args[count + k];
    }
    size_t missing = 0;
    for (size_t i = 0; i < field_total; i++) {
        missing += instance->slots[i] == MN_NULL ? 1 : 0;
    }
    if (missing > 0) {
        // CPython lists the names: "missing 2 required positional arguments: 'x' and 'y'"
        mn_gc_ref_t ref;
        mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
        mn_buffer_t buffer;
        bool ok = mn_text_buffer_init(runtime, &buffer, slot, 32);
        size_t seen = 0;
        for (size_t i = 0; ok && i < field_total; i++) {
            instance = mn_object(args[0]);
            if (instance->slots[i] != MN_NULL) {
                continue;
            }
            seen++;
            const char *separator = seen == 1         ? ""
                                    : seen == missing ? (missing > 2 ? ", and " : " and ")
                                                      : ", ";
            ok = mn_text_append(runtime, &buffer, separator, strlen(separator)) &&
                 mn_text_append(runtime, &buffer, "'", 1);
            const mn_str_t *text =
                mn_qstr_str(((const mn_tuple_t *)mn_object(fields_of(args[0])))->items[i]);
            char copy[64];
            size_t length = mn_str_length(text) < sizeof copy ? mn_str_length(text) : sizeof copy;
            memcpy(copy, text->bytes, length);
            ok = ok && mn_text_append(runtime, &buffer, copy, length) &&
                 mn_text_append(runtime, &buffer, "'", 1);
        }
        if (ok) {
            *slot = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
            ok = *slot != MN_EXCEPTION;
        }
        if (ok) {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "%q.__new__() missing %z required positional argument%s: %q",
                           class_name(args[0]), missing, missing == 1 ? "" : "s", *slot);
        }
        mn_root_pop(&runtime->heap, &ref);
        return MN_EXCEPTION;
    }
    return MN_NONE;
}

// Point(x=1, y=2)
static mn_value_t namedtuple_repr(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_instance(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    int entered = mn_repr_enter(runtime, &args[0]);
    if (entered < 0) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *slot = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    bool ok = mn_text_buffer_init(runtime, &buffer, slot, 32);
    *item = ((const mn_class_t *)mn_object(((const mn_instance_t *)mn_object(args[0]))->cls))->name;
    ok = ok && mn_print(runtime, &buffer, item, false);
    if (entered == 1) {
        ok = ok && mn_text_append(runtime, &buffer, "(...)", 5);
    } else {
        ok = ok && mn_text_append(runtime, &buffer, "(", 1);
        for (size_t i = 0; ok && i < field_count(args[0]); i++) {
            *item = ((const mn_tuple_t *)mn_object(fields_of(args[0])))->items[i];
            ok = (i == 0 || mn_text_append(runtime, &buffer, ", ", 2)) &&
                 mn_print(runtime, &buffer, item, false) &&
                 mn_text_append(runtime, &buffer, "=", 1);
            *item = ((const mn_instance_t *)mn_object(args[0]))->slots[i];
            if (*item == MN_NULL) {
                *item = MN_NONE;
            }
            ok = ok && mn_print(runtime, &buffer, item, true);
        }
        ok = ok && mn_text_append(runtime, &buffer, ")", 1);
    }
    if (ok) {
        result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    }
    if (entered == 0) {
        mn_repr_leave(runtime);
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// The tuple protocol: self becomes the tuple of its fields, then the tuple's operation.
static mn_value_t tuple_of_self(mn_runtime_t *runtime, mn_value_t *args) {
    if (!check_instance(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    mn_value_t tuple = as_tuple(runtime, &args[0]);
    if (tuple != MN_EXCEPTION) {
        args[0] = tuple;
    }
    return tuple;
}

// The other operand of a comparison: a namedtuple's fields, a tuple as it is.
static bool other_operand(mn_runtime_t *runtime, mn_value_t *slot) {
    if (fields_of(*slot) != MN_NULL) {
        mn_value_t tuple = as_tuple(runtime, slot);
        if (tuple == MN_EXCEPTION) {
            return false;
        }
        *slot = tuple;
    }
    return true;
}

static mn_value_t namedtuple_getitem(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (tuple_of_self(runtime, args) == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return mn_subscript(runtime, &args[0], &args[1], NULL);
}

static mn_value_t namedtuple_len(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_instance(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    return mn_small_int((mn_small_int_t)field_count(args[0]));
}

static mn_value_t namedtuple_iter(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (tuple_of_self(runtime, args) == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return mn_iter(runtime, &args[0]);
}

static mn_value_t namedtuple_contains(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                      mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (tuple_of_self(runtime, args) == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return mn_contains(runtime, &args[0], &args[1]);
}

static mn_value_t namedtuple_hash(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (tuple_of_self(runtime, args) == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    return mn_hash(runtime, &args[0]);
}

static mn_value_t compare(mn_runtime_t *runtime, mn_value_t *args, mn_compare_op_t op) {
    if (tuple_of_self(runtime, args) == MN_EXCEPTION || !other_operand(runtime, &args[1])) {
        return MN_EXCEPTION;
    }
    if (!mn_tuple_is(args[1])) {
        return MN_NOT_IMPLEMENTED;
    }
    return mn_compare(runtime, op, &args[0], &args[1]);
}

#define COMPARE_METHOD(function, op)                                                               \
    static mn_value_t function(mn_runtime_t *runtime, mn_value_t *args, size_t count,              \
                               mn_value_t keywords) {                                              \
        (void)count;                                                                               \
        (void)keywords;                                                                            \
        return compare(runtime, args, op);                                                         \
    }
COMPARE_METHOD(namedtuple_eq, MN_COMPARE_EQUAL)
COMPARE_METHOD(namedtuple_ne, MN_COMPARE_NOT_EQUAL)
COMPARE_METHOD(namedtuple_lt, MN_COMPARE_LESS)
COMPARE_METHOD(namedtuple_le, MN_COMPARE_LESS_EQUAL)
COMPARE_METHOD(namedtuple_gt, MN_COMPARE_GREATER)
COMPARE_METHOD(namedtuple_ge, MN_COMPARE_GREATER_EQUAL)

// _asdict(): a dict of the fields in order.
static mn_value_t namedtuple_asdict(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                    mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!check_instance(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t refs[3];
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[2]);
    *dict = mn_dict_new(runtime, field_count(args[0]));
    bool ok = *dict != MN_EXCEPTION;
    for (size_t i = 0; ok && i < field_count(args[0]); i++) {
        *key = ((const mn_tuple_t *)mn_object(fields_of(args[0])))->items[i];
        *value = ((const mn_instance_t *)mn_object(args[0]))->slots[i];
        ok = mn_dict_set(runtime, dict, key, value);
    }
    mn_value_t result = ok ? *dict : MN_EXCEPTION;
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// _replace(**fields): a new instance with those fields changed.
static mn_value_t namedtuple_replace(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords) {
    (void)count;
    if (!check_instance(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t refs[3];
    mn_value_t *cls = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *copy = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *names = mn_root_push(&runtime->heap, &refs[2]);
    *names = keywords;
    *cls = ((const mn_instance_t *)mn_object(args[0]))->cls;
    mn_value_t result = MN_EXCEPTION;
    *copy = mn_class_new_instance(runtime, cls, NULL, 0);
    if (*copy != MN_EXCEPTION) {
        size_t total = field_count(args[0]);
        const mn_instance_t *from = mn_object(args[0]);
        mn_instance_t *to = mn_object(*copy);
        memcpy(to->slots, from->slots, total * sizeof(mn_value_t));
        result = *copy;
        for (size_t k = 0; k < mn_native_keyword_count(*names); k++) {
            mn_value_t name = ((const mn_tuple_t *)mn_object(*names))->items[k];
            mn_value_t fields = fields_of(*copy);
            size_t i = 0;
            while (i < total && ((const mn_tuple_t *)mn_object(fields))->items[i] != name) {
                i++;
            }
            if (i == total) {
                result = mn_raise(runtime, &mn_type_ValueError,
                                  "Got unexpected field names: ['%q']", name);
                break;
            }
            ((mn_instance_t *)mn_object(*copy))->slots[i] = args[count + k];
        }
    }
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

static MN_NATIVE(nt_init_fn, MN_QSTR___init__, 1, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, namedtuple_init);
static MN_NATIVE(nt_repr_fn, MN_QSTR___repr__, 1, 1, 0, namedtuple_repr);
static MN_NATIVE(nt_getitem_fn, MN_QSTR___getitem__, 2, 2, 0, namedtuple_getitem);
static MN_NATIVE(nt_len_fn, MN_QSTR___len__, 1, 1, 0, namedtuple_len);
static MN_NATIVE(nt_iter_fn, MN_QSTR___iter__, 1, 1, 0, namedtuple_iter);
static MN_NATIVE(nt_contains_fn, MN_QSTR___contains__, 2, 2, 0, namedtuple_contains);
static MN_NATIVE(nt_hash_fn, MN_QSTR___hash__, 1, 1, 0, namedtuple_hash);
static MN_NATIVE(nt_eq_fn, MN_QSTR___eq__, 2, 2, 0, namedtuple_eq);
static MN_NATIVE(nt_ne_fn, MN_QSTR___ne__, 2, 2, 0, namedtuple_ne);
static MN_NATIVE(nt_lt_fn, MN_QSTR___lt__, 2, 2, 0, namedtuple_lt);
static MN_NATIVE(nt_le_fn, MN_QSTR___le__, 2, 2, 0, namedtuple_le);
static MN_NATIVE(nt_gt_fn, MN_QSTR___gt__, 2, 2, 0, namedtuple_gt);
static MN_NATIVE(nt_ge_fn, MN_QSTR___ge__, 2, 2, 0, namedtuple_ge);
static MN_NATIVE(nt_asdict_fn, MN_QSTR__asdict, 1, 1, 0, namedtuple_asdict);
static MN_NATIVE(nt_replace_fn, MN_QSTR__replace, 1, 1, MN_NATIVE_KEYWORDS, namedtuple_replace);

static const mn_native_t *const namedtuple_methods[] = {
    &nt_init_fn,     &nt_repr_fn, &nt_getitem_fn, &nt_len_fn,    &nt_iter_fn,
    &nt_contains_fn, &nt_hash_fn, &nt_eq_fn,      &nt_ne_fn,     &nt_lt_fn,
    &nt_le_fn,       &nt_gt_fn,   &nt_ge_fn,      &nt_asdict_fn, &nt_replace_fn,
};

// Appends to the list in *list the field names of the str in *text (split at spaces and
// commas). may trigger a gc
static bool split_names(mn_runtime_t *runtime, const mn_value_t *list, const mn_value_t *text) {
    mn_gc_ref_t ref;
    mn_value_t *name = mn_root_push(&runtime->heap, &ref);
    size_t length;
    mn_text_data(*text, &length);
    size_t at = 0;
    bool ok = true;
    while (ok && at < length) {
        const char *bytes = mn_text_data(*text, &length);
        if (bytes[at] == ' ' || bytes[at] == ',' || bytes[at] == '\t' || bytes[at] == '\n') {
            at++;
            continue;
        }
        size_t end = at;
        while (end < length && bytes[end] != ' ' && bytes[end] != ',' && bytes[end] != '\t' &&
               bytes[end] != '\n') {
            end++;
        }
        *name = mn_text_new_slice(runtime, MN_TEXT_STR, text, at, end - at);
        ok = *name != MN_EXCEPTION && mn_list_append(runtime, list, name);
        at = end;
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// Whether a str is an identifier (ASCII letters, digits, underscores; not a digit first).
static bool is_identifier(mn_value_t name) {
    size_t length;
    const char *text = mn_text_data(name, &length);
    if (length == 0 || (text[0] >= '0' && text[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_' || (unsigned char)c >= 0x80;
        if (!ok) {
            return false;
        }
    }
    return true;
}

// namedtuple(typename, field_names)
static mn_value_t collections_namedtuple(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                         mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (mn_text_kind(args[0]) != MN_TEXT_STR) {
        return mn_raise(runtime, &mn_type_TypeError, "Type names and field names must be strings");
    }
    enum { NAMES, FIELDS, DICT, NAME, VALUE, COUNT };
    mn_gc_ref_t refs[COUNT];
    mn_value_t *slots[COUNT];
    for (int i = 0; i < COUNT; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    mn_value_t result = MN_EXCEPTION;
    bool ok;
    *slots[NAMES] = mn_list_new(runtime, 4);
    ok = *slots[NAMES] != MN_EXCEPTION;
    if (ok && mn_text_kind(args[1]) == MN_TEXT_STR) {
        ok = split_names(runtime, slots[NAMES], &args[1]);
    } else if (ok) {
        ok = mn_list_extend(runtime, slots[NAMES], &args[1]);
    }
    size_t total = ok ? mn_list_length(*slots[NAMES]) : 0;
    if (ok && !is_identifier(args[0])) {
        ok = false;
        (void)mn_raise(runtime, &mn_type_ValueError,
                       "Type names and field names must be valid identifiers: '%q'", args[0]);
    }
    mn_tuple_t *fields = ok ? mn_tuple_new(runtime, total) : NULL;
    if (ok && fields == NULL && total > 0) {
        ok = false;
        (void)mn_raise_memory_error(runtime);
    }
    if (ok) {
        *slots[FIELDS] = total == 0 ? mn_object_value(&mn_tuple_empty) : mn_object_value(fields);
    }
    for (size_t i = 0; ok && i < total; i++) {
        *slots[NAME] = mn_list_items(*slots[NAMES])[i];
        if (mn_text_kind(*slots[NAME]) != MN_TEXT_STR) {
            ok = false;
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "Type names and field names must be strings");
            break;
        }
        if (!is_identifier(*slots[NAME])) {
            ok = false;
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "Type names and field names must be valid identifiers: '%q'",
                           *slots[NAME]);
            break;
        }
        size_t length;
        if (mn_text_data(*slots[NAME], &length)[0] == '_') {
            ok = false;
            (void)mn_raise(runtime, &mn_type_ValueError,
                           "Field names cannot start with an underscore: '%q'", *slots[NAME]);
            break;
        }
        *slots[NAME] = mn_qstr_intern_str(runtime, slots[NAME]);
        if (*slots[NAME] == MN_NULL) {
            ok = false;
            (void)mn_raise_memory_error(runtime);
            break;
        }
        for (size_t j = 0; j < i; j++) {
            if (((const mn_tuple_t *)mn_object(*slots[FIELDS]))->items[j] == *slots[NAME]) {
                ok = false;
                (void)mn_raise(runtime, &mn_type_ValueError,
                               "Encountered duplicate field name: '%q'", *slots[NAME]);
                break;
            }
        }
        if (ok) {
            ((mn_tuple_t *)mn_object(*slots[FIELDS]))->items[i] = *slots[NAME];
        }
    }
    if (ok) {
        *slots[DICT] = mn_dict_new(runtime, 16);
        ok = *slots[DICT] != MN_EXCEPTION;
    }
    for (size_t i = 0; ok && i < sizeof namedtuple_methods / sizeof namedtuple_methods[0]; i++) {
        *slots[NAME] = mn_qstr_value(namedtuple_methods[i]->name);
        *slots[VALUE] = mn_object_value(namedtuple_methods[i]);
        ok = mn_dict_set(runtime, slots[DICT], slots[NAME], slots[VALUE]);
    }
    if (ok) {
        *slots[NAME] = mn_qstr_value(MN_QSTR__fields);
        ok = mn_dict_set(runtime, slots[DICT], slots[NAME], slots[FIELDS]);
    }
    if (ok) {
        *slots[NAME] = mn_qstr_intern_str(runtime, &args[0]);
        if (*slots[NAME] == MN_NULL) {
            ok = false;
            (void)mn_raise_memory_error(runtime);
        }
    }
    if (ok) {
        mn_class_t *cls = mn_heap_alloc(&runtime->heap, MN_TAG_CLASS, sizeof(mn_class_t));
        if (cls == NULL) {
            (void)mn_raise_memory_error(runtime);
        } else {
            cls->name = *slots[NAME];
            cls->base = mn_object_value(&mn_type_object);
            cls->dict = *slots[DICT];
            cls->layout = total == 0 ? MN_NULL : *slots[FIELDS];
            cls->module = MN_NULL;
            result = mn_object_value(cls);
        }
    }
    for (int i = COUNT; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// ---- OrderedDict -------------------------------------------------------------------------------

static const mn_type_t ordered_dict_type;

static bool is_ordered_dict(mn_value_t value) {
    return mn_iterator_is(value, &ordered_dict_type);
}

static mn_value_t *inner_dict(mn_value_t value) {
    return &mn_iterator_values(value)[0];
}

// OrderedDict(items=(), **kwargs)
static mn_value_t ordered_dict_make_new(mn_runtime_t *runtime, const mn_type_t *type,
                                        mn_value_t *args, size_t count, mn_value_t keywords) {
    (void)type;
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "expected at most 1 arguments, got %z", count);
    }
    mn_gc_ref_t refs[4];
    mn_value_t *result = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[2]);
    mn_value_t *names = mn_root_push(&runtime->heap, &refs[3]);
    *names = keywords; // a tuple that moves with the heap
    *dict = mn_dict_new(runtime, 0);
    bool ok = *dict != MN_EXCEPTION;
    if (ok && count == 1) {
        mn_value_t source = args[0];
        if (is_ordered_dict(source)) {
            args[0] = *inner_dict(source);
        }
        ok = mn_dict_update(runtime, dict, &args[0]);
    }
    for (size_t k = 0; ok && k < mn_native_keyword_count(*names); k++) {
        *key = ((const mn_tuple_t *)mn_object(*names))->items[k];
        ok = mn_dict_set(runtime, dict, key, &args[count + k]);
    }
    if (ok) {
        *result = mn_iterator_new(runtime, &ordered_dict_type, 1);
        ok = *result != MN_EXCEPTION;
    }
    if (ok) {
        *inner_dict(*result) = *dict;
    }
    mn_value_t value = ok ? *result : MN_EXCEPTION;
    for (int i = 4; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return value;
}

// Calls dict's method `name` with self's inner dict in place of self.
static mn_value_t forward(mn_runtime_t *runtime, unsigned name, mn_value_t *args, size_t count,
                          mn_value_t keywords) {
    if (!mn_native_check_self(runtime, args, &ordered_dict_type, "method")) {
        return MN_EXCEPTION;
    }
    args[0] = *inner_dict(args[0]);
    mn_value_t method = mn_type_find_attr(&mn_type_dict, mn_qstr_value(name)); // ROM
    return mn_call(runtime, &method, args, count, keywords);
}

#define FORWARD(function, name)                                                                    \
    static mn_value_t function(mn_runtime_t *runtime, mn_value_t *args, size_t count,              \
                               mn_value_t keywords) {                                              \
        return forward(runtime, name, args, count, keywords);                                      \
    }
FORWARD(od_get, MN_QSTR_get)
FORWARD(od_pop, MN_QSTR_pop)
FORWARD(od_keys, MN_QSTR_keys)
FORWARD(od_clear, MN_QSTR_clear)
FORWARD(od_items, MN_QSTR_items)
FORWARD(od_update, MN_QSTR_update)
FORWARD(od_values, MN_QSTR_values)
FORWARD(od_setdefault, MN_QSTR_setdefault)

static mn_value_t od_copy(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                          mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!mn_native_check_self(runtime, args, &ordered_dict_type, "copy")) {
        return MN_EXCEPTION;
    }
    mn_value_t type = mn_object_value(&ordered_dict_type);
    return mn_call(runtime, &type, args, 1, MN_NULL);
}

// The position of the first (or last) live entry of a non-empty dict.
static size_t end_position(mn_value_t dict, bool last) {
    const mn_dict_t *object = mn_object(dict);
    if (last) {
        return object->used - 1; // the last used entry is always live
    }
    size_t position = 0;
    while (mn_dict_entry(dict, position)[0] == MN_NULL) {
        position++;
    }
    return position;
}

// The value of the `last` keyword or second argument (default True).
static bool last_argument(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                          mn_value_t keywords, size_t position, bool *last) {
    static const uint16_t allowed[] = {MN_QSTR_last};
    if (!mn_native_check_keywords(runtime, "method", keywords, allowed, 1)) {
        return false;
    }
    mn_value_t *slot =
        count > position ? &args[position] : mn_native_keyword(args, count, keywords, MN_QSTR_last);
    *last = true;
    if (slot != NULL) {
        mn_value_t truth = mn_truth(runtime, slot);
        if (truth == MN_EXCEPTION) {
            return false;
        }
        *last = truth == MN_TRUE;
    }
    return true;
}

// popitem(last=True)
static mn_value_t od_popitem(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    bool last;
    if (!mn_native_check_self(runtime, args, &ordered_dict_type, "popitem") ||
        !last_argument(runtime, args, count, keywords, 1, &last)) {
        return MN_EXCEPTION;
    }
    mn_value_t dict = *inner_dict(args[0]);
    if (mn_dict_count(dict) == 0) {
        return mn_raise(runtime, &mn_type_KeyError, "dictionary is empty");
    }
    mn_value_t *entry = mn_dict_entry(dict, end_position(dict, last));
    mn_gc_ref_t refs[2];
    mn_value_t *pair = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[1]);
    *key = entry[0];
    mn_tuple_t *tuple = mn_tuple_new(runtime, 2);
    mn_value_t result = MN_EXCEPTION;
    if (tuple == NULL) {
        (void)mn_raise_memory_error(runtime);
    } else {
        *pair = mn_object_value(tuple);
        tuple->items[0] = *key;
        mn_value_t value = mn_dict_remove(runtime, inner_dict(args[0]), key);
        if (value != MN_EXCEPTION && value != MN_NULL) {
            ((mn_tuple_t *)mn_object(*pair))->items[1] = value;
            result = *pair;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// move_to_end(key, last=True)
static mn_value_t od_move_to_end(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    bool last;
    if (!mn_native_check_self(runtime, args, &ordered_dict_type, "move_to_end") ||
        !last_argument(runtime, args, count, keywords, 2, &last)) {
        return MN_EXCEPTION;
    }
    enum { DICT, VALUE, REBUILT, KEY, COUNT };
    mn_gc_ref_t refs[COUNT];
    mn_value_t *slots[COUNT];
    for (int i = 0; i < COUNT; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    *slots[DICT] = *inner_dict(args[0]);
    mn_value_t result = MN_NONE;
    *slots[VALUE] = mn_dict_remove(runtime, slots[DICT], &args[1]);
    if (*slots[VALUE] == MN_EXCEPTION) {
        result = MN_EXCEPTION;
    } else if (*slots[VALUE] == MN_NULL) {
        result = mn_raise_with_arg(runtime, &mn_type_KeyError, &args[1]);
    } else if (last) {
        if (!mn_dict_set(runtime, slots[DICT], &args[1], slots[VALUE])) {
            result = MN_EXCEPTION;
        }
    } else {
        *slots[REBUILT] = mn_dict_new(runtime, mn_dict_count(*slots[DICT]) + 1);
        bool ok = *slots[REBUILT] != MN_EXCEPTION &&
                  mn_dict_set(runtime, slots[REBUILT], &args[1], slots[VALUE]) &&
                  mn_dict_update(runtime, slots[REBUILT], slots[DICT]);
        if (ok) {
            *inner_dict(args[0]) = *slots[REBUILT];
        } else {
            result = MN_EXCEPTION;
        }
    }
    for (int i = COUNT; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// OrderedDict([('a', 1)]), or OrderedDict() when empty.
static bool ordered_dict_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                               bool repr) {
    (void)repr;
    if (mn_dict_count(*inner_dict(*self)) == 0) {
        return mn_text_append(runtime, out, "OrderedDict()", 13);
    }
    mn_gc_ref_t refs[2];
    mn_value_t *view = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *list = mn_root_push(&runtime->heap, &refs[1]);
    *view = *inner_dict(*self);
    *view = mn_dict_view_new(runtime, view, MN_DICT_ITEMS);
    bool ok = *view != MN_EXCEPTION;
    if (ok) {
        *list = mn_list_from_iterable(runtime, view);
        ok = *list != MN_EXCEPTION;
    }
    ok = ok && mn_text_append(runtime, out, "OrderedDict(", 12) &&
         mn_print(runtime, out, list, true) && mn_text_append(runtime, out, ")", 1);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

static mn_value_t ordered_dict_unary(mn_runtime_t *runtime, mn_unary_op_t op,
                                     const mn_value_t *self) {
    (void)runtime;
    size_t count = mn_dict_count(*inner_dict(*self));
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)count);
    }
    if (op == MN_UNARY_BOOL) {
        return mn_bool(count != 0);
    }
    if (op == MN_UNARY_HASH) {
        return MN_NOT_IMPLEMENTED;
    }
    return MN_NOT_IMPLEMENTED;
}

// == and !=: order matters between two OrderedDicts, not with a dict.
static mn_value_t ordered_dict_compare(mn_runtime_t *runtime, mn_compare_op_t op,
                                       const mn_value_t *left, const mn_value_t *right) {
    if (op != MN_COMPARE_EQUAL && op != MN_COMPARE_NOT_EQUAL) {
        return MN_NOT_IMPLEMENTED;
    }
    bool both = is_ordered_dict(*left) && is_ordered_dict(*right);
    mn_gc_ref_t refs[2];
    mn_value_t *a = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *b = mn_root_push(&runtime->heap, &refs[1]);
    *a = is_ordered_dict(*left) ? *inner_dict(*left) : *left;
    *b = is_ordered_dict(*right) ? *inner_dict(*right) : *right;
    mn_value_t result = MN_NOT_IMPLEMENTED;
    if (mn_dict_is(*a) && mn_dict_is(*b)) {
        if (both) { // compare the lists of items
            *a = mn_dict_view_new(runtime, a, MN_DICT_ITEMS);
            *a = *a == MN_EXCEPTION ? MN_EXCEPTION : mn_list_from_iterable(runtime, a);
            if (*a != MN_EXCEPTION) {
                *b = mn_dict_view_new(runtime, b, MN_DICT_ITEMS);
                *b = *b == MN_EXCEPTION ? MN_EXCEPTION : mn_list_from_iterable(runtime, b);
            }
        }
        result =
            *a == MN_EXCEPTION || *b == MN_EXCEPTION ? MN_EXCEPTION : mn_compare(runtime, op, a, b);
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t ordered_dict_contains(mn_runtime_t *runtime, const mn_value_t *self,
                                        const mn_value_t *item) {
    mn_gc_ref_t ref;
    mn_value_t *dict = mn_root_push(&runtime->heap, &ref);
    *dict = *inner_dict(*self);
    mn_value_t result = mn_contains(runtime, dict, item);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t ordered_dict_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                         const mn_value_t *index, const mn_value_t *value) {
    mn_gc_ref_t ref;
    mn_value_t *dict = mn_root_push(&runtime->heap, &ref);
    *dict = *inner_dict(*self);
    mn_value_t result = mn_subscript(runtime, dict, index, value);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t ordered_dict_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_gc_ref_t ref;
    mn_value_t *dict = mn_root_push(&runtime->heap, &ref);
    *dict = *inner_dict(*self);
    mn_value_t result = mn_iter(runtime, dict);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static MN_NATIVE(od_get_fn, MN_QSTR_get, 2, 3, 0, od_get);
static MN_NATIVE(od_pop_fn, MN_QSTR_pop, 2, 3, 0, od_pop);
static MN_NATIVE(od_copy_fn, MN_QSTR_copy, 1, 1, 0, od_copy);
static MN_NATIVE(od_keys_fn, MN_QSTR_keys, 1, 1, 0, od_keys);
static MN_NATIVE(od_clear_fn, MN_QSTR_clear, 1, 1, 0, od_clear);
static MN_NATIVE(od_items_fn, MN_QSTR_items, 1, 1, 0, od_items);
static MN_NATIVE(od_update_fn, MN_QSTR_update, 1, 2, MN_NATIVE_KEYWORDS, od_update);
static MN_NATIVE(od_values_fn, MN_QSTR_values, 1, 1, 0, od_values);
static MN_NATIVE(od_popitem_fn, MN_QSTR_popitem, 1, 2, MN_NATIVE_KEYWORDS, od_popitem);
static MN_NATIVE(od_setdefault_fn, MN_QSTR_setdefault, 2, 3, 0, od_setdefault);
static MN_NATIVE(od_move_to_end_fn, MN_QSTR_move_to_end, 2, 3, MN_NATIVE_KEYWORDS, od_move_to_end);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t ordered_dict_attrs[] = {
    MN_ATTR(MN_QSTR_get, &od_get_fn),
    MN_ATTR(MN_QSTR_pop, &od_pop_fn),
    MN_ATTR(MN_QSTR_copy, &od_copy_fn),
    MN_ATTR(MN_QSTR_keys, &od_keys_fn),
    MN_ATTR(MN_QSTR_clear, &od_clear_fn),
    MN_ATTR(MN_QSTR_items, &od_items_fn),
    MN_ATTR(MN_QSTR_update, &od_update_fn),
    MN_ATTR(MN_QSTR_values, &od_values_fn),
    MN_ATTR(MN_QSTR_popitem, &od_popitem_fn),
    MN_ATTR(MN_QSTR_setdefault, &od_setdefault_fn),
    MN_ATTR(MN_QSTR_move_to_end, &od_move_to_end_fn),
};
MN_ATTR_TABLE(ordered_dict_attr_table, ordered_dict_attrs);

static const mn_type_t ordered_dict_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_OrderedDict,
    .base = &mn_type_object,
    .attrs = &ordered_dict_attr_table,
    .make_new = ordered_dict_make_new,
    .print = ordered_dict_print,
    .unary = ordered_dict_unary,
    .compare = ordered_dict_compare,
    .contains = ordered_dict_contains,
    .subscript = ordered_dict_subscript,
    .iter = ordered_dict_iter,
};

// ---- deque -------------------------------------------------------------------------------------

static const mn_type_t deque_type;

enum { DEQUE_LIST, DEQUE_MAXLEN, DEQUE_VALUES };

static bool deque_check(mn_runtime_t *runtime, const mn_value_t *args, const char *method) {
    return mn_native_check_self(runtime, args, &deque_type, method);
}

// Appends (or prepends) the value in *item, dropping from the other end past maxlen.
static bool deque_add(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *item,
                      bool left) {
    mn_value_t maxlen = mn_iterator_values(*self)[DEQUE_MAXLEN];
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_iterator_values(*self)[DEQUE_LIST];
    bool ok = true;
    if (maxlen == mn_small_int(0)) {
        ok = true;
    } else {
        ok = left ? mn_list_insert(runtime, list, 0, item) : mn_list_append(runtime, list, item);
        if (ok && maxlen != MN_NONE && mn_list_length(*list) > (size_t)mn_small_int_value(maxlen)) {
            ok = mn_list_pop(runtime, list, left ? -1 : 0) != MN_EXCEPTION;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

static bool deque_extend_from(mn_runtime_t *runtime, const mn_value_t *self,
                              const mn_value_t *iterable, bool left) {
    mn_gc_ref_t refs[3];
    mn_value_t *source = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    *source = *iterable;
    bool ok = true;
    if (*source == *self) { // d.extend(d): iterate over a copy
        *source = mn_list_from_iterable(runtime, &mn_iterator_values(*self)[DEQUE_LIST]);
        ok = *source != MN_EXCEPTION;
    }
    if (ok) {
        *iterator = mn_iter(runtime, source);
        ok = *iterator != MN_EXCEPTION;
    }
    while (ok) {
        *item = mn_next(runtime, iterator);
        if (*item == MN_NULL) {
            break;
        }
        ok = *item != MN_EXCEPTION && deque_add(runtime, self, item, left);
    }
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return ok;
}

// deque(iterable=(), maxlen=None)
static mn_value_t deque_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                 size_t count, mn_value_t keywords) {
    (void)type;
    static const uint16_t allowed[] = {MN_QSTR_iterable, MN_QSTR_maxlen};
    if (!mn_native_check_keywords(runtime, "deque", keywords, allowed, 2)) {
        return MN_EXCEPTION;
    }
    if (count > 2) {
        return mn_raise(runtime, &mn_type_TypeError, "deque() takes at most 2 arguments (%z given)",
                        count);
    }
    mn_value_t *iterable =
        count > 0 ? &args[0] : mn_native_keyword(args, count, keywords, MN_QSTR_iterable);
    mn_value_t *maxlen =
        count > 1 ? &args[1] : mn_native_keyword(args, count, keywords, MN_QSTR_maxlen);
    mn_value_t limit = MN_NONE;
    if (maxlen != NULL && *maxlen != MN_NONE) {
        int64_t n;
        if (!mn_int_is(*maxlen)) {
            return mn_raise(runtime, &mn_type_TypeError, "an integer is required");
        }
        if (!mn_int_to_int64(*maxlen, &n) || n > MN_SMALL_INT_MAX) {
            return mn_raise(runtime, &mn_type_OverflowError,
                            "Python int too large to convert to C ssize_t");
        }
        if (n < 0) {
            return mn_raise(runtime, &mn_type_ValueError, "maxlen must be non-negative");
        }
        limit = mn_small_int((mn_small_int_t)n);
    }
    mn_gc_ref_t refs[2];
    mn_value_t *result = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *list = mn_root_push(&runtime->heap, &refs[1]);
    *list = mn_list_new(runtime, 0);
    bool ok = *list != MN_EXCEPTION;
    if (ok) {
        *result = mn_iterator_new(runtime, &deque_type, DEQUE_VALUES);
        ok = *result != MN_EXCEPTION;
    }
    if (ok) {
        mn_iterator_values(*result)[DEQUE_LIST] = *list;
        mn_iterator_values(*result)[DEQUE_MAXLEN] = limit;
        if (iterable != NULL) {
            ok = deque_extend_from(runtime, result, iterable, false);
        }
    }
    mn_value_t value = ok ? *result : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return value;
}

#define DEQUE_ADD_METHOD(function, name, left, extend)                                             \
    static mn_value_t function(mn_runtime_t *runtime, mn_value_t *args, size_t count,              \
                               mn_value_t keywords) {                                              \
        (void)count;                                                                               \
        (void)keywords;                                                                            \
        if (!deque_check(runtime, args, name)) {                                                   \
            return MN_EXCEPTION;                                                                   \
        }                                                                                          \
        bool ok = extend ? deque_extend_from(runtime, &args[0], &args[1], left)                    \
                         : deque_add(runtime, &args[0], &args[1], left);                           \
        return ok ? MN_NONE : MN_EXCEPTION;                                                        \
    }
DEQUE_ADD_METHOD(deque_append, "append", false, false)
DEQUE_ADD_METHOD(deque_appendleft, "appendleft", true, false)
DEQUE_ADD_METHOD(deque_extend, "extend", false, true)
DEQUE_ADD_METHOD(deque_extendleft, "extendleft", true, true)

static mn_value_t deque_remove_end(mn_runtime_t *runtime, mn_value_t *args, bool left,
                                   const char *name) {
    if (!deque_check(runtime, args, name)) {
        return MN_EXCEPTION;
    }
    mn_value_t list = mn_iterator_values(args[0])[DEQUE_LIST];
    if (mn_list_length(list) == 0) {
        return mn_raise(runtime, &mn_type_IndexError, "pop from an empty deque");
    }
    args[0] = list;
    return mn_list_pop(runtime, &args[0], left ? 0 : -1);
}

static mn_value_t deque_pop(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return deque_remove_end(runtime, args, false, "pop");
}

static mn_value_t deque_popleft(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return deque_remove_end(runtime, args, true, "popleft");
}

static mn_value_t deque_clear(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!deque_check(runtime, args, "clear")) {
        return MN_EXCEPTION;
    }
    mn_value_t list = mn_list_new(runtime, 0);
    if (list == MN_EXCEPTION) {
        return list;
    }
    mn_iterator_values(args[0])[DEQUE_LIST] = list;
    return MN_NONE;
}

// deque([1, 2]) or deque([1, 2], maxlen=3)
static bool deque_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                        bool repr) {
    (void)repr;
    int entered = mn_repr_enter(runtime, self);
    if (entered < 0) {
        return false;
    }
    if (entered == 1) {
        return mn_text_append(runtime, out, "[...]", 5);
    }
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_iterator_values(*self)[DEQUE_LIST];
    bool ok = mn_text_append(runtime, out, "deque(", 6) && mn_print(runtime, out, list, true);
    mn_value_t maxlen = mn_iterator_values(*self)[DEQUE_MAXLEN];
    if (ok && maxlen != MN_NONE) {
        *list = maxlen;
        ok = mn_text_append(runtime, out, ", maxlen=", 9) && mn_print(runtime, out, list, true);
    }
    ok = ok && mn_text_append(runtime, out, ")", 1);
    mn_root_pop(&runtime->heap, &ref);
    mn_repr_leave(runtime);
    return ok;
}

static mn_value_t deque_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    size_t count = mn_list_length(mn_iterator_values(*self)[DEQUE_LIST]);
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)count);
    }
    if (op == MN_UNARY_BOOL) {
        return mn_bool(count != 0);
    }
    return MN_NOT_IMPLEMENTED;
}

static mn_value_t deque_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                                const mn_value_t *right) {
    if (!mn_iterator_is(*left, &deque_type) || !mn_iterator_is(*right, &deque_type)) {
        return MN_NOT_IMPLEMENTED;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *a = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *b = mn_root_push(&runtime->heap, &refs[1]);
    *a = mn_iterator_values(*left)[DEQUE_LIST];
    *b = mn_iterator_values(*right)[DEQUE_LIST];
    mn_value_t result = mn_compare(runtime, op, a, b);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t deque_contains(mn_runtime_t *runtime, const mn_value_t *self,
                                 const mn_value_t *item) {
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_iterator_values(*self)[DEQUE_LIST];
    mn_value_t result = mn_contains(runtime, list, item);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// d[i], d[i] = x, del d[i]: ints only, as CPython's deque.
static mn_value_t deque_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                  const mn_value_t *index, const mn_value_t *value) {
    if (!mn_int_is(*index)) {
        return mn_raise(runtime, &mn_type_TypeError, "sequence index must be integer, not '%T'",
                        *index);
    }
    size_t length = mn_list_length(mn_iterator_values(*self)[DEQUE_LIST]);
    int64_t n;
    if (!mn_int_to_int64(*index, &n)) {
        n = INT64_MAX;
    }
    if (n < 0) {
        n += (int64_t)length;
    }
    if (n < 0 || n >= (int64_t)length) {
        return mn_raise(runtime, &mn_type_IndexError, "deque index out of range");
    }
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_iterator_values(*self)[DEQUE_LIST];
    mn_value_t result = mn_subscript(runtime, list, index, value);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t deque_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_iterator_values(*self)[DEQUE_LIST];
    mn_value_t result = mn_iter(runtime, list);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t deque_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                             const mn_value_t *value) {
    (void)runtime;
    if (value == NULL && name == mn_qstr_value(MN_QSTR_maxlen)) {
        return mn_iterator_values(*self)[DEQUE_MAXLEN];
    }
    return MN_NULL;
}

static MN_NATIVE(deque_pop_fn, MN_QSTR_pop, 1, 1, 0, deque_pop);
static MN_NATIVE(deque_clear_fn, MN_QSTR_clear, 1, 1, 0, deque_clear);
static MN_NATIVE(deque_append_fn, MN_QSTR_append, 2, 2, 0, deque_append);
static MN_NATIVE(deque_extend_fn, MN_QSTR_extend, 2, 2, 0, deque_extend);
static MN_NATIVE(deque_popleft_fn, MN_QSTR_popleft, 1, 1, 0, deque_popleft);
static MN_NATIVE(deque_appendleft_fn, MN_QSTR_appendleft, 2, 2, 0, deque_appendleft);
static MN_NATIVE(deque_extendleft_fn, MN_QSTR_extendleft, 2, 2, 0, deque_extendleft);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t deque_attrs[] = {
    MN_ATTR(MN_QSTR_pop, &deque_pop_fn),
    MN_ATTR(MN_QSTR_clear, &deque_clear_fn),
    MN_ATTR(MN_QSTR_append, &deque_append_fn),
    MN_ATTR(MN_QSTR_extend, &deque_extend_fn),
    MN_ATTR(MN_QSTR_popleft, &deque_popleft_fn),
    MN_ATTR(MN_QSTR_appendleft, &deque_appendleft_fn),
    MN_ATTR(MN_QSTR_extendleft, &deque_extendleft_fn),
};
MN_ATTR_TABLE(deque_attr_table, deque_attrs);

static const mn_type_t deque_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_deque,
    .base = &mn_type_object,
    .attrs = &deque_attr_table,
    .make_new = deque_make_new,
    .print = deque_print,
    .unary = deque_unary,
    .compare = deque_compare,
    .contains = deque_contains,
    .subscript = deque_subscript,
    .iter = deque_iter,
    .attr = deque_attr,
};

// ---- The module --------------------------------------------------------------------------------

static MN_NATIVE(namedtuple_fn, MN_QSTR_namedtuple, 2, 2, 0, collections_namedtuple);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t collections_attrs[] = {
    MN_ATTR(MN_QSTR_deque, &deque_type),
    MN_ATTR(MN_QSTR_namedtuple, &namedtuple_fn),
    MN_ATTR(MN_QSTR_OrderedDict, &ordered_dict_type),
};
MN_ATTR_TABLE(collections_attr_table, collections_attrs);

const mn_rom_module_t mn_module_collections = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_collections),
    .attrs = &collections_attr_table,
};
