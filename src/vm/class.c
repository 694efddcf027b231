// User classes: building them, calling them, their instances' attributes and the special
// methods behind the slots of mn_type_instance (vm/class.h).
#include "vm/class.h"

#include <stdio.h>
#include <string.h>

#include "obj/dict.h"
#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/code.h"
#include "vm/function.h"
#include "vm/vm.h"

static mn_class_t *class_object(mn_value_t cls) {
    return mn_object(cls);
}

static mn_instance_t *instance_object(mn_value_t instance) {
    return mn_object(instance);
}

static bool is_instance(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_INSTANCE);
}

static mn_value_t qstr(unsigned id) {
    return mn_qstr_value(id);
}

// ---- Classes as values --------------------------------------------------------------------

mn_value_t mn_class_of(mn_value_t value) {
    if (mn_is_object(value)) {
        unsigned tag = mn_object_tag(value);
        if (tag == MN_TAG_INSTANCE) {
            return instance_object(value)->cls;
        }
        if (tag == MN_TAG_EXCEPTION) {
            mn_value_t cls = mn_exception_class(value);
            if (cls != MN_NULL) {
                return cls;
            }
        }
    }
    return mn_object_value(mn_type_of(value));
}

mn_value_t mn_class_name(mn_value_t cls) {
    if (mn_class_is(cls)) {
        return class_object(cls)->name;
    }
    return qstr(((const mn_type_t *)mn_object(cls))->name);
}

const mn_type_t *mn_class_builtin(mn_value_t cls) {
    while (mn_class_is(cls)) {
        cls = class_object(cls)->base;
    }
    return mn_object(cls);
}

bool mn_class_is_subclass(mn_value_t sub, mn_value_t base) {
    for (; mn_class_is(sub); sub = class_object(sub)->base) {
        if (sub == base) {
            return true;
        }
    }
    return mn_is_tagged(base, MN_TAG_TYPE) && mn_type_is_subtype(mn_object(sub), mn_object(base));
}

mn_value_t mn_class_module(mn_value_t cls) {
    mn_value_t module = mn_class_is(cls) ? class_object(cls)->module : MN_NULL;
    if ((!mn_is_qstr(module) && !mn_is_tagged(module, MN_TAG_STR)) ||
        module == qstr(MN_QSTR_builtins)) {
        return MN_NULL;
    }
    return module;
}

mn_value_t mn_class_lookup_special(mn_value_t cls, mn_value_t name) {
    for (; mn_class_is(cls); cls = class_object(cls)->base) {
        mn_value_t found = mn_dict_get_str(class_object(cls)->dict, name);
        if (found != MN_NULL) {
            return found;
        }
    }
    return MN_NULL;
}

mn_value_t mn_class_lookup(mn_value_t cls, mn_value_t name) {
    for (; mn_class_is(cls); cls = class_object(cls)->base) {
        mn_value_t found = mn_dict_get_str(class_object(cls)->dict, name);
        if (found != MN_NULL) {
            return found;
        }
    }
    return mn_type_find_attr(mn_object(cls), name);
}

// The slot of `name` in a layout tuple, or -1. no allocation is done
static intptr_t layout_index(mn_value_t layout, mn_value_t name) {
    if (layout == MN_NULL) {
        return -1;
    }
    const mn_tuple_t *names = mn_object(layout);
    size_t count = mn_tuple_length(names);
    for (size_t i = 0; i < count; i++) {
        if (names->items[i] == name) {
            return (intptr_t)i;
        }
    }
    return -1;
}

mn_value_t *mn_instance_slot(mn_value_t instance, mn_value_t name) {
    mn_instance_t *object = instance_object(instance);
    intptr_t index = layout_index(class_object(object->cls)->layout, name);
    return index >= 0 ? &object->slots[index] : NULL;
}

// An attribute name as the interned value layouts hold (a str built at run time, as
// getattr's argument may be, is looked up in the pool). no allocation is done
static mn_value_t interned_name(const mn_runtime_t *runtime, mn_value_t name) {
    if (mn_is_qstr(name) || !mn_is_tagged(name, MN_TAG_STR) ||
        mn_str_is_interned(mn_object(name))) {
        return name;
    }
    const mn_str_t *str = mn_object(name);
    mn_value_t interned = mn_qstr_find(runtime, str->bytes, mn_str_length(str));
    return interned != MN_NULL ? interned : name;
}

// ---- Calls ----------------------------------------------------------------------------------

// Calls *method with self and the arguments (the native convention): copies them into fresh
// slots on the VM stack, [method][self][arguments...]. A function (Python or native) gets
// self first; any other callable found on a class is called without it. may trigger a gc
static mn_value_t call_with_self(mn_runtime_t *runtime, mn_value_t method, const mn_value_t *self,
                                 const mn_value_t *args, size_t count, mn_value_t keywords) {
    size_t total = count + mn_native_keyword_count(keywords);
    mn_gc_ref_t refs[2];
    mn_value_t *method_slot = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *keywords_slot = mn_root_push(&runtime->heap, &refs[1]);
    *method_slot = method;
    *keywords_slot = keywords;
    mn_value_t *slots = mn_heap_reserve_top(&runtime->heap, total + 2);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    if (slots == NULL) {
        return mn_raise_memory_error(runtime);
    }
    slots[0] = *method_slot;
    slots[1] = *self;
    if (total > 0) {
        memcpy(slots + 2, args, total * sizeof(mn_value_t));
    }
    bool with_self =
        mn_is_tagged(slots[0], MN_TAG_FUNCTION) || mn_is_tagged(slots[0], MN_TAG_NATIVE);
    mn_value_t result = mn_call(runtime, &slots[0], with_self ? slots + 1 : slots + 2,
                                with_self ? count + 1 : count, *keywords_slot);
    mn_heap_release_top(&runtime->heap, total + 2);
    return result;
}

