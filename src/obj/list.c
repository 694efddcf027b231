#include "obj/list.h"

#include <string.h>

#include "obj/int.h"
#include "obj/iterator.h"
#include "obj/number.h"
#include "obj/sequence.h"
#include "obj/slice.h"
#include "obj/str.h"

// Accessors. no allocation is done
static size_t capacity_of(const mn_list_t *list) {
    return list->items == MN_NULL ? 0 : mn_block_words(mn_object(list->items)) - 1;
}

// The list in a rooted slot. no allocation is done
static mn_list_t *list_of(const mn_value_t *list) {
    return mn_object(*list);
}

mn_value_t mn_list_new(mn_runtime_t *runtime, size_t capacity) {
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_object_value(mn_heap_alloc(&runtime->heap, MN_TAG_LIST, sizeof(mn_list_t)));
    if (*list == MN_NULL || (capacity > 0 && !mn_list_reserve(runtime, list, capacity))) {
        mn_root_pop(&runtime->heap, &ref);
        return mn_raise_memory_error(runtime);
    }
    mn_root_pop(&runtime->heap, &ref);
    return *list;
}

bool mn_list_reserve(mn_runtime_t *runtime, const mn_value_t *list, size_t capacity) {
    mn_list_t *object = list_of(list);
    size_t old_capacity = capacity_of(object);
    if (capacity <= old_capacity) {
        return true;
    }
    if (capacity > MN_BLOCK_MAX_WORDS - 1) {
        runtime->heap.last_failure = MN_ALLOC_NO_MEMORY; // for the MemoryError message
        runtime->heap.last_failure_bytes =
            capacity < (size_t)-1 / MN_WORD_BYTES - 1 ? (1 + capacity) * MN_WORD_BYTES : (size_t)-1;
        return false;
    }
    size_t bytes = (1 + capacity) * sizeof(mn_value_t);
    if (object->items != MN_NULL &&
        mn_heap_grow_in_place(&runtime->heap, mn_object(object->items), bytes)) {
        return true;
    }
    mn_value_t *items = mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, bytes);
    if (items == NULL) {
        return false;
    }
    object = list_of(list); // may have moved
    if (object->length > 0) {
        memcpy(items + 1, (mn_value_t *)mn_object(object->items) + 1,
               object->length * sizeof(mn_value_t));
    }
    object->items = mn_object_value(items);
    return true;
}

// Makes room for `needed` items, growing by half again (at least 4) for amortised O(1)
// appends and little slack on a board; exactly `needed` when memory is short. Raises
// MemoryError. may trigger a gc
static bool grow_for(mn_runtime_t *runtime, const mn_value_t *list, size_t needed) {
    size_t capacity = capacity_of(list_of(list));
    if (needed <= capacity) {
        return true;
    }
    size_t grown = capacity < 4 ? 4 : capacity + capacity / 2;
    if ((grown > needed && mn_list_reserve(runtime, list, grown)) ||
        mn_list_reserve(runtime, list, needed)) {
        return true;
    }
    (void)mn_raise_memory_error(runtime);
    return false;
}

// Gives back most of the items block once the list uses less than half of it, as
// CPython's list_resize does. no allocation is done
static void shrink_if_sparse(mn_runtime_t *runtime, mn_list_t *list) {
    size_t capacity = capacity_of(list);
    if (list->length == 0) {
        list->items = MN_NULL;
        return;
    }
    if (capacity <= 8 || list->length >= capacity / 2) {
        return;
    }
    size_t target = list->length + (list->length >> 3) + 6;
    if (target < capacity) {
        mn_heap_shrink(&runtime->heap, mn_object(list->items), (1 + target) * sizeof(mn_value_t));
    }
}

mn_value_t mn_list_from_values(mn_runtime_t *runtime, const mn_value_t *values, size_t count) {
    mn_value_t list = mn_list_new(runtime, count);
    if (list != MN_EXCEPTION && count > 0) {
        memcpy(mn_list_items(list), values, count * sizeof(mn_value_t));
        ((mn_list_t *)mn_object(list))->length = count;
    }
    return list;
}

bool mn_list_append(mn_runtime_t *runtime, const mn_value_t *list, const mn_value_t *item) {
    if (!grow_for(runtime, list, list_of(list)->length + 1)) {
        return false;
    }
    mn_list_t *object = list_of(list);
    mn_list_items(*list)[object->length++] = *item;
    return true;
}

// The items of a list or a tuple (not of a slice, which is not iterable).
// no allocation is done
static bool list_or_tuple_view(mn_value_t value, mn_value_t **items, size_t *length) {
    return (mn_list_is(value) || mn_is_tagged(value, MN_TAG_TUPLE)) &&
           mn_sequence_view(value, items, length);
}

