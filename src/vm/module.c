#include "vm/module.h"

#include <string.h>

#include "obj/dict.h"
#include "obj/str.h"

mn_value_t mn_module_new(mn_runtime_t *runtime, const mn_value_t *name, const mn_value_t *file) {
    mn_gc_ref_t ref;
    mn_value_t *globals = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = MN_EXCEPTION;
    *globals = mn_dict_new(runtime, file != NULL ? 4 : 2);
    mn_value_t key = mn_qstr_value(MN_QSTR___name__);
    if (*globals != MN_EXCEPTION && mn_dict_set(runtime, globals, &key, name)) {
        key = mn_qstr_value(MN_QSTR___file__);
        if (file == NULL || mn_dict_set(runtime, globals, &key, file)) {
            mn_module_t *module = mn_heap_alloc(&runtime->heap, MN_TAG_MODULE, sizeof(mn_module_t));
            if (module == NULL) {
                (void)mn_raise_memory_error(runtime);
            } else {
                module->globals = *globals;
                result = mn_object_value(module);
            }
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_module_name(mn_value_t module) {
    if (mn_module_is_rom(module)) {
        return ((const mn_rom_module_t *)mn_object(module))->name;
    }
    return mn_dict_get_str(mn_module_globals(module), mn_qstr_value(MN_QSTR___name__));
}

// Appends the str value `text` (a ROM str, or a heap str held by the module), else `or`.
static bool append_str(mn_runtime_t *runtime, mn_buffer_t *out, mn_value_t text, const char * or) {
    if (text == MN_NULL || !(mn_is_qstr(text) || mn_is_tagged(text, MN_TAG_STR))) {
        return mn_buffer_append(runtime, out, or, strlen(or));
    }
    if (mn_is_qstr(text)) {
        const mn_str_t *rom = mn_qstr_str(text); // in ROM: never moves
        return mn_buffer_append(runtime, out, rom->bytes, mn_str_length(rom));
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    *slot = text;
    bool ok = mn_buffer_append_slice(runtime, out, slot, 0, mn_str_length(mn_qstr_str(text)));
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// <module 'name' from 'file'>, or <module 'name' (built-in)> without a file.
static bool module_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self,
                         bool repr) {
    (void)repr;
    if (!mn_buffer_append(runtime, out, "<module '", 9) ||
        !append_str(runtime, out, mn_module_name(*self), "?")) {
        return false;
    }
    mn_value_t file = MN_NULL;
    if (!mn_module_is_rom(*self)) {
        file = mn_dict_get_str(mn_module_globals(*self), mn_qstr_value(MN_QSTR___file__));
    }
    if (file == MN_NULL || !(mn_is_qstr(file) || mn_is_tagged(file, MN_TAG_STR))) {
        return mn_buffer_append(runtime, out, "' (built-in)>", 13);
    }
    return mn_buffer_append(runtime, out, "' from '", 8) && append_str(runtime, out, file, "") &&
           mn_buffer_append(runtime, out, "'>", 2);
}

// Attributes: a heap module's globals (and __dict__); a ROM module's table and hook, read
// only.
static mn_value_t module_attr(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                              const mn_value_t *value) {
    if (mn_module_is_rom(*self)) {
        const mn_rom_module_t *module = mn_object(*self);
        if (value != NULL) {
            return MN_NULL; // the caller raises AttributeError
        }
        if (!mn_is_qstr(name)) {
            // A str made at run time (getattr(sys, 'ar' + 'gv')): the ROM names are qstrs.
            const mn_str_t *text = mn_qstr_str(name);
            name = mn_qstr_find(runtime, text->bytes, mn_str_length(text));
            if (!mn_is_qstr(name)) {
                return MN_NULL;
            }
        }
        if (name == mn_qstr_value(MN_QSTR___name__)) {
            return module->name;
        }
        mn_value_t found = mn_attr_table_find(module->attrs, name);
        if (found == MN_NULL && module->attr != NULL) {
            found = module->attr(runtime, name);
        }
        return found;
    }
    mn_value_t globals = mn_module_globals(*self);
    if (value == NULL) {
        if (name == mn_qstr_value(MN_QSTR___dict__)) {
            return globals;
        }
        return mn_dict_get_str(globals, name);
    }
    // The dict and the name wait in rooted slots: the module may move.
    mn_gc_ref_t refs[2];
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[1]);
    *dict = globals;
    *key = name;
    mn_value_t result;
    if (*value == MN_NULL) {
        result = mn_dict_remove(runtime, dict, key);
        if (result != MN_EXCEPTION) {
            result = result == MN_NULL ? MN_NULL : MN_NONE; // absent: AttributeError
        }
    } else {
        result = mn_dict_set(runtime, dict, key, value) ? MN_NONE : MN_EXCEPTION;
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

const mn_type_t mn_type_module = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_module,
    .base = &mn_type_object,
    .print = module_print,
    .attr = module_attr,
};
