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
    MN_TAG_RAW,       // [header][bytes]: internal raw data (bytecode, hash indexes), no refs
    MN_TAG_NATIVE,    // native.h: built-in functions, in ROM
    MN_TAG_LIST,      // list.h
    MN_TAG_DICT,      // dict.h
    MN_TAG_BYTES,     // bytes.h: bytes (the str layout) and bytearray
    MN_TAG_BYTEARRAY, // bytes.h
    MN_TAG_ITERATOR,  // built-in iterators: [header][const mn_type_t *type][value...]
    MN_TAG_RANGE,     // range.h
    MN_TAG_SLICE,     // slice.h
    MN_TAG_CODE,      // vm/code.h: compiled code
    MN_TAG_FUNCTION,  // vm/function.h: Python functions
    MN_TAG_BOUND,     // vm/function.h: bound methods
    MN_TAG_CLASS,     // vm/class.h: user classes
    MN_TAG_INSTANCE,  // vm/class.h: instances of user classes
    MN_TAG_MODULE,    // vm/module.h
    MN_TAG_ARRAY,     // array.h: array.array
    MN_TAG_SET,       // set.h
    MN_TAG_FROZENSET, // set.h
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