// Calls `method` (found on the class of *self) with self and up to two arguments (rooted
// slots, or NULL). may trigger a gc
static mn_value_t call_method(mn_runtime_t *runtime, mn_value_t method, const mn_value_t *self,
                              const mn_value_t *first, const mn_value_t *second) {
    size_t count = first == NULL ? 0 : second == NULL ? 1 : 2;
    mn_gc_ref_t ref;
    *mn_root_push(&runtime->heap, &ref) = method;
    mn_value_t *slots = mn_heap_reserve_top(&runtime->heap, count + 2);
    mn_root_pop(&runtime->heap, &ref);
    if (slots == NULL) {
        return mn_raise_memory_error(runtime);
    }
    slots[0] = ref.value;
    slots[1] = *self;
    if (first != NULL) {
        slots[2] = *first;
    }
    if (second != NULL) {
        slots[3] = *second;
    }
    bool with_self =
        mn_is_tagged(slots[0], MN_TAG_FUNCTION) || mn_is_tagged(slots[0], MN_TAG_NATIVE);
    mn_value_t result = mn_call(runtime, &slots[0], with_self ? slots + 1 : slots + 2,
                                with_self ? count + 1 : count, MN_NULL);
    mn_heap_release_top(&runtime->heap, count + 2);
    return result;
}

mn_value_t mn_class_call_special(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                                 const mn_value_t *argument) {
    mn_value_t method = mn_class_lookup_special(mn_class_of(*self), name);
    if (method == MN_NULL) {
        return MN_NULL;
    }
    return call_method(runtime, method, self, argument, NULL);
}

// Binds an attribute found on a class to *self: functions and methods become bound methods.
// may trigger a gc
static mn_value_t bind(mn_runtime_t *runtime, mn_value_t found, const mn_value_t *self) {
    bool is_native = mn_is_tagged(found, MN_TAG_NATIVE);
    if (!mn_is_tagged(found, MN_TAG_FUNCTION) && !is_native) {
        return found;
    }
    uint16_t flags = is_native ? ((const mn_native_t *)mn_object(found))->flags : 0;
    if (flags & MN_NATIVE_STATIC) {
        return found;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *function = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *receiver = mn_root_push(&runtime->heap, &refs[1]);
    *function = found;
    *receiver = (flags & MN_NATIVE_CLASSMETHOD) ? mn_class_of(*self) : *self;
    mn_value_t bound = mn_bound_new(runtime, receiver, function);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return bound;
}

mn_value_t mn_class_bind_lookup(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t cls,
                                mn_value_t name) {
    mn_value_t found = mn_class_lookup(cls, name);
    return found == MN_NULL ? MN_NULL : bind(runtime, found, self);
}

// ---- Building classes -----------------------------------------------------------------------

// Raises TypeError unless `base` may be a class's base. may trigger a gc (only to raise)
static bool check_base(mn_runtime_t *runtime, mn_value_t base) {
    if (mn_class_is(base)) {
        return true;
    }
    if (!mn_is_tagged(base, MN_TAG_TYPE)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "bases must be types");
        return false;
    }
    const mn_type_t *type = mn_object(base);
    if (type == &mn_type_object || (type->flags & MN_TYPE_EXCEPTION)) {
        return true;
    }
    if (type->flags & MN_TYPE_BASETYPE) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "subclassing the built-in type '%q' is not supported", qstr(type->name));
    } else {
        (void)mn_raise(runtime, &mn_type_TypeError, "type '%q' is not an acceptable base type",
                       qstr(type->name));
    }
    return false;
}

// The layout of a class: its base's (*base, rooted), then the names of *own (a tuple, or
// None) that the base's lacks. may trigger a gc
static mn_value_t merge_layout(mn_runtime_t *runtime, const mn_value_t *base,
                               const mn_value_t *own) {
    mn_value_t base_layout = mn_class_is(*base) ? class_object(*base)->layout : MN_NULL;
    if (!mn_is_tagged(*own, MN_TAG_TUPLE)) {
        return base_layout;
    }
    size_t own_count = mn_tuple_length(mn_object(*own));
    size_t added = 0;
    for (size_t i = 0; i < own_count; i++) {
        added += layout_index(base_layout, ((const mn_tuple_t *)mn_object(*own))->items[i]) < 0;
    }
    if (added == 0) {
        return base_layout;
    }
    size_t base_count = base_layout == MN_NULL ? 0 : mn_tuple_length(mn_object(base_layout));
    mn_tuple_t *layout = mn_tuple_new(runtime, base_count + added);
    if (layout == NULL) {
        return mn_raise_memory_error(runtime);
    }
    base_layout = mn_class_is(*base) ? class_object(*base)->layout : MN_NULL; // may have moved
    if (base_count > 0) {
        memcpy(layout->items, ((const mn_tuple_t *)mn_object(base_layout))->items,
               base_count * sizeof(mn_value_t));
    }
    size_t next = base_count;
    const mn_tuple_t *names = mn_object(*own);
    for (size_t i = 0; i < own_count; i++) {
        if (layout_index(base_layout, names->items[i]) < 0) {
            layout->items[next++] = names->items[i];
        }
    }
    return mn_object_value(layout);
}

