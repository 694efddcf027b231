// help(): the REPL's control keys with no argument, the built-in modules for
// help('modules'), and for any other object its type and the names its namespace holds
// (a module's globals, a class's dict, a type's methods), as MicroPython prints them.
#include "lib/help.h"

#include <string.h>

#include "obj/dict.h"
#include "obj/qstr.h"
#include "obj/text.h"
#include "vm/class.h"
#include "vm/import.h"
#include "vm/module.h"

static const char help_text[] =
    "Welcome to Minnow, a Python 3 for microcontrollers that makes the most of little RAM.\n"
    "\n"
    "Memory: gc.collect(), gc.mem_free() and micropython.mem_info(1) show where the\n"
    "bytes go.\n"
    "\n"
    "Control commands:\n"
    "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
    "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
    "  CTRL-C        -- interrupt a running program\n"
    "  CTRL-D        -- on a blank line, exit or do a soft reset\n"
    "  CTRL-E        -- on a blank line, enter paste mode\n"
    "\n"
    "For further help on a specific object, type help(obj)\n"
    "For a list of available modules, type help('modules')\n";

static void write_out(mn_runtime_t *runtime, const char *text, size_t length) {
    if (runtime->write_out != NULL) {
        runtime->write_out(runtime->write_context, text, length);
    }
}

// The built-in modules in alphabetical order, four to a line, as MicroPython lists them.
static void print_modules(mn_runtime_t *runtime) {
    const mn_str_t *previous = NULL;
    size_t column = 0;
    for (;;) {
        const mn_str_t *next = NULL;
        for (size_t i = 0; i < mn_builtin_modules.count; i++) {
            const mn_str_t *name = mn_qstr_str(mn_builtin_modules.entries[i].name);
            if ((previous == NULL || strcmp(name->bytes, previous->bytes) > 0) &&
                (next == NULL || strcmp(name->bytes, next->bytes) < 0)) {
                next = name; // ROM strs end with a NUL
            }
        }
        if (next == NULL) {
            break;
        }
        size_t length = mn_str_length(next);
        write_out(runtime, next->bytes, length);
        if (++column == 4) {
            write_out(runtime, "\n", 1);
            column = 0;
        } else {
            static const char spaces[] = "                  ";
            write_out(runtime, spaces, length < 17 ? 18 - length : 1);
        }
        previous = next;
    }
    if (column != 0) {
        write_out(runtime, "\n", 1);
    }
    static const char plus[] = "Plus any modules on the filesystem\n";
    write_out(runtime, plus, sizeof plus - 1);
}

// slots: [0] the object, [1] a dict, [2] a name, [3] a value, [4] a buffer.
enum { OBJECT, DICT, NAME, VALUE, BUFFER, SLOT_COUNT };

// Prints "  name -- str(value)" for slots[NAME] and slots[VALUE]. may trigger a gc
static bool print_entry(mn_runtime_t *runtime, mn_value_t *slots) {
    mn_buffer_t buffer;
    bool ok = mn_text_buffer_init(runtime, &buffer, &slots[BUFFER], 32) &&
              mn_text_append(runtime, &buffer, "  ", 2) &&
              mn_print(runtime, &buffer, &slots[NAME], false) &&
              mn_text_append(runtime, &buffer, " -- ", 4) &&
              mn_print(runtime, &buffer, &slots[VALUE], false) &&
              mn_text_append(runtime, &buffer, "\n", 1);
    if (ok) {
        write_out(runtime, mn_buffer_bytes(&buffer), mn_buffer_length(&buffer));
    }
    slots[BUFFER] = MN_NULL;
    return ok;
}

// "object X is of type T", then the names of X's namespace. may trigger a gc
static bool print_object(mn_runtime_t *runtime, mn_value_t *slots) {
    mn_buffer_t buffer;
    slots[NAME] = mn_class_name(mn_class_of(slots[OBJECT]));
    bool ok = mn_text_buffer_init(runtime, &buffer, &slots[BUFFER], 32) &&
              mn_text_append(runtime, &buffer, "object ", 7) &&
              mn_print(runtime, &buffer, &slots[OBJECT], false) &&
              mn_text_append(runtime, &buffer, " is of type ", 12) &&
              mn_print(runtime, &buffer, &slots[NAME], false) &&
              mn_text_append(runtime, &buffer, "\n", 1);
    if (!ok) {
        return false;
    }
    write_out(runtime, mn_buffer_bytes(&buffer), mn_buffer_length(&buffer));
    slots[BUFFER] = MN_NULL;
    mn_value_t object = slots[OBJECT];
    const mn_attr_table_t *table = NULL;
    slots[DICT] = MN_NULL;
    if (mn_module_is(object)) {
        if (mn_module_is_rom(object)) {
            table = ((const mn_rom_module_t *)mn_object(object))->attrs;
        } else {
            slots[DICT] = mn_module_globals(object);
        }
    } else {
        mn_value_t cls = mn_class_is_type(object) ? object : mn_class_of(object);
        if (mn_class_is(cls)) {
            slots[DICT] = ((const mn_class_t *)mn_object(cls))->dict;
        } else {
            table = ((const mn_type_t *)mn_object(cls))->attrs;
        }
    }
    for (size_t i = 0; ok && table != NULL && i < table->count; i++) {
        slots[NAME] = table->entries[i].name;
        slots[VALUE] = table->entries[i].value;
        ok = print_entry(runtime, slots);
    }
    size_t position = 0;
    while (ok && mn_dict_is(slots[DICT]) &&
           mn_dict_next(slots[DICT], &position, &slots[NAME], &slots[VALUE])) {
        ok = print_entry(runtime, slots);
    }
    return ok;
}

static mn_value_t help_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    if (count == 0) {
        write_out(runtime, help_text, sizeof help_text - 1);
        return MN_NONE;
    }
    mn_value_t argument = args[0];
    if ((mn_is_qstr(argument) || mn_is_tagged(argument, MN_TAG_STR)) &&
        mn_str_equal_bytes(mn_qstr_str(argument), "modules", 7)) {
        print_modules(runtime);
        return MN_NONE;
    }
    mn_value_t *slots = mn_heap_reserve_top(&runtime->heap, SLOT_COUNT);
    if (slots == NULL) {
        return mn_raise_memory_error(runtime);
    }
    slots[OBJECT] = args[0];
    bool ok = print_object(runtime, slots);
    mn_heap_release_top(&runtime->heap, SLOT_COUNT);
    if (!ok) {
        return mn_exception_pending(runtime) != MN_NULL ? MN_EXCEPTION
                                                        : mn_raise_memory_error(runtime);
    }
    return MN_NONE;
}

MN_NATIVE(mn_builtin_help, MN_QSTR_help, 0, 1, 0, help_native);
