// The builtins that consume iterables: min, max, sum, sorted, all, any, and iter and next.
#include "lib/builtins.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/sequence.h"
#include "obj/text.h"

bool mn_builtin_check_count(mn_runtime_t *runtime, const char *function, size_t count, size_t min,
                            size_t max) {
    if (count >= min && count <= max) {
        return true;
    }
    size_t limit = count < min ? min : max;
    const char *bound = min == max ? "" : count < min ? "at least " : "at most ";
    (void)mn_raise(runtime, &mn_type_TypeError, "%s expected %s%z argument%s, got %z", function,
                   bound, limit, limit == 1 ? "" : "s", count);
    return false;
}

mn_value_t mn_builtin_raise_stop_iteration(mn_runtime_t *runtime) {
    mn_value_t type = mn_object_value(&mn_type_StopIteration);
    mn_value_t exception = mn_call(runtime, &type, &type, 0, MN_NULL);
    return exception != MN_EXCEPTION ? mn_raise_object(runtime, exception) : MN_EXCEPTION;
}

// ---- min and max ----------------------------------------------------------------------------

enum { BEST_ITERATOR, BEST_ITEM, BEST_KEY, BEST_SO_FAR, BEST_SO_FAR_KEY, BEST_TEST, BEST_SLOTS };

// min(iterable, *, key=None, default=...) and min(a, b, *args, key=None), and max: the first
// item whose key is below (above) every other's: `op` is < for min, > for max.
static mn_value_t min_max(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                          mn_value_t keywords, const char *name, mn_compare_op_t op) {
    static const uint16_t allowed[] = {MN_QSTR_key, MN_QSTR_default};
    if (count == 0) {
        return mn_raise(runtime, &mn_type_TypeError, "%s expected at least 1 argument, got 0",
                        name);
    }
    if (!mn_native_check_keywords(runtime, name, keywords, allowed, 2)) {
        return MN_EXCEPTION;
    }
    mn_value_t *key = mn_native_keyword(args, count, keywords, MN_QSTR_key);
    mn_value_t *fallback = mn_native_keyword(args, count, keywords, MN_QSTR_default);
    if (key != NULL && *key == MN_NONE) {
        key = NULL;
    }
    if (fallback != NULL && count > 1) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    }
    mn_gc_ref_t refs[BEST_SLOTS];
    mn_value_t *slots[BEST_SLOTS];
    for (size_t i = 0; i < BEST_SLOTS; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    mn_value_t result = MN_NONE;
    if (count == 1) {
        result = *slots[BEST_ITERATOR] = mn_iter(runtime, &args[0]);
    }
    size_t index = 0;
    while (result != MN_EXCEPTION) {
        if (count == 1) {
            result = *slots[BEST_ITEM] = mn_next(runtime, slots[BEST_ITERATOR]);
        } else {
            result = *slots[BEST_ITEM] = index < count ? args[index++] : MN_NULL;
        }
        if (result == MN_NULL || result == MN_EXCEPTION) {
            break;
        }
        *slots[BEST_KEY] = *slots[BEST_ITEM];
        if (key != NULL) {
            result = *slots[BEST_KEY] = mn_call(runtime, key, slots[BEST_ITEM], 1, MN_NULL);
            if (result == MN_EXCEPTION) {
                break;
            }
        }
        if (*slots[BEST_SO_FAR] == MN_NULL) {
            *slots[BEST_SO_FAR] = *slots[BEST_ITEM];
            *slots[BEST_SO_FAR_KEY] = *slots[BEST_KEY];
            continue;
        }
        result = mn_compare(runtime, op, slots[BEST_KEY], slots[BEST_SO_FAR_KEY]);
        if (result != MN_EXCEPTION && result != MN_TRUE && result != MN_FALSE) {
            *slots[BEST_TEST] = result; // a user __lt__'s result: its truth
            result = mn_truth(runtime, slots[BEST_TEST]);
        }
        if (result == MN_TRUE) {
            *slots[BEST_SO_FAR] = *slots[BEST_ITEM];
            *slots[BEST_SO_FAR_KEY] = *slots[BEST_KEY];
        }
    }
    if (result != MN_EXCEPTION) {
        result = *slots[BEST_SO_FAR];
        if (result == MN_NULL) {
            result = fallback != NULL ? *fallback
                                      : mn_raise(runtime, &mn_type_ValueError,
                                                 "%s() arg is an empty sequence", name);
        }
    }
    for (size_t i = BEST_SLOTS; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

static mn_value_t min_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    return min_max(runtime, args, count, keywords, "min", MN_COMPARE_LESS);
}

static mn_value_t max_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    return min_max(runtime, args, count, keywords, "max", MN_COMPARE_GREATER);
}

// ---- sum ------------------------------------------------------------------------------------

