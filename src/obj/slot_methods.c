// The special methods of built-in types as attributes: (1).__add__(2), [].__len__(),
// int.__lt__, object.__repr__. A built-in type has no dunder entries in its ROM attribute
// table; its slots are the methods. A lookup that misses the tables asks here: a dunder name
// whose slot the type (or a base) fills gives a ROM native that calls that slot. So every
// built-in type has them at no cost per type, and a user class's instance type, whose slots
// dispatch to the class's own methods, never answers here (its class dict does).
#include "obj/buffer.h"
#include "obj/protocol.h"
#include "vm/class.h"

// Whether self is an object of a user class: then a special method found here is object's
// (a class's own methods come from its dict), which must not dispatch back to the class.
static bool user_object(mn_value_t self) {
    return mn_class_is(mn_class_of(self));
}

static const mn_type_t *self_type(const mn_value_t *args) {
    return user_object(args[0]) ? &mn_type_object : mn_type_of(args[0]);
}

// self op other through self's binary slot; `reflected` swaps the operands (__radd__).
static mn_value_t call_binary(mn_runtime_t *runtime, mn_binary_op_t op, mn_value_t *args,
                              bool reflected) {
    mn_value_t (*binary)(mn_runtime_t *, mn_binary_op_t, const mn_value_t *, const mn_value_t *);
    MN_FIND_SLOT(binary, self_type(args), binary);
    if (binary == NULL) {
        return MN_NOT_IMPLEMENTED;
    }
    return reflected ? binary(runtime, op, &args[1], &args[0])
                     : binary(runtime, op, &args[0], &args[1]);
}

static mn_value_t call_compare(mn_runtime_t *runtime, mn_compare_op_t op, mn_value_t *args) {
    mn_value_t (*compare)(mn_runtime_t *, mn_compare_op_t, const mn_value_t *, const mn_value_t *);
    MN_FIND_SLOT(compare, self_type(args), compare);
    if (compare != NULL) {
        return compare(runtime, op, &args[0], &args[1]);
    }
    // object's identity comparison
    if (op == MN_COMPARE_EQUAL || op == MN_COMPARE_NOT_EQUAL) {
        return args[0] == args[1] ? mn_bool(op == MN_COMPARE_EQUAL) : MN_NOT_IMPLEMENTED;
    }
    return MN_NOT_IMPLEMENTED;
}

// object.__repr__ of a user object, as a str.
static mn_value_t default_repr(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    bool ok = mn_buffer_init(runtime, &buffer, slot, 48) &&
              mn_class_print_default(runtime, &buffer, self);
    mn_value_t result = ok ? mn_object_value(mn_buffer_finish_str(runtime, &buffer)) : MN_NULL;
    mn_root_pop(&runtime->heap, &ref);
    return ok ? result : mn_raise_memory_error(runtime);
}

