// The table of built-in modules (vm/import.h).
#include "lib/modules.h"
#include "vm/import.h"

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t modules[] = {
    MN_ATTR(MN_QSTR_gc, &mn_module_gc),
    MN_ATTR(MN_QSTR_io, &mn_module_io),
    MN_ATTR(MN_QSTR_os, &mn_module_os),
    MN_ATTR(MN_QSTR_sys, &mn_module_sys),
    MN_ATTR(MN_QSTR_json, &mn_module_json),
    MN_ATTR(MN_QSTR_math, &mn_module_math),
    MN_ATTR(MN_QSTR_time, &mn_module_time),
    MN_ATTR(MN_QSTR_array, &mn_module_array),
    MN_ATTR(MN_QSTR_errno, &mn_module_errno),
    MN_ATTR(MN_QSTR_random, &mn_module_random),
    MN_ATTR(MN_QSTR_struct, &mn_module_struct),
    MN_ATTR(MN_QSTR_collections, &mn_module_collections),
    MN_ATTR(MN_QSTR_micropython, &mn_module_micropython),
};

const mn_attr_table_t mn_builtin_modules = {sizeof modules / sizeof modules[0], modules};
