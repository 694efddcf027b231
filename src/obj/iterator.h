// Built-in iterators, and the other small built-in objects that carry their ROM type in
// their second word (dict views): tag MN_TAG_ITERATOR, layout [header][type][value...].
// The type word points outside the heap, so the collector, which scans every word from
// word 1, leaves it alone; every other word is a value (counters are small ints).
//
// An iterator's type has the flag MN_TYPE_ITERATOR, an iter slot returning the iterator
// itself (mn_iterator_self) and a next slot returning MN_NULL once exhausted. Each type's
// iterators live with it: list_iterator in list.c, range_iterator in range.c, ...;
// enumerate, zip and reversed have files of their own.
#ifndef MN_OBJ_ITERATOR_H
#define MN_OBJ_ITERATOR_H

#include "obj/protocol.h"

typedef struct mn_iterator {
    mn_word_t header;
    const mn_type_t *type; // in ROM
    mn_value_t values[];
} mn_iterator_t;

// A new object of `type` with `count` value words, all MN_NULL; MN_EXCEPTION (MemoryError)
// when out of memory. may trigger a gc
MN_MUST_CHECK mn_value_t mn_iterator_new(mn_runtime_t *runtime, const mn_type_t *type,
                                         size_t count);

// The value words of such an object, valid until the next allocation. no allocation is done
static inline mn_value_t *mn_iterator_values(mn_value_t object) {
    return ((mn_iterator_t *)mn_object(object))->values;
}

// Whether the value is an object of `type` carried in its second word.
// no allocation is done
static inline bool mn_iterator_is(mn_value_t value, const mn_type_t *type) {
    return mn_is_tagged(value, MN_TAG_ITERATOR) &&
           ((const mn_iterator_t *)mn_object(value))->type == type;
}

// Whether iter(value) is supported: the value's type or a base has an iter slot.
// no allocation is done
bool mn_iterator_can_iterate(mn_value_t value);

// The iter slot of every iterator: iter(it) is it. no allocation is done
mn_value_t mn_iterator_self(mn_runtime_t *runtime, const mn_value_t *self);

// The built-in iterators that wrap others, each a type whose make_new builds the iterator:
// enumerate(iterable, start=0) (enumerate.c), zip(*iterables, strict=False) (zip.c) and
// reversed(sequence) (reversed.c).
extern const mn_type_t mn_type_enumerate, mn_type_zip, mn_type_reversed, mn_type_callable_iterator;

// iter(callable, sentinel) (callable_iterator.c): calls *callable with no argument for each
// item until it returns a value equal to *sentinel. may trigger a gc
MN_MUST_CHECK mn_value_t mn_callable_iterator_new(mn_runtime_t *runtime, const mn_value_t *callable,
                                                  const mn_value_t *sentinel);

#endif
