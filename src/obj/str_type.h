// str as a type (str_type.c): its slots, its methods (text.h for those it shares with bytes
// and bytearray, str_format.h for format()), its iterator, and the text conversions the VM
// needs beyond mn_str and mn_repr: ascii() and the repr of a str.
//
// A str value is either a qstr immediate (ROM) or a str object (obj/str.h); every function
// here takes both. The type's slots: str() and str(bytes, encoding, errors); len(), bool(),
// hash(); + with a str, * with an int (either side), % (str_format.h); == and ordering by
// bytes (which is code point order in UTF-8); `in` for substrings; indexing by code point
// and slicing with any step; iteration by character. Single characters come back as
// interned strings when the interned table has them (no allocation).
#ifndef MN_OBJ_STR_TYPE_H
#define MN_OBJ_STR_TYPE_H

#include "obj/text.h"

// Appends repr(s) of the str in *str (rooted): single quotes unless the text has ' and no ",
// backslash escapes for the quote, \\, \t \n \r, and \xNN \uNNNN \UNNNNNNNN for what is not
// printable (obj/utf8.h); with `ascii` every non-ASCII character is escaped too (ascii()).
// may trigger a gc
MN_MUST_CHECK bool mn_str_print_repr(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *str,
                                     bool ascii);

// ascii(value): repr(value) with its non-ASCII characters escaped. may trigger a gc
MN_MUST_CHECK mn_value_t mn_str_ascii(mn_runtime_t *runtime, const mn_value_t *value);

// The str methods that bytes and bytearray do not have (text_methods.c).
extern const mn_native_t mn_str_casefold_obj, mn_str_isdecimal_obj, mn_str_isidentifier_obj,
    mn_str_isnumeric_obj, mn_str_isprintable_obj;

#endif
