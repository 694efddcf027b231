// Object tags: one per built-in heap type, each with one entry in the collector's type table
// (obj/types.c). Every object, in the heap or in ROM, starts with a header word.
#ifndef MN_OBJ_OBJECT_H
#define MN_OBJ_OBJECT_H

#include "obj/value.h"

typedef enum mn_tag {
    MN_TAG_STR = 1,   // str.h
    MN_TAG_VECTOR,    // [header][value...]: internal arrays (qstr pool, ...)
    MN_TAG_TUPLE,     // tuple.h
    MN_TAG_TYPE,      // type.h: built-in types, in ROM
    MN_TAG_EXCEPTION, // exception.h
    MN_TAG_BIG_INT,   // int.h: ints beyond the small-int range
    MN_TAG_FLOAT,     // float.h
    MN_TAG_NODE,      // compile/ast.h: syntax tree nodes, alive while a statement compiles
    MN_TAG_COUNT
} mn_tag_t;

extern const mn_gc_type_t mn_object_types[MN_TAG_COUNT];

static inline unsigned mn_object_tag(mn_value_t value) {
    return mn_block_tag(mn_object(value));
}

static inline bool mn_is_tagged(mn_value_t value, unsigned tag) {
    return mn_is_object(value) && mn_object_tag(value) == tag;
}

#endif
