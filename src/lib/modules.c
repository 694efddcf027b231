// The table of built-in modules (vm/import.h).
#include "lib/modules.h"
#include "vm/import.h"

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t modules[] = {
    MN_ATTR(MN_QSTR_os, &mn_module_os),       MN_ATTR(MN_QSTR_sys, &mn_module_sys),
    MN_ATTR(MN_QSTR_math, &mn_module_math),   MN_ATTR(MN_QSTR_time, &mn_module_time),
    MN_ATTR(MN_QSTR_errno, &mn_module_errno), MN_ATTR(MN_QSTR_random, &mn_module_random),
};

const mn_attr_table_t mn_builtin_modules = {sizeof modules / sizeof modules[0], modules};
