// Types. A built-in type is a const mn_type_t in ROM, with a header (tag MN_TAG_TYPE) so
// that it is an object like any other: `type(x)` returns a pointer to it. A value's type is
// known without touching memory for immediates and from the block's tag for objects.
#ifndef MN_OBJ_TYPE_H
#define MN_OBJ_TYPE_H

#include "obj/qstr.h"

typedef struct mn_type {
    mn_word_t header;           // MN_HEADER(MN_TAG_TYPE, ...)
    uint16_t name;              // qstr id
    uint16_t flags;             // MN_TYPE_*
    const struct mn_type *base; // NULL only for object
} mn_type_t;

#define MN_TYPE_EXCEPTION 1u // BaseException and its subclasses

#define MN_ROM_TYPE_HEADER MN_HEADER(MN_TAG_TYPE, sizeof(mn_type_t) / sizeof(mn_word_t))

extern const mn_type_t mn_type_object, mn_type_type, mn_type_none, mn_type_bool, mn_type_int,
    mn_type_float, mn_type_str, mn_type_tuple, mn_type_ellipsis, mn_type_not_implemented;

// The type of any value. no allocation is done
const mn_type_t *mn_type_of(mn_value_t value);

// Whether `type` is `base` or derives from it. no allocation is done
bool mn_type_is_subtype(const mn_type_t *type, const mn_type_t *base);

// The type's name as a str. no allocation is done
static inline const mn_str_t *mn_type_name(const mn_type_t *type) {
    return mn_qstr_rom[type->name];
}

#endif