// A class from its parts, each in a rooted slot. may trigger a gc
static mn_value_t make_class(mn_runtime_t *runtime, const mn_value_t *name, const mn_value_t *base,
                             const mn_value_t *dict, const mn_value_t *own_layout,
                             const mn_value_t *globals) {
    mn_gc_ref_t ref;
    mn_value_t *layout = mn_root_push(&runtime->heap, &ref);
    *layout = merge_layout(runtime, base, own_layout);
    mn_value_t result = *layout;
    if (result != MN_EXCEPTION) {
        mn_class_t *cls = mn_heap_alloc(&runtime->heap, MN_TAG_CLASS, sizeof(mn_class_t));
        if (cls == NULL) {
            result = mn_raise_memory_error(runtime);
        } else {
            cls->name = *name;
            cls->base = *base;
            cls->dict = *dict;
            cls->layout = *layout;
            cls->module =
                globals == NULL ? MN_NULL : mn_dict_get_str(*globals, qstr(MN_QSTR___name__));
            result = mn_object_value(cls);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_class_build(mn_runtime_t *runtime, mn_value_t *slots, size_t base_count) {
    if (base_count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "multiple inheritance is not supported");
    }
    mn_value_t object_base = mn_object_value(&mn_type_object); // in ROM: never moves
    const mn_value_t *base = base_count == 1 ? &slots[2] : &object_base;
    if (!check_base(runtime, *base)) {
        return MN_EXCEPTION;
    }
    enum { NAMESPACE, CODE, GLOBALS, REF_COUNT };
    mn_gc_ref_t refs[REF_COUNT];
    mn_value_t *values[REF_COUNT];
    for (int i = 0; i < REF_COUNT; i++) {
        values[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    const mn_function_t *function = mn_object(slots[0]);
    *values[CODE] = function->code;
    *values[GLOBALS] = function->globals;
    mn_value_t result = *values[NAMESPACE] = mn_dict_new(runtime, 0);
    if (result != MN_EXCEPTION) {
        result = mn_vm_run_code(runtime, values[CODE], values[GLOBALS], values[NAMESPACE]);
    }
    if (result != MN_EXCEPTION) {
        result = make_class(runtime, &slots[1], base, values[NAMESPACE], &slots[2 + base_count],
                            values[GLOBALS]);
    }
    for (int i = REF_COUNT - 1; i >= 0; i--) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

// type(name, bases, dict): a class whose namespace is a copy of the dict. may trigger a gc
static mn_value_t type_new_class(mn_runtime_t *runtime, mn_value_t *args) {
    if (!mn_is_qstr(args[0]) && !mn_is_tagged(args[0], MN_TAG_STR)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "type.__new__() argument 1 must be str, not %T", args[0]);
    }
    if (!mn_is_tagged(args[1], MN_TAG_TUPLE)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "type.__new__() argument 2 must be tuple, not %T", args[1]);
    }
    if (!mn_dict_is(args[2])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "type.__new__() argument 3 must be dict, not %T", args[2]);
    }
    size_t base_count = mn_tuple_length(mn_object(args[1]));
    if (base_count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "multiple inheritance is not supported");
    }
    mn_gc_ref_t refs[3];
    mn_value_t *base = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *name = mn_root_push(&runtime->heap, &refs[2]);
    *base = base_count == 1 ? ((const mn_tuple_t *)mn_object(args[1]))->items[0]
                            : mn_object_value(&mn_type_object);
    mn_value_t result = MN_EXCEPTION;
    if (check_base(runtime, *base)) {
        *name = mn_qstr_intern_str(runtime, &args[0]);
        result = *name == MN_NULL ? mn_raise_memory_error(runtime)
                                  : (*dict = mn_dict_copy(runtime, &args[2]));
    }
    if (result != MN_EXCEPTION) {
        mn_value_t none = MN_NONE;
        result = make_class(runtime, name, base, dict, &none, NULL);
    }
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// ---- Instances ------------------------------------------------------------------------------

mn_value_t mn_class_new_instance(mn_runtime_t *runtime, const mn_value_t *cls,
                                 const mn_value_t *args, size_t count) {
    const mn_type_t *builtin = mn_class_builtin(*cls);
    if (builtin->flags & MN_TYPE_EXCEPTION) {
        return mn_exception_new_user(runtime, builtin, cls, args, count);
    }
    mn_value_t layout = class_object(*cls)->layout;
    size_t slots = layout == MN_NULL ? 0 : mn_tuple_length(mn_object(layout));
    mn_instance_t *instance = mn_heap_alloc(&runtime->heap, MN_TAG_INSTANCE,
                                            sizeof(mn_instance_t) + slots * sizeof(mn_value_t));
    if (instance == NULL) {
        return mn_raise_memory_error(runtime);
    }
    instance->cls = *cls;
    return mn_object_value(instance);
}

mn_value_t mn_class_python_init(mn_value_t cls) {
    mn_value_t init = mn_class_lookup_special(cls, qstr(MN_QSTR___init__));
    return mn_is_tagged(init, MN_TAG_FUNCTION) ? init : MN_NULL;
}

mn_value_t mn_class_call(mn_runtime_t *runtime, const mn_value_t *cls, mn_value_t *args,
                         size_t count, mn_value_t keywords) {
    mn_gc_ref_t refs[2];
    mn_value_t *instance = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *keywords_slot = mn_root_push(&runtime->heap, &refs[1]);
    *keywords_slot = keywords;
    mn_value_t result = *instance = mn_class_new_instance(runtime, cls, args, count);
    if (result != MN_EXCEPTION) {
        mn_value_t init = mn_class_lookup_special(*cls, qstr(MN_QSTR___init__));
        if (init != MN_NULL) {
            result = call_with_self(runtime, init, instance, args, count, *keywords_slot);
            if (result != MN_EXCEPTION && result != MN_NONE) {
                result = mn_raise(runtime, &mn_type_TypeError,
                                  "__init__() should return None, not '%T'", result);
            }
        } else if ((count > 0 && !(mn_class_builtin(*cls)->flags & MN_TYPE_EXCEPTION)) ||
                   mn_native_keyword_count(*keywords_slot) > 0) {
            result = mn_raise(runtime, &mn_type_TypeError, "%q() takes no arguments",
                              class_object(*cls)->name);
        }
    }
    if (result != MN_EXCEPTION) {
        result = *instance;
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

mn_value_t mn_instance_call(mn_runtime_t *runtime, const mn_value_t *instance, mn_value_t *args,
                            size_t count, mn_value_t keywords) {
    mn_value_t method = mn_class_lookup_special(mn_class_of(*instance), qstr(MN_QSTR___call__));
    if (method == MN_NULL) {
        return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not callable", *instance);
    }
    return call_with_self(runtime, method, instance, args, count, keywords);
}

mn_value_t mn_instance_find_method(mn_value_t instance, mn_value_t name) {
    const mn_instance_t *object = instance_object(instance);
    intptr_t index = layout_index(class_object(object->cls)->layout, name);
    if ((index >= 0 && object->slots[index] != MN_NULL) ||
        (object->dict != MN_NULL && mn_dict_get_str(object->dict, name) != MN_NULL)) {
        return MN_NULL;
    }
    mn_value_t found = mn_class_lookup_special(object->cls, name);
    return mn_is_tagged(found, MN_TAG_FUNCTION) ? found : MN_NULL;
}

// Stores or deletes (*value MN_NULL) an attribute outside the layout, in the overflow dict.
// MN_NULL when deleting one that is not there. may trigger a gc
static mn_value_t dict_store(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                             const mn_value_t *value) {
    mn_gc_ref_t refs[2];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
    *key = name;
    *dict = instance_object(*self)->dict;
    mn_value_t result = MN_NONE;
    if (*value == MN_NULL) {
        result = *dict == MN_NULL ? MN_NULL : mn_dict_remove(runtime, dict, key);
        if (result != MN_NULL && result != MN_EXCEPTION) {
            result = MN_NONE;
        }
    } else {
        if (*dict == MN_NULL) {
            result = *dict = mn_dict_new(runtime, 0);
            if (result != MN_EXCEPTION) {
                instance_object(*self)->dict = *dict;
                result = MN_NONE;
            }
        }
        if (result != MN_EXCEPTION && !mn_dict_set(runtime, dict, key, value)) {
            result = MN_EXCEPTION;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// Attributes: the instance's own (its slots, then its dict), then its class's (bound), then
// __getattr__. Stores go to the slot of the layout, or else the dict.
static mn_value_t instance_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                                const mn_value_t *value) {
    name = interned_name(runtime, name);
    mn_instance_t *instance = instance_object(*self);
    intptr_t index = layout_index(class_object(instance->cls)->layout, name);
    if (value != NULL) {
        if (index >= 0) {
            if (*value == MN_NULL && instance->slots[index] == MN_NULL) {
                return MN_NULL;
            }
            instance->slots[index] = *value;
            return MN_NONE;
        }
        return dict_store(runtime, self, name, value);
    }
    if (index >= 0 && instance->slots[index] != MN_NULL) {
        return instance->slots[index];
    }
    if (instance->dict != MN_NULL) {
        mn_value_t found = mn_dict_get_str(instance->dict, name);
        if (found != MN_NULL) {
            return found;
        }
    }
    if (name == qstr(MN_QSTR___class__)) {
        return instance->cls;
    }
    mn_value_t found = mn_class_bind_lookup(runtime, self, instance->cls, name);
    if (found != MN_NULL) {
        return found;
    }
    mn_value_t getattr =
        mn_class_lookup_special(instance_object(*self)->cls, qstr(MN_QSTR___getattr__));
    if (getattr == MN_NULL) {
        return MN_NULL;
    }
    mn_gc_ref_t ref;
    mn_value_t *name_slot = mn_root_push(&runtime->heap, &ref);
    *name_slot = name;
    mn_value_t result = call_method(runtime, getattr, self, name_slot, NULL);
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// ---- The special methods behind mn_type_instance's slots --------------------------------

// Appends "module.Name" (the module left out for builtins and __main__ when `short`).
static bool append_class_name(mn_runtime_t *runtime, mn_buffer_t *out, mn_value_t cls,
                              bool short_main) {
    mn_gc_ref_t refs[2];
    mn_value_t *name = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *module = mn_root_push(&runtime->heap, &refs[1]);
    *name = mn_class_name(cls);
    *module = mn_class_module(cls);
    if (short_main && *module == qstr(MN_QSTR___main__)) {
        *module = MN_NULL;
    }
    bool ok = (*module == MN_NULL ||
               (mn_print(runtime, out, module, false) && mn_buffer_append(runtime, out, ".", 1))) &&
              mn_print(runtime, out, name, false);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

bool mn_class_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self) {
    return (mn_buffer_append(runtime, out, "<class '", 8) &&
            append_class_name(runtime, out, *self, false) &&
            mn_buffer_append(runtime, out, "'>", 2)) ||
           mn_raise_memory_error(runtime) != MN_EXCEPTION;
}

bool mn_class_print_default(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self) {
    return mn_buffer_append(runtime, out, "<", 1) &&
           append_class_name(runtime, out, mn_class_of(*self), false) &&
           mn_buffer_append(runtime, out, " object at ", 11) &&
           mn_print_address(runtime, out, *self) && mn_buffer_append(runtime, out, ">", 1);
}

static bool instance_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                           bool repr) {
    mn_gc_ref_t ref;
    mn_value_t *text = mn_root_push(&runtime->heap, &ref);
    *text =
        mn_class_call_special(runtime, self, qstr(repr ? MN_QSTR___repr__ : MN_QSTR___str__), NULL);
    if (*text == MN_NULL && !repr) {
        repr = true;
        *text = mn_class_call_special(runtime, self, qstr(MN_QSTR___repr__), NULL);
    }
    bool ok;
    if (*text == MN_NULL) {
        ok = mn_class_print_default(runtime, out, self) ||
             mn_raise_memory_error(runtime) != MN_EXCEPTION;
    } else if (*text == MN_EXCEPTION) {
        ok = false;
    } else if (!mn_is_qstr(*text) && !mn_is_tagged(*text, MN_TAG_STR)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "%s returned non-string (type %T)",
                       repr ? "__repr__" : "__str__", *text);
        ok = false;
    } else {
        ok = mn_print(runtime, out, text, false);
    }
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// len()'s checks of what __len__ returned.
static mn_value_t length_result(mn_runtime_t *runtime, mn_value_t result) {
    if (result == MN_TRUE || result == MN_FALSE) {
        return mn_small_int(result == MN_TRUE);
    }
    if (mn_is_small_int(result)) {
        return mn_small_int_value(result) < 0
                   ? mn_raise(runtime, &mn_type_ValueError, "__len__() should return >= 0")
                   : result;
    }
    if (mn_is_tagged(result, MN_TAG_BIG_INT)) {
        if (mn_big_int_negative(mn_object(result))) {
            return mn_raise(runtime, &mn_type_ValueError, "__len__() should return >= 0");
        }
        return mn_raise(runtime, &mn_type_OverflowError,
                        "cannot fit 'int' into an index-sized integer");
    }
    return mn_raise(runtime, &mn_type_TypeError, "'%T' object cannot be interpreted as an integer",
                    result);
}

// hash(): the first class of the chain that defines __hash__ (None: unhashable) or __eq__
// (without __hash__: unhashable) decides; otherwise the identity hash.
static mn_value_t instance_hash(mn_runtime_t *runtime, const mn_value_t *self) {
    for (mn_value_t cls = mn_class_of(*self); mn_class_is(cls); cls = class_object(cls)->base) {
        mn_value_t dict = class_object(cls)->dict;
        mn_value_t method = mn_dict_get_str(dict, qstr(MN_QSTR___hash__));
        if (method == MN_NULL && mn_dict_get_str(dict, qstr(MN_QSTR___eq__)) == MN_NULL) {
            continue;
        }
        if (method == MN_NULL || method == MN_NONE) {
            return mn_raise(runtime, &mn_type_TypeError, "unhashable type: '%T'", *self);
        }
        mn_gc_ref_t ref;
        mn_value_t *result = mn_root_push(&runtime->heap, &ref);
        *result = call_method(runtime, method, self, NULL, NULL);
        mn_value_t hash = *result;
        if (hash != MN_EXCEPTION && !mn_is_small_int(hash)) {
            hash = mn_int_is(hash) ? mn_hash(runtime, result)
                                   : mn_raise(runtime, &mn_type_TypeError,
                                              "__hash__ method should return an integer");
        }
        mn_root_pop(&runtime->heap, &ref);
        return hash;
    }
    // Identity: the object is pinned from its first hash on, so its address stays its hash.
    mn_heap_pin(mn_object(*self));
    return mn_small_int((mn_small_int_t)(*self >> 2) & MN_SMALL_INT_MAX);
}

static mn_value_t instance_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    static const uint16_t names[] = {MN_QSTR___neg__, MN_QSTR___pos__, MN_QSTR___invert__,
                                     MN_QSTR___abs__};
    mn_value_t result;
    switch ((unsigned)op) {
    case MN_UNARY_BOOL:
        result = mn_class_call_special(runtime, self, qstr(MN_QSTR___bool__), NULL);
        if (result == MN_NULL) {
            return MN_NOT_IMPLEMENTED; // then __len__
        }
        if (result == MN_EXCEPTION || result == MN_TRUE || result == MN_FALSE) {
            return result;
        }
        return mn_raise(runtime, &mn_type_TypeError, "__bool__ should return bool, returned %T",
                        result);
    case MN_UNARY_LEN:
        result = mn_class_call_special(runtime, self, qstr(MN_QSTR___len__), NULL);
        if (result == MN_NULL) {
            return MN_NOT_IMPLEMENTED;
        }
        return result == MN_EXCEPTION ? result : length_result(runtime, result);
    case MN_UNARY_HASH:
        return instance_hash(runtime, self);
    default:
        result = mn_class_call_special(runtime, self, qstr(names[op]), NULL);
        return result == MN_NULL ? MN_NOT_IMPLEMENTED : result;
    }
}

static const uint16_t binary_names[] = {
    MN_QSTR___add__,    MN_QSTR___and__,    MN_QSTR___floordiv__, MN_QSTR___lshift__,
    MN_QSTR___matmul__, MN_QSTR___mul__,    MN_QSTR___mod__,      MN_QSTR___or__,
    MN_QSTR___pow__,    MN_QSTR___rshift__, MN_QSTR___sub__,      MN_QSTR___truediv__,
    MN_QSTR___xor__,
};
static const uint16_t reflected_names[] = {
    MN_QSTR___radd__,    MN_QSTR___rand__,    MN_QSTR___rfloordiv__, MN_QSTR___rlshift__,
    MN_QSTR___rmatmul__, MN_QSTR___rmul__,    MN_QSTR___rmod__,      MN_QSTR___ror__,
    MN_QSTR___rpow__,    MN_QSTR___rrshift__, MN_QSTR___rsub__,      MN_QSTR___rtruediv__,
    MN_QSTR___rxor__,
};
static const uint16_t inplace_names[] = {
    MN_QSTR___iadd__,    MN_QSTR___iand__,    MN_QSTR___ifloordiv__, MN_QSTR___ilshift__,
    MN_QSTR___imatmul__, MN_QSTR___imul__,    MN_QSTR___imod__,      MN_QSTR___ior__,
    MN_QSTR___ipow__,    MN_QSTR___irshift__, MN_QSTR___isub__,      MN_QSTR___itruediv__,
    MN_QSTR___ixor__,
};

// self.name(other) when the class of *self has the method, else MN_NOT_IMPLEMENTED.
static mn_value_t call_binary(mn_runtime_t *runtime, const mn_value_t *self, unsigned name,
                              const mn_value_t *other) {
    mn_value_t result = mn_class_call_special(runtime, self, qstr(name), other);
    return result == MN_NULL ? MN_NOT_IMPLEMENTED : result;
}

// Whether the right operand's class derives from the left's (and, for a binary operator,
// defines its own version of the reflected method `name`): then the reflected method goes
// first, as in CPython. no allocation is done
static bool reflected_first(mn_value_t left, mn_value_t right, unsigned name, bool compare) {
    if (!is_instance(left) || !is_instance(right)) {
        return false;
    }
    mn_value_t left_class = mn_class_of(left), right_class = mn_class_of(right);
    if (left_class == right_class || !mn_class_is_subclass(right_class, left_class)) {
        return false;
    }
    if (compare) {
        return true;
    }
    mn_value_t method = mn_class_lookup_special(right_class, qstr(name));
    return method != MN_NULL && method != mn_class_lookup_special(left_class, qstr(name));
}

// Called for either operand's turn (obj/protocol.h): runs the whole protocol of user classes,
// the left's method, then the right's reflected one (first when it overrides the left's).
static mn_value_t instance_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                                  const mn_value_t *right) {
    mn_binary_op_t plain = mn_binary_op_plain(op);
    if (mn_binary_op_is_inplace(op)) {
        return is_instance(*left) ? call_binary(runtime, left, inplace_names[plain], right)
                                  : MN_NOT_IMPLEMENTED;
    }
    bool reflected_done = false;
    mn_value_t result;
    if (reflected_first(*left, *right, reflected_names[plain], false)) {
        reflected_done = true;
        result = call_binary(runtime, right, reflected_names[plain], left);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
    }
    if (is_instance(*left)) {
        result = call_binary(runtime, left, binary_names[plain], right);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
        reflected_done = reflected_done || mn_class_of(*left) == mn_class_of(*right);
    }
    if (is_instance(*right) && !reflected_done) {
        return call_binary(runtime, right, reflected_names[plain], left);
    }
    return MN_NOT_IMPLEMENTED;
}

static const uint16_t compare_names[] = {MN_QSTR___lt__, MN_QSTR___le__, MN_QSTR___eq__,
                                         MN_QSTR___ne__, MN_QSTR___gt__, MN_QSTR___ge__};

// self op other by the class of *self; != inverts __eq__ when there is no __ne__.
static mn_value_t compare_one(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *self,
                              const mn_value_t *other) {
    if (!is_instance(*self)) {
        return MN_NOT_IMPLEMENTED;
    }
    mn_value_t result = mn_class_call_special(runtime, self, qstr(compare_names[op]), other);
    if (result != MN_NULL || op != MN_COMPARE_NOT_EQUAL) {
        return result == MN_NULL ? MN_NOT_IMPLEMENTED : result;
    }
    result = mn_class_call_special(runtime, self, qstr(MN_QSTR___eq__), other);
    if (result == MN_NULL || result == MN_NOT_IMPLEMENTED || result == MN_EXCEPTION) {
        return result == MN_NULL ? MN_NOT_IMPLEMENTED : result;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = result;
    result = mn_truth(runtime, slot);
    mn_root_pop(&runtime->heap, &ref);
    return result == MN_EXCEPTION ? result : mn_bool(result == MN_FALSE);
}

// Called with an instance on the left (the protocol swaps the operands for the right's
// turn); tries the right operand's reflected method itself when it is an instance too.
static mn_value_t instance_compare(mn_runtime_t *runtime, mn_compare_op_t op,
                                   const mn_value_t *left, const mn_value_t *right) {
    mn_compare_op_t swapped = mn_compare_op_swapped(op);
    bool reflected_done = false;
    mn_value_t result;
    if (reflected_first(*left, *right, compare_names[swapped], true)) {
        reflected_done = true;
        result = compare_one(runtime, swapped, right, left);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
    }
    result = compare_one(runtime, op, left, right);
    if (result != MN_NOT_IMPLEMENTED || reflected_done || !is_instance(*right) ||
        !is_instance(*left)) {
        return result;
    }
    return compare_one(runtime, swapped, right, left);
}

// `item in self`: __contains__, else a search through iteration.
static mn_value_t instance_contains(mn_runtime_t *runtime, const mn_value_t *self,
                                    const mn_value_t *item) {
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *element = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = mn_class_call_special(runtime, self, qstr(MN_QSTR___contains__), item);
    if (result != MN_NULL && result != MN_EXCEPTION && result != MN_TRUE && result != MN_FALSE) {
        *element = result;
        result = mn_truth(runtime, element);
    } else if (result == MN_NULL) {
        mn_value_t cls = mn_class_of(*self);
        if (mn_class_lookup_special(cls, qstr(MN_QSTR___iter__)) == MN_NULL &&
            mn_class_lookup_special(cls, qstr(MN_QSTR___getitem__)) == MN_NULL) {
            result = mn_raise(runtime, &mn_type_TypeError, "argument of type '%T' is not iterable",
                              *self);
        } else {
            result = *iterator = mn_iter(runtime, self);
        }
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
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t instance_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                     const mn_value_t *index, const mn_value_t *value) {
    unsigned name = value == NULL       ? MN_QSTR___getitem__
                    : *value == MN_NULL ? MN_QSTR___delitem__
                                        : MN_QSTR___setitem__;
    mn_value_t method = mn_class_lookup_special(mn_class_of(*self), qstr(name));
    if (method == MN_NULL) {
        return MN_NOT_IMPLEMENTED;
    }
    mn_value_t result = call_method(runtime, method, self, index,
                                    value != NULL && *value != MN_NULL ? value : NULL);
    return value == NULL || result == MN_EXCEPTION ? result : MN_NONE;
}

// The iterator of a class with __getitem__ but no __iter__: [header][type][object, MN_NULL
// once exhausted][next index].
static mn_value_t sequence_next(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t *values = mn_iterator_values(*self);
    if (values[0] == MN_NULL) {
        return MN_NULL;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *object = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *index = mn_root_push(&runtime->heap, &refs[1]);
    *object = values[0];
    *index = values[1];
    mn_value_t item = mn_subscript(runtime, object, index, NULL);
    values = mn_iterator_values(*self);
    if (item == MN_EXCEPTION) {
        const mn_type_t *type = mn_type_of(mn_exception_pending(runtime));
        if (mn_type_is_subtype(type, &mn_type_IndexError) ||
            mn_type_is_subtype(type, &mn_type_StopIteration)) {
            mn_exception_clear(runtime);
            values[0] = MN_NULL;
            item = MN_NULL;
        }
    } else {
        values[1] = mn_small_int(mn_small_int_value(*index) + 1);
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return item;
}

static const mn_type_t sequence_iterator_type = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_iterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = sequence_next,
};

// Whether a value can be next()'s argument. no allocation is done
static bool is_iterator(mn_value_t value) {
    if (is_instance(value)) {
        return mn_class_lookup_special(mn_class_of(value), qstr(MN_QSTR___next__)) != MN_NULL;
    }
    for (const mn_type_t *type = mn_type_of(value); type != NULL; type = type->base) {
        if (type->next != NULL) {
            return true;
        }
    }
    return false;
}

static mn_value_t instance_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t result = mn_class_call_special(runtime, self, qstr(MN_QSTR___iter__), NULL);
    if (result == MN_NULL) {
        if (mn_class_lookup_special(mn_class_of(*self), qstr(MN_QSTR___getitem__)) == MN_NULL) {
            return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not iterable", *self);
        }
        result = mn_iterator_new(runtime, &sequence_iterator_type, 2);
        if (result != MN_EXCEPTION) {
            mn_iterator_values(result)[0] = *self;
            mn_iterator_values(result)[1] = mn_small_int(0);
        }
        return result;
    }
    if (result != MN_EXCEPTION && !is_iterator(result)) {
        return mn_raise(runtime, &mn_type_TypeError, "iter() returned non-iterator of type '%T'",
                        result);
    }
    return result;
}

static mn_value_t instance_next(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t result = mn_class_call_special(runtime, self, qstr(MN_QSTR___next__), NULL);
    if (result == MN_NULL) {
        return mn_raise(runtime, &mn_type_TypeError, "'%T' object is not an iterator", *self);
    }
    if (result == MN_EXCEPTION &&
        mn_type_is_subtype(mn_type_of(mn_exception_pending(runtime)), &mn_type_StopIteration)) {
        mn_exception_clear(runtime);
        return MN_NULL;
    }
    return result;
}

const mn_type_t mn_type_instance = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_object,
    .base = &mn_type_object,
    .print = instance_print,
    .unary = instance_unary,
    .binary = instance_binary,
    .compare = instance_compare,
    .contains = instance_contains,
    .subscript = instance_subscript,
    .iter = instance_iter,
    .next = instance_next,
    .attr = instance_attr,
};

// ---- Type objects ---------------------------------------------------------------------------

// A class's or ROM type's __bases__. may trigger a gc
static mn_value_t bases_tuple(mn_runtime_t *runtime, const mn_value_t *self) {
    bool has_base = mn_class_is(*self) || ((const mn_type_t *)mn_object(*self))->base != NULL;
    mn_tuple_t *tuple = mn_tuple_new(runtime, has_base ? 1 : 0);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    if (has_base) {
        tuple->items[0] = mn_class_is(*self)
                              ? class_object(*self)->base
                              : mn_object_value(((const mn_type_t *)mn_object(*self))->base);
    }
    return mn_object_value(tuple);
}

mn_value_t mn_class_type_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                              const mn_value_t *value) {
    bool heap = mn_class_is(*self);
    name = interned_name(runtime, name);
    if (value != NULL) {
        if (!heap) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "cannot set '%q' attribute of immutable type '%q'", name,
                            mn_class_name(*self));
        }
        mn_gc_ref_t refs[2];
        mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
        mn_value_t *dict = mn_root_push(&runtime->heap, &refs[1]);
        *key = name;
        *dict = class_object(*self)->dict;
        mn_value_t result;
        if (*value == MN_NULL) {
            result = mn_dict_remove(runtime, dict, key);
            if (result != MN_NULL && result != MN_EXCEPTION) {
                result = MN_NONE;
            }
        } else {
            result = mn_dict_set(runtime, dict, key, value) ? MN_NONE : MN_EXCEPTION;
        }
        mn_root_pop(&runtime->heap, &refs[1]);
        mn_root_pop(&runtime->heap, &refs[0]);
        return result;
    }
    if (name == qstr(MN_QSTR___name__) || name == qstr(MN_QSTR___qualname__)) {
        return mn_class_name(*self);
    }
    if (name == qstr(MN_QSTR___bases__)) {
        return bases_tuple(runtime, self);
    }
    if (name == qstr(MN_QSTR___module__)) {
        mn_value_t module = heap ? class_object(*self)->module : MN_NULL;
        return module != MN_NULL ? module : qstr(MN_QSTR_builtins);
    }
    if (heap && name == qstr(MN_QSTR___dict__)) {
        return class_object(*self)->dict;
    }
    mn_value_t found = mn_class_lookup(*self, name);
    if (mn_is_tagged(found, MN_TAG_NATIVE) &&
        (((const mn_native_t *)mn_object(found))->flags & MN_NATIVE_CLASSMETHOD)) {
        mn_gc_ref_t ref;
        mn_value_t *function = mn_root_push(&runtime->heap, &ref);
        *function = found;
        found = mn_bound_new(runtime, self, function);
        mn_root_pop(&runtime->heap, &ref);
    }
    return found;
}

// ---- type(), object() and super() -----------------------------------------------------------

mn_value_t mn_class_type_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                  size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "type() takes no keyword arguments");
    }
    if (count == 1) {
        return mn_class_of(args[0]);
    }
    if (count == 3) {
        return type_new_class(runtime, args);
    }
    return mn_raise(runtime, &mn_type_TypeError, "type() takes 1 or 3 arguments");
}

