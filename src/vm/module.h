// Modules: the objects `import` binds.
//
// A module loaded from source is [header][globals]: its namespace dict holds every
// attribute, __name__ and __file__ (and __path__ for a package) among them, as CPython
// keeps them; the module itself costs 8 bytes on a 32-bit target beyond its dict.
//
// A built-in module (sys, and later gc, micropython, time...) is a const object in ROM,
// [header][name][attrs][attr hook]: a ROM attribute table sorted by qstr id, and an
// optional function for the attributes that live in the runtime (sys.path, sys.modules),
// so it costs no RAM. Its attributes are read-only. Word 1 tells the two apart: a heap
// module's dict is an object, a built-in module's name a qstr immediate.
#ifndef MN_VM_MODULE_H
#define MN_VM_MODULE_H

#include "obj/protocol.h"

typedef struct mn_module {
    mn_word_t header;
    mn_value_t globals; // dict
} mn_module_t;

typedef struct mn_rom_module {
    mn_word_t header; // MN_ROM_MODULE_HEADER
    mn_value_t name;  // a qstr immediate
    const mn_attr_table_t *attrs;
    // The attribute `name` that the table does not hold, or MN_NULL. may trigger a gc
    mn_value_t (*attr)(mn_runtime_t *runtime, mn_value_t name);
} mn_rom_module_t;

#define MN_ROM_MODULE_HEADER MN_HEADER(MN_TAG_MODULE, sizeof(mn_rom_module_t) / sizeof(mn_word_t))

extern const mn_type_t mn_type_module;

static inline bool mn_module_is(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_MODULE);
}

// Whether the module *value is a built-in one, in ROM. no allocation is done
static inline bool mn_module_is_rom(mn_value_t module) {
    return mn_is_qstr(((const mn_module_t *)mn_object(module))->globals);
}

// A heap module's globals dict. no allocation is done
static inline mn_value_t mn_module_globals(mn_value_t module) {
    return ((const mn_module_t *)mn_object(module))->globals;
}

// A new module whose globals hold __name__ (the str in *name) and, when file is not NULL,
// __file__ (the str in *file). may trigger a gc
MN_MUST_CHECK mn_value_t mn_module_new(mn_runtime_t *runtime, const mn_value_t *name,
                                       const mn_value_t *file);

// The module's __name__ (a str), or MN_NULL when it has none. no allocation is done
mn_value_t mn_module_name(mn_value_t module);

#endif
