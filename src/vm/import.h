// The import system: finding modules, loading them from source, sys.modules.
//
// A dotted name is imported one component at a time, each first looked up in sys.modules
// (the dict at roots[MN_ROOT_MODULES]); a top-level name that is not there may be a
// built-in module (a ROM module of lib/modules.c, never entered in sys.modules, so it costs
// no RAM, as in MicroPython), else it is searched in the directories of sys.path
// (roots[MN_ROOT_SYS_PATH]), a submodule in its package's __path__: DIR/NAME/__init__.py
// makes a package, DIR/NAME.py a module. Files are reached through the port's hooks
// (obj/port.h). A module enters sys.modules before its code runs, so a circular import sees
// the partially initialized module, and leaves it when its code raises. Its source and
// everything the compiler made but the code are garbage once compiled.
//
// Paths and dotted names are built in C buffers of MN_IMPORT_PATH_MAX bytes on the C
// stack (they are handed to the port as C strings and must not move): a longer candidate
// path is treated as absent.
#ifndef MN_VM_IMPORT_H
#define MN_VM_IMPORT_H

#include "obj/protocol.h"

#ifndef MN_IMPORT_PATH_MAX
#define MN_IMPORT_PATH_MAX 256
#endif

// The built-in modules, name -> ROM module, sorted by qstr id (lib/modules.c).
extern const mn_attr_table_t mn_builtin_modules;

// IMPORT_NAME: imports the module `name` (a str: dotted, or '' for `from . import x`) at
// relative `level` (a small int) from the module whose globals are *globals. Returns the
// top-level package when *fromlist is None, else the named module itself.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_import_name(mn_runtime_t *runtime, mn_value_t name,
                                        const mn_value_t *fromlist, mn_value_t level,
                                        const mn_value_t *globals);

// IMPORT_FROM: the attribute `name` of the module in *module; a submodule of a package is
// imported when it is not an attribute yet. ImportError "cannot import name 'y' from 'x'
// (path)" otherwise. may trigger a gc
MN_MUST_CHECK mn_value_t mn_import_from(mn_runtime_t *runtime, const mn_value_t *module,
                                        mn_value_t name);

// IMPORT_STAR: binds in the dict *namespace the names of __all__, or else every global of
// the module not starting with '_'. may trigger a gc
MN_MUST_CHECK bool mn_import_star(mn_runtime_t *runtime, const mn_value_t *module,
                                  const mn_value_t *namespace);

// import NAME (absolute, dotted, `length` bytes outside the heap): the named module.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_import(mn_runtime_t *runtime, const char *name, size_t length);

// Runs the str in *source as the module __main__ (entered in sys.modules), compiled with
// the file name in *filename, which becomes __file__ when has_file is true; *source is
// cleared once compiled, so the source is garbage while the program runs. Returns MN_NONE
// or MN_EXCEPTION. may trigger a gc
MN_MUST_CHECK mn_value_t mn_import_run_main(mn_runtime_t *runtime, mn_value_t *source,
                                            const mn_value_t *filename, bool has_file);

// Runs the module `name` (dotted, outside the heap), found as import finds it, as __main__
// (python -m). Its parent packages are imported first. may trigger a gc
MN_MUST_CHECK mn_value_t mn_import_run_module_as_main(mn_runtime_t *runtime, const char *name);

// sys.modules, made on first use. MN_EXCEPTION when out of memory. may trigger a gc
MN_MUST_CHECK mn_value_t mn_import_modules(mn_runtime_t *runtime);

// The list at roots[index] (sys.path, sys.argv), made on first use. may trigger a gc
MN_MUST_CHECK mn_value_t mn_import_root_list(mn_runtime_t *runtime, mn_root_index_t index);

// Appends a str of `length` bytes (outside the heap) to the list at roots[index].
// may trigger a gc
MN_MUST_CHECK bool mn_import_root_append(mn_runtime_t *runtime, mn_root_index_t index,
                                         const char *text, size_t length);

#endif
