// The numeric builtins: round, divmod, pow, and hex, oct and bin.
#include "lib/builtins.h"
#include "obj/number.h"
#include "obj/protocol.h"
#include "obj/qstr.h"

// The argument in *value as an int: itself, or what its __index__ returns. TypeError "'X'
// object cannot be interpreted as an integer". may trigger a gc
static mn_value_t index_of(mn_runtime_t *runtime, const mn_value_t *value) {
    if (mn_int_is(*value)) {
        return *value;
    }
    mn_value_t result = mn_number_call_special(runtime, value, MN_QSTR___index__);
    if (result == MN_NULL) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", *value);
    }
    if (result != MN_EXCEPTION && !mn_int_is(result)) {
        return mn_raise(runtime, &mn_type_TypeError, "__index__ returned non-int (type %T)",
                        result);
    }
    return result;
}

// round(number, ndigits=None)
static mn_value_t round_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_number, MN_QSTR_ndigits};
    size_t given = count + mn_native_keyword_count(keywords);
    if (given > 2) {
        return mn_raise(runtime, &mn_type_TypeError, "round() takes at most 2 arguments (%z given)",
                        given);
    }
    mn_value_t *number =
        count > 0 ? &args[0] : mn_native_keyword(args, count, keywords, MN_QSTR_number);
    mn_value_t *ndigits =
        count > 1 ? &args[1] : mn_native_keyword(args, count, keywords, MN_QSTR_ndigits);
    if (number == NULL) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "round() missing required argument 'number' (pos 1)");
    }
    if (!mn_native_check_keywords(runtime, "round", keywords, allowed, 2)) {
        return MN_EXCEPTION;
    }
    mn_value_t result = mn_number_round(runtime, number, ndigits);
    if (result != MN_NOT_IMPLEMENTED) {
        return result;
    }
    mn_gc_ref_t ref;
    mn_value_t *method = mn_root_push(&runtime->heap, &ref);
    result = *method = mn_find_attr(runtime, number, mn_qstr_value(MN_QSTR___round__));
    if (result == MN_NULL) {
        result = mn_raise(runtime, &mn_type_TypeError, "type %T doesn't define __round__ method",
                          *number);
    } else if (result != MN_EXCEPTION) {
        bool with_ndigits = ndigits != NULL && *ndigits != MN_NONE;
        result = mn_call(runtime, method, with_ndigits ? ndigits : method, with_ndigits ? 1 : 0,
                         MN_NULL);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// divmod(a, b)
static mn_value_t divmod_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)keywords;
    if (!mn_builtin_check_count(runtime, "divmod", count, 2, 2)) {
        return MN_EXCEPTION;
    }
    mn_value_t result = mn_number_divmod(runtime, &args[0], &args[1]);
    if (result != MN_NOT_IMPLEMENTED) {
        return result;
    }
    static const uint16_t names[] = {MN_QSTR___divmod__, MN_QSTR___rdivmod__};
    for (size_t i = 0; i < 2; i++) {
        mn_gc_ref_t ref;
        mn_value_t *method = mn_root_push(&runtime->heap, &ref);
        result = *method = mn_find_attr(runtime, &args[i], mn_qstr_value(names[i]));
        if (result != MN_NULL && result != MN_EXCEPTION) {
            result = mn_call(runtime, method, &args[1 - i], 1, MN_NULL);
        }
        mn_root_pop(&runtime->heap, &ref);
        if (result != MN_NULL && result != MN_NOT_IMPLEMENTED) {
            return result;
        }
    }
    return mn_raise(runtime, &mn_type_TypeError,
                    "unsupported operand type(s) for divmod(): '%T' and '%T'", args[0], args[1]);
}

// pow(base, exp, mod=None)
static mn_value_t pow_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    static const uint16_t names[] = {MN_QSTR_base, MN_QSTR_exp, MN_QSTR_mod};
    if (!mn_native_check_keywords(runtime, "pow", keywords, names, 3)) {
        return MN_EXCEPTION;
    }
    size_t given = count + mn_native_keyword_count(keywords);
    if (given > 3) {
        return mn_raise(runtime, &mn_type_TypeError, "pow() takes at most 3 arguments (%z given)",
                        given);
    }
    mn_value_t *operands[3];
    for (size_t i = 0; i < 3; i++) {
        operands[i] = i < count ? &args[i] : mn_native_keyword(args, count, keywords, names[i]);
        if (i < count && mn_native_keyword(args, count, keywords, names[i]) != NULL) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "argument for pow() given by name ('%q') and position (%z)",
                            mn_qstr_value(names[i]), i + 1);
        }
    }
    for (size_t i = 0; i < 2; i++) {
        if (operands[i] == NULL) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "pow() missing required argument '%q' (pos %z)",
                            mn_qstr_value(names[i]), i + 1);
        }
    }
    if (operands[2] == NULL || *operands[2] == MN_NONE) {
        return mn_binary(runtime, MN_BINARY_POWER, operands[0], operands[1]);
    }
    if (!mn_int_is(*operands[0]) || !mn_int_is(*operands[1]) || !mn_int_is(*operands[2])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return mn_int_power_mod(runtime, operands[0], operands[1], operands[2]);
}

// hex(x), oct(x), bin(x): the int with its base's prefix.
static mn_value_t int_text(mn_runtime_t *runtime, mn_value_t *args, unsigned base) {
    mn_value_t value = index_of(runtime, &args[0]);
    if (value == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    args[0] = value;
    return mn_int_to_str(runtime, &args[0], base, true);
}

static mn_value_t hex_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return int_text(runtime, args, 16);
}

static mn_value_t oct_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return int_text(runtime, args, 8);
}

static mn_value_t bin_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return int_text(runtime, args, 2);
}

MN_NATIVE(mn_builtin_round, MN_QSTR_round, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, round_native);
MN_NATIVE(mn_builtin_divmod, MN_QSTR_divmod, 0, MN_ARGS_ANY, 0, divmod_native);
MN_NATIVE(mn_builtin_pow, MN_QSTR_pow, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, pow_native);
MN_NATIVE(mn_builtin_hex, MN_QSTR_hex, 1, 1, 0, hex_native);
MN_NATIVE(mn_builtin_oct, MN_QSTR_oct, 1, 1, 0, oct_native);
MN_NATIVE(mn_builtin_bin, MN_QSTR_bin, 1, 1, 0, bin_native);