bool mn_list_extend(mn_runtime_t *runtime, const mn_value_t *list, const mn_value_t *iterable) {
    mn_value_t *items;
    size_t count;
    if (list_or_tuple_view(*iterable, &items, &count)) {
        // A list extending itself copies the items it had before it grew.
        size_t length = list_of(list)->length;
        if (count == 0) {
            return true;
        }
        if (!grow_for(runtime, list, length + count)) {
            return false;
        }
        (void)list_or_tuple_view(*iterable, &items, &count); // re-read: it may have moved
        memcpy(mn_list_items(*list) + length, items, count * sizeof(mn_value_t));
        list_of(list)->length = length + count;
        return true;
    }
    mn_gc_ref_t iterator_ref;
    mn_gc_ref_t item_ref;
    mn_value_t *iterator = mn_root_push(&runtime->heap, &iterator_ref);
    mn_value_t *item = mn_root_push(&runtime->heap, &item_ref);
    *iterator = mn_iter(runtime, iterable);
    bool ok = *iterator != MN_EXCEPTION;
    while (ok) {
        *item = mn_next(runtime, iterator);
        if (*item == MN_NULL || *item == MN_EXCEPTION) {
            ok = *item == MN_NULL;
            break;
        }
        ok = mn_list_append(runtime, list, item);
    }
    mn_root_pop(&runtime->heap, &item_ref);
    mn_root_pop(&runtime->heap, &iterator_ref);
    return ok;
}

mn_value_t mn_list_from_iterable(mn_runtime_t *runtime, const mn_value_t *iterable) {
    mn_value_t *items;
    size_t count;
    size_t capacity = list_or_tuple_view(*iterable, &items, &count) ? count : 0;
    mn_gc_ref_t ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &ref);
    *list = mn_list_new(runtime, capacity);
    if (*list != MN_EXCEPTION && !mn_list_extend(runtime, list, iterable)) {
        *list = MN_EXCEPTION;
    }
    mn_value_t result = *list; // read after the allocations: the list may have moved
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

bool mn_list_insert(mn_runtime_t *runtime, const mn_value_t *list, intptr_t index,
                    const mn_value_t *item) {
    size_t length = list_of(list)->length;
    if (index < 0) {
        index += (intptr_t)length;
        index = index < 0 ? 0 : index;
    }
    size_t position = (size_t)index < length ? (size_t)index : length;
    if (!grow_for(runtime, list, length + 1)) {
        return false;
    }
    mn_value_t *items = mn_list_items(*list);
    memmove(items + position + 1, items + position, (length - position) * sizeof(mn_value_t));
    items[position] = *item;
    list_of(list)->length = length + 1;
    return true;
}

// Removes the items [low, high). no allocation is done
static void delete_range(mn_runtime_t *runtime, const mn_value_t *list, size_t low, size_t high) {
    mn_list_t *object = list_of(list);
    if (low >= high) {
        return;
    }
    mn_value_t *items = mn_list_items(*list);
    size_t length = object->length;
    memmove(items + low, items + high, (length - high) * sizeof(mn_value_t));
    memset(items + length - (high - low), 0, (high - low) * sizeof(mn_value_t));
    object->length = length - (high - low);
    shrink_if_sparse(runtime, object);
}

mn_value_t mn_list_pop(mn_runtime_t *runtime, const mn_value_t *list, intptr_t index) {
    size_t length = list_of(list)->length;
    if (length == 0) {
        return mn_raise(runtime, &mn_type_IndexError, "pop from empty list");
    }
    if (index < 0) {
        index += (intptr_t)length;
    }
    if (index < 0 || (size_t)index >= length) {
        return mn_raise(runtime, &mn_type_IndexError, "pop index out of range");
    }
    mn_value_t item = mn_list_items(*list)[index];
    delete_range(runtime, list, (size_t)index, (size_t)index + 1);
    return item;
}

// Replaces the items [low, high) by the items of *source, a list or a tuple other than
// the list itself; the list grows or shrinks. may trigger a gc
static bool replace_range(mn_runtime_t *runtime, const mn_value_t *list, size_t low, size_t high,
                          const mn_value_t *source) {
    mn_value_t *from;
    size_t count;
    (void)mn_sequence_view(*source, &from, &count);
    size_t length = list_of(list)->length;
    size_t removed = high - low;
    if (count > removed && !grow_for(runtime, list, length + count - removed)) {
        return false;
    }
    mn_value_t *items = mn_list_items(*list);
    (void)mn_sequence_view(*source, &from, &count); // re-read: the list may have grown
    if (count != removed) {
        memmove(items + low + count, items + high, (length - high) * sizeof(mn_value_t));
    }
    if (count > 0) {
        memcpy(items + low, from, count * sizeof(mn_value_t));
    }
    if (count < removed) {
        memset(items + length - (removed - count), 0, (removed - count) * sizeof(mn_value_t));
    }
    list_of(list)->length = length - removed + count;
    if (count < removed) {
        shrink_if_sparse(runtime, list_of(list));
    }
    return true;
}

// The right side of a slice assignment as a list or tuple in *sequence: itself, or a new
// list of its items (a copy when it is the list being assigned to). TypeError `message`
// when it is not iterable. may trigger a gc
static bool assigned_sequence(mn_runtime_t *runtime, const mn_value_t *list,
                              const mn_value_t *value, mn_value_t *sequence, const char *message) {
    mn_value_t *items;
    size_t count;
    if (*value != *list && list_or_tuple_view(*value, &items, &count)) {
        *sequence = *value;
        return true;
    }
    if (!mn_iterator_can_iterate(*value)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "%s", message);
        return false;
    }
    *sequence = mn_list_from_iterable(runtime, value);
    return *sequence != MN_EXCEPTION;
}