// sum(iterable, /, start=0): start + the items, added in order with `+`.
static mn_value_t sum_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_start};
    if (count == 0) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "sum() takes at least 1 positional argument (0 given)");
    }
    if (!mn_native_check_keywords(runtime, "sum", keywords, allowed, 1)) {
        return MN_EXCEPTION;
    }
    mn_value_t *start = mn_native_keyword(args, count, keywords, MN_QSTR_start);
    size_t given = count + mn_native_keyword_count(keywords);
    if (given > 2) {
        return mn_raise(runtime, &mn_type_TypeError, "sum() takes at most 2 arguments (%z given)",
                        given);
    }
    if (count == 2) {
        start = &args[1];
    }
    if (start != NULL) {
        switch (mn_text_kind(*start)) {
        case MN_TEXT_STR:
            return mn_raise(runtime, &mn_type_TypeError,
                            "sum() can't sum strings [use ''.join(seq) instead]");
        case MN_TEXT_BYTES:
            return mn_raise(runtime, &mn_type_TypeError,
                            "sum() can't sum bytes [use b''.join(seq) instead]");
        case MN_TEXT_BYTEARRAY:
            return mn_raise(runtime, &mn_type_TypeError,
                            "sum() can't sum bytearray [use b''.join(seq) instead]");
        default:
            break;
        }
    }
    mn_gc_ref_t refs[3];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *total = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    *total = start != NULL ? *start : mn_small_int(0);
    mn_value_t result = *iterator = mn_iter(runtime, &args[0]);
    while (result != MN_EXCEPTION) {
        result = *item = mn_next(runtime, iterator);
        if (result == MN_NULL) {
            result = *total;
            break;
        }
        if (result != MN_EXCEPTION) {
            // Small ints add in place; everything else through the operator.
            mn_value_t a = *total;
            mn_value_t b = *item;
            if (mn_is_small_int(a) && mn_is_small_int(b) &&
                mn_small_int_fits((intmax_t)mn_small_int_value(a) + mn_small_int_value(b))) {
                *total = mn_small_int(mn_small_int_value(a) + mn_small_int_value(b));
            } else {
                result = *total = mn_binary(runtime, MN_BINARY_ADD, total, item);
            }
        }
    }
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// ---- sorted ---------------------------------------------------------------------------------

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted as list.sort sorts.
static mn_value_t sorted_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    if (!mn_builtin_check_count(runtime, "sorted", count, 1, 1)) {
        return MN_EXCEPTION;
    }
    static const uint16_t allowed[] = {MN_QSTR_key, MN_QSTR_reverse};
    if (!mn_native_check_keywords(runtime, "sort", keywords, allowed, 2)) {
        return MN_EXCEPTION;
    }
    mn_value_t *key = mn_native_keyword(args, count, keywords, MN_QSTR_key);
    mn_value_t *reverse = mn_native_keyword(args, count, keywords, MN_QSTR_reverse);
    intptr_t reversed = 0;
    if (reverse != NULL && !mn_sequence_int_arg(runtime, *reverse, &reversed)) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = *list = mn_list_from_iterable(runtime, &args[0]);
    if (result != MN_EXCEPTION) {
        // The sort may have moved the list: the result is read back from its slot.
        result = mn_list_sort(runtime, list, key, reversed != 0) ? *list : MN_EXCEPTION;
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// ---- all and any ----------------------------------------------------------------------------

// all(iterable) (stop at the first false item) and any(iterable) (at the first true one).
static mn_value_t all_any(mn_runtime_t *runtime, mn_value_t *iterable, mn_value_t stop_at) {
    mn_gc_ref_t refs[2];
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = *iterator = mn_iter(runtime, iterable);
    while (result != MN_EXCEPTION) {
        result = *item = mn_next(runtime, iterator);
        if (result == MN_NULL) {
            result = stop_at == MN_TRUE ? MN_FALSE : MN_TRUE;
            break;
        }
        if (result != MN_EXCEPTION) {
            result = mn_truth(runtime, item);
            if (result == stop_at) {
                break;
            }
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t all_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return all_any(runtime, &args[0], MN_FALSE);
}

static mn_value_t any_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return all_any(runtime, &args[0], MN_TRUE);
}

// ---- iter and next --------------------------------------------------------------------------

// iter(iterable) and iter(callable, sentinel).
static mn_value_t iter_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    if (!mn_builtin_check_count(runtime, "iter", count, 1, 2)) {
        return MN_EXCEPTION;
    }
    if (count == 1) {
        return mn_iter(runtime, &args[0]);
    }
    mn_value_t callable = mn_builtin_is_callable(runtime, &args[0]);
    if (callable != MN_TRUE) {
        return callable == MN_EXCEPTION
                   ? MN_EXCEPTION
                   : mn_raise(runtime, &mn_type_TypeError, "iter(v, w): v must be callable");
    }
    return mn_callable_iterator_new(runtime, &args[0], &args[1]);
}

// next(iterator[, default]).
static mn_value_t next_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    if (!mn_builtin_check_count(runtime, "next", count, 1, 2)) {
        return MN_EXCEPTION;
    }
    mn_value_t result = mn_next(runtime, &args[0]);
    if (result != MN_NULL) {
        return result;
    }
    return count == 2 ? args[1] : mn_builtin_raise_stop_iteration(runtime);
}

MN_NATIVE(mn_builtin_min, MN_QSTR_min, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, min_native);
MN_NATIVE(mn_builtin_max, MN_QSTR_max, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, max_native);
MN_NATIVE(mn_builtin_sum, MN_QSTR_sum, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, sum_native);
MN_NATIVE(mn_builtin_sorted, MN_QSTR_sorted, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, sorted_native);
MN_NATIVE(mn_builtin_all, MN_QSTR_all, 1, 1, 0, all_native);
MN_NATIVE(mn_builtin_any, MN_QSTR_any, 1, 1, 0, any_native);
MN_NATIVE(mn_builtin_iter, MN_QSTR_iter, 0, MN_ARGS_ANY, 0, iter_native);
MN_NATIVE(mn_builtin_next, MN_QSTR_next, 0, MN_ARGS_ANY, 0, next_native);
