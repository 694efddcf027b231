// The array module: the type array.array (obj/array.c) and its typecodes.
#include "obj/array.h"
#include "lib/modules.h"

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t array_module_attrs[] = {
    MN_ATTR(MN_QSTR_array, &mn_type_array),
    MN_ATTR_VALUE(MN_QSTR_typecodes, MN_QSTR_VALUE(MN_QSTR_bBhHiIlLqQfd)),
};
MN_ATTR_TABLE(array_module_table, array_module_attrs);

const mn_rom_module_t mn_module_array = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_array),
    .attrs = &array_module_table,
};
