// The object protocol: the operations on any value, dispatched to its type's slots
// (obj/type.h). This is what C code uses to treat a value as Python does: printing,
// equality, hashing, truth, length, iteration, subscripts, attributes, calls. A user class's
// special methods are reached the same way (its instances' type calls them), so these may
// run Python code, and so may trigger a gc.
//
// Operands are pointers to rooted slots; each function re-reads them after any allocation.
// Results are values, or MN_EXCEPTION (false for bool results) with the exception raised.
#ifndef MN_OBJ_PROTOCOL_H
#define MN_OBJ_PROTOCOL_H

#include "obj/buffer.h"
#include "obj/native.h"

// object.__hash__: a hash from the value's identity; pins a heap object so that it keeps its
// address, and so its hash, for its life. no allocation is done
mn_value_t mn_identity_hash(mn_runtime_t *runtime, mn_value_t value);

// Appends the address of the object `value` (0x...; compaction changes it, as `id()`
// documents). may trigger a gc
MN_MUST_CHECK bool mn_print_address(mn_runtime_t *runtime, mn_buffer_t *out, mn_value_t value);

// Appends "X object at 0x..." for the value in *value (the default repr without its angle
// brackets; the address is the block's, which compaction changes, as `id()` documents).
// may trigger a gc
MN_MUST_CHECK bool mn_print_object_at(mn_runtime_t *runtime, mn_buffer_t *out,
                                      const mn_value_t *value);

// Appends str(value) (repr false) or repr(value) to `out`. may trigger a gc
MN_MUST_CHECK bool mn_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value,
                            bool repr);

// repr(value) and str(value) as str values. may trigger a gc
MN_MUST_CHECK mn_value_t mn_repr(mn_runtime_t *runtime, const mn_value_t *value);
MN_MUST_CHECK mn_value_t mn_str(mn_runtime_t *runtime, const mn_value_t *value);

// bool(value): MN_TRUE or MN_FALSE. may trigger a gc
MN_MUST_CHECK mn_value_t mn_truth(mn_runtime_t *runtime, const mn_value_t *value);

// len(value) as a small int; TypeError "object of type 'X' has no len()". may trigger a gc
MN_MUST_CHECK mn_value_t mn_len(mn_runtime_t *runtime, const mn_value_t *value);

// hash(value) as a small int; TypeError "unhashable type: 'X'". may trigger a gc
MN_MUST_CHECK mn_value_t mn_hash(mn_runtime_t *runtime, const mn_value_t *value);

// left == right as MN_TRUE or MN_FALSE (identity first, as containers compare items).
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_equal(mn_runtime_t *runtime, const mn_value_t *left,
                                  const mn_value_t *right);

// left op right for a rich comparison, with the reflected operand's turn and the identity
// fallback for == and !=; TypeError "'<' not supported between instances of 'A' and 'B'".
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_compare(mn_runtime_t *runtime, mn_compare_op_t op,
                                    const mn_value_t *left, const mn_value_t *right);

// left op right for the binary operators, in-place forms falling back to the plain ones;
// TypeError "unsupported operand type(s) for +: 'A' and 'B'". may trigger a gc
MN_MUST_CHECK mn_value_t mn_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                                   const mn_value_t *right);

// -x, +x, ~x, abs(x); TypeError "bad operand type for unary -: 'X'". may trigger a gc
MN_MUST_CHECK mn_value_t mn_unary(mn_runtime_t *runtime, mn_unary_op_t op,
                                  const mn_value_t *operand);

// item in container: MN_TRUE or MN_FALSE. may trigger a gc
MN_MUST_CHECK mn_value_t mn_contains(mn_runtime_t *runtime, const mn_value_t *container,
                                     const mn_value_t *item);

// iter(value); TypeError "'X' object is not iterable". may trigger a gc
MN_MUST_CHECK mn_value_t mn_iter(mn_runtime_t *runtime, const mn_value_t *value);

// next(iterator): the next item, or MN_NULL when exhausted. may trigger a gc
MN_MUST_CHECK mn_value_t mn_next(mn_runtime_t *runtime, const mn_value_t *iterator);

// object[index], object[index] = *value, del object[index] (value NULL, a value, or a slot
// holding MN_NULL). may trigger a gc
MN_MUST_CHECK mn_value_t mn_subscript(mn_runtime_t *runtime, const mn_value_t *object,
                                      const mn_value_t *index, const mn_value_t *value);

// object.name, or MN_NULL when there is no such attribute (no exception raised).
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_find_attr(mn_runtime_t *runtime, const mn_value_t *object,
                                      mn_value_t name);

// object.name; AttributeError "'X' object has no attribute 'name'". may trigger a gc
MN_MUST_CHECK mn_value_t mn_load_attr(mn_runtime_t *runtime, const mn_value_t *object,
                                      mn_value_t name);

// Raises AttributeError "'X' object has no attribute 'name'" (for a type: "type object 'X'
// has no attribute 'name'"). Returns MN_EXCEPTION. may trigger a gc
mn_value_t mn_raise_attribute_error(mn_runtime_t *runtime, const mn_value_t *object,
                                    mn_value_t name);

// object.name = *value, or del object.name when *value is MN_NULL. may trigger a gc
MN_MUST_CHECK bool mn_store_attr(mn_runtime_t *runtime, const mn_value_t *object, mn_value_t name,
                                 const mn_value_t *value);

// function(*args, **keywords) with the native convention (obj/native.h): args are rooted
// slots; callable may be any callable value. Implemented by the VM (vm/call.c), which runs
// Python functions in a nested dispatch loop. may trigger a gc
MN_MUST_CHECK mn_value_t mn_call(mn_runtime_t *runtime, const mn_value_t *callable,
                                 mn_value_t *args, size_t count, mn_value_t keywords);

// A bound method: the function in *function (a native or a Python function) bound to the
// value in *self. Implemented with the function objects (vm/function.c). may trigger a gc
MN_MUST_CHECK mn_value_t mn_bound_new(mn_runtime_t *runtime, const mn_value_t *self,
                                      const mn_value_t *function);

// Raises TypeError "<what> indices must be integers or slices, not X" and the like for an
// index that is not an int; otherwise the index as a position in [0, length), negative
// indices counted from the end; IndexError "<what> index out of range" outside.
MN_MUST_CHECK bool mn_index_position(mn_runtime_t *runtime, const char *what, mn_value_t index,
                                     size_t length, size_t *position);

#endif