// self[slice] = *value (value not MN_NULL) or del self[slice]. may trigger a gc
static mn_value_t store_slice(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t slice,
                              const mn_value_t *value) {
    intptr_t start;
    intptr_t stop;
    intptr_t step;
    size_t count;
    if (!mn_slice_indices(runtime, slice, list_of(self)->length, &start, &stop, &step, &count)) {
        return MN_EXCEPTION;
    }
    if (*value == MN_NULL && step == 1) {
        delete_range(runtime, self, (size_t)start, stop > start ? (size_t)stop : (size_t)start);
        return MN_NONE;
    }
    if (*value == MN_NULL) {
        if (count == 0) {
            return MN_NONE;
        }
        // Keep every item but the `count` at lowest, lowest + |step|, ...
        size_t stride = step > 0 ? (size_t)step : (size_t)-step;
        size_t lowest = step > 0 ? (size_t)start : (size_t)start - stride * (count - 1);
        mn_list_t *object = list_of(self);
        mn_value_t *items = mn_list_items(*self);
        size_t kept = lowest;
        for (size_t i = lowest; i < object->length; i++) {
            if (i > lowest + stride * (count - 1) || (i - lowest) % stride != 0) {
                items[kept++] = items[i];
            }
        }
        memset(items + kept, 0, (object->length - kept) * sizeof(mn_value_t));
        object->length = kept;
        shrink_if_sparse(runtime, object);
        return MN_NONE;
    }
    mn_gc_ref_t sequence_ref;
    mn_value_t *sequence = mn_root_push(&runtime->heap, &sequence_ref);
    mn_value_t result = MN_EXCEPTION;
    const char *message =
        step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice";
    if (assigned_sequence(runtime, self, value, sequence, message)) {
        mn_value_t *from;
        size_t from_count;
        (void)mn_sequence_view(*sequence, &from, &from_count);
        if (step == 1) {
            // The list may have changed while the iterable was read: clamp again.
            size_t length = list_of(self)->length;
            size_t low = (size_t)start < length ? (size_t)start : length;
            size_t high = stop > start ? (size_t)stop : (size_t)start;
            high = high < low ? low : high > length ? length : high;
            result = replace_range(runtime, self, low, high, sequence) ? MN_NONE : MN_EXCEPTION;
        } else if (from_count != count) {
            result = mn_raise(runtime, &mn_type_ValueError,
                              "attempt to assign sequence of size %z to extended slice of size %z",
                              from_count, count);
        } else {
            mn_value_t *items = mn_list_items(*self);
            size_t length = list_of(self)->length;
            for (size_t i = 0; i < count; i++) {
                intptr_t position = start + (intptr_t)i * step;
                if ((size_t)position < length) { // the list may have shrunk meanwhile
                    items[position] = from[i];
                }
            }
            result = MN_NONE;
        }
    }
    mn_root_pop(&runtime->heap, &sequence_ref);
    return result;
}

// self[slice]: a new list. may trigger a gc
static mn_value_t load_slice(mn_runtime_t *runtime, const mn_value_t *self, mn_value_t slice) {
    intptr_t start;
    intptr_t stop;
    intptr_t step;
    size_t count;
    if (!mn_slice_indices(runtime, slice, list_of(self)->length, &start, &stop, &step, &count)) {
        return MN_EXCEPTION;
    }
    mn_value_t result = mn_list_new(runtime, count);
    if (result != MN_EXCEPTION) {
        const mn_value_t *from = mn_list_items(*self);
        mn_value_t *to = mn_list_items(result);
        for (size_t i = 0; i < count; i++) {
            to[i] = from[start + (intptr_t)i * step];
        }
        ((mn_list_t *)mn_object(result))->length = count;
    }
    return result;
}

static mn_value_t list_subscript(mn_runtime_t *runtime, const mn_value_t *self,
                                 const mn_value_t *index, const mn_value_t *value) {
    if (mn_slice_is(*index)) {
        return value == NULL ? load_slice(runtime, self, *index)
                             : store_slice(runtime, self, *index, value);
    }
    size_t position;
    const char *message =
        value == NULL ? "list index out of range" : "list assignment index out of range";
    if (!mn_sequence_position(runtime, &mn_type_list, message, *index, list_of(self)->length,
                              &position)) {
        return MN_EXCEPTION;
    }
    if (value == NULL) {
        return mn_list_items(*self)[position];
    }
    if (*value == MN_NULL) {
        delete_range(runtime, self, position, position + 1);
    } else {
        mn_list_items(*self)[position] = *value;
    }
    return MN_NONE;
}

// ---- Sorting -------------------------------------------------------------------------------
//
// A stable merge sort over a work vector of `n` elements of `stride` words: the items
// themselves (stride 1), or [key, item] pairs when there is a key function (stride 2).
// Comparisons run Python code, which may collect (so every block is re-read after each)
// or change the list: the list is emptied while it is sorted, as CPython does, and its
// items come back when the sort ends; a list found changed meanwhile raises ValueError.
// A failed comparison leaves the work vector a permutation of the items.

