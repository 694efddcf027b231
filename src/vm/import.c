#include "vm/import.h"

#include <string.h>

#include "compile/compile.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/port.h"
#include "obj/str.h"
#include "vm/module.h"
#include "vm/vm.h"

// ---- Paths and names in C memory ----------------------------------------------------------

typedef struct path {
    char text[MN_IMPORT_PATH_MAX]; // NUL-terminated
    size_t length;
} path_t;

static void path_truncate(path_t *path, size_t length) {
    path->length = length;
    path->text[length] = '\0';
}

// Appends bytes; false (and no change) when they do not fit. no allocation is done
static bool path_append(path_t *path, const char *bytes, size_t length) {
    if (length >= sizeof path->text - path->length) {
        return false;
    }
    memcpy(path->text + path->length, bytes, length);
    path_truncate(path, path->length + length);
    return true;
}

static bool is_str(mn_value_t value) {
    return mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR);
}

// Appends the bytes of the str value `str`. no allocation is done
static bool path_append_str(path_t *path, mn_value_t str) {
    const mn_str_t *text = mn_qstr_str(str);
    return path_append(path, text->bytes, mn_str_length(text));
}

static mn_path_kind_t path_kind(const mn_runtime_t *runtime, const char *path) {
    const mn_port_t *port = runtime->port;
    return port != NULL && port->stat != NULL ? port->stat(port->context, path) : MN_PATH_NONE;
}

// ---- The runtime's lists and sys.modules ---------------------------------------------------