#define BINARY_METHOD(variable, qstr, op, reflected)                                               \
    static mn_value_t variable##_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,         \
                                    mn_value_t keywords) {                                         \
        (void)count;                                                                               \
        (void)keywords;                                                                            \
        return call_binary(runtime, op, args, reflected);                                          \
    }                                                                                              \
    static MN_METHOD(variable, qstr, 2, 2, 0, variable##_fn)

#define COMPARE_METHOD(variable, qstr, op)                                                         \
    static mn_value_t variable##_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,         \
                                    mn_value_t keywords) {                                         \
        (void)count;                                                                               \
        (void)keywords;                                                                            \
        return call_compare(runtime, op, args);                                                    \
    }                                                                                              \
    static MN_METHOD(variable, qstr, 2, 2, 0, variable##_fn)

#define UNARY_METHOD(variable, qstr, call)                                                         \
    static mn_value_t variable##_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,         \
                                    mn_value_t keywords) {                                         \
        (void)count;                                                                               \
        (void)keywords;                                                                            \
        return call;                                                                               \
    }                                                                                              \
    static MN_METHOD(variable, qstr, 1, 1, 0, variable##_fn)

BINARY_METHOD(dunder_add, MN_QSTR___add__, MN_BINARY_ADD, false);
BINARY_METHOD(dunder_sub, MN_QSTR___sub__, MN_BINARY_SUBTRACT, false);
BINARY_METHOD(dunder_mul, MN_QSTR___mul__, MN_BINARY_MULTIPLY, false);
BINARY_METHOD(dunder_truediv, MN_QSTR___truediv__, MN_BINARY_TRUE_DIVIDE, false);
BINARY_METHOD(dunder_floordiv, MN_QSTR___floordiv__, MN_BINARY_FLOOR_DIVIDE, false);
BINARY_METHOD(dunder_mod, MN_QSTR___mod__, MN_BINARY_REMAINDER, false);
BINARY_METHOD(dunder_pow, MN_QSTR___pow__, MN_BINARY_POWER, false);
BINARY_METHOD(dunder_and, MN_QSTR___and__, MN_BINARY_AND, false);
BINARY_METHOD(dunder_or, MN_QSTR___or__, MN_BINARY_OR, false);
BINARY_METHOD(dunder_xor, MN_QSTR___xor__, MN_BINARY_XOR, false);
BINARY_METHOD(dunder_lshift, MN_QSTR___lshift__, MN_BINARY_LSHIFT, false);
BINARY_METHOD(dunder_rshift, MN_QSTR___rshift__, MN_BINARY_RSHIFT, false);
BINARY_METHOD(dunder_radd, MN_QSTR___radd__, MN_BINARY_ADD, true);
BINARY_METHOD(dunder_rsub, MN_QSTR___rsub__, MN_BINARY_SUBTRACT, true);
BINARY_METHOD(dunder_rmul, MN_QSTR___rmul__, MN_BINARY_MULTIPLY, true);
BINARY_METHOD(dunder_rtruediv, MN_QSTR___rtruediv__, MN_BINARY_TRUE_DIVIDE, true);
BINARY_METHOD(dunder_rfloordiv, MN_QSTR___rfloordiv__, MN_BINARY_FLOOR_DIVIDE, true);
BINARY_METHOD(dunder_rmod, MN_QSTR___rmod__, MN_BINARY_REMAINDER, true);
BINARY_METHOD(dunder_rpow, MN_QSTR___rpow__, MN_BINARY_POWER, true);
BINARY_METHOD(dunder_rand, MN_QSTR___rand__, MN_BINARY_AND, true);
BINARY_METHOD(dunder_ror, MN_QSTR___ror__, MN_BINARY_OR, true);
BINARY_METHOD(dunder_rxor, MN_QSTR___rxor__, MN_BINARY_XOR, true);
BINARY_METHOD(dunder_rlshift, MN_QSTR___rlshift__, MN_BINARY_LSHIFT, true);
BINARY_METHOD(dunder_rrshift, MN_QSTR___rrshift__, MN_BINARY_RSHIFT, true);
COMPARE_METHOD(dunder_lt, MN_QSTR___lt__, MN_COMPARE_LESS);
COMPARE_METHOD(dunder_le, MN_QSTR___le__, MN_COMPARE_LESS_EQUAL);
COMPARE_METHOD(dunder_eq, MN_QSTR___eq__, MN_COMPARE_EQUAL);
COMPARE_METHOD(dunder_ne, MN_QSTR___ne__, MN_COMPARE_NOT_EQUAL);
COMPARE_METHOD(dunder_gt, MN_QSTR___gt__, MN_COMPARE_GREATER);
COMPARE_METHOD(dunder_ge, MN_QSTR___ge__, MN_COMPARE_GREATER_EQUAL);
UNARY_METHOD(dunder_neg, MN_QSTR___neg__, mn_unary(runtime, MN_UNARY_NEGATIVE, &args[0]));
UNARY_METHOD(dunder_pos, MN_QSTR___pos__, mn_unary(runtime, MN_UNARY_POSITIVE, &args[0]));
UNARY_METHOD(dunder_invert, MN_QSTR___invert__, mn_unary(runtime, MN_UNARY_INVERT, &args[0]));
UNARY_METHOD(dunder_abs, MN_QSTR___abs__, mn_unary(runtime, MN_UNARY_ABSOLUTE, &args[0]));
UNARY_METHOD(dunder_bool, MN_QSTR___bool__, mn_unary(runtime, MN_UNARY_BOOL, &args[0]));
UNARY_METHOD(dunder_len, MN_QSTR___len__, mn_len(runtime, &args[0]));
UNARY_METHOD(dunder_hash, MN_QSTR___hash__,
             user_object(args[0]) ? mn_identity_hash(runtime, args[0])
                                  : mn_hash(runtime, &args[0]));
UNARY_METHOD(dunder_repr, MN_QSTR___repr__,
             user_object(args[0]) ? default_repr(runtime, &args[0]) : mn_repr(runtime, &args[0]));
UNARY_METHOD(dunder_str, MN_QSTR___str__, mn_str(runtime, &args[0]));
UNARY_METHOD(dunder_iter, MN_QSTR___iter__, mn_iter(runtime, &args[0]));

static mn_value_t next_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                          mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_value_t item = mn_next(runtime, &args[0]);
    return item != MN_NULL ? item : mn_raise_empty(runtime, &mn_type_StopIteration);
}
static MN_METHOD(dunder_next, MN_QSTR___next__, 1, 1, 0, next_fn);

static mn_value_t contains_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_contains(runtime, &args[0], &args[1]);
}
static MN_METHOD(dunder_contains, MN_QSTR___contains__, 2, 2, 0, contains_fn);

static mn_value_t getitem_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_subscript(runtime, &args[0], &args[1], NULL);
}
static MN_METHOD(dunder_getitem, MN_QSTR___getitem__, 2, 2, 0, getitem_fn);

static mn_value_t setitem_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return mn_subscript(runtime, &args[0], &args[1], &args[2]);
}
static MN_METHOD(dunder_setitem, MN_QSTR___setitem__, 3, 3, 0, setitem_fn);