#define INSERTION_RUN 8 // runs this short are sorted by insertion

typedef struct sorter {
    mn_runtime_t *runtime;
    mn_value_t *work;        // rooted: the vector being sorted
    mn_value_t *temp;        // rooted: room for the left half of a merge
    mn_value_t *operands[2]; // rooted: a comparison's operands
    mn_value_t *pivot[2];    // rooted: the element being inserted (`stride` words of it)
    size_t stride;
} sorter_t;

// Element `index` of a work or temp block, and copying elements. no allocation is done
static mn_value_t *element(const sorter_t *sorter, mn_value_t block, size_t index) {
    return (mn_value_t *)mn_object(block) + 1 + index * sorter->stride;
}

static void copy_element(const sorter_t *sorter, mn_value_t *to, const mn_value_t *from) {
    memcpy(to, from, sorter->stride * sizeof(mn_value_t));
}

// The str of a str value (in ROM or in the heap), else NULL. no allocation is done
static const mn_str_t *str_of(mn_value_t value) {
    return mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR) ? mn_qstr_str(value) : NULL;
}

// a < b when it is known without running Python code: 1 or 0; -1 otherwise.
// no allocation is done
static int quick_less(mn_value_t a, mn_value_t b) {
    if (mn_is_small_int(a) && mn_is_small_int(b)) {
        return mn_small_int_value(a) < mn_small_int_value(b);
    }
    const mn_str_t *a_str = str_of(a);
    const mn_str_t *b_str = str_of(b);
    if (a_str != NULL && b_str != NULL) {
        // UTF-8 byte order is code point order.
        size_t a_length = mn_str_length(a_str);
        size_t b_length = mn_str_length(b_str);
        int order = memcmp(a_str->bytes, b_str->bytes, a_length < b_length ? a_length : b_length);
        return order != 0 ? order < 0 : a_length < b_length;
    }
    if (mn_number_is(a) && mn_number_is(b)) {
        return mn_number_compare(MN_COMPARE_LESS, a, b) == MN_TRUE;
    }
    return -1;
}

// Whether key a < key b: 1, 0, or -1 with an exception raised. may trigger a gc
static int less(sorter_t *sorter, mn_value_t a, mn_value_t b) {
    int quick = quick_less(a, b);
    if (quick >= 0) {
        return quick;
    }
    mn_value_t *const *operands = sorter->operands;
    *operands[0] = a;
    *operands[1] = b;
    mn_value_t result = mn_compare(sorter->runtime, MN_COMPARE_LESS, operands[0], operands[1]);
    if (result != MN_TRUE && result != MN_FALSE && result != MN_EXCEPTION) {
        *operands[0] = result;
        result = mn_truth(sorter->runtime, operands[0]);
    }
    *operands[0] = *operands[1] = MN_NULL;
    return result == MN_EXCEPTION ? -1 : result == MN_TRUE;
}

// The pivot's words to or from an element. no allocation is done
static void load_pivot(const sorter_t *sorter, const mn_value_t *from) {
    for (size_t i = 0; i < sorter->stride; i++) {
        *sorter->pivot[i] = from[i];
    }
}

static void store_pivot(const sorter_t *sorter, mn_value_t *to) {
    for (size_t i = 0; i < sorter->stride; i++) {
        to[i] = *sorter->pivot[i];
        *sorter->pivot[i] = MN_NULL;
    }
}

// Sorts the elements [low, high) by insertion. may trigger a gc
static bool insertion_sort(sorter_t *sorter, size_t low, size_t high) {
    for (size_t i = low + 1; i < high; i++) {
        load_pivot(sorter, element(sorter, *sorter->work, i));
        size_t hole = i;
        int order = 0;
        while (hole > low) {
            order = less(sorter, *sorter->pivot[0], element(sorter, *sorter->work, hole - 1)[0]);
            if (order != 1) {
                break;
            }
            copy_element(sorter, element(sorter, *sorter->work, hole),
                         element(sorter, *sorter->work, hole - 1));
            hole--;
        }
        store_pivot(sorter, element(sorter, *sorter->work, hole));
        if (order < 0) {
            return false;
        }
    }
    return true;
}

// Merges the sorted runs [low, middle) and [middle, high) of the work vector.
// may trigger a gc
static bool merge(sorter_t *sorter, size_t low, size_t middle, size_t high) {
    size_t left_count = middle - low;
    memcpy(element(sorter, *sorter->temp, 0), element(sorter, *sorter->work, low),
           left_count * sorter->stride * sizeof(mn_value_t));
    size_t left = 0;
    size_t right = middle;
    size_t to = low;
    int order = 0;
    while (left < left_count && right < high) {
        // Stable: the right element goes first only when strictly smaller.
        order = less(sorter, element(sorter, *sorter->work, right)[0],
                     element(sorter, *sorter->temp, left)[0]);
        if (order < 0) {
            break;
        }
        if (order) {
            copy_element(sorter, element(sorter, *sorter->work, to++),
                         element(sorter, *sorter->work, right++));
        } else {
            copy_element(sorter, element(sorter, *sorter->work, to++),
                         element(sorter, *sorter->temp, left++));
        }
    }
    // What is left of the left run goes back in place (also after an error).
    memcpy(element(sorter, *sorter->work, to), element(sorter, *sorter->temp, left),
           (left_count - left) * sorter->stride * sizeof(mn_value_t));
    return order >= 0;
}