// object.__init__(self): what super().__init__() reaches at the top of a chain.
static mn_value_t object_init(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)args;
    if (count > 1 || mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "object.__init__() takes exactly one argument (the instance to "
                        "initialize)");
    }
    return MN_NONE;
}
static MN_METHOD(object_init_obj, MN_QSTR___init__, 1, MN_ARGS_ANY, MN_NATIVE_KEYWORDS,
                 object_init);

// The class whose dict holds a function of `code`, searched from `cls` up. no allocation
// is done
static mn_value_t defining_class(mn_value_t cls, mn_value_t code) {
    for (; mn_class_is(cls); cls = class_object(cls)->base) {
        size_t position = 0;
        mn_value_t key, value;
        while (mn_dict_next(class_object(cls)->dict, &position, &key, &value)) {
            if (mn_is_tagged(value, MN_TAG_FUNCTION) &&
                ((const mn_function_t *)mn_object(value))->code == code) {
                return cls;
            }
        }
    }
    return MN_NULL;
}

// super() in a method: the class that defines the running function, and its first argument;
// super(cls, object) names both. A super object is [header][type][class][object].
static mn_value_t super_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                 size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "super() takes no keyword arguments");
    }
    mn_gc_ref_t refs[2];
    mn_value_t *cls = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *object = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = MN_NONE;
    if (count == 0) {
        mn_value_t code;
        if (!mn_vm_frame_self(runtime, &code, object)) {
            result = mn_raise(runtime, &mn_type_RuntimeError, "super(): no arguments");
        } else {
            *cls = defining_class(mn_class_is(*object) ? *object : mn_class_of(*object), code);
            if (*cls == MN_NULL) {
                result =
                    mn_raise(runtime, &mn_type_RuntimeError, "super(): __class__ cell not found");
            }
        }
    } else if (count == 2) {
        *cls = args[0];
        *object = args[1];
        if (!mn_class_is_type(*cls)) {
            result = mn_raise(runtime, &mn_type_TypeError,
                              "super() argument 1 must be a type, not %T", *cls);
        } else if (!mn_class_is_instance(*object, *cls) &&
                   !(mn_class_is_type(*object) && mn_class_is_subclass(*object, *cls))) {
            result = mn_raise(runtime, &mn_type_TypeError,
                              "super(type, obj): obj must be an instance or subtype of type");
        }
    } else {
        result = mn_raise(runtime, &mn_type_TypeError, "super() takes 0 or 2 arguments");
    }
    if (result != MN_EXCEPTION) {
        result = mn_iterator_new(runtime, &mn_type_super, 2);
        if (result != MN_EXCEPTION) {
            mn_iterator_values(result)[0] = *cls;
            mn_iterator_values(result)[1] = *object;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// super().name: the attribute of the bases of the class, bound to the object.
static mn_value_t super_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                             const mn_value_t *value) {
    if (value != NULL) {
        return MN_NULL;
    }
    mn_value_t cls = mn_iterator_values(*self)[0];
    mn_value_t base = mn_class_is(cls) ? class_object(cls)->base
                                       : mn_object_value(((const mn_type_t *)mn_object(cls))->base);
    if (base == MN_NULL) {
        return MN_NULL;
    }
    mn_value_t found = mn_class_lookup(base, interned_name(runtime, name));
    if (found == MN_NULL && name == qstr(MN_QSTR___init__)) {
        found = mn_object_value(&object_init_obj);
    }
    if (found == MN_NULL) {
        return MN_NULL;
    }
    mn_gc_ref_t ref;
    mn_value_t *object = mn_root_push(&runtime->heap, &ref);
    *object = mn_iterator_values(*self)[1];
    mn_value_t result;
    if (mn_class_is_type(*object) && mn_is_tagged(found, MN_TAG_FUNCTION)) {
        result = found; // super() in a class method of... an unbound function of the type
    } else {
        result = bind(runtime, found, object);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

const mn_type_t mn_type_super = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_super,
    .base = &mn_type_object,
    .make_new = super_make_new,
    .attr = super_attr,
};
