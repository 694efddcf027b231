// Formatting for the VM and for the text types: format(value, spec), str.format() and
// str.format_map(), and printf-style `%` for str, bytes and bytearray, with CPython 3.11's
// results and errors. The mini-languages themselves are obj/format.h's; this file converts
// objects for them and drives them over heap buffers.
//
// The built-in immediates and numbers (None, bools, ints, floats) are turned into text here
// directly, without their types' print slots.
#ifndef MN_OBJ_STR_FORMAT_H
#define MN_OBJ_STR_FORMAT_H

#include "obj/text.h"

// Appends format(*value, *spec) (spec a str value) to out: the format-spec mini-language for
// str, int, bool and float; str(value) for an empty spec; TypeError "unsupported format
// string passed to X.__format__" for a non-empty spec on any other type. Errors as CPython's
// (ValueError "Unknown format code 'd' for object of type 'str'", OverflowError "%c arg not in
// range(0x110000)" ...). may trigger a gc
MN_MUST_CHECK bool mn_format_value(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *value,
                                   const mn_value_t *spec);

// format % args for a str, bytes or bytearray format (the result has its kind): args a tuple
// of values, a mapping for "%(name)s" (any object with a subscript slot but a tuple or text),
// or a single value. TypeError "not enough arguments for format string", "not all arguments
// converted during string formatting", "format requires a mapping", "%d format: a real number
// is required, not str" ...; ValueError "unsupported format character 'y' (0x79) at index 1",
// "incomplete format". may trigger a gc
MN_MUST_CHECK mn_value_t mn_str_percent(mn_runtime_t *runtime, const mn_value_t *format,
                                        const mn_value_t *args);

// str(value) ('s'), repr(value) ('r') or ascii(value) ('a') as a str value (a str is its own
// str()). may trigger a gc
MN_MUST_CHECK mn_value_t mn_format_convert(mn_runtime_t *runtime, const mn_value_t *value,
                                           char conversion);

// Appends str(value) or repr(value). may trigger a gc
MN_MUST_CHECK bool mn_format_append_text(mn_runtime_t *runtime, mn_buffer_t *out,
                                         const mn_value_t *value, bool repr);

// str.format(*args, **kwargs) and str.format_map(mapping).
extern const mn_native_t mn_str_format_obj, mn_str_format_map_obj;

#endif