// Sorts the elements [low, high): halves, then a merge. may trigger a gc
static bool sort_range(sorter_t *sorter, size_t low, size_t high) {
    if (high - low <= INSERTION_RUN) {
        return insertion_sort(sorter, low, high);
    }
    size_t middle = low + (high - low) / 2;
    if (!sort_range(sorter, low, middle) || !sort_range(sorter, middle, high)) {
        return false;
    }
    // Runs already in order need no merge (one comparison).
    int order = less(sorter, element(sorter, *sorter->work, middle)[0],
                     element(sorter, *sorter->work, middle - 1)[0]);
    return order == 0 || (order > 0 && merge(sorter, low, middle, high));
}

// no allocation is done
static void reverse_elements(const sorter_t *sorter, size_t count) {
    mn_value_t swap[2];
    for (size_t i = 0; i < count / 2; i++) {
        mn_value_t *a = element(sorter, *sorter->work, i);
        mn_value_t *b = element(sorter, *sorter->work, count - 1 - i);
        copy_element(sorter, swap, a);
        copy_element(sorter, a, b);
        copy_element(sorter, b, swap);
    }
}

enum {
    SORT_SAVED,
    SORT_WORK,
    SORT_TEMP,
    SORT_OPERAND_A,
    SORT_OPERAND_B,
    SORT_PIVOT_KEY,
    SORT_PIVOT_ITEM,
    SORT_SLOTS
};

// Fills the work vector with [key(item), item] pairs. may trigger a gc
static bool compute_keys(sorter_t *sorter, const mn_value_t *saved, const mn_value_t *key,
                         size_t count) {
    mn_runtime_t *runtime = sorter->runtime;
    *sorter->work = mn_object_value(
        mn_heap_alloc(&runtime->heap, MN_TAG_VECTOR, (1 + 2 * count) * sizeof(mn_value_t)));
    if (*sorter->work == MN_NULL) {
        (void)mn_raise_memory_error(runtime);
        return false;
    }
    mn_value_t *item = sorter->operands[0];
    for (size_t i = 0; i < count; i++) {
        *item = ((mn_value_t *)mn_object(*saved))[1 + i];
        element(sorter, *sorter->work, i)[1] = *item;
        mn_value_t result = mn_call(runtime, key, item, 1, MN_NULL);
        if (result == MN_EXCEPTION) {
            return false;
        }
        element(sorter, *sorter->work, i)[0] = result;
    }
    *item = MN_NULL;
    return true;
}

