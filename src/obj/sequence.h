// What the sequence types share: index arguments with CPython's conversions and messages,
// lexicographic comparison, search, and the repr of their items. list and tuple use all of
// it; range, slice, enumerate and the text types the index helpers.
//
// Python code may run in the middle of a comparison (a user __eq__) and change a list
// being searched or compared, or move it: every loop here re-reads the items and the
// length after each call, as CPython's do.
#ifndef MN_OBJ_SEQUENCE_H
#define MN_OBJ_SEQUENCE_H

#include "obj/protocol.h"

// The items of a list, a tuple or a slice (its start, stop and step, compared like a
// 3-tuple) as an array, valid until the next allocation; false for other values.
// no allocation is done
bool mn_sequence_view(mn_value_t value, mn_value_t **items, size_t *length);

// An int argument (a count, an insertion index) as a machine integer. TypeError "'X'
// object cannot be interpreted as an integer"; OverflowError "Python int too large to
// convert to C ssize_t". may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_sequence_int_arg(mn_runtime_t *runtime, mn_value_t value, intptr_t *out);

// A subscript as a position in [0, length), negative indexes counted from the end.
// TypeError "<type> indices must be integers or slices, not X"; IndexError "cannot fit
// 'int' into an index-sized integer"; IndexError `range_message` outside the sequence.
// may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_sequence_position(mn_runtime_t *runtime, const mn_type_t *type,
                                        const char *range_message, mn_value_t index, size_t length,
                                        size_t *position);

// The optional start and end arguments of index(x, start, end) (args[0] and args[1] when
// present, `count` of them), as CPython reads them: ints (TypeError "slice indices must be
// integers or have an __index__ method"), huge ones clamped, negative ones counted from
// the end. *start <= length; *end may exceed it. may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_sequence_search_range(mn_runtime_t *runtime, const mn_value_t *args,
                                            size_t count, size_t length, size_t *start,
                                            size_t *end);

// The count of `sequence * count` for an int count (the caller raises for other types):
// negative counts are 0; OverflowError "cannot fit 'int' into an index-sized integer".
// may trigger a gc (only to raise)
MN_MUST_CHECK bool mn_sequence_repeat_count(mn_runtime_t *runtime, mn_value_t count, size_t *out);

// Raises MemoryError for a sequence of `length` items that can never fit a block.
// Returns MN_EXCEPTION. no allocation is done
mn_value_t mn_sequence_raise_too_long(mn_runtime_t *runtime, size_t length);

// left op right for two sequences of the same type (mn_sequence_view): items compared
// with == up to the first difference, which then decides with `op`; lengths otherwise.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_sequence_compare(mn_runtime_t *runtime, mn_compare_op_t op,
                                             const mn_value_t *left, const mn_value_t *right);

// The first position in [start, end) whose item == *item, or SIZE_MAX in *found.
// may trigger a gc
MN_MUST_CHECK bool mn_sequence_find(mn_runtime_t *runtime, const mn_value_t *sequence,
                                    const mn_value_t *item, size_t start, size_t end,
                                    size_t *found);

// How many items == *item, as a small int. may trigger a gc
MN_MUST_CHECK mn_value_t mn_sequence_count(mn_runtime_t *runtime, const mn_value_t *sequence,
                                           const mn_value_t *item);

// *item in *sequence: MN_TRUE or MN_FALSE. may trigger a gc
MN_MUST_CHECK mn_value_t mn_sequence_contains(mn_runtime_t *runtime, const mn_value_t *sequence,
                                              const mn_value_t *item);

// Raises ValueError "<repr of *item> is not in <what>" (list.index, range.index).
// Returns MN_EXCEPTION. may trigger a gc
mn_value_t mn_sequence_raise_not_in(mn_runtime_t *runtime, const mn_value_t *item,
                                    const char *what);

// Appends the repr of a list or tuple: `open`, the items' reprs separated by ", ", a comma
// after the only item when `one_comma` (a 1-tuple), `close`; "..." between the brackets
// when the sequence is already being printed (obj/repr.h). may trigger a gc
MN_MUST_CHECK bool mn_sequence_print(mn_runtime_t *runtime, mn_buffer_t *out,
                                     const mn_value_t *sequence, const char *open,
                                     const char *close, bool one_comma);

// a op b for two ints passed by value (rooted here before anything allocates): the index
// arithmetic of slices, ranges and enumerate, which may go beyond small ints.
// may trigger a gc
MN_MUST_CHECK mn_value_t mn_sequence_int_op(mn_runtime_t *runtime, mn_binary_op_t op, mn_value_t a,
                                            mn_value_t b);

#endif
