// Interned strings. An interned string value is either a qstr immediate (an id into the ROM
// table generated at build time by tools/gen_qstr.py: the names of everything built in, at
// no RAM cost) or a pointer to a heap str flagged MN_STR_INTERNED, the one heap str with
// its bytes. The pool of heap-interned strs is an open-addressing set in the heap, reached
// from the root table; interned strs are never freed, as in MicroPython.
#ifndef MN_OBJ_QSTR_H
#define MN_OBJ_QSTR_H

#include "obj/runtime.h"
#include "obj/str.h"
#include "qstr_rom.h"

// The ROM strs, sorted by (byte length, bytes).
extern const mn_str_t *const mn_qstr_rom[MN_QSTR_ROM_COUNT];

// The str of an interned string value. no allocation is done
static inline const mn_str_t *mn_qstr_str(mn_value_t interned) {
    return mn_is_qstr(interned) ? mn_qstr_rom[mn_qstr_id(interned)] : mn_object(interned);
}

// The interned string with these bytes, or MN_NULL. no allocation is done
mn_value_t mn_qstr_find(const mn_runtime_t *runtime, const char *bytes, size_t length);

// Interns the str in *str (rooted): returns the interned value with its bytes (the str
// itself, flagged, when its bytes were not interned yet), or MN_NULL when out of memory.
// may trigger a gc
mn_value_t mn_qstr_intern_str(mn_runtime_t *runtime, mn_value_t *str);

// Interns bytes that lie outside the heap. may trigger a gc
mn_value_t mn_qstr_intern(mn_runtime_t *runtime, const char *bytes, size_t length);

// Figures for micropython.qstr_info(). no allocation is done
typedef struct mn_qstr_info {
    size_t rom_count;        // strings in ROM
    size_t pool_count;       // strings interned at run time
    size_t pool_data_bytes;  // their bytes
    size_t pool_total_bytes; // their str objects and the pool's set, headers included
} mn_qstr_info_t;
void mn_qstr_info(const mn_runtime_t *runtime, mn_qstr_info_t *info);

#endif
