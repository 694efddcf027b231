// The number constructors: int(x=0, /, base=10), float(x=0.0, /) and bool(x=False, /), with
// CPython 3.11's conversions and messages. Text (str, bytes, bytearray) is read by the
// parsers of int.c and float_text.c; other objects convert through __int__, __index__ or
// __float__.
#include "obj/number.h"

#include "obj/float_text.h"
#include "obj/qstr.h"
#include "obj/text.h"

mn_value_t mn_number_call_special(mn_runtime_t *runtime, const mn_value_t *value, unsigned name) {
    mn_gc_ref_t ref;
    mn_value_t *method = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = *method = mn_find_attr(runtime, value, mn_qstr_value(name));
    if (result != MN_NULL && result != MN_EXCEPTION) {
        result = mn_call(runtime, method, method + 1, 0, MN_NULL);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// The result of __int__ or __index__ checked to be an int (bools as 0 and 1). MN_NULL when
// the object has neither. may trigger a gc
static mn_value_t int_from_special(mn_runtime_t *runtime, const mn_value_t *value) {
    static const uint16_t names[] = {MN_QSTR___int__, MN_QSTR___index__};
    for (size_t i = 0; i < 2; i++) {
        mn_value_t result = mn_number_call_special(runtime, value, names[i]);
        if (result == MN_NULL) {
            continue;
        }
        if (result == MN_EXCEPTION || mn_int_is(result)) {
            return result == MN_TRUE    ? mn_small_int(1)
                   : result == MN_FALSE ? mn_small_int(0)
                                        : result;
        }
        return mn_raise(runtime, &mn_type_TypeError, "%s returned non-int (type %T)",
                        i == 0 ? "__int__" : "__index__", result);
    }
    return MN_NULL;
}

// int(text, base) for a str, bytes or bytearray in *text (rooted). may trigger a gc
static mn_value_t int_from_text(mn_runtime_t *runtime, mn_value_t *text, int64_t base) {
    mn_text_kind_t kind = mn_text_kind(*text);
    if (kind == MN_TEXT_STR) {
        return mn_int_parse(runtime, text, base);
    }
    // Binary text: scanned in place, reported with its own repr (b'x').
    size_t length;
    const char *bytes = mn_text_data(*text, &length);
    mn_bigint_literal_t literal;
    bool valid_base = base == 0 || (base >= 2 && base <= 36);
    if (valid_base && mn_bigint_scan(&literal, bytes, length, (unsigned)base) != MN_BIGINT_OK) {
        mn_value_t repr = mn_repr(runtime, text);
        if (repr == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        return mn_raise(runtime, &mn_type_ValueError, "invalid literal for int() with base %d: %q",
                        (int)base, repr);
    }
    mn_gc_ref_t ref;
    mn_value_t *copy = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = *copy = mn_text_new_slice(runtime, MN_TEXT_STR, text, 0, length);
    if (result != MN_EXCEPTION) {
        result = mn_int_parse(runtime, copy, base);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

mn_value_t mn_int_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                           size_t count, mn_value_t keywords) {
    (void)type;
    static const uint16_t allowed[] = {MN_QSTR_base};
    if (!mn_native_check_keywords(runtime, "int", keywords, allowed, 1)) {
        return MN_EXCEPTION;
    }
    mn_value_t *base = mn_native_keyword(args, count, keywords, MN_QSTR_base);
    size_t given = count + mn_native_keyword_count(keywords);
    if (given > 2) {
        return mn_raise(runtime, &mn_type_TypeError, "int() takes at most 2 arguments (%z given)",
                        given);
    }
    if (count == 2) {
        base = &args[1];
    }
    if (count == 0) {
        return base == NULL
                   ? mn_small_int(0)
                   : mn_raise(runtime, &mn_type_TypeError, "int() missing string argument");
    }
    mn_value_t *x = &args[0];
    if (base == NULL) {
        mn_value_t result = mn_number_to_int(runtime, x);
        if (result != MN_NOT_IMPLEMENTED) {
            return result;
        }
        if (mn_text_kind(*x) != MN_TEXT_NONE) {
            return int_from_text(runtime, x, 10);
        }
        result = int_from_special(runtime, x);
        if (result != MN_NULL) {
            return result;
        }
        return mn_raise(runtime, &mn_type_TypeError,
                        "int() argument must be a string, a bytes-like object or a real number, "
                        "not '%T'",
                        *x);
    }
    if (!mn_int_is(*base)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", *base);
    }
    int64_t base_value;
    if (!mn_int_to_int64(*base, &base_value)) {
        base_value = -1; // out of range: the parser's message
    }
    if (mn_text_kind(*x) == MN_TEXT_NONE) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "int() can't convert non-string with explicit base");
    }
    return int_from_text(runtime, x, base_value);
}

mn_value_t mn_float_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                             size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "float() takes no keyword arguments");
    }
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "float expected at most 1 argument, got %z",
                        count);
    }
    if (count == 0) {
        return mn_float_new(runtime, 0.0);
    }
    mn_value_t *x = &args[0];
    if (mn_float_is(*x)) {
        return *x;
    }
    if (mn_int_is(*x)) {
        double value;
        return mn_int_to_double(runtime, *x, &value) ? mn_float_new(runtime, value) : MN_EXCEPTION;
    }
    mn_text_kind_t kind = mn_text_kind(*x);
    if (kind == MN_TEXT_STR) {
        return mn_float_parse_str(runtime, x);
    }
    if (kind != MN_TEXT_NONE) {
        size_t length;
        const char *bytes = mn_text_data(*x, &length);
        double value;
        if (mn_float_parse(bytes, length, &value)) {
            return mn_float_new(runtime, value);
        }
        mn_value_t repr = mn_repr(runtime, x);
        if (repr == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        return mn_raise(runtime, &mn_type_ValueError, "could not convert string to float: %q",
                        repr);
    }
    mn_value_t result = mn_number_call_special(runtime, x, MN_QSTR___float__);
    if (result != MN_NULL) {
        if (result == MN_EXCEPTION || mn_float_is(result)) {
            return result;
        }
        return mn_raise(runtime, &mn_type_TypeError, "%T.__float__ returned non-float (type %T)",
                        *x, result);
    }
    result = mn_number_call_special(runtime, x, MN_QSTR___index__);
    if (result != MN_NULL) {
        if (result == MN_EXCEPTION) {
            return result;
        }
        if (!mn_int_is(result)) {
            return mn_raise(runtime, &mn_type_TypeError, "__index__ returned non-int (type %T)",
                            result);
        }
        double value;
        return mn_int_to_double(runtime, result, &value) ? mn_float_new(runtime, value)
                                                         : MN_EXCEPTION;
    }
    return mn_raise(runtime, &mn_type_TypeError,
                    "float() argument must be a string or a real number, not '%T'", *x);
}

mn_value_t mn_bool_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                            size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "bool() takes no keyword arguments");
    }
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "bool expected at most 1 argument, got %z",
                        count);
    }
    return count == 0 ? MN_FALSE : mn_truth(runtime, &args[0]);
}
