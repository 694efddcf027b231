// Support for the suites of the object types (list, tuple, dict, range, slice, iterators):
// a runtime over a static arena with a root region of value slots, test values, method
// calls through mn_call, and printing to C strings.
//
// Test values ("items") stand in for ints and strs, whose types get their printing,
// comparison and hashing slots elsewhere: an item holds a number and prints, compares and
// hashes by it, as an int would ("int" is its type's name); a text item prints as a
// one-character str ('a'; type name "str"). Items are objects in the heap, so they move in
// the GC-stress build like any value, and comparing them goes through the full protocol
// (mn_compare, the slow paths of the containers). A hook runs in the middle of every item
// comparison and hash, as a user __eq__ / __lt__ / __hash__ would run Python code: it may
// change a container, collect, or raise.
#ifndef MN_TEST_OBJECTS_H
#define MN_TEST_OBJECTS_H

#include "obj/protocol.h"

extern mn_runtime_t runtime;

// Values that must survive allocations: a root region the collector updates.
#define SLOT_COUNT 48
extern mn_value_t slots[SLOT_COUNT];

// A fresh runtime over `bytes` of the static arena (at most 1 MiB), slots cleared.
bool objects_setup(size_t bytes);

// An item of value n / a text item of the character c; MN_EXCEPTION when out of memory.
// may trigger a gc
mn_value_t item(intptr_t n);
mn_value_t text_item(char c);
// The value of an item. no allocation is done
intptr_t item_value(mn_value_t item);

// The int written in decimal (any size). may trigger a gc
mn_value_t int_of(const char *decimal);

extern const mn_type_t test_item_type, test_text_type;

// Whether the value is an item or a text item. no allocation is done
bool is_item(mn_value_t value);

// Called at the start of every item comparison and hash (NULL: none). Returning false makes
// the comparison fail: the hook has raised.
extern bool (*item_hook)(void);
extern unsigned item_compares; // comparisons and hashes of items so far

// Calls the attribute `name` (a qstr id) of the type of values[0] with values[0 .. count)
// (a classmethod gets the type value itself as values[0]) and keyword arguments: pairs of
// a qstr id and a value after the positional values, keyword_count of them. The values are
// copied into rooted slots before anything allocates. may trigger a gc
mn_value_t call_method(unsigned name, size_t count, const mn_value_t *values, size_t keyword_count,
                       const unsigned *keyword_names);

// Calls a type's make_new. may trigger a gc
mn_value_t make_new(const mn_type_t *type, size_t count, const mn_value_t *values,
                    size_t keyword_count, const unsigned *keyword_names);

// The repr of a value as a C string (in one of a few static buffers; an int, a bool or None
// at the top level is written here, their types having no print slot yet), or for
// MN_EXCEPTION
// "!Type: message" (the message, or the repr of the one non-str argument), clearing the
// exception; "!none" when nothing was raised. may trigger a gc
const char *repr(mn_value_t value);

// The pending exception as repr() shows it ("" when none), cleared. may trigger a gc
const char *raised(void);

// A new list of items of the values given: ITEMS(3, 1, 2) is [3, 1, 2]. may trigger a gc
#define ITEMS_END (-2147483647 - 1)
#define ITEMS(...) item_list(__VA_ARGS__, ITEMS_END)
mn_value_t item_list(int first, ...);

// The ints of a list or tuple in decimal, space-separated ("?" for a non-int).
// may trigger a gc
const char *ints(mn_value_t sequence);

// Whether the heap passes its verifier. no allocation is done
bool heap_sound(void);

// call_method with the values written out: CALL(MN_QSTR_append, slots[0], slots[1]).
// The arguments must not allocate (evaluation order is unspecified): make values first.
#define VALUES(...) ((const mn_value_t[]){__VA_ARGS__})
#define VALUE_COUNT(...) (sizeof VALUES(__VA_ARGS__) / sizeof(mn_value_t))
#define CALL(name, ...) call_method(name, VALUE_COUNT(__VA_ARGS__), VALUES(__VA_ARGS__), 0, NULL)

// The value of a ROM type, as a classmethod receives it.
#define TYPE_VALUE(type) mn_object_value(&(type))

#endif
