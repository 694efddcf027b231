#include "obj/repr.h"

#include <string.h>

#include "obj/list.h"

int mn_repr_enter(mn_runtime_t *runtime, const mn_value_t *self) {
    mn_value_t *stack = &runtime->roots[MN_ROOT_REPR_STACK]; // a root: it follows every move
    if (*stack == MN_NULL) {
        mn_value_t list = mn_list_new(runtime, 4);
        if (list == MN_EXCEPTION) {
            return -1;
        }
        *stack = list;
    }
    size_t length = mn_list_length(*stack);
    const mn_value_t *items = mn_list_items(*stack);
    for (size_t i = 0; i < length; i++) {
        if (items[i] == *self) {
            return 1;
        }
    }
    return mn_list_append(runtime, stack, self) ? 0 : -1;
}

void mn_repr_leave(mn_runtime_t *runtime) {
    mn_value_t *stack = &runtime->roots[MN_ROOT_REPR_STACK];
    mn_list_t *list = mn_object(*stack);
    list->length--;
    mn_list_items(*stack)[list->length] = MN_NULL;
    if (list->length == 0) {
        *stack = MN_NULL; // the outermost repr is done: the list is garbage
    }
}

bool mn_repr_append(mn_runtime_t *runtime, mn_buffer_t *out, const char *text) {
    if (!mn_buffer_append(runtime, out, text, strlen(text))) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    return true;
}