static mn_value_t delitem_fn(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_value_t deleted = MN_NULL;
    return mn_subscript(runtime, &args[0], &args[1], &deleted);
}
static MN_METHOD(dunder_delitem, MN_QSTR___delitem__, 2, 2, 0, delitem_fn);

// Which slot a special method needs: the type has the method when that slot is filled.
// (The unary slot serves numbers and lengths alike: the number methods go to int and float,
// __len__ to the containers, those with a subscript or contains slot.)
enum needs {
    NEEDS_NOTHING,
    NEEDS_BINARY,
    NEEDS_COMPARE,
    NEEDS_NUMBER,
    NEEDS_LEN,
    NEEDS_ITER,
    NEEDS_NEXT,
    NEEDS_CONTAINS,
    NEEDS_SUBSCRIPT
};

static const struct {
    const mn_native_t *native;
    uint8_t needs;
} slot_methods[] = {
    {&dunder_add, NEEDS_BINARY},        {&dunder_sub, NEEDS_BINARY},
    {&dunder_mul, NEEDS_BINARY},        {&dunder_truediv, NEEDS_BINARY},
    {&dunder_floordiv, NEEDS_BINARY},   {&dunder_mod, NEEDS_BINARY},
    {&dunder_pow, NEEDS_BINARY},        {&dunder_and, NEEDS_BINARY},
    {&dunder_or, NEEDS_BINARY},         {&dunder_xor, NEEDS_BINARY},
    {&dunder_lshift, NEEDS_BINARY},     {&dunder_rshift, NEEDS_BINARY},
    {&dunder_radd, NEEDS_BINARY},       {&dunder_rsub, NEEDS_BINARY},
    {&dunder_rmul, NEEDS_BINARY},       {&dunder_rtruediv, NEEDS_BINARY},
    {&dunder_rfloordiv, NEEDS_BINARY},  {&dunder_rmod, NEEDS_BINARY},
    {&dunder_rpow, NEEDS_BINARY},       {&dunder_rand, NEEDS_BINARY},
    {&dunder_ror, NEEDS_BINARY},        {&dunder_rxor, NEEDS_BINARY},
    {&dunder_rlshift, NEEDS_BINARY},    {&dunder_rrshift, NEEDS_BINARY},
    {&dunder_lt, NEEDS_NOTHING},        {&dunder_le, NEEDS_NOTHING},
    {&dunder_eq, NEEDS_NOTHING},        {&dunder_ne, NEEDS_NOTHING},
    {&dunder_gt, NEEDS_NOTHING},        {&dunder_ge, NEEDS_NOTHING},
    {&dunder_neg, NEEDS_NUMBER},        {&dunder_pos, NEEDS_NUMBER},
    {&dunder_invert, NEEDS_NUMBER},     {&dunder_abs, NEEDS_NUMBER},
    {&dunder_bool, NEEDS_NUMBER},       {&dunder_len, NEEDS_LEN},
    {&dunder_hash, NEEDS_NOTHING},      {&dunder_repr, NEEDS_NOTHING},
    {&dunder_str, NEEDS_NOTHING},       {&dunder_iter, NEEDS_ITER},
    {&dunder_next, NEEDS_NEXT},         {&dunder_contains, NEEDS_CONTAINS},
    {&dunder_getitem, NEEDS_SUBSCRIPT}, {&dunder_setitem, NEEDS_SUBSCRIPT},
    {&dunder_delitem, NEEDS_SUBSCRIPT},
};

static bool has_slot(const mn_type_t *type, unsigned needs) {
    if (needs == NEEDS_NUMBER) {
        return mn_type_is_subtype(type, &mn_type_int) || mn_type_is_subtype(type, &mn_type_float);
    }
    if (needs == NEEDS_LEN) {
        return has_slot(type, NEEDS_SUBSCRIPT) || has_slot(type, NEEDS_CONTAINS);
    }
    for (; type != NULL; type = type->base) {
        switch (needs) {
        case NEEDS_NOTHING:
            return true;
        case NEEDS_BINARY:
            if (type->binary != NULL) {
                return true;
            }
            break;
        case NEEDS_ITER:
            if (type->iter != NULL || type->next != NULL) {
                return true;
            }
            break;
        case NEEDS_NEXT:
            if (type->next != NULL) {
                return true;
            }
            break;
        case NEEDS_CONTAINS:
            if (type->contains != NULL) {
                return true;
            }
            break;
        default:
            if (type->subscript != NULL) {
                return true;
            }
            break;
        }
    }
    return false;
}

mn_value_t mn_slot_method(const mn_type_t *type, mn_value_t name) {
    if (type == &mn_type_instance || !mn_is_qstr(name)) {
        return MN_NULL;
    }
    for (size_t i = 0; i < sizeof slot_methods / sizeof slot_methods[0]; i++) {
        if (mn_qstr_value(slot_methods[i].native->name) == name) {
            return has_slot(type, slot_methods[i].needs) ? mn_object_value(slot_methods[i].native)
                                                         : MN_NULL;
        }
    }
    return MN_NULL;
}
