// The collector's type table: one entry per object tag (see obj/object.h).
#include "obj/object.h"

#include "obj/array.h"

const mn_gc_type_t mn_object_types[MN_TAG_COUNT] = {
    [MN_TAG_STR] = {"str", 'S', 0, 0, NULL},
    [MN_TAG_VECTOR] = {"vector", 'V', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_TUPLE] = {"tuple", 'T', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_TYPE] = {"type", 'C', 0, 0, NULL}, // only in ROM for now
    [MN_TAG_EXCEPTION] = {"exception", 'E', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_BIG_INT] = {"int", 'I', 0, 0, NULL},
    [MN_TAG_FLOAT] = {"float", 'F', 0, 0, NULL},
    [MN_TAG_NODE] = {"node", 'N', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_RAW] = {"raw", 'R', 0, 0, NULL},
    [MN_TAG_NATIVE] = {"native", 'n', 0, 0, NULL}, // only in ROM
    [MN_TAG_LIST] = {"list", 'L', 2, 1, NULL},     // [header][length][items vector]
    [MN_TAG_DICT] = {"dict", 'D', 3, 2, NULL},     // [header][count][used][entries][index]
    [MN_TAG_BYTES] = {"bytes", 'S', 0, 0, NULL},   // 'S' as strs, as MicroPython's map shows them
    [MN_TAG_BYTEARRAY] = {"bytearray", 'A', 2, 1, NULL}, // [header][length][data: raw]
    [MN_TAG_ITERATOR] = {"iterator", 'i', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_RANGE] = {"range", 'r', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_SLICE] = {"slice", 's', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_CODE] = {"code", 'B', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_FUNCTION] = {"function", 'f', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_BOUND] = {"bound method", 'b', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_CLASS] = {"class", 'C', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_INSTANCE] = {"instance", 'O', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_MODULE] = {"module", 'M', 1, MN_REFS_TO_END, NULL},
    [MN_TAG_ARRAY] = {"array", 'a', 2, 0, mn_array_ref_range}, // [header][info][items or ref]
    [MN_TAG_SET] = {"set", 'Z', 2, 1, NULL},                   // [header][count][slots vector]
    [MN_TAG_FROZENSET] = {"frozenset", 'z', 2, 1, NULL},
};