bool mn_list_sort(mn_runtime_t *runtime, const mn_value_t *list, const mn_value_t *key,
                  bool reverse) {
    mn_gc_ref_t refs[SORT_SLOTS];
    mn_value_t *slots[SORT_SLOTS];
    for (size_t i = 0; i < SORT_SLOTS; i++) {
        slots[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    bool has_key = key != NULL && *key != MN_NONE;
    sorter_t sorter = {runtime,
                       slots[SORT_WORK],
                       slots[SORT_TEMP],
                       {slots[SORT_OPERAND_A], slots[SORT_OPERAND_B]},
                       {slots[SORT_PIVOT_KEY], slots[SORT_PIVOT_ITEM]},
                       has_key ? 2 : 1};
    // Detach the items: the list is empty while it is sorted.
    mn_list_t *object = list_of(list);
    size_t count = object->length;
    *slots[SORT_SAVED] = object->items;
    object->items = MN_NULL;
    object->length = 0;
    bool ok = true;
    if (has_key) {
        ok = compute_keys(&sorter, slots[SORT_SAVED], key, count);
    } else {
        *sorter.work = *slots[SORT_SAVED];
    }
    if (ok && count > 1) {
        size_t half = count / 2;
        *sorter.temp = mn_object_value(mn_heap_alloc(
            &runtime->heap, MN_TAG_VECTOR, (1 + half * sorter.stride) * sizeof(mn_value_t)));
        if (*sorter.temp == MN_NULL) {
            ok = false;
            (void)mn_raise_memory_error(runtime);
        } else {
            if (reverse) {
                reverse_elements(&sorter, count);
            }
            ok = sort_range(&sorter, 0, count);
            if (reverse) {
                reverse_elements(&sorter, count);
            }
        }
    }
    if (has_key && *sorter.temp != MN_NULL) {
        // The items, in their new order (a permutation even after an error), back into
        // the saved block.
        for (size_t i = 0; i < count; i++) {
            ((mn_value_t *)mn_object(*slots[SORT_SAVED]))[1 + i] =
                element(&sorter, *sorter.work, i)[1];
        }
    }
    object = list_of(list);
    bool modified = object->items != MN_NULL || object->length != 0;
    object->items = *slots[SORT_SAVED];
    object->length = count;
    if (modified && ok) {
        ok = false;
        (void)mn_raise(runtime, &mn_type_ValueError, "list modified during sort");
    }
    for (size_t i = SORT_SLOTS; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return ok;
}

// ---- Slots ---------------------------------------------------------------------------------
//
// Their contracts are in obj/type.h: each may trigger a gc.

static mn_value_t list_make_new(mn_runtime_t *runtime, const mn_type_t *type, mn_value_t *args,
                                size_t count, mn_value_t keywords) {
    (void)type;
    if (mn_native_keyword_count(keywords) > 0) {
        return mn_raise(runtime, &mn_type_TypeError, "list() takes no keyword arguments");
    }
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "list expected at most 1 argument, got %z",
                        count);
    }
    return count == 0 ? mn_list_new(runtime, 0) : mn_list_from_iterable(runtime, &args[0]);
}

static bool list_print(mn_runtime_t *runtime, mn_buffer_t *out, const mn_value_t *self, bool repr) {
    (void)repr;
    return mn_sequence_print(runtime, out, self, "[", "]", false);
}

static mn_value_t list_unary(mn_runtime_t *runtime, mn_unary_op_t op, const mn_value_t *self) {
    (void)runtime;
    size_t length = list_of(self)->length;
    if (op == MN_UNARY_BOOL) {
        return mn_bool(length != 0);
    }
    if (op == MN_UNARY_LEN) {
        return mn_small_int((mn_small_int_t)length);
    }
    return MN_NOT_IMPLEMENTED; // hash: unhashable (the protocol says so: lists compare)
}

// A new list of *source's items `times` over. may trigger a gc
static mn_value_t repeat(mn_runtime_t *runtime, const mn_value_t *source, size_t times) {
    size_t length = list_of(source)->length;
    if (times != 0 && length > (MN_BLOCK_MAX_WORDS - 1) / times) {
        return mn_sequence_raise_too_long(runtime, MN_BLOCK_MAX_WORDS);
    }
    mn_value_t result = mn_list_new(runtime, length * times);
    if (result == MN_EXCEPTION || length == 0) {
        return result;
    }
    mn_value_t *to = mn_list_items(result);
    const mn_value_t *from = mn_list_items(*source);
    for (size_t i = 0; i < times; i++) {
        memcpy(to + i * length, from, length * sizeof(mn_value_t));
    }
    ((mn_list_t *)mn_object(result))->length = length * times;
    return result;
}

// self *= times. may trigger a gc
static mn_value_t repeat_in_place(mn_runtime_t *runtime, const mn_value_t *self, size_t times) {
    size_t length = list_of(self)->length;
    if (times == 0 || length == 0) {
        delete_range(runtime, self, 0, length);
        return *self;
    }
    if (length > (MN_BLOCK_MAX_WORDS - 1) / times) {
        return mn_sequence_raise_too_long(runtime, MN_BLOCK_MAX_WORDS);
    }
    if (!grow_for(runtime, self, length * times)) {
        return MN_EXCEPTION;
    }
    mn_value_t *items = mn_list_items(*self);
    for (size_t i = 1; i < times; i++) {
        memcpy(items + i * length, items, length * sizeof(mn_value_t));
    }
    list_of(self)->length = length * times;
    return *self;
}

// Whether an operand is an instance of a user class, whose reflected method must get its
// turn before a built-in sequence gives up with its own error. no allocation is done
static bool is_instance(mn_value_t value) {
    return mn_is_tagged(value, MN_TAG_INSTANCE);
}

static mn_value_t list_binary(mn_runtime_t *runtime, mn_binary_op_t op, const mn_value_t *left,
                              const mn_value_t *right) {
    bool left_list = mn_list_is(*left);
    switch (op) {
    case MN_BINARY_ADD:
        if (!left_list) {
            return MN_NOT_IMPLEMENTED;
        }
        if (!mn_list_is(*right)) {
            return is_instance(*right)
                       ? MN_NOT_IMPLEMENTED
                       : mn_raise(runtime, &mn_type_TypeError,
                                  "can only concatenate list (not \"%T\") to list", *right);
        }
        {
            mn_gc_ref_t ref;
            mn_value_t *result = mn_root_push(&runtime->heap, &ref);
            *result = mn_list_new(runtime, list_of(left)->length + list_of(right)->length);
            if (*result != MN_EXCEPTION && (!mn_list_extend(runtime, result, left) ||
                                            !mn_list_extend(runtime, result, right))) {
                *result = MN_EXCEPTION;
            }
            mn_root_pop(&runtime->heap, &ref);
            return *result;
        }
    case MN_BINARY_INPLACE_ADD:
        return !left_list                             ? MN_NOT_IMPLEMENTED
               : mn_list_extend(runtime, left, right) ? *left
                                                      : MN_EXCEPTION;
    case MN_BINARY_MULTIPLY:
    case MN_BINARY_INPLACE_MULTIPLY: {
        const mn_value_t *sequence = left_list ? left : right;
        const mn_value_t *count = left_list ? right : left;
        if (!mn_int_is(*count)) {
            if (is_instance(*count) || (!left_list && op == MN_BINARY_INPLACE_MULTIPLY)) {
                return MN_NOT_IMPLEMENTED;
            }
            return mn_raise(runtime, &mn_type_TypeError,
                            "can't multiply sequence by non-int of type '%T'", *count);
        }
        size_t times;
        if (!mn_sequence_repeat_count(runtime, *count, &times)) {
            return MN_EXCEPTION;
        }
        return op == MN_BINARY_MULTIPLY ? repeat(runtime, sequence, times)
               : left_list              ? repeat_in_place(runtime, left, times)
                                        : MN_NOT_IMPLEMENTED;
    }
    default:
        return MN_NOT_IMPLEMENTED;
    }
}

static mn_value_t list_compare(mn_runtime_t *runtime, mn_compare_op_t op, const mn_value_t *left,
                               const mn_value_t *right) {
    if (!mn_list_is(*left) || !mn_list_is(*right)) {
        return MN_NOT_IMPLEMENTED;
    }
    return mn_sequence_compare(runtime, op, left, right);
}

// A list_iterator or list_reverseiterator of *list from `index`. may trigger a gc
static mn_value_t new_iterator(mn_runtime_t *runtime, const mn_type_t *type, const mn_value_t *list,
                               mn_small_int_t index) {
    mn_value_t iterator = mn_iterator_new(runtime, type, 2);
    if (iterator != MN_EXCEPTION) {
        mn_iterator_values(iterator)[0] = *list;
        mn_iterator_values(iterator)[1] = mn_small_int(index);
    }
    return iterator;
}

static mn_value_t list_iter(mn_runtime_t *runtime, const mn_value_t *self) {
    return new_iterator(runtime, &mn_type_list_iterator, self, 0);
}

// ---- Methods -------------------------------------------------------------------------------
//
// Natives (obj/native.h): each may trigger a gc.

// Natives can be called unbound (list.append(5, 1)): self is checked before use.
#define CHECK_SELF(method)                                                                         \
    do {                                                                                           \
        if (!mn_native_check_self(runtime, args, &mn_type_list, method)) {                         \
            return MN_EXCEPTION;                                                                   \
        }                                                                                          \
    } while (0)

static mn_value_t list_append(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("append");
    return mn_list_append(runtime, &args[0], &args[1]) ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t list_extend(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("extend");
    return mn_list_extend(runtime, &args[0], &args[1]) ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t list_insert(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("insert");
    intptr_t index;
    if (!mn_sequence_int_arg(runtime, args[1], &index)) {
        return MN_EXCEPTION;
    }
    return mn_list_insert(runtime, &args[0], index, &args[2]) ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t list_pop(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                           mn_value_t keywords) {
    (void)keywords;
    CHECK_SELF("pop");
    intptr_t index = -1;
    if (count > 1 && !mn_sequence_int_arg(runtime, args[1], &index)) {
        return MN_EXCEPTION;
    }
    return mn_list_pop(runtime, &args[0], index);
}

static mn_value_t list_remove(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("remove");
    size_t found;
    if (!mn_sequence_find(runtime, &args[0], &args[1], 0, SIZE_MAX, &found)) {
        return MN_EXCEPTION;
    }
    if (found == SIZE_MAX) {
        return mn_raise(runtime, &mn_type_ValueError, "list.remove(x): x not in list");
    }
    if (found < list_of(&args[0])->length) { // the comparisons may have shortened the list
        delete_range(runtime, &args[0], found, found + 1);
    }
    return MN_NONE;
}

static mn_value_t list_index(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    CHECK_SELF("index");
    size_t start;
    size_t end;
    size_t found;
    if (!mn_sequence_search_range(runtime, &args[2], count - 2, list_of(&args[0])->length, &start,
                                  &end) ||
        !mn_sequence_find(runtime, &args[0], &args[1], start, end, &found)) {
        return MN_EXCEPTION;
    }
    if (found == SIZE_MAX) {
        return mn_sequence_raise_not_in(runtime, &args[1], "list");
    }
    return mn_small_int((mn_small_int_t)found);
}

static mn_value_t list_count(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("count");
    return mn_sequence_count(runtime, &args[0], &args[1]);
}

static mn_value_t list_sort(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    CHECK_SELF("sort");
    if (count > 1) {
        return mn_raise(runtime, &mn_type_TypeError, "sort() takes no positional arguments");
    }
    static const uint16_t allowed[] = {MN_QSTR_key, MN_QSTR_reverse};
    if (!mn_native_check_keywords(runtime, "sort", keywords, allowed, 2)) {
        return MN_EXCEPTION;
    }
    const mn_value_t *key = mn_native_keyword(args, count, keywords, MN_QSTR_key);
    const mn_value_t *reverse = mn_native_keyword(args, count, keywords, MN_QSTR_reverse);
    intptr_t reversed = 0;
    if (reverse != NULL && !mn_sequence_int_arg(runtime, *reverse, &reversed)) {
        return MN_EXCEPTION;
    }
    return mn_list_sort(runtime, &args[0], key, reversed != 0) ? MN_NONE : MN_EXCEPTION;
}

static mn_value_t list_reverse(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("reverse");
    size_t length = list_of(&args[0])->length;
    mn_value_t *items = mn_list_items(args[0]);
    for (size_t i = 0; i < length / 2; i++) {
        mn_value_t swap = items[i];
        items[i] = items[length - 1 - i];
        items[length - 1 - i] = swap;
    }
    return MN_NONE;
}

static mn_value_t list_copy(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("copy");
    return mn_list_from_iterable(runtime, &args[0]);
}

static mn_value_t list_clear(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)runtime;
    (void)count;
    (void)keywords;
    CHECK_SELF("clear");
    list_of(&args[0])->items = MN_NULL;
    list_of(&args[0])->length = 0;
    return MN_NONE;
}

static mn_value_t list_reversed(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    CHECK_SELF("__reversed__");
    return new_iterator(runtime, &mn_type_list_reverseiterator, &args[0],
                        (mn_small_int_t)list_of(&args[0])->length - 1);
}

static MN_METHOD(list_append_obj, MN_QSTR_append, 2, 2, 0, list_append);
static MN_METHOD(list_extend_obj, MN_QSTR_extend, 2, 2, 0, list_extend);
static MN_METHOD(list_insert_obj, MN_QSTR_insert, 3, 3, 0, list_insert);
static MN_METHOD(list_pop_obj, MN_QSTR_pop, 1, 2, 0, list_pop);
static MN_METHOD(list_remove_obj, MN_QSTR_remove, 2, 2, 0, list_remove);
static MN_METHOD(list_index_obj, MN_QSTR_index, 2, 4, 0, list_index);
static MN_METHOD(list_count_obj, MN_QSTR_count, 2, 2, 0, list_count);
static MN_METHOD(list_sort_obj, MN_QSTR_sort, 1, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, list_sort);
static MN_METHOD(list_reverse_obj, MN_QSTR_reverse, 1, 1, 0, list_reverse);
static MN_METHOD(list_copy_obj, MN_QSTR_copy, 1, 1, 0, list_copy);
static MN_METHOD(list_clear_obj, MN_QSTR_clear, 1, 1, 0, list_clear);
static MN_METHOD(list_reversed_obj, MN_QSTR___reversed__, 1, 1, 0, list_reversed);

// Sorted by qstr id: by length, then alphabetically.
static const mn_attr_entry_t list_attr_entries[] = {
    MN_ATTR(MN_QSTR_pop, &list_pop_obj),         MN_ATTR(MN_QSTR_copy, &list_copy_obj),
    MN_ATTR(MN_QSTR_sort, &list_sort_obj),       MN_ATTR(MN_QSTR_clear, &list_clear_obj),
    MN_ATTR(MN_QSTR_count, &list_count_obj),     MN_ATTR(MN_QSTR_index, &list_index_obj),
    MN_ATTR(MN_QSTR_append, &list_append_obj),   MN_ATTR(MN_QSTR_extend, &list_extend_obj),
    MN_ATTR(MN_QSTR_insert, &list_insert_obj),   MN_ATTR(MN_QSTR_remove, &list_remove_obj),
    MN_ATTR(MN_QSTR_reverse, &list_reverse_obj), MN_ATTR(MN_QSTR___reversed__, &list_reversed_obj),
};
MN_ATTR_TABLE(list_attrs, list_attr_entries);

const mn_type_t mn_type_list = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_list,
    .flags = MN_TYPE_BASETYPE,
    .base = &mn_type_object,
    .attrs = &list_attrs,
    .make_new = list_make_new,
    .print = list_print,
    .unary = list_unary,
    .binary = list_binary,
    .compare = list_compare,
    .contains = mn_sequence_contains,
    .subscript = list_subscript,
    .iter = list_iter,
};

// ---- Iterators: [header][type][list, MN_NULL once exhausted][next index] ------------------

// The next slots. no allocation is done
static mn_value_t list_iterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    (void)runtime;
    mn_value_t *values = mn_iterator_values(*self);
    if (values[0] == MN_NULL) {
        return MN_NULL;
    }
    mn_small_int_t index = mn_small_int_value(values[1]);
    if ((size_t)index < mn_list_length(values[0])) {
        values[1] = mn_small_int(index + 1);
        return mn_list_items(values[0])[index];
    }
    values[0] = MN_NULL; // the list may go
    return MN_NULL;
}

static mn_value_t list_reverseiterator_next(mn_runtime_t *runtime, const mn_value_t *self) {
    (void)runtime;
    mn_value_t *values = mn_iterator_values(*self);
    if (values[0] == MN_NULL) {
        return MN_NULL;
    }
    mn_small_int_t index = mn_small_int_value(values[1]);
    if (index >= 0 && (size_t)index < mn_list_length(values[0])) {
        values[1] = mn_small_int(index - 1);
        return mn_list_items(values[0])[index];
    }
    values[0] = MN_NULL;
    return MN_NULL;
}

const mn_type_t mn_type_list_iterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_list_iterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = list_iterator_next,
};

const mn_type_t mn_type_list_reverseiterator = {
    .header = MN_ROM_TYPE_HEADER,
    .name = MN_QSTR_list_reverseiterator,
    .flags = MN_TYPE_ITERATOR,
    .base = &mn_type_object,
    .iter = mn_iterator_self,
    .next = list_reverseiterator_next,
};
