// Types. A built-in type is a const mn_type_t in ROM, with a header (tag MN_TAG_TYPE) so
// that it is an object like any other: `type(x)` returns a pointer to it. A value's type is
// known without touching memory for immediates and from the block's tag for objects.
//
// A type is a name, a base, a table of attributes (methods and class constants, sorted by
// qstr id for a binary search) and slots: the C functions that implement the operations
// the VM dispatches (printing, operators, subscripts, iteration, special attributes). A NULL
// slot is looked up in the base type; a type without it anywhere does not support the
// operation. User classes are heap objects (vm/class.h) whose instances dispatch through
// the slots of an internal ROM type that calls their special methods.
//
// Every slot takes its operands as pointers to rooted slots (VM stack slots, GC references)
// and re-reads them after any allocation; a slot that raises returns MN_EXCEPTION (or false).
#ifndef MN_OBJ_TYPE_H
#define MN_OBJ_TYPE_H

#include "obj/op.h"
#include "obj/qstr.h"

typedef struct mn_type mn_type_t;
typedef struct mn_buffer mn_buffer_t;

// One entry of a ROM attribute table: a name and a ROM value (a native function, a type, a
// ROM object, or an immediate such as a small int).
typedef struct mn_attr_entry {
    mn_value_t name; // a qstr immediate (mn_qstr_value)
    mn_value_t value;
} mn_attr_entry_t;

typedef struct mn_attr_table {
    size_t count;
    const mn_attr_entry_t *entries; // sorted by name (the qstr ids' order)
} mn_attr_table_t;

// The operations that are neither operators nor comparisons, dispatched through `unary`.
// MN_UNARY_BOOL answers MN_TRUE or MN_FALSE, MN_UNARY_LEN and MN_UNARY_HASH a small int;
// each answers MN_NOT_IMPLEMENTED when the type does not support it.
#define MN_UNARY_BOOL ((mn_unary_op_t)(MN_UNARY_ABSOLUTE + 1))
#define MN_UNARY_LEN ((mn_unary_op_t)(MN_UNARY_ABSOLUTE + 2))
#define MN_UNARY_HASH ((mn_unary_op_t)(MN_UNARY_ABSOLUTE + 3))

struct mn_type {
    mn_word_t header;             // MN_ROM_TYPE_HEADER
    uint16_t name;                // qstr id
    uint16_t flags;               // MN_TYPE_*
    const mn_type_t *base;        // NULL only for object
    const mn_attr_table_t *attrs; // methods and class attributes, or NULL

    // type(...): a new instance from the call's arguments (obj/native.h gives the argument
    // convention). may trigger a gc
    mn_value_t (*make_new)(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                           size_t count, mn_value_t keywords);
    // Appends str(self) (repr false) or repr(self) (repr true) to the buffer.
    // may trigger a gc
    bool (*print)(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr);
    // -x, +x, ~x, abs(x), and MN_UNARY_BOOL / LEN / HASH. may trigger a gc
    mn_value_t (*unary)(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self);
    // left op right, called for the left operand's type and then, reflected, for the
    // right's: either may be of another type. MN_NOT_IMPLEMENTED when not supported.
    // may trigger a gc
    mn_value_t (*binary)(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                         const mn_value_t *right);
    // left op right as a value (usually a bool); called for the left operand's type, then
    // swapped for the right's. Types without it compare by identity for == and !=.
    // may trigger a gc
    mn_value_t (*compare)(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                          const mn_value_t *right);
    // `item in self`: MN_TRUE or MN_FALSE. Types without it are searched by iteration.
    // may trigger a gc
    mn_value_t (*contains)(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *item);
    // self[index] when value is NULL; del self[index] when *value is MN_NULL; else
    // self[index] = *value (returning MN_NONE). may trigger a gc
    mn_value_t (*subscript)(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *index,
                            const mn_value_t *value);
    // iter(self). may trigger a gc
    mn_value_t (*iter)(mn_runtime_t *runtime, const mn_value_t *self);
    // next(self): the next item, or MN_NULL when exhausted (no StopIteration is made).
    // may trigger a gc
    mn_value_t (*next)(mn_runtime_t *runtime, const mn_value_t *self);
    // Attributes that are not in `attrs` (instance data: an exception's args, a
    // module's globals): loads when value is NULL, deletes when *value is MN_NULL, else
    // stores. MN_NULL when the type has no such attribute (the caller raises
    // AttributeError). may trigger a gc
    mn_value_t (*attr)(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t name,
                       const mn_value_t *value);
};

#define MN_TYPE_EXCEPTION 1u // BaseException and its subclasses
#define MN_TYPE_BASETYPE 2u  // may be subclassed by a class statement
#define MN_TYPE_ITERATOR 4u  // iter(x) is x (the type has `next`)

// The first slot `name` found in `type` or its bases, or NULL.
#define MN_FIND_SLOT(result, start_type, name)                                                     \
    do {                                                                                           \
        const mn_type_t *type_ = (start_type);                                                     \
        while (type_ != NULL && type_->name == NULL) {                                             \
            type_ = type_->base;                                                                   \
        }                                                                                          \
        (result) = type_ != NULL ? type_->name : NULL;                                             \
    } while (0)

#define MN_ROM_TYPE_HEADER MN_HEADER(MN_TAG_TYPE, sizeof(mn_type_t) / sizeof(mn_word_t))

// A ROM attribute table from an array of entries.
#define MN_ATTR_TABLE(variable, entries_array)                                                     \
    static const mn_attr_table_t variable = {sizeof(entries_array) / sizeof(entries_array[0]),     \
                                             entries_array}

// An attribute entry for a ROM object (a native function, a type).
#define MN_ATTR(qstr, object)                                                                      \
    { MN_QSTR_VALUE(qstr), (mn_value_t)(object) }
// An attribute entry for an immediate value (a small int: mn_small_int is not constant).
#define MN_ATTR_VALUE(qstr, value)                                                                 \
    { MN_QSTR_VALUE(qstr), (value) }

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

// The attribute `name` (an interned string value) of a ROM table, or MN_NULL.
// no allocation is done
mn_value_t mn_attr_table_find(const mn_attr_table_t *table, mn_value_t name);

// A built-in type's special method whose slot it fills ((1).__add__, [].__len__), as a ROM
// native method; MN_NULL for other names and for user classes' instances (obj/slot_methods.c).
// no allocation is done
mn_value_t mn_slot_method(const mn_type_t *type, mn_value_t name);

// The attribute `name` of the type or its bases, or MN_NULL. no allocation is done
mn_value_t mn_type_find_attr(const mn_type_t *type, mn_value_t name);

#endif
