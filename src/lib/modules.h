// The built-in modules: const ROM objects (vm/module.h) that cost no RAM, listed by name in
// mn_builtin_modules (vm/import.h), which import consults after sys.modules. Adding a
// module: define its mn_rom_module_t in its own file here and add one line to the table in
// lib/modules.c, in qstr order.
#ifndef MN_LIB_MODULES_H
#define MN_LIB_MODULES_H

#include "vm/module.h"

extern const mn_rom_module_t mn_module_sys;
extern const mn_rom_module_t mn_module_array;
extern const mn_rom_module_t mn_module_collections;
extern const mn_rom_module_t mn_module_errno;
extern const mn_rom_module_t mn_module_gc;
extern const mn_rom_module_t mn_module_io;
extern const mn_rom_module_t mn_module_json;
extern const mn_rom_module_t mn_module_math;
extern const mn_rom_module_t mn_module_micropython;
extern const mn_rom_module_t mn_module_os;
extern const mn_rom_module_t mn_module_random;
extern const mn_rom_module_t mn_module_struct;
extern const mn_rom_module_t mn_module_time;

#endif
