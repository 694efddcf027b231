#include "obj/native.h"

mn_value_t *mn_native_keyword(mn_value_t *args, size_t count, mn_value_t keywords, unsigned name) {
    size_t keyword_count = mn_native_keyword_count(keywords);
    const mn_tuple_t *names = mn_object(keywords);
    for (size_t i = 0; i < keyword_count; i++) {
        if (names->items[i] == mn_qstr_value(name)) {
            return &args[count + i];
        }
    }
    return NULL;
}

bool mn_native_check_keywords(mn_runtime_t *runtime, const char *function, mn_value_t keywords,
                              const uint16_t *allowed, size_t allowed_count) {
    size_t keyword_count = mn_native_keyword_count(keywords);
    for (size_t i = 0; i < keyword_count; i++) {
        mn_value_t name = ((const mn_tuple_t *)mn_object(keywords))->items[i];
        bool known = false;
        for (size_t j = 0; j < allowed_count && !known; j++) {
            known = name == mn_qstr_value(allowed[j]);
        }
        if (!known) {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "'%q' is an invalid keyword argument for %s()", name, function);
            return false;
        }
    }
    return true;
}
