// The collector's type table: one entry per object tag (see obj/object.h).
#include "obj/object.h"

const mn_gc_type_t mn_object_types[MN_TAG_COUNT] = {
    [MN_TAG_STR] = {"str", 'S', 0, 0, NULL},
    [MN_TAG_VECTOR] = {"vector", 'V', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_TUPLE] = {"tuple", 'T', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_TYPE] = {"type", 'C', 0, 0, NULL}, // only in ROM for now
    [MN_TAG_EXCEPTION] = {"exception", 'E', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_BIG_INT] = {"int", 'I', 0, 0, NULL},
    [MN_TAG_FLOAT] = {"float", 'F', 0, 0, NULL},
    [MN_TAG_NODE] = {"node", 'N', 1, MN_REFS_TO_END, NULL},
};
