// zip: [header][type][strict: a small int 0 or 1][iterator...].
#include "obj/iterator.h"

enum { ZIP_STRICT, ZIP_FIRST };

// Slots (contracts in obj/type.h): each may trigger a gc.
static mn_value_t zip_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                               size_t count, mn_value_t keywords) {
    (void)type;
    size_t keyword_count = mn_native_keyword_count(keywords);
    if (keyword_count > 1) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "zip() takes at most 1 keyword argument (%z given)", keyword_count);
    }
    static const uint16_t allowed[] = {MN_QSTR_strict};
    if (!mn_native_check_keywords(runtime, "zip", keywords, allowed, 1)) {
        return MN_EXCEPTION;
    }
    bool strict = false;
    if (keyword_count == 1) {
        mn_value_t truth = mn_truth(runtime, &args[count]);
        if (truth == MN_EXCEPTION) {
            return truth;
        }
        strict = truth == MN_TRUE;
    }
    mn_gc_ref_t ref;
    mn_value_t *zip = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = *zip = mn_iterator_new(runtime, &mn_type_zip, ZIP_FIRST + count);
    if (result != MN_EXCEPTION) {
        mn_iterator_values(*zip)[ZIP_STRICT] = mn_small_int(strict);
    }
    for (size_t i = 0; i < count && result != MN_EXCEPTION; i++) {
        result = mn_iter(runtime, &args[i]);
        if (result != MN_EXCEPTION) {
            mn_iterator_values(*zip)[ZIP_FIRST + i] = result;
            result = *zip;
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// no allocation is done
static size_t iterator_count(mn_value_t zip) {
    return mn_block_words(mn_object(zip)) - 2 - ZIP_FIRST;
}

// Raises ValueError "zip() argument 3 is shorter than arguments 1-2" and the like.
// may trigger a gc
static mn_value_t raise_length(mn_runtime_t *runtime, size_t index, const char *which) {
    return mn_raise(runtime, &mn_type_ValueError, "zip() argument %z is %s than argument%s%z",
                    index + 1, which, index == 1 ? " " : "s 1-", index);
}

// Iterator `index` of the zip exhausted: what strict says. MN_NULL or MN_EXCEPTION.
// may trigger a gc
static mn_value_t exhausted(mn_runtime_t *runtime, const mn_value_t *self, size_t index,
                            mn_value_t *slot) {
    if (mn_iterator_values(*self)[ZIP_STRICT] == mn_small_int(0)) {
        return MN_NULL;
    }
    if (index > 0) {
        return raise_length(runtime, index, "shorter");
    }
    // The first ended: every other must end now too.
    for (size_t i = 1; i < iterator_count(*self); i++) {
        *slot = mn_iterator_values(*self)[ZIP_FIRST + i];
        mn_value_t item = mn_next(runtime, slot);
        if (item == MN_EXCEPTION) {
            return item;
        }
        if (item != MN_NULL) {
            return raise_length(runtime, i, "longer");
        }
    }
    return MN_NULL;
}

static mn_value_t zip_next(mn_runtime_t *runtime, const mn_value_t *self) {
    size_t count = iterator_count(*self);
    if (count == 0) {
        return MN_NULL;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *tuple = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *slot = mn_root_push(&runtime->heap, &refs[1]);
    *tuple = mn_object_value(mn_tuple_new(runtime, count));
    mn_value_t result = *tuple == MN_NULL ? mn_raise_memory_error(runtime) : *tuple;
    for (size_t i = 0; i < count && result != MN_EXCEPTION; i++) {
        *slot = mn_iterator_values(*self)[ZIP_FIRST + i];
        mn_value_t item = mn_next(runtime, slot);
        if (item == MN_NULL) {
            result = exhausted(runtime, self, i, slot);
            break;
        }
        if (item == MN_EXCEPTION) {
            result = item;
            break;
        }
        ((mn_tuple_t *)mn_object(*tuple))->items[i] = item;
    }
    if (result != MN_EXCEPTION && result != MN_NULL) {
        result = *tuple; // read after the calls: the tuple may have moved
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

const mn_type_t mn_type_zip = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_zip,
    .flags = MN_TYPE_ITERATOR | MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .make_new = zip_make_new,
    .iter = mn_iterator_self,
    .next = zip_next,
};
