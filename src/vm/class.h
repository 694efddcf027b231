// User classes and their instances.
//
// A class is a heap object, [header][name][base][dict][layout][module]: its base is another
// class or a ROM type (object, or an exception type), its dict the namespace its body made,
// and its layout the tuple of the attribute names its methods store as `self.NAME = ...`
// (the compiler records them), its base's layout first. An instance is
// [header][class][overflow dict][one slot per layout name]: an attribute of the layout lives
// in its slot (MN_NULL while unset), any other in the overflow dict, made at the first such
// store. So an instance of an empty class is 3 words, one with 3 attributes set in __init__
// 6 words, and no dict is made for either.
//
// An instance's type (mn_type_of) is the ROM type mn_type_instance, whose slots find the
// special methods (__add__, __eq__, __iter__, ...) on the class and call them; the VM and
// obj/protocol.c reach user classes through those slots, as any other type. A class deriving
// from an exception type makes exception objects (obj/exception.h) whose extra words hold
// the class and the attribute dict, so everything that handles exceptions keeps working.
//
// Python's type(x) is a value here (mn_class_of): a heap class or a ROM type.
#ifndef MN_VM_CLASS_H
#define MN_VM_CLASS_H

#include "obj/protocol.h"

typedef struct mn_class {
    mn_word_t header;
    mn_value_t name;   // str
    mn_value_t base;   // a class, or a ROM type
    mn_value_t dict;   // the namespace: methods and class attributes
    mn_value_t layout; // tuple of the instance slots' names (interned), or MN_NULL for none
    mn_value_t module; // str: the defining module's __name__, or MN_NULL
} mn_class_t;

typedef struct mn_instance {
    mn_word_t header;
    mn_value_t cls;     // the class
    mn_value_t dict;    // attributes outside the layout, or MN_NULL
    mn_value_t slots[]; // one per name of the class's layout
} mn_instance_t;

// The type of every user class instance, and the type of super objects.
extern const mn_type_t mn_type_instance, mn_type_super;

// Whether a value is a heap class. no allocation is done
static inline bool mn_class_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_CLASS);
}

// Whether a value is a class or a ROM type (what isinstance accepts). no allocation is done
static inline bool mn_class_is_type(mn_value_t value) {
    return mn_is_object(value) &&
           (mn_object_tag(value) == MN_TAG_CLASS || mn_object_tag(value) == MN_TAG_TYPE);
}

// type(value): its class, or its ROM type. no allocation is done
mn_value_t mn_class_of(mn_value_t value);

// The name of a class or ROM type, as a str value. no allocation is done
mn_value_t mn_class_name(mn_value_t cls);

// The module a class was defined in, as a str value; MN_NULL for a ROM type (builtins).
// no allocation is done
mn_value_t mn_class_module(mn_value_t cls);

// The ROM type at the root of a class's chain of bases (the ROM type itself for one).
// no allocation is done
const mn_type_t *mn_class_builtin(mn_value_t cls);

// Whether the class or ROM type `sub` is `base` or derives from it. no allocation is done
bool mn_class_is_subclass(mn_value_t sub, mn_value_t base);

// isinstance(value, cls) for one class or ROM type. no allocation is done
static inline bool mn_class_is_instance(mn_value_t value, mn_value_t cls) {
    return mn_class_is_subclass(mn_class_of(value), cls);
}

// The attribute `name` defined by a class or one of its bases (dicts, then the ROM types),
// unbound; MN_NULL if none. no allocation is done
mn_value_t mn_class_lookup(mn_value_t cls, mn_value_t name);

// The special method `name` defined by the heap classes of the chain only (never a ROM
// type's), or MN_NULL. no allocation is done
mn_value_t mn_class_lookup_special(mn_value_t cls, mn_value_t name);

// BUILD_CLASS: slots[0] is the function of the class body, slots[1] the name, then
// `base_count` bases, then the layout tuple (or None). Runs the body and makes the class.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_class_build(mn_runtime_t *runtime, mn_value_t *slots,
                                        size_t base_count);

// A new instance of the class in *cls, not initialised (an exception class's gets the
// arguments as its args). may trigger a gc
MN_MUST_CHECK mn_value_t mn_class_new_instance(mn_runtime_t *runtime, const mn_value_t *cls,
                                               const mn_value_t *args, size_t count);

// The class's __init__ when it is a Python function (the VM then runs it in its own loop,
// the instance in the frame), else MN_NULL. no allocation is done
mn_value_t mn_class_python_init(mn_value_t cls);

// Calling a class: a new instance, initialised by __init__. may trigger a gc
MN_MUST_CHECK mn_value_t mn_class_call(mn_runtime_t *runtime, const mn_value_t *cls,
                                       mn_value_t *args, size_t count, mn_value_t keywords);

// Calling an instance: its class's __call__. may trigger a gc
MN_MUST_CHECK mn_value_t mn_instance_call(mn_runtime_t *runtime, const mn_value_t *instance,
                                          mn_value_t *args, size_t count, mn_value_t keywords);

// For LOAD_METHOD: the Python function `name` of the instance's class when the instance
// has no attribute of that name itself, else MN_NULL. no allocation is done
mn_value_t mn_instance_find_method(mn_value_t instance, mn_value_t name);

// The attr slot of type objects (ROM types and classes): __name__, __bases__, __module__,
// __dict__, attributes through the bases, and stores into a class's dict. may trigger a gc
mn_value_t mn_class_type_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                              const mn_value_t *value);

// Appends "<class 'module.Name'>" for a class. may trigger a gc
MN_MUST_CHECK bool mn_class_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self);

// Calls the special method `name` of the class of *self with self and *argument (a rooted
// slot, or NULL for none); MN_NULL when the class has none. may trigger a gc
MN_MUST_CHECK mn_value_t mn_class_call_special(mn_runtime_t *runtime, const mn_value_t *self,
                                               mn_value_t name, const mn_value_t *argument);

// type(x) and type(name, bases, dict): the make_new slot of type. may trigger a gc
MN_MUST_CHECK mn_value_t mn_class_type_make_new(mn_runtime_t *runtime, const mn_type_t *type,
                                                mn_value_t *args, size_t count,
                                                mn_value_t keywords);

// The attribute `name` of a user exception's class (functions bound to *self), or MN_NULL.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_class_bind_lookup(mn_runtime_t *runtime, const mn_value_t *self,
                                              mn_value_t cls, mn_value_t name);

// object.__repr__ of an instance of a user class: <module.Name object at 0x...>, as
// CPython's default repr. may trigger a gc
MN_MUST_CHECK bool mn_class_print_default(mn_runtime_t *runtime, mn_buffer_t *out,
                                          const mn_value_t *self);

// The slot of the attribute `name` (an interned name, as the compiler's are) in the layout of
// an instance (MN_TAG_INSTANCE), or NULL when the layout has no such name; the slot holds
// MN_NULL while the attribute is unset. Valid until the next allocation; the VM's fast path
// for loads and stores. no allocation is done
mn_value_t *mn_instance_slot(mn_value_t instance, mn_value_t name);

#endif