mn_value_t mn_import_modules(mn_runtime_t *runtime) {
    if (!mn_dict_is(runtime->roots[MN_ROOT_MODULES])) {
        mn_value_t dict = mn_dict_new(runtime, 4);
        if (dict == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        runtime->roots[MN_ROOT_MODULES] = dict;
    }
    return runtime->roots[MN_ROOT_MODULES];
}

mn_value_t mn_import_root_list(mn_runtime_t *runtime, mn_root_index_t index) {
    if (!mn_list_is(runtime->roots[index])) {
        mn_value_t list = mn_list_new(runtime, 2);
        if (list == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        runtime->roots[index] = list;
    }
    return runtime->roots[index];
}

bool mn_import_root_append(mn_runtime_t *runtime, mn_root_index_t index, const char *text,
                           size_t length) {
    if (mn_import_root_list(runtime, index) == MN_EXCEPTION) {
        return false;
    }
    mn_gc_ref_t ref;
    mn_value_t *item = mn_root_push(&runtime->heap, &ref);
    *item = mn_object_value(mn_str_new(runtime, text, length));
    bool ok = *item != MN_NULL ? mn_list_append(runtime, &runtime->roots[index], item)
                               : mn_raise_memory_error(runtime) != MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &ref);
    return ok;
}

// ---- Finding a module ---------------------------------------------------------------------

// Whether the module is a package: a heap module with a __path__ str. no allocation is done
static mn_value_t package_path(mn_value_t module) {
    if (!mn_module_is(module) || mn_module_is_rom(module)) {
        return MN_NULL;
    }
    mn_value_t path = mn_dict_get_str(mn_module_globals(module), mn_qstr_value(MN_QSTR___path__));
    return is_str(path) ? path : MN_NULL;
}

// Looks for `leaf` in the directory in *path: DIR/leaf/__init__.py (a package: *package is
// true and *package_length the length of DIR/leaf) or DIR/leaf.py. On success *path is the
// file. no allocation is done
static bool find_in_directory(const mn_runtime_t *runtime, path_t *path, const char *leaf,
                              size_t leaf_length, bool *package, size_t *package_length) {
    if (path->length > 0 && path->text[path->length - 1] != '/' && !path_append(path, "/", 1)) {
        return false;
    }
    if (!path_append(path, leaf, leaf_length)) {
        return false;
    }
    size_t base = path->length;
    if (path_kind(runtime, path->text) == MN_PATH_DIRECTORY) {
        if (path_append(path, "/__init__.py", 12) &&
            path_kind(runtime, path->text) == MN_PATH_FILE) {
            *package = true;
            *package_length = base;
            return true;
        }
        path_truncate(path, base);
    }
    *package = false;
    return path_append(path, ".py", 3) && path_kind(runtime, path->text) == MN_PATH_FILE;
}

// Finds the module `leaf` in the package `parent` (MN_NULL: on sys.path); see
// find_in_directory. no allocation is done
static bool find_module(const mn_runtime_t *runtime, mn_value_t parent, const char *leaf,
                        size_t leaf_length, path_t *path, bool *package, size_t *package_length) {
    if (parent != MN_NULL) {
        mn_value_t directory = package_path(parent);
        path_truncate(path, 0);
        return directory != MN_NULL && path_append_str(path, directory) &&
               find_in_directory(runtime, path, leaf, leaf_length, package, package_length);
    }
    mn_value_t list = runtime->roots[MN_ROOT_SYS_PATH];
    for (size_t i = 0; mn_list_is(list) && i < mn_list_length(list); i++) {
        mn_value_t entry = mn_list_items(list)[i];
        path_truncate(path, 0);
        if (is_str(entry) && path_append_str(path, entry) &&
            find_in_directory(runtime, path, leaf, leaf_length, package, package_length)) {
            return true;
        }
    }
    return false;
}

// ---- Loading a module ---------------------------------------------------------------------

// Takes the module named *name out of sys.modules if it is still *module, keeping the
// pending exception. may trigger a gc
static void unregister(mn_runtime_t *runtime, const mn_value_t *name, const mn_value_t *module) {
    mn_gc_ref_t ref;
    mn_value_t *pending = mn_root_push(&runtime->heap, &ref);
    *pending = mn_exception_pending(runtime);
    mn_value_t modules = runtime->roots[MN_ROOT_MODULES];
    if (mn_dict_is(modules) && mn_dict_get_str(modules, *name) == *module) {
        mn_value_t removed = mn_dict_remove(runtime, &runtime->roots[MN_ROOT_MODULES], name);
        (void)removed; // a str key: nothing can fail but memory, and the error stays
    }
    runtime->roots[MN_ROOT_EXCEPTION] = *pending;
    mn_root_pop(&runtime->heap, &ref);
}

// Makes the module *name from the file at `path` (a package when `package`, its directory
// being the first package_length bytes), enters it in sys.modules and runs its code.
// Returns what sys.modules holds under its name then (the module, unless its code replaced
// it). may trigger a gc
static mn_value_t load_module(mn_runtime_t *runtime, const mn_value_t *name, const path_t *path,
                              bool package, size_t package_length, const mn_value_t *main_package) {
    bool as_main = main_package != NULL;
    mn_gc_ref_t refs[4];
    mn_value_t *file = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *module = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *globals = mn_root_push(&runtime->heap, &refs[2]);
    mn_value_t *work = mn_root_push(&runtime->heap, &refs[3]);
    mn_value_t result = MN_EXCEPTION;
    bool registered = false;
    *file = mn_object_value(mn_str_new(runtime, path->text, path->length));
    if (*file == MN_NULL) {
        (void)mn_raise_memory_error(runtime);
        goto done;
    }
    *module = mn_module_new(runtime, name, file);
    if (*module == MN_EXCEPTION) {
        goto done;
    }
    *globals = mn_module_globals(*module);
    if (package) {
        *work = mn_object_value(mn_str_new(runtime, path->text, package_length));
        if (*work == MN_NULL) {
            (void)mn_raise_memory_error(runtime);
            goto done;
        }
        mn_value_t key = mn_qstr_value(MN_QSTR___path__);
        if (!mn_dict_set(runtime, globals, &key, work)) {
            goto done;
        }
    }
    if (as_main && *main_package != MN_NULL) {
        // __main__ in a package (python -m pkg.mod) imports relatively from __package__.
        mn_value_t key = mn_qstr_value(MN_QSTR___package__);
        *work = mn_module_name(*main_package);
        if (!mn_dict_set(runtime, globals, &key, work)) {
            goto done;
        }
    }
    if (mn_import_modules(runtime) == MN_EXCEPTION ||
        !mn_dict_set(runtime, &runtime->roots[MN_ROOT_MODULES], name, module)) {
        goto done;
    }
    registered = true;
    if (as_main && mn_list_is(runtime->roots[MN_ROOT_SYS_ARGV]) &&
        mn_list_length(runtime->roots[MN_ROOT_SYS_ARGV]) > 0) {
        mn_list_items(runtime->roots[MN_ROOT_SYS_ARGV])[0] = *file; // python -m: the file
    }
    const mn_port_t *port = runtime->port;
    *work = port != NULL && port->read_file != NULL
                ? port->read_file(runtime, port->context, path->text)
                : MN_NULL;
    if (*work == MN_NULL) {
        (void)mn_raise(runtime, &mn_type_OSError, "[Errno 5] can't read '%q'", *file);
        goto done;
    }
    if (*work == MN_EXCEPTION) {
        goto done;
    }
    *work = mn_compile(runtime, work, file, MN_COMPILE_MODULE);
    if (*work == MN_EXCEPTION) {
        goto done;
    }
    if (mn_vm_run_code(runtime, work, globals, globals) == MN_EXCEPTION) {
        goto done;
    }
    result = mn_dict_get_str(runtime->roots[MN_ROOT_MODULES], *name);
    if (result == MN_NULL) {
        result = *module;
    }
done:
    if (result == MN_EXCEPTION && registered) {
        unregister(runtime, name, module);
    }
    mn_root_pop(&runtime->heap, &refs[3]);
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// Imports the module name[0 .. length) whose last component starts at `leaf`, in the
// package *parent (MN_NULL at the top level); as __main__ when as_main. may trigger a gc
static mn_value_t import_one(mn_runtime_t *runtime, const char *name, size_t length, size_t leaf,
                             const mn_value_t *parent, bool as_main) {
    mn_gc_ref_t refs[2];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *main_package = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = MN_EXCEPTION;
    *key = as_main ? mn_qstr_value(MN_QSTR___main__) : mn_qstr_intern(runtime, name, length);
    if (*key == MN_NULL) {
        (void)mn_raise_memory_error(runtime);
        goto done;
    }
    if (!as_main) {
        if (mn_import_modules(runtime) == MN_EXCEPTION) {
            goto done;
        }
        result = mn_dict_get_str(runtime->roots[MN_ROOT_MODULES], *key);
        if (result == MN_NULL && *parent == MN_NULL) {
            result = mn_attr_table_find(&mn_builtin_modules, *key);
        }
        if (result != MN_NULL) {
            goto done;
        }
        result = MN_EXCEPTION;
    }
    path_t path;
    bool package;
    size_t package_length = 0;
    if (!find_module(runtime, *parent, name + leaf, length - leaf, &path, &package,
                     &package_length)) {
        if (as_main) {
            *key = mn_qstr_intern(runtime, name, length);
            if (*key == MN_NULL) {
                (void)mn_raise_memory_error(runtime);
                goto done;
            }
        }
        if (*parent != MN_NULL && package_path(*parent) == MN_NULL) {
            (void)mn_raise(runtime, &mn_type_ModuleNotFoundError,
                           "No module named '%q'; '%q' is not a package", *key,
                           mn_module_name(*parent));
        } else {
            (void)mn_raise(runtime, &mn_type_ModuleNotFoundError, "No module named '%q'", *key);
        }
        goto done;
    }
    *main_package = *parent;
    if (as_main && package) {
        // python -m PACKAGE runs PACKAGE.__main__, the package imported first.
        *main_package = import_one(runtime, name, length, leaf, parent, false);
        if (*main_package == MN_EXCEPTION) {
            goto done;
        }
        if (!find_module(runtime, *main_package, "__main__", 8, &path, &package, &package_length) ||
            package) {
            mn_value_t package_name = mn_module_name(*main_package);
            (void)mn_raise(runtime, &mn_type_ImportError,
                           "No module named %q.__main__; '%q' is a package and cannot be directly "
                           "executed",
                           package_name, package_name);
            goto done;
        }
    }
    result =
        load_module(runtime, key, &path, package, package_length, as_main ? main_package : NULL);
    if (result != MN_EXCEPTION && *parent != MN_NULL && !as_main) {
        // The submodule becomes an attribute of its package.
        mn_gc_ref_t module_ref;
        mn_value_t *module = mn_root_push(&runtime->heap, &module_ref);
        *module = result;
        mn_value_t leaf_name = mn_qstr_intern(runtime, name + leaf, length - leaf);
        if (leaf_name == MN_NULL) {
            result = mn_raise_memory_error(runtime);
        } else if (!mn_store_attr(runtime, parent, leaf_name, module)) {
            result = MN_EXCEPTION;
        } else {
            result = *module;
        }
        mn_root_pop(&runtime->heap, &module_ref);
    }
done:
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// Imports each component of the dotted name[0 .. length) in turn; returns the first one
// (want_top) or the last. may trigger a gc
static mn_value_t import_dotted(mn_runtime_t *runtime, const char *name, size_t length,
                                bool want_top, bool as_main) {
    if (length == 0) {
        return mn_raise(runtime, &mn_type_ValueError, "Empty module name");
    }
    mn_gc_ref_t refs[2];
    mn_value_t *top = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *current = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = MN_EXCEPTION;
    for (size_t start = 0;;) {
        size_t end = start;
        while (end < length && name[end] != '.') {
            end++;
        }
        mn_value_t module;
        if (end == start) {
            module = mn_raise(runtime, &mn_type_ValueError, "Empty module name");
        } else {
            module = import_one(runtime, name, end, start, current, as_main && end == length);
        }
        if (module == MN_EXCEPTION) {
            break;
        }
        *current = module;
        if (start == 0) {
            *top = module;
        }
        if (end == length) {
            result = want_top ? *top : *current;
            break;
        }
        start = end + 1;
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

mn_value_t mn_import(mn_runtime_t *runtime, const char *name, size_t length) {
    return import_dotted(runtime, name, length, false, false);
}

mn_value_t mn_import_run_module_as_main(mn_runtime_t *runtime, const char *name) {
    return import_dotted(runtime, name, strlen(name), false, true);
}

// ---- The import statements ----------------------------------------------------------------

// The package a relative import at `level` starts from, for the module whose globals are
// `globals`, into *out. may trigger a gc (only to raise)
static bool resolve_package(mn_runtime_t *runtime, mn_value_t globals, mn_small_int_t level,
                            path_t *out) {
    mn_value_t name =
        mn_dict_is(globals) ? mn_dict_get_str(globals, mn_qstr_value(MN_QSTR___name__)) : MN_NULL;
    size_t length = 0;
    const char *text = "";
    mn_value_t package = mn_dict_is(globals)
                             ? mn_dict_get_str(globals, mn_qstr_value(MN_QSTR___package__))
                             : MN_NULL;
    if (is_str(package)) {
        text = mn_qstr_str(package)->bytes;
        length = mn_str_length(mn_qstr_str(package));
    } else if (is_str(name)) {
        text = mn_qstr_str(name)->bytes;
        length = mn_str_length(mn_qstr_str(name));
        if (mn_dict_get_str(globals, mn_qstr_value(MN_QSTR___path__)) == MN_NULL) {
            while (length > 0 && text[length - 1] != '.') {
                length--; // a module: its package is its name without the last component
            }
            length = length > 0 ? length - 1 : 0;
        }
    }
    if (length == 0) {
        (void)mn_raise(runtime, &mn_type_ImportError,
                       "attempted relative import with no known parent package");
        return false;
    }
    for (mn_small_int_t up = 1; up < level; up++) {
        while (length > 0 && text[length - 1] != '.') {
            length--;
        }
        if (length == 0) {
            (void)mn_raise(runtime, &mn_type_ImportError,
                           "attempted relative import beyond top-level package");
            return false;
        }
        length--;
    }
    path_truncate(out, 0);
    if (!path_append(out, text, length)) {
        (void)mn_raise(runtime, &mn_type_ImportError, "module name too long");
        return false;
    }
    return true;
}

mn_value_t mn_import_name(mn_runtime_t *runtime, mn_value_t name, const mn_value_t *fromlist,
                          mn_value_t level, const mn_value_t *globals) {
    path_t full; // the absolute dotted name
    path_truncate(&full, 0);
    mn_small_int_t up = mn_is_small_int(level) ? mn_small_int_value(level) : 0;
    if (up > 0 && !resolve_package(runtime, *globals, up, &full)) {
        return MN_EXCEPTION;
    }
    size_t name_length = mn_str_length(mn_qstr_str(name));
    if ((full.length > 0 && name_length > 0 && !path_append(&full, ".", 1)) ||
        !path_append_str(&full, name)) {
        return mn_raise(runtime, &mn_type_ModuleNotFoundError, "No module named '%q'", name);
    }
    return import_dotted(runtime, full.text, full.length, *fromlist == MN_NONE, false);
}

// Raises ImportError "cannot import name 'y' from 'x' (path)". may trigger a gc
static mn_value_t cannot_import(mn_runtime_t *runtime, const mn_value_t *module, mn_value_t name) {
    mn_value_t module_name = mn_module_is(*module) ? mn_module_name(*module) : MN_NULL;
    if (!is_str(module_name)) {
        module_name = mn_qstr_value(MN_QSTR__question_);
    }
    mn_value_t file = MN_NULL;
    if (mn_module_is(*module) && !mn_module_is_rom(*module)) {
        file = mn_dict_get_str(mn_module_globals(*module), mn_qstr_value(MN_QSTR___file__));
    }
    if (is_str(file)) {
        return mn_raise(runtime, &mn_type_ImportError, "cannot import name '%q' from '%q' (%q)",
                        name, module_name, file);
    }
    return mn_raise(runtime, &mn_type_ImportError,
                    "cannot import name '%q' from '%q' (unknown location)", name, module_name);
}

mn_value_t mn_import_from(mn_runtime_t *runtime, const mn_value_t *module, mn_value_t name) {
    mn_gc_ref_t ref;
    mn_value_t *name_slot = mn_root_push(&runtime->heap, &ref);
    *name_slot = name;
    mn_value_t result = mn_find_attr(runtime, module, name);
    if (result == MN_NULL && mn_module_is(*module) && is_str(mn_module_name(*module))) {
        // A submodule: in sys.modules already (a circular import), or found on the package's
        // __path__ and imported now.
        path_t full;
        path_truncate(&full, 0);
        size_t leaf = 0;
        if (path_append_str(&full, mn_module_name(*module)) && path_append(&full, ".", 1)) {
            leaf = full.length;
        }
        if (leaf > 0 && path_append_str(&full, *name_slot)) {
            mn_value_t key = mn_qstr_find(runtime, full.text, full.length);
            mn_value_t modules = runtime->roots[MN_ROOT_MODULES];
            if (key != MN_NULL && mn_dict_is(modules)) {
                result = mn_dict_get_str(modules, key);
            }
            path_t path;
            bool package;
            size_t package_length;
            if (result == MN_NULL &&
                find_module(runtime, *module, full.text + leaf, full.length - leaf, &path, &package,
                            &package_length)) {
                result = import_dotted(runtime, full.text, full.length, false, false);
            }
        }
    }
    if (result == MN_NULL) {
        result = cannot_import(runtime, module, *name_slot);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// Binds *name to the module's attribute of that name in *namespace. may trigger a gc
static bool bind_attribute(mn_runtime_t *runtime, const mn_value_t *module,
                           const mn_value_t *namespace, mn_value_t *name, mn_value_t *value) {
    if (!is_str(*name)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "Item in __all__ must be str, not %T", *name);
        return false;
    }
    *value = mn_load_attr(runtime, module, *name);
    return *value != MN_EXCEPTION && mn_dict_set(runtime, namespace, name, value);
}

bool mn_import_star(mn_runtime_t *runtime, const mn_value_t *module, const mn_value_t *namespace) {
    if (!mn_module_is(*module)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "import * needs a module, not %T", *module);
        return false;
    }
    // slots: a name, its value, the globals or the __all__ iterator
    mn_gc_ref_t refs[3];
    mn_value_t *name = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *source = mn_root_push(&runtime->heap, &refs[2]);
    bool ok = true;
    if (mn_module_is_rom(*module)) {
        const mn_attr_table_t *table = ((const mn_rom_module_t *)mn_object(*module))->attrs;
        for (size_t i = 0; ok && table != NULL && i < table->count; i++) {
            *name = table->entries[i].name;
            *value = table->entries[i].value;
            ok =
                mn_qstr_str(*name)->bytes[0] == '_' || mn_dict_set(runtime, namespace, name, value);
        }
    } else {
        *source = mn_dict_get_str(mn_module_globals(*module), mn_qstr_value(MN_QSTR___all__));
        if (*source != MN_NULL) {
            *source = mn_iter(runtime, source);
            ok = *source != MN_EXCEPTION;
            while (ok) {
                *name = mn_next(runtime, source);
                if (*name == MN_NULL) {
                    break;
                }
                ok = *name != MN_EXCEPTION &&
                     bind_attribute(runtime, module, namespace, name, value);
            }
        } else {
            *source = mn_module_globals(*module);
            size_t position = 0;
            while (ok && mn_dict_next(*source, &position, name, value)) {
                if (is_str(*name) && mn_qstr_str(*name)->bytes[0] != '_') {
                    ok = mn_dict_set(runtime, namespace, name, value);
                }
            }
        }
    }
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

// ---- __main__ -----------------------------------------------------------------------------

mn_value_t mn_import_run_main(mn_runtime_t *runtime, mn_value_t *source, const mn_value_t *filename,
                              bool has_file) {
    mn_gc_ref_t refs[2];
    mn_value_t *module = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *code = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = MN_EXCEPTION;
    mn_value_t main_name = mn_qstr_value(MN_QSTR___main__);
    *module = mn_module_new(runtime, &main_name, has_file ? filename : NULL);
    if (*module != MN_EXCEPTION && mn_import_modules(runtime) != MN_EXCEPTION &&
        mn_dict_set(runtime, &runtime->roots[MN_ROOT_MODULES], &main_name, module)) {
        *code = mn_compile(runtime, source, filename, MN_COMPILE_MODULE);
        *source = MN_NULL; // the source is garbage now
        if (*code != MN_EXCEPTION) {
            *module = mn_module_globals(*module);
            result = mn_vm_run_code(runtime, code, module, module);
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}
