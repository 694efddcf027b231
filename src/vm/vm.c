// The dispatch loop (vm/vm.h).
//
// Registers: `frame` and `sp` point into the VM stack, which never moves; `ip` points into
// the code's bytecode block, which moves when the collector compacts. So every instruction
// that may allocate saves its offset first (SYNC) and recomputes `ip` after (RELOAD), and no
// other pointer into the heap is kept in a C local across an allocation.
#include "vm/vm.h"

#include <stdio.h>
#include <string.h>

#include "obj/dict.h"
#include "obj/float.h"
#include "obj/iterator.h"
#include "obj/list.h"
#include "obj/set.h"
#include "obj/slice.h"
#include "obj/str.h"
#include "obj/str_format.h"
#include "obj/text.h"
#include "vm/class.h"
#include "vm/code.h"
#include "vm/function.h"
#include "vm/import.h"
#include "vm/opcode.h"

enum {
    F_CODE,
    F_PREVIOUS, // small int: words from the arena's end to the previous frame, 0 for none
    F_OFFSET,   // small int: the next instruction
    F_GLOBALS,
    F_LOCALS, // the namespace dict of a module or class body; in a function, MN_NULL, or the
              // instance when the function is an __init__ run by a class call
    F_DEPTH,  // small int: operand stack depth, saved while another frame runs
    F_BLOCKS, // small int: open blocks
    F_HEADER_WORDS
};

enum { BLOCK_EXCEPT, BLOCK_FINALLY, BLOCK_EXCEPT_ACTIVE, BLOCK_FINALLY_ACTIVE };

#define RETURN_MARKER mn_small_int(-1) // a finally body entered by `return`

static mn_code_t *frame_code(const mn_value_t *frame) {
    return mn_object(frame[F_CODE]);
}

static size_t frame_words(const mn_code_t *code) {
    size_t locals = mn_code_kind(code) == MN_CODE_FUNCTION ? mn_code_name_count(code) : 0;
    return F_HEADER_WORDS + locals + 2 * mn_code_block_count(code) + mn_code_stack_size(code);
}

static mn_value_t *frame_locals(mn_value_t *frame) {
    return frame + F_HEADER_WORDS;
}

static mn_value_t *frame_blocks(mn_value_t *frame) {
    const mn_code_t *code = frame_code(frame);
    size_t locals = mn_code_kind(code) == MN_CODE_FUNCTION ? mn_code_name_count(code) : 0;
    return frame + F_HEADER_WORDS + locals;
}

static mn_value_t *frame_stack(mn_value_t *frame) {
    return frame_blocks(frame) + 2 * mn_code_block_count(frame_code(frame));
}

static mn_value_t *frame_previous(mn_runtime_t *runtime, const mn_value_t *frame) {
    mn_small_int_t distance = mn_small_int_value(frame[F_PREVIOUS]);
    return distance == 0 ? NULL : (mn_value_t *)runtime->heap.arena_end - distance;
}

static mn_value_t raise_recursion(mn_runtime_t *runtime) {
    return mn_raise(runtime, &mn_type_RecursionError, "maximum recursion depth exceeded");
}

// Raises KeyboardInterrupt (no arguments) for the port's interrupt request, which it
// clears. may trigger a gc
static mn_value_t raise_interrupt(mn_runtime_t *runtime) {
    runtime->interrupt_pending = 0;
    return mn_raise_empty(runtime, &mn_type_KeyboardInterrupt);
}

bool mn_vm_budget_tick(mn_runtime_t *runtime) {
    if (!runtime->budget_on) {
        return true;
    }
    if (runtime->budget == 0) {
        (void)mn_raise(runtime, &mn_type_RuntimeError, "instruction budget exhausted");
        return false;
    }
    runtime->budget--;
    return true;
}

// One tick of the instruction budget at a backward jump (the end of a loop's body).
#define BUDGET_AT_JUMP(offset)                                                                     \
    do {                                                                                           \
        if ((offset) < 0 && runtime->budget_on) {                                                  \
            SYNC();                                                                                \
            if (!mn_vm_budget_tick(runtime)) {                                                     \
                goto error;                                                                        \
            }                                                                                      \
            RELOAD();                                                                              \
        }                                                                                          \
    } while (0)

// Pushes a frame for the code in *code. NULL with the exception raised when the stack
// cannot grow or the instruction budget is spent. may trigger a gc
static mn_value_t *frame_push(mn_runtime_t *runtime, const mn_value_t *code,
                              const mn_value_t *globals, const mn_value_t *locals) {
    if (!mn_vm_budget_tick(runtime)) {
        return NULL;
    }
    if (runtime->frame_depth >= MN_MAX_FRAMES) {
        (void)raise_recursion(runtime);
        return NULL;
    }
    if (runtime->interrupt_pending) {
        (void)raise_interrupt(runtime);
        return NULL;
    }
    size_t words = frame_words(mn_object(*code));
    mn_value_t *frame = mn_heap_reserve_top(&runtime->heap, words);
    if (frame == NULL) {
        (void)raise_recursion(runtime);
        return NULL;
    }
    frame[F_CODE] = *code;
    frame[F_PREVIOUS] = mn_small_int(
        runtime->frame == NULL ? 0 : (mn_word_t *)runtime->heap.arena_end - runtime->frame);
    frame[F_OFFSET] = mn_small_int(0);
    frame[F_GLOBALS] = *globals;
    frame[F_LOCALS] = *locals;
    frame[F_DEPTH] = mn_small_int(0);
    frame[F_BLOCKS] = mn_small_int(0);
    runtime->frame = frame;
    runtime->frame_depth++;
    return frame;
}

static void frame_pop(mn_runtime_t *runtime, mn_value_t *frame) {
    runtime->frame = frame_previous(runtime, frame);
    runtime->frame_depth--;
    mn_heap_release_top(&runtime->heap, frame_words(frame_code(frame)));
}

// ---- Blocks -------------------------------------------------------------------------------
//
// A block is two words: kind | handler offset << 2, and the operand stack depth where it
// began. An active handler's block (the VM entered an except or finally body because of an
// exception) has the previously handled exception and the exception at that depth.

// Opens a block whose stack begins at `saved`. no allocation is done
static void block_push(mn_value_t *frame, int kind, size_t handler, const mn_value_t *saved) {
    mn_value_t *blocks = frame_blocks(frame);
    size_t count = (size_t)mn_small_int_value(frame[F_BLOCKS]);
    blocks[2 * count] = mn_small_int((mn_small_int_t)(handler << 2 | (size_t)kind));
    blocks[2 * count + 1] = mn_small_int(saved - frame_stack(frame));
    frame[F_BLOCKS] = mn_small_int((mn_small_int_t)count + 1);
}

// Closes the innermost block: its kind and handler, and where its stack began. Leaving an
// active handler restores the exception handled before it. no allocation is done
static mn_value_t *block_pop(mn_runtime_t *runtime, mn_value_t *frame, int *kind, size_t *handler) {
    mn_value_t *blocks = frame_blocks(frame);
    size_t count = (size_t)mn_small_int_value(frame[F_BLOCKS]) - 1;
    mn_small_int_t kind_handler = mn_small_int_value(blocks[2 * count]);
    mn_value_t *saved = frame_stack(frame) + mn_small_int_value(blocks[2 * count + 1]);
    frame[F_BLOCKS] = mn_small_int((mn_small_int_t)count);
    *kind = (int)(kind_handler & 3);
    *handler = (size_t)(kind_handler >> 2);
    if (*kind == BLOCK_EXCEPT_ACTIVE ||
        (*kind == BLOCK_FINALLY_ACTIVE && mn_is_tagged(saved[1], MN_TAG_EXCEPTION))) {
        runtime->roots[MN_ROOT_HANDLED] = saved[0];
    }
    return saved;
}

static bool has_blocks(const mn_value_t *frame) {
    return frame[F_BLOCKS] != mn_small_int(0);
}

// Enters a finally body at `handler` with (value, marker) pending: the operand stack
// restarts at `saved`. Returns the new stack pointer. no allocation is done
static mn_value_t *enter_finally(mn_value_t *frame, mn_value_t *saved, size_t handler,
                                 mn_value_t value, mn_value_t marker) {
    block_push(frame, BLOCK_FINALLY_ACTIVE, handler, saved);
    saved[0] = value;
    saved[1] = marker;
    return saved + 2;
}

// ---- Calls --------------------------------------------------------------------------------

static mn_value_t function_name(const mn_value_t *function) {
    const mn_function_t *object = mn_object(*function);
    return ((const mn_code_t *)mn_object(object->code))->name;
}

// Raises TypeError "f() missing 2 required positional arguments: 'a' and 'b'" (kind
// "positional" or "keyword-only") for the empty local slots in [first, end), as CPython lists
// them: 'a', 'a' and 'b', 'a', 'b', and 'c'. may trigger a gc
static void raise_missing(mn_runtime_t *runtime, mn_value_t *frame, const mn_value_t *function,
                          size_t first, size_t end, const char *kind) {
    size_t missing = 0;
    for (size_t i = first; i < end; i++) {
        missing += frame_locals(frame)[i] == MN_NULL;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *list = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *name = mn_root_push(&runtime->heap, &refs[1]);
    mn_buffer_t buffer;
    bool ok = mn_text_buffer_init(runtime, &buffer, list, 16);
    size_t listed = 0;
    for (size_t i = first; i < end && ok; i++) {
        if (frame_locals(frame)[i] != MN_NULL) {
            continue;
        }
        const char *separator = listed == 0             ? "'"
                                : missing == 2          ? " and '"
                                : listed + 1 == missing ? ", and '"
                                                        : ", '";
        *name = ((const mn_tuple_t *)mn_object(frame_code(frame)->names))->items[i];
        ok = mn_text_append(runtime, &buffer, separator, strlen(separator)) &&
             mn_text_append_slice(runtime, &buffer, name, 0, mn_str_length(mn_qstr_str(*name))) &&
             mn_text_append(runtime, &buffer, "'", 1);
        listed++;
    }
    if (ok && (*list = mn_text_finish(runtime, MN_TEXT_STR, &buffer)) != MN_EXCEPTION) {
        (void)mn_raise(runtime, &mn_type_TypeError, "%q() missing %z required %s argument%s: %q",
                       function_name(function), missing, kind, missing == 1 ? "" : "s", *list);
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
}

// Raises TypeError "f() takes 2 positional arguments but 3 were given" with CPython's
// variants (a range when some have defaults, the keyword-only arguments given).
// may trigger a gc
static void raise_too_many(mn_runtime_t *runtime, mn_value_t *frame, const mn_value_t *function,
                           size_t given, size_t default_count) {
    const mn_code_t *code = frame_code(frame);
    size_t positional = mn_code_parameter_count(code);
    size_t keyword_only_given = 0;
    for (size_t i = positional; i < positional + mn_code_keyword_only_count(code); i++) {
        keyword_only_given += frame_locals(frame)[i] != MN_NULL;
    }
    char signature[48], keyword_only[80] = "";
    if (default_count > 0) {
        snprintf(signature, sizeof signature, "from %zu to %zu", positional - default_count,
                 positional);
    } else {
        snprintf(signature, sizeof signature, "%zu", positional);
    }
    if (keyword_only_given > 0) {
        snprintf(keyword_only, sizeof keyword_only,
                 " positional argument%s (and %zu keyword-only argument%s)", given != 1 ? "s" : "",
                 keyword_only_given, keyword_only_given != 1 ? "s" : "");
    }
    (void)mn_raise(runtime, &mn_type_TypeError,
                   "%q() takes %s positional argument%s but %z%s %s given", function_name(function),
                   signature, default_count > 0 || positional != 1 ? "s" : "", given, keyword_only,
                   given == 1 && keyword_only_given == 0 ? "was" : "were");
}

// Binds a call's arguments (the native convention, obj/native.h; the keyword names in
// *keywords) to the parameters of the frame just pushed, in CPython's order and with its
// errors: positionals, *args, keywords (by name, or into **kwargs), then defaults.
// may trigger a gc
static bool bind_arguments(mn_runtime_t *runtime, mn_value_t *frame, const mn_value_t *function,
                           mn_value_t *args, size_t count, const mn_value_t *keywords) {
    const mn_code_t *code = frame_code(frame);
    size_t positional = mn_code_parameter_count(code);
    size_t total = positional + mn_code_keyword_only_count(code);
    size_t positional_only = mn_code_positional_only_count(code);
    unsigned flags = mn_code_flags(code);
    size_t varargs = total, varkeywords = total + ((flags & MN_CODE_VARARGS) ? 1 : 0);
    mn_value_t *locals = frame_locals(frame); // on the VM stack: never moves
    size_t bound = count < positional ? count : positional;
    memcpy(locals, args, bound * sizeof(mn_value_t));
    if ((flags & MN_CODE_VARARGS) && (locals[varargs] = mn_tuple_from_values(
                                          runtime, args + bound, count - bound)) == MN_EXCEPTION) {
        return false;
    }
    if ((flags & MN_CODE_VARKEYWORDS) &&
        (locals[varkeywords] = mn_dict_new(runtime, 0)) == MN_EXCEPTION) {
        return false;
    }
    size_t keyword_count = mn_native_keyword_count(*keywords);
    for (size_t k = 0; k < keyword_count; k++) {
        mn_value_t name = ((const mn_tuple_t *)mn_object(*keywords))->items[k];
        const mn_tuple_t *names = mn_object(frame_code(frame)->names);
        size_t i = positional_only;
        while (i < total && names->items[i] != name) {
            i++;
        }
        if (i < total) {
            if (locals[i] != MN_NULL) {
                (void)mn_raise(runtime, &mn_type_TypeError,
                               "%q() got multiple values for argument '%q'",
                               function_name(function), name);
                return false;
            }
            locals[i] = args[count + k];
            continue;
        }
        if (flags & MN_CODE_VARKEYWORDS) {
            mn_gc_ref_t ref;
            mn_value_t *key = mn_root_push(&runtime->heap, &ref);
            *key = name;
            bool ok = mn_dict_set(runtime, &locals[varkeywords], key, &args[count + k]);
            mn_root_pop(&runtime->heap, &ref);
            if (!ok) {
                return false;
            }
            continue;
        }
        i = 0;
        while (i < positional_only && names->items[i] != name) {
            i++;
        }
        (void)mn_raise(runtime, &mn_type_TypeError,
                       i < positional_only ? "%q() got some positional-only arguments passed as "
                                             "keyword arguments: '%q'"
                                           : "%q() got an unexpected keyword argument '%q'",
                       function_name(function), name);
        return false;
    }
    // The defaults: the positional parameters' last ones, then one per keyword-only
    // parameter when there are any (MN_NULL for a required one); compile/compile.c.
    mn_value_t defaults = ((const mn_function_t *)mn_object(*function))->defaults;
    size_t default_count = defaults == MN_NULL ? 0 : mn_tuple_length(mn_object(defaults));
    size_t keyword_defaults = default_count > 0 ? total - positional : 0;
    default_count -= keyword_defaults;
    if (count > positional && !(flags & MN_CODE_VARARGS)) {
        raise_too_many(runtime, frame, function, count, default_count);
        return false;
    }
    size_t first_default = positional - default_count;
    for (size_t i = count; i < first_default; i++) {
        if (locals[i] == MN_NULL) {
            raise_missing(runtime, frame, function, count, first_default, "positional");
            return false;
        }
    }
    bool keyword_missing = false;
    for (size_t i = first_default > bound ? first_default : bound; i < total; i++) {
        if (locals[i] == MN_NULL) {
            const mn_tuple_t *tuple = mn_object(defaults);
            locals[i] = i < positional         ? tuple->items[i - first_default]
                        : keyword_defaults > 0 ? tuple->items[default_count + i - positional]
                                               : MN_NULL;
            keyword_missing = keyword_missing || locals[i] == MN_NULL;
        }
    }
    if (keyword_missing) {
        raise_missing(runtime, frame, function, positional, total, "keyword-only");
        return false;
    }
    return true;
}

// Pushes the frame of a call to the Python function in *function and binds its arguments.
// NULL with the exception raised on a bad call. may trigger a gc
static mn_value_t *call_setup(mn_runtime_t *runtime, const mn_value_t *function, mn_value_t *args,
                              size_t count, mn_value_t keywords) {
    mn_function_t *object = mn_object(*function);
    // The frame's parts wait in rooted slots: pushing the frame may move the function.
    mn_gc_ref_t refs[3];
    mn_value_t *keywords_slot = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *code_slot = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *globals_slot = mn_root_push(&runtime->heap, &refs[2]);
    *keywords_slot = keywords;
    *code_slot = object->code;
    *globals_slot = object->globals;
    mn_value_t none = MN_NULL;
    mn_value_t *frame = frame_push(runtime, code_slot, globals_slot, &none);
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    if (frame != NULL && !bind_arguments(runtime, frame, function, args, count, keywords_slot)) {
        frame_pop(runtime, frame);
        frame = NULL;
    }
    mn_root_pop(&runtime->heap, &refs[0]);
    return frame;
}

// ---- Calls with spread arguments (CALL_EX) -------------------------------------------------

// How CPython names a callable in the errors of a call: "module.name()" for a Python function
// (its module from the globals' __name__), "name()" for other functions, types and classes,
// "X object" for anything else. A str value. may trigger a gc
static mn_value_t callable_description(mn_runtime_t *runtime, const mn_value_t *callable) {
    mn_gc_ref_t refs[3];
    mn_value_t *text = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *module = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *name = mn_root_push(&runtime->heap, &refs[2]);
    *name = *callable;
    if (mn_is_tagged(*name, MN_TAG_BOUND)) {
        *name = ((const mn_bound_t *)mn_object(*name))->function;
    }
    *module = MN_NULL;
    if (mn_is_tagged(*name, MN_TAG_FUNCTION)) {
        const mn_function_t *function = mn_object(*name);
        *module = mn_dict_get_str(function->globals, mn_qstr_value(MN_QSTR___name__));
        *name = ((const mn_code_t *)mn_object(function->code))->name;
    } else if (mn_is_tagged(*name, MN_TAG_NATIVE)) {
        *name = mn_qstr_value(((const mn_native_t *)mn_object(*name))->name);
    } else {
        *name = mn_find_attr(runtime, name, mn_qstr_value(MN_QSTR___name__));
    }
    mn_value_t result = MN_EXCEPTION;
    mn_buffer_t buffer;
    if (*name != MN_EXCEPTION && mn_text_buffer_init(runtime, &buffer, text, 16)) {
        bool ok = true;
        if (*module != MN_NULL && mn_text_kind(*module) == MN_TEXT_STR &&
            *module != mn_qstr_value(MN_QSTR_builtins)) {
            ok = mn_text_append_slice(runtime, &buffer, module, 0, mn_text_length(*module)) &&
                 mn_text_append(runtime, &buffer, ".", 1);
        }
        if (ok && *name != MN_NULL && mn_text_kind(*name) == MN_TEXT_STR) {
            size_t length;
            (void)mn_text_data(*name, &length);
            ok = mn_text_append_slice(runtime, &buffer, name, 0, length) &&
                 mn_text_append(runtime, &buffer, "()", 2);
        } else if (ok) {
            const mn_str_t *type_name = mn_type_name(mn_type_of(*callable));
            ok = mn_text_append(runtime, &buffer, type_name->bytes, mn_str_length(type_name)) &&
                 mn_text_append(runtime, &buffer, " object", 7);
        }
        result = ok ? mn_text_finish(runtime, MN_TEXT_STR, &buffer) : MN_EXCEPTION;
    }
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// Raises TypeError "<callable description> <message>", the message's %T naming *value's type.
// may trigger a gc
static void raise_call_error(mn_runtime_t *runtime, const mn_value_t *callable, const char *message,
                             const mn_value_t *value) {
    mn_gc_ref_t ref;
    mn_value_t *description = mn_root_push(&runtime->heap, &ref);
    *description = callable_description(runtime, callable);
    if (*description != MN_EXCEPTION) {
        (void)mn_raise(runtime, &mn_type_TypeError, message, *description, *value);
    }
    mn_root_pop(&runtime->heap, &ref);
}

// Whether *value can follow ** : a dict, or an object with keys(). MN_TRUE, MN_FALSE or
// MN_EXCEPTION. may trigger a gc
static mn_value_t is_mapping(mn_runtime_t *runtime, const mn_value_t *value) {
    if (mn_dict_is(*value)) {
        return MN_TRUE;
    }
    mn_value_t keys = mn_find_attr(runtime, value, mn_qstr_value(MN_QSTR_keys));
    return keys == MN_EXCEPTION ? keys : mn_bool(keys != MN_NULL);
}

// DICT_UPDATE 2: merges the mapping in *source into the keyword dict of a call being built
// (*callable, then the positional tuple, the dict, the source: on the VM stack, with a free
// slot above), refusing duplicates as CPython's DICT_MERGE does. may trigger a gc
static bool merge_keywords(mn_runtime_t *runtime, mn_value_t *callable) {
    mn_value_t *dict = callable + 2, *source = callable + 3, *spare = callable + 4;
    mn_value_t mapping = is_mapping(runtime, source);
    if (mapping != MN_TRUE) {
        if (mapping == MN_FALSE) {
            raise_call_error(runtime, callable, "%q argument after ** must be a mapping, not %T",
                             source);
        }
        return false;
    }
    if (!mn_dict_is(*source)) {
        if ((*spare = mn_dict_new(runtime, 0)) == MN_EXCEPTION ||
            !mn_dict_update(runtime, spare, source)) {
            return false;
        }
        *source = *spare;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *key = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *value = mn_root_push(&runtime->heap, &refs[1]);
    bool ok = true;
    for (size_t position = 0; ok && mn_dict_next(*source, &position, key, value);) {
        if (mn_text_kind(*key) != MN_TEXT_STR) {
            (void)mn_raise(runtime, &mn_type_TypeError, "keywords must be strings");
            ok = false;
        } else if (mn_dict_get_str(*dict, *key) != MN_NULL) {
            mn_gc_ref_t ref;
            mn_value_t *description = mn_root_push(&runtime->heap, &ref);
            *description = callable_description(runtime, callable);
            if (*description != MN_EXCEPTION) {
                (void)mn_raise(runtime, &mn_type_TypeError,
                               "%q got multiple values for keyword argument '%q'", *description,
                               *key);
            }
            mn_root_pop(&runtime->heap, &ref);
            ok = false;
        } else {
            ok = mn_dict_set(runtime, dict, key, value);
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return ok;
}

// CALL_EX: spreads the call at *callable (the callable, the positional tuple or a single
// iterable, and the keyword dict when has_keywords) on words reserved at the top of the VM
// stack, in the native convention: [keyword names or MN_NULL][function][self][arguments...]
// [keyword values...], self only for a bound Python function. Returns the area, its size in
// *words and the positional count in *count; NULL with the exception raised.
// may trigger a gc
static mn_value_t *spread_arguments(mn_runtime_t *runtime, mn_value_t *callable, bool has_keywords,
                                    size_t *words, size_t *count) {
    mn_value_t *positional = callable + 1, *keywords = callable + 2;
    if (!mn_is_tagged(*positional, MN_TAG_TUPLE)) {
        if (!mn_iterator_can_iterate(*positional)) {
            raise_call_error(runtime, callable, "%q argument after * must be an iterable, not %T",
                             positional);
            return NULL;
        }
        mn_value_t tuple = mn_tuple_from_iterable(runtime, positional);
        if (tuple == MN_EXCEPTION) {
            return NULL;
        }
        *positional = tuple;
    }
    size_t keyword_count = has_keywords ? mn_dict_count(*keywords) : 0;
    if (has_keywords) {
        mn_value_t key, value;
        for (size_t position = 0; mn_dict_next(*keywords, &position, &key, &value);) {
            if (mn_text_kind(key) != MN_TEXT_STR) {
                (void)mn_raise(runtime, &mn_type_TypeError, "keywords must be strings");
                return NULL;
            }
        }
    }
    bool with_self =
        mn_is_tagged(*callable, MN_TAG_BOUND) &&
        mn_is_tagged(((const mn_bound_t *)mn_object(*callable))->function, MN_TAG_FUNCTION);
    size_t length = mn_tuple_length(mn_object(*positional));
    *words = 2 + (with_self ? 1 : 0) + length + keyword_count;
    *count = (with_self ? 1 : 0) + length;
    mn_value_t *area = mn_heap_reserve_top(&runtime->heap, *words);
    if (area == NULL) {
        (void)raise_recursion(runtime); // the VM stack is full, as when a frame does not fit
        return NULL;
    }
    if (keyword_count > 0) {
        mn_tuple_t *names = mn_tuple_new(runtime, keyword_count);
        if (names == NULL) {
            mn_heap_release_top(&runtime->heap, *words);
            (void)mn_raise_memory_error(runtime);
            return NULL;
        }
        area[0] = mn_object_value(names);
    }
    // No allocation from here: the names are matched by identity, so a key that is not an
    // interned string becomes the interned one with its bytes, if there is one.
    area[1] = *callable;
    if (with_self) {
        area[1] = ((const mn_bound_t *)mn_object(*callable))->function;
        area[2] = ((const mn_bound_t *)mn_object(*callable))->self;
    }
    mn_value_t *arguments = area + 2 + (with_self ? 1 : 0);
    if (length > 0) {
        memcpy(arguments, ((const mn_tuple_t *)mn_object(*positional))->items,
               length * sizeof(mn_value_t));
    }
    mn_value_t key, value;
    for (size_t position = 0, k = 0;
         k < keyword_count && mn_dict_next(*keywords, &position, &key, &value); k++) {
        if (!mn_is_qstr(key) && !mn_str_is_interned(mn_object(key))) {
            size_t key_length;
            const char *bytes = mn_text_data(key, &key_length);
            mn_value_t interned = mn_qstr_find(runtime, bytes, key_length);
            key = interned != MN_NULL ? interned : key;
        }
        ((mn_tuple_t *)mn_object(area[0]))->items[k] = key;
        arguments[length + k] = value;
    }
    return area;
}

// Moves the newest frame up over the `words` words reserved just above it (the arguments it
// was called with), which are given back. Frames hold no pointers into themselves.
// no allocation is done
static mn_value_t *frame_lift(mn_runtime_t *runtime, mn_value_t *frame, size_t words) {
    memmove(frame + words, frame, frame_words(frame_code(frame)) * sizeof(mn_value_t));
    mn_heap_release_top(&runtime->heap, words);
    runtime->frame = frame + words;
    return frame + words;
}

// ---- Building values ----------------------------------------------------------------------

// FORMAT_VALUE: format(conversion(*value), *spec) as a str (spec NULL for none); the
// conversion 0 none, 1 !s, 2 !r, 3 !a. *value is a VM stack slot. may trigger a gc
static mn_value_t format_value(mn_runtime_t *runtime, mn_value_t *value, const mn_value_t *spec,
                               unsigned conversion) {
    static const char conversions[] = {0, 's', 'r', 'a'};
    if (conversion != 0) {
        mn_value_t converted = mn_format_convert(runtime, value, conversions[conversion & 3]);
        if (converted == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        *value = converted;
    }
    if (spec == NULL && mn_text_kind(*value) == MN_TEXT_STR) {
        return *value;
    }
    mn_value_t empty = mn_qstr_value(MN_QSTR__empty_);
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, 16) &&
        mn_format_value(runtime, &buffer, value, spec != NULL ? spec : &empty)) {
        result = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// BUILD_STRING: the strs in parts[0 .. count) (VM stack slots) joined. may trigger a gc
static mn_value_t join_strings(mn_runtime_t *runtime, mn_value_t *parts, size_t count) {
    size_t total = 0;
    for (size_t i = 0; i < count; i++) {
        size_t length;
        (void)mn_text_data(parts[i], &length);
        total += length;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    bool ok = mn_text_buffer_init(runtime, &buffer, slot, total);
    for (size_t i = 0; i < count && ok; i++) {
        size_t length;
        (void)mn_text_data(parts[i], &length);
        ok = mn_text_append_slice(runtime, &buffer, &parts[i], 0, length);
    }
    mn_value_t result = ok ? mn_text_finish(runtime, MN_TEXT_STR, &buffer) : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// UNPACK_EX: the items of the iterable in *slot, for `before` targets, a starred one and
// `after` targets, over the slot and the ones above it: the first target's item on top, the
// starred target's list where it falls. may trigger a gc
static bool unpack_starred(mn_runtime_t *runtime, mn_value_t *slot, size_t before, size_t after) {
    if (!mn_iterator_can_iterate(*slot)) {
        (void)mn_raise(runtime, &mn_type_TypeError, "cannot unpack non-iterable %T object", *slot);
        return false;
    }
    mn_value_t list = mn_list_from_iterable(runtime, slot);
    if (list == MN_EXCEPTION) {
        return false;
    }
    size_t length = mn_list_length(list);
    if (length < before + after) {
        (void)mn_raise(runtime, &mn_type_ValueError,
                       "not enough values to unpack (expected at least %z, got %z)", before + after,
                       length);
        return false;
    }
    // No allocation from here: the new list keeps the starred target's items.
    mn_value_t *items = mn_list_items(list);
    for (size_t i = 0; i < after; i++) {
        slot[i] = items[length - 1 - i];
    }
    slot[after] = list;
    for (size_t i = 0; i < before; i++) {
        slot[after + 1 + i] = items[before - 1 - i];
    }
    size_t rest = length - before - after;
    if (rest > 0 && before > 0) {
        memmove(items, items + before, rest * sizeof(mn_value_t));
    }
    for (size_t i = rest; i < length; i++) {
        items[i] = MN_NULL;
    }
    ((mn_list_t *)mn_object(list))->length = rest;
    return true;
}

// PRINT_EXPR: the interactive echo of an expression statement. A value other than None is
// printed as its repr and kept in `_`: the builtins are in ROM, so `_` is a global of the
// module (where MicroPython, whose builtins may be writable, keeps it in builtins).
// may trigger a gc
static bool print_expression(mn_runtime_t *runtime, mn_value_t *frame, const mn_value_t *value) {
    if (*value == MN_NONE) {
        return true;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    bool ok = mn_text_buffer_init(runtime, &buffer, slot, 16) &&
              mn_print(runtime, &buffer, value, true) && mn_text_append(runtime, &buffer, "\n", 1);
    if (ok && runtime->write_out != NULL) {
        runtime->write_out(runtime->write_context, mn_buffer_bytes(&buffer),
                           mn_buffer_length(&buffer));
    }
    mn_root_pop(&runtime->heap, &ref);
    mn_value_t name = mn_qstr_value(MN_QSTR__);
    return ok && mn_dict_set(runtime, &frame[F_GLOBALS], &name, value);
}

// ---- Names --------------------------------------------------------------------------------

static mn_value_t load_builtin(mn_value_t name) {
    return mn_attr_table_find(&mn_builtins_table, name);
}

static mn_value_t raise_name_error(mn_runtime_t *runtime, mn_value_t name) {
    return mn_raise(runtime, &mn_type_NameError, "name '%q' is not defined", name);
}

static mn_value_t code_name(const mn_value_t *frame, size_t index) {
    const mn_tuple_t *names = mn_object(frame_code(frame)->names);
    return names->items[index];
}

static mn_value_t code_constant(const mn_value_t *frame, size_t index) {
    const mn_tuple_t *constants = mn_object(frame_code(frame)->constants);
    return constants->items[index];
}

static mn_value_t raise_unbound_local(mn_runtime_t *runtime, const mn_value_t *frame,
                                      size_t index) {
    return mn_raise(runtime, &mn_type_UnboundLocalError,
                    "cannot access local variable '%q' where it is not associated with a value",
                    code_name(frame, index));
}

// ---- Exceptions ---------------------------------------------------------------------------

static bool exception_matches(mn_value_t exception, mn_value_t types) {
    if (mn_is_tagged(types, MN_TAG_TUPLE)) {
        const mn_tuple_t *tuple = mn_object(types);
        for (size_t i = 0; i < mn_tuple_length(tuple); i++) {
            if (exception_matches(exception, tuple->items[i])) {
                return true;
            }
        }
        return false;
    }
    return mn_class_is_type(types) && mn_class_is_instance(exception, types);
}

// Makes an exception instance from what `raise` was given; MN_EXCEPTION with TypeError if
// it is neither an exception class nor an instance. may trigger a gc
static mn_value_t exception_instance(mn_runtime_t *runtime, mn_value_t *slot) {
    if (mn_class_is_type(*slot) && (mn_class_builtin(*slot)->flags & MN_TYPE_EXCEPTION)) {
        return mn_call(runtime, slot, slot + 1, 0, MN_NULL);
    }
    if (mn_is_tagged(*slot, MN_TAG_EXCEPTION)) {
        return *slot;
    }
    return mn_raise(runtime, &mn_type_TypeError, "exceptions must derive from BaseException");
}

// ---- The loop -----------------------------------------------------------------------------

static size_t zigzag_decode(size_t value) {
    return (value >> 1) ^ -(value & 1);
}

// Runs frames from `entry` (already pushed) until it returns. may trigger a gc
// ---- Fast paths of the dispatch loop ----------------------------------------------------------

// a op b for small ints when the result is a small int and needs no allocation or error:
// the result, else MN_NULL (the general path then decides).
static inline mn_value_t small_int_binary(mn_binary_op_t op, mn_small_int_t a, mn_small_int_t b) {
    intmax_t result;
    switch (op) {
    case MN_BINARY_ADD:
        result = (intmax_t)a + b;
        break;
    case MN_BINARY_SUBTRACT:
        result = (intmax_t)a - b;
        break;
    case MN_BINARY_MULTIPLY:
        if (__builtin_mul_overflow((intmax_t)a, (intmax_t)b, &result)) {
            return MN_NULL;
        }
        break;
    case MN_BINARY_FLOOR_DIVIDE:
    case MN_BINARY_REMAINDER: {
        if (b == 0) {
            return MN_NULL; // ZeroDivisionError
        }
        intmax_t quotient = (intmax_t)a / b, remainder = (intmax_t)a % b;
        if (remainder != 0 && (remainder < 0) != (b < 0)) { // Python floors
            quotient--;
            remainder += b;
        }
        result = op == MN_BINARY_FLOOR_DIVIDE ? quotient : remainder;
        break;
    }
    case MN_BINARY_AND:
        result = (intmax_t)a & b;
        break;
    case MN_BINARY_OR:
        result = (intmax_t)a | b;
        break;
    case MN_BINARY_XOR:
        result = (intmax_t)a ^ b;
        break;
    default:
        return MN_NULL;
    }
    return mn_small_int_fits(result) ? mn_small_int((mn_small_int_t)result) : MN_NULL;
}

// The double of a float or a small int (rounded to nearest, as int-to-float conversion is).
static inline double number_double(mn_value_t value) {
    return mn_is_small_int(value) ? (double)mn_small_int_value(value) : mn_float_get(value);
}

// a op b in floats for + - * and / by a non-zero: true with *result, else false (the general
// path then raises or handles the operator).
static inline bool float_binary(mn_binary_op_t op, double a, double b, double *result) {
    switch (op) {
    case MN_BINARY_ADD:
        *result = a + b;
        return true;
    case MN_BINARY_SUBTRACT:
        *result = a - b;
        return true;
    case MN_BINARY_MULTIPLY:
        *result = a * b;
        return true;
    case MN_BINARY_TRUE_DIVIDE:
        *result = a / b;
        return b != 0.0;
    default:
        return false;
    }
}

// The slot of list[index] for a list and an index in range, else NULL (the general path then
// handles the other types, negative indexes and errors). no allocation is done
static inline mn_value_t *list_item(mn_value_t list, mn_value_t index) {
    if (!mn_list_is(list) || !mn_is_small_int(index)) {
        return NULL;
    }
    mn_small_int_t i = mn_small_int_value(index);
    if (i < 0 || (size_t)i >= mn_list_length(list)) {
        return NULL;
    }
    return &mn_list_items(list)[i];
}

// Dispatch by computed goto (each handler jumps straight to the next one's) where the
// compiler has labels as values; a switch elsewhere.
#if !defined(MN_COMPUTED_GOTO)
#if defined(__GNUC__)
#define MN_COMPUTED_GOTO 1
#else
#define MN_COMPUTED_GOTO 0
#endif
#endif

static mn_value_t run(mn_runtime_t *runtime, mn_value_t *entry) {
    mn_value_t *frame = entry;
    mn_value_t *sp = frame_stack(frame);
    const uint8_t *base = mn_code_bytes(frame_code(frame));
    const uint8_t *ip = base;
    mn_value_t result = MN_NULL;
    bool add_traceback = true;

#define SYNC() (frame[F_OFFSET] = mn_small_int(ip - base))
#define RELOAD()                                                                                   \
    do {                                                                                           \
        base = mn_code_bytes(frame_code(frame));                                                   \
        ip = base + mn_small_int_value(frame[F_OFFSET]);                                           \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define CHECK(v)                                                                                   \
    do {                                                                                           \
        if ((v) == MN_EXCEPTION) {                                                                 \
            goto error;                                                                            \
        }                                                                                          \
    } while (0)

#if MN_COMPUTED_GOTO
    // One entry an opcode, in the order of MN_OPCODES: an opcode without a handler below
    // does not compile.
#define LABEL_ADDRESS(name, form) [MN_OP_##name] = &&op_##name,
    static const void *const handlers[MN_OP_COUNT] = {MN_OPCODES(LABEL_ADDRESS)};
#undef LABEL_ADDRESS
#define HANDLER(name) op_##name:
#define NEXT()                                                                                     \
    do {                                                                                           \
        op = (mn_opcode_t)*ip++;                                                                   \
        goto *handlers[op];                                                                        \
    } while (0)
#else
#define HANDLER(name)
#define NEXT() goto next_instruction
#endif

    mn_opcode_t op;
    for (;;) {
#if !MN_COMPUTED_GOTO
    next_instruction:
#endif
        op = (mn_opcode_t)*ip++;
#if MN_COMPUTED_GOTO
        goto *handlers[op];
#endif
        switch (op) {
        case MN_OP_NOP:
            HANDLER(NOP);
            NEXT();
        case MN_OP_POP_TOP:
            HANDLER(POP_TOP);
            sp--;
            NEXT();
        case MN_OP_DUP_TOP:
            HANDLER(DUP_TOP);
            sp[0] = sp[-1];
            sp++;
            NEXT();
        case MN_OP_DUP_TOP_TWO:
            HANDLER(DUP_TOP_TWO);
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            NEXT();
        case MN_OP_ROT_TWO: {
            HANDLER(ROT_TWO);
            mn_value_t top = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = top;
            NEXT();
        }
        case MN_OP_ROT_THREE: {
            HANDLER(ROT_THREE);
            mn_value_t top = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = top;
            NEXT();
        }
        case MN_OP_ROT_FOUR: {
            HANDLER(ROT_FOUR);
            mn_value_t top = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = sp[-4];
            sp[-4] = top;
            NEXT();
        }
        case MN_OP_LOAD_NONE:
            HANDLER(LOAD_NONE);
            PUSH(MN_NONE);
            NEXT();
        case MN_OP_LOAD_TRUE:
            HANDLER(LOAD_TRUE);
            PUSH(MN_TRUE);
            NEXT();
        case MN_OP_LOAD_FALSE:
            HANDLER(LOAD_FALSE);
            PUSH(MN_FALSE);
            NEXT();
        case MN_OP_LOAD_ELLIPSIS:
            HANDLER(LOAD_ELLIPSIS);
            PUSH(MN_ELLIPSIS);
            NEXT();
        case MN_OP_LOAD_NULL:
            HANDLER(LOAD_NULL);
            PUSH(MN_NULL);
            NEXT();
        case MN_OP_LOAD_SMALL_INT:
            HANDLER(LOAD_SMALL_INT);
            PUSH(mn_small_int((mn_small_int_t)zigzag_decode(mn_code_read_var(&ip))));
            NEXT();
        case MN_OP_LOAD_CONST:
            HANDLER(LOAD_CONST);
            PUSH(code_constant(frame, mn_code_read_var(&ip)));
            NEXT();
        case MN_OP_LOAD_FAST: {
            HANDLER(LOAD_FAST);
            size_t index = mn_code_read_var(&ip);
            mn_value_t value = frame_locals(frame)[index];
            if (value == MN_NULL) {
                SYNC();
                (void)raise_unbound_local(runtime, frame, index);
                goto error;
            }
            PUSH(value);
            NEXT();
        }
        case MN_OP_STORE_FAST:
            HANDLER(STORE_FAST);
            frame_locals(frame)[mn_code_read_var(&ip)] = POP();
            NEXT();
        case MN_OP_DELETE_FAST: {
            HANDLER(DELETE_FAST);
            size_t index = mn_code_read_var(&ip);
            if (frame_locals(frame)[index] == MN_NULL) {
                SYNC();
                (void)raise_unbound_local(runtime, frame, index);
                goto error;
            }
            frame_locals(frame)[index] = MN_NULL;
            NEXT();
        }
        case MN_OP_LOAD_NAME:
            HANDLER(LOAD_NAME);
        case MN_OP_LOAD_GLOBAL: {
            HANDLER(LOAD_GLOBAL);
            mn_value_t name = code_name(frame, mn_code_read_var(&ip));
            mn_value_t value = MN_NULL;
            if (op == MN_OP_LOAD_NAME && frame[F_LOCALS] != frame[F_GLOBALS]) {
                value = mn_dict_get_str(frame[F_LOCALS], name);
            }
            if (value == MN_NULL) {
                value = mn_dict_get_str(frame[F_GLOBALS], name);
            }
            if (value == MN_NULL) {
                value = load_builtin(name);
            }
            if (value == MN_NULL) {
                SYNC();
                (void)raise_name_error(runtime, name);
                goto error;
            }
            PUSH(value);
            NEXT();
        }
        case MN_OP_STORE_NAME:
            HANDLER(STORE_NAME);
        case MN_OP_STORE_GLOBAL: {
            HANDLER(STORE_GLOBAL);
            size_t index = mn_code_read_var(&ip);
            SYNC();
            // The name in a GC reference: the operand stack has no room beyond its depth.
            mn_gc_ref_t name_ref;
            *mn_root_push(&runtime->heap, &name_ref) = code_name(frame, index);
            bool ok = mn_dict_set(runtime, &frame[op == MN_OP_STORE_NAME ? F_LOCALS : F_GLOBALS],
                                  &name_ref.value, &sp[-1]);
            mn_root_pop(&runtime->heap, &name_ref);
            sp--;
            RELOAD();
            if (!ok) {
                goto error;
            }
            NEXT();
        }
        case MN_OP_DELETE_NAME:
            HANDLER(DELETE_NAME);
        case MN_OP_DELETE_GLOBAL: {
            HANDLER(DELETE_GLOBAL);
            size_t index = mn_code_read_var(&ip);
            SYNC();
            mn_gc_ref_t name_ref;
            *mn_root_push(&runtime->heap, &name_ref) = code_name(frame, index);
            mn_value_t removed = mn_dict_remove(
                runtime, &frame[op == MN_OP_DELETE_NAME ? F_LOCALS : F_GLOBALS], &name_ref.value);
            mn_root_pop(&runtime->heap, &name_ref);
            RELOAD();
            CHECK(removed);
            if (removed == MN_NULL) {
                (void)raise_name_error(runtime, code_name(frame, index));
                goto error;
            }
            NEXT();
        }
        case MN_OP_LOAD_ATTR: {
            HANDLER(LOAD_ATTR);
            mn_value_t name = code_constant(frame, mn_code_read_var(&ip));
            if (mn_is_tagged(sp[-1], MN_TAG_INSTANCE)) {
                const mn_value_t *slot = mn_instance_slot(sp[-1], name);
                if (slot != NULL && *slot != MN_NULL) {
                    sp[-1] = *slot;
                    break;
                }
            }
            SYNC();
            mn_value_t value = mn_load_attr(runtime, &sp[-1], name);
            RELOAD();
            CHECK(value);
            sp[-1] = value;
            NEXT();
        }
        case MN_OP_STORE_ATTR: {
            HANDLER(STORE_ATTR);
            mn_value_t name = code_constant(frame, mn_code_read_var(&ip));
            if (mn_is_tagged(sp[-1], MN_TAG_INSTANCE)) {
                mn_value_t *slot = mn_instance_slot(sp[-1], name);
                if (slot != NULL) {
                    *slot = sp[-2];
                    sp -= 2;
                    break;
                }
            }
            SYNC();
            bool ok = mn_store_attr(runtime, &sp[-1], name, &sp[-2]);
            RELOAD();
            sp -= 2;
            if (!ok) {
                goto error;
            }
            NEXT();
        }
        case MN_OP_DELETE_ATTR: {
            HANDLER(DELETE_ATTR);
            mn_value_t name = code_constant(frame, mn_code_read_var(&ip));
            SYNC();
            mn_value_t none = MN_NULL;
            bool ok = mn_store_attr(runtime, &sp[-1], name, &none);
            RELOAD();
            sp--;
            if (!ok) {
                goto error;
            }
            NEXT();
        }
        case MN_OP_LOAD_METHOD: {
            HANDLER(LOAD_METHOD);
            // Pushes (function, self) for a method found on the type, to call without
            // making a bound method; else (attribute, NULL).
            mn_value_t name = code_constant(frame, mn_code_read_var(&ip));
            if (mn_is_tagged(sp[-1], MN_TAG_INSTANCE)) {
                mn_value_t method = mn_instance_find_method(sp[-1], name);
                if (method != MN_NULL) {
                    sp[0] = sp[-1];
                    sp[-1] = method;
                    sp++;
                    break;
                }
            }
            // A ROM method, unless the object's attr slot comes first (classes, instances,
            // modules, exceptions).
            const mn_type_t *type = mn_type_of(sp[-1]);
            mn_value_t (*attr)(mn_runtime_t *, const mn_value_t *, mn_value_t, const mn_value_t *);
            MN_FIND_SLOT(attr, type, attr);
            mn_value_t found = attr == NULL ? mn_type_find_attr(type, name) : MN_NULL;
            if (found != MN_NULL && mn_is_tagged(found, MN_TAG_NATIVE) &&
                !(((const mn_native_t *)mn_object(found))->flags &
                  (MN_NATIVE_STATIC | MN_NATIVE_CLASSMETHOD))) {
                sp[0] = sp[-1];
                sp[-1] = found;
                sp++;
                break;
            }
            SYNC();
            mn_value_t value = mn_load_attr(runtime, &sp[-1], name);
            RELOAD();
            CHECK(value);
            sp[-1] = value;
            PUSH(MN_NULL);
            NEXT();
        }
        case MN_OP_BINARY_SUBSCR: {
            HANDLER(BINARY_SUBSCR);
            const mn_value_t *item = list_item(sp[-2], sp[-1]);
            if (item != NULL) {
                sp[-2] = *item;
                sp--;
                break;
            }
            SYNC();
            mn_value_t value = mn_subscript(runtime, &sp[-2], &sp[-1], NULL);
            RELOAD();
            CHECK(value);
            sp--;
            sp[-1] = value;
            NEXT();
        }
        case MN_OP_STORE_SUBSCR: {
            HANDLER(STORE_SUBSCR);
            mn_value_t *item = list_item(sp[-2], sp[-1]);
            if (item != NULL) {
                *item = sp[-3];
                sp -= 3;
                break;
            }
            SYNC();
            mn_value_t done = mn_subscript(runtime, &sp[-2], &sp[-1], &sp[-3]);
            RELOAD();
            CHECK(done);
            sp -= 3;
            NEXT();
        }
        case MN_OP_DELETE_SUBSCR: {
            HANDLER(DELETE_SUBSCR);
            SYNC();
            mn_value_t none = MN_NULL;
            mn_value_t done = mn_subscript(runtime, &sp[-2], &sp[-1], &none);
            RELOAD();
            CHECK(done);
            sp -= 2;
            NEXT();
        }
        case MN_OP_BINARY_OP: {
            HANDLER(BINARY_OP);
            mn_binary_op_t binary = (mn_binary_op_t)mn_code_read_var(&ip);
            mn_value_t left = sp[-2], right = sp[-1];
            // Fast paths: small ints without allocation or dispatch; floats (and a float
            // with a small int) without dispatch.
            mn_value_t quick = MN_NULL;
            if (mn_is_small_int(left) && mn_is_small_int(right)) {
                quick = small_int_binary(mn_binary_op_plain(binary), mn_small_int_value(left),
                                         mn_small_int_value(right));
            } else if ((mn_float_is(left) || mn_is_small_int(left)) &&
                       (mn_float_is(right) || mn_is_small_int(right))) {
                double x;
                if (float_binary(mn_binary_op_plain(binary), number_double(left),
                                 number_double(right), &x)) {
                    SYNC();
                    quick = mn_float_new(runtime, x);
                    RELOAD();
                    CHECK(quick);
                }
            }
            if (quick != MN_NULL) {
                sp[-2] = quick;
                sp--;
                break;
            }
            SYNC();
            mn_value_t value = mn_binary(runtime, binary, &sp[-2], &sp[-1]);
            RELOAD();
            CHECK(value);
            sp--;
            sp[-1] = value;
            NEXT();
        }
        case MN_OP_UNARY_OP: {
            HANDLER(UNARY_OP);
            mn_unary_op_t unary = (mn_unary_op_t)mn_code_read_var(&ip);
            SYNC();
            mn_value_t value = mn_unary(runtime, unary, &sp[-1]);
            RELOAD();
            CHECK(value);
            sp[-1] = value;
            NEXT();
        }
        case MN_OP_NOT: {
            HANDLER(NOT);
            SYNC();
            mn_value_t value = mn_truth(runtime, &sp[-1]);
            RELOAD();
            CHECK(value);
            sp[-1] = value == MN_TRUE ? MN_FALSE : MN_TRUE;
            NEXT();
        }
        case MN_OP_COMPARE_OP: {
            HANDLER(COMPARE_OP);
            size_t compare = mn_code_read_var(&ip);
            mn_value_t left = sp[-2], right = sp[-1];
            mn_value_t value;
            if (compare == MN_COMPARE_OP_IS || compare == MN_COMPARE_OP_IS_NOT) {
                value = mn_bool((left == right) == (compare == MN_COMPARE_OP_IS));
            } else if (mn_is_small_int(left) && mn_is_small_int(right) && compare <= 5) {
                mn_small_int_t a = mn_small_int_value(left), b = mn_small_int_value(right);
                value = mn_bool(mn_compare_op_holds((mn_compare_op_t)compare, (a > b) - (a < b)));
            } else {
                SYNC();
                if (compare == MN_COMPARE_OP_IN || compare == MN_COMPARE_OP_NOT_IN) {
                    value = mn_contains(runtime, &sp[-1], &sp[-2]);
                    if (value != MN_EXCEPTION && compare == MN_COMPARE_OP_NOT_IN) {
                        value = value == MN_TRUE ? MN_FALSE : MN_TRUE;
                    }
                } else {
                    value = mn_compare(runtime, (mn_compare_op_t)compare, &sp[-2], &sp[-1]);
                }
                RELOAD();
                CHECK(value);
            }
            sp--;
            sp[-1] = value;
            NEXT();
        }
        case MN_OP_BUILD_TUPLE: {
            HANDLER(BUILD_TUPLE);
            size_t count = mn_code_read_var(&ip);
            SYNC();
            mn_tuple_t *tuple = mn_tuple_new(runtime, count);
            RELOAD();
            if (tuple == NULL) {
                (void)mn_raise_memory_error(runtime);
                goto error;
            }
            sp -= count;
            memcpy(tuple->items, sp, count * sizeof(mn_value_t));
            PUSH(mn_object_value(tuple));
            NEXT();
        }
        case MN_OP_BUILD_LIST: {
            HANDLER(BUILD_LIST);
            size_t count = mn_code_read_var(&ip);
            SYNC();
            mn_value_t list = mn_list_from_values(runtime, sp - count, count);
            RELOAD();
            CHECK(list);
            sp -= count;
            PUSH(list);
            NEXT();
        }
        case MN_OP_BUILD_SET: {
            HANDLER(BUILD_SET);
            size_t argument = mn_code_read_var(&ip);
            size_t count = argument & 1 ? 1 : argument >> 1;
            SYNC();
            mn_value_t set = argument & 1 ? mn_set_from_iterable(runtime, false, &sp[-1])
                                          : mn_set_from_values(runtime, sp - count, count);
            RELOAD();
            CHECK(set);
            sp -= count;
            PUSH(set);
            NEXT();
        }
        case MN_OP_BUILD_MAP: {
            HANDLER(BUILD_MAP);
            // The dict waits in a GC reference: the operand stack has no room above the
            // pairs (a word beyond the code's maximum depth is the caller's frame).
            size_t count = mn_code_read_var(&ip);
            SYNC();
            mn_gc_ref_t dict_ref;
            mn_value_t *dict = mn_root_push(&runtime->heap, &dict_ref);
            *dict = mn_dict_new(runtime, count);
            bool ok = *dict != MN_EXCEPTION;
            for (size_t i = 0; i < count && ok; i++) {
                mn_value_t *pair = sp - 2 * count + 2 * i;
                ok = mn_dict_set(runtime, dict, &pair[0], &pair[1]);
            }
            mn_root_pop(&runtime->heap, &dict_ref);
            RELOAD();
            if (!ok) {
                goto error;
            }
            sp -= 2 * count;
            PUSH(dict_ref.value);
            NEXT();
        }
        case MN_OP_BUILD_SLICE: {
            HANDLER(BUILD_SLICE);
            size_t count = mn_code_read_var(&ip);
            mn_value_t *parts = sp - count;
            mn_value_t none = MN_NONE;
            SYNC();
            mn_value_t slice =
                mn_slice_new(runtime, &parts[0], &parts[1], count == 3 ? &parts[2] : &none);
            RELOAD();
            CHECK(slice);
            sp = parts;
            PUSH(slice);
            NEXT();
        }
        case MN_OP_BUILD_STRING: {
            HANDLER(BUILD_STRING);
            size_t count = mn_code_read_var(&ip);
            SYNC();
            mn_value_t text = join_strings(runtime, sp - count, count);
            RELOAD();
            CHECK(text);
            sp -= count;
            PUSH(text);
            NEXT();
        }
        case MN_OP_FORMAT_VALUE: {
            HANDLER(FORMAT_VALUE);
            size_t argument = mn_code_read_var(&ip);
            mn_value_t *value = sp - 1 - (argument & 1);
            SYNC();
            mn_value_t text = format_value(runtime, value, (argument & 1) ? &sp[-1] : NULL,
                                           (unsigned)argument >> 1);
            RELOAD();
            CHECK(text);
            sp = value;
            PUSH(text);
            NEXT();
        }
        case MN_OP_LIST_EXTEND: {
            HANDLER(LIST_EXTEND);
            size_t distance = mn_code_read_var(&ip);
            SYNC();
            if (!mn_iterator_can_iterate(sp[-1])) {
                (void)mn_raise(runtime, &mn_type_TypeError,
                               "Value after * must be an iterable, not %T", sp[-1]);
                goto error;
            }
            bool ok = mn_list_extend(runtime, &sp[-1 - (intptr_t)distance], &sp[-1]);
            RELOAD();
            if (!ok) {
                goto error;
            }
            sp--;
            NEXT();
        }
        case MN_OP_DICT_UPDATE: {
            HANDLER(DICT_UPDATE);
            // 1: {**mapping} into the dict below; 2: a call's keyword arguments (the dict
            // below, the positional tuple and the callable under it), duplicates refused.
            size_t argument = mn_code_read_var(&ip);
            SYNC();
            bool ok;
            if (argument == 2) {
                ok = merge_keywords(runtime, sp - 4);
            } else {
                mn_value_t mapping = is_mapping(runtime, &sp[-1]);
                if (mapping == MN_FALSE) {
                    (void)mn_raise(runtime, &mn_type_TypeError, "'%T' object is not a mapping",
                                   sp[-1]);
                }
                ok = mapping == MN_TRUE && mn_dict_update(runtime, &sp[-2], &sp[-1]);
            }
            RELOAD();
            if (!ok) {
                goto error;
            }
            sp--;
            NEXT();
        }
        case MN_OP_UNPACK_EX: {
            HANDLER(UNPACK_EX);
            size_t argument = mn_code_read_var(&ip);
            size_t before = argument & 255, after = argument >> 8;
            SYNC();
            bool ok = unpack_starred(runtime, sp - 1, before, after);
            RELOAD();
            if (!ok) {
                goto error;
            }
            sp += before + after;
            NEXT();
        }
        case MN_OP_PRINT_EXPR: {
            HANDLER(PRINT_EXPR);
            SYNC();
            bool ok = print_expression(runtime, frame, &sp[-1]);
            RELOAD();
            if (!ok) {
                goto error;
            }
            sp--;
            NEXT();
        }
        case MN_OP_BUILD_CLASS: {
            HANDLER(BUILD_CLASS);
            // function (the body), name, bases..., layout (vm/class.h)
            size_t base_count = mn_code_read_var(&ip);
            SYNC();
            mn_value_t *first = sp - base_count - 3;
            mn_value_t cls = mn_class_build(runtime, first, base_count);
            RELOAD();
            CHECK(cls);
            sp = first;
            PUSH(cls);
            NEXT();
        }
        case MN_OP_IMPORT_NAME: {
            HANDLER(IMPORT_NAME);
            // TOS1: the level, TOS: the from-list; both replaced by the module.
            mn_value_t name = code_constant(frame, mn_code_read_var(&ip));
            SYNC();
            mn_value_t module = mn_import_name(runtime, name, &sp[-1], sp[-2], &frame[F_GLOBALS]);
            RELOAD();
            CHECK(module);
            sp--;
            sp[-1] = module;
            NEXT();
        }
        case MN_OP_IMPORT_FROM: {
            HANDLER(IMPORT_FROM);
            mn_value_t name = code_constant(frame, mn_code_read_var(&ip));
            SYNC();
            mn_value_t value = mn_import_from(runtime, &sp[-1], name);
            RELOAD();
            CHECK(value);
            PUSH(value);
            NEXT();
        }
        case MN_OP_IMPORT_STAR: {
            HANDLER(IMPORT_STAR);
            SYNC();
            bool ok = mn_import_star(runtime, &sp[-1], &frame[F_LOCALS]);
            RELOAD();
            sp--;
            if (!ok) {
                goto error;
            }
            NEXT();
        }
        case MN_OP_LIST_APPEND: {
            HANDLER(LIST_APPEND);
            size_t distance = mn_code_read_var(&ip);
            SYNC();
            bool ok = mn_list_append(runtime, &sp[-1 - (intptr_t)distance], &sp[-1]);
            RELOAD();
            if (!ok) {
                goto error;
            }
            sp--;
            NEXT();
        }
        case MN_OP_LIST_TO_TUPLE: {
            HANDLER(LIST_TO_TUPLE);
            SYNC();
            size_t count = mn_list_length(sp[-1]);
            mn_tuple_t *tuple = mn_tuple_new(runtime, count);
            RELOAD();
            if (tuple == NULL) {
                (void)mn_raise_memory_error(runtime);
                goto error;
            }
            if (count > 0) {
                memcpy(tuple->items, mn_list_items(sp[-1]), count * sizeof(mn_value_t));
            }
            sp[-1] = mn_object_value(tuple);
            NEXT();
        }
        case MN_OP_UNPACK_SEQUENCE: {
            HANDLER(UNPACK_SEQUENCE);
            size_t count = mn_code_read_var(&ip);
            mn_value_t sequence = sp[-1];
            const mn_value_t *items = NULL;
            size_t length = 0;
            if (mn_is_tagged(sequence, MN_TAG_TUPLE)) {
                items = ((const mn_tuple_t *)mn_object(sequence))->items;
                length = mn_tuple_length(mn_object(sequence));
            } else if (mn_list_is(sequence)) {
                items = mn_list_items(sequence);
                length = mn_list_length(sequence);
            }
            if (items != NULL || mn_list_is(sequence)) {
                if (length != count) {
                    SYNC();
                    if (length < count) {
                        (void)mn_raise(runtime, &mn_type_ValueError,
                                       "not enough values to unpack (expected %z, got %z)", count,
                                       length);
                    } else {
                        (void)mn_raise(runtime, &mn_type_ValueError,
                                       "too many values to unpack (expected %z)", count);
                    }
                    goto error;
                }
                sp--;
                for (size_t i = 0; i < count; i++) {
                    sp[i] = items[count - 1 - i];
                }
                sp += count;
                break;
            }
            // Any iterable: its items, then a check that it is exhausted.
            SYNC();
            if (!mn_iterator_can_iterate(sp[-1])) {
                (void)mn_raise(runtime, &mn_type_TypeError, "cannot unpack non-iterable %T object",
                               sp[-1]);
                goto error;
            }
            mn_value_t iterator = mn_iter(runtime, &sp[-1]);
            RELOAD();
            CHECK(iterator);
            sp[-1] = iterator;
            mn_value_t *iterator_slot = sp - 1;
            for (size_t i = 0; i < count; i++) {
                mn_value_t item = mn_next(runtime, iterator_slot);
                if (item == MN_NULL) {
                    RELOAD();
                    (void)mn_raise(runtime, &mn_type_ValueError,
                                   "not enough values to unpack (expected %z, got %z)", count, i);
                    goto error;
                }
                if (item == MN_EXCEPTION) {
                    RELOAD();
                    goto error;
                }
                PUSH(item);
            }
            mn_value_t extra = mn_next(runtime, iterator_slot);
            RELOAD();
            CHECK(extra);
            if (extra != MN_NULL) {
                (void)mn_raise(runtime, &mn_type_ValueError,
                               "too many values to unpack (expected %z)", count);
                goto error;
            }
            // The items, reversed, over the iterator's slot: the first ends on top.
            memmove(iterator_slot, iterator_slot + 1, count * sizeof(mn_value_t));
            for (size_t i = 0; i < count / 2; i++) {
                mn_value_t swap = iterator_slot[i];
                iterator_slot[i] = iterator_slot[count - 1 - i];
                iterator_slot[count - 1 - i] = swap;
            }
            sp--;
            NEXT();
        }
        case MN_OP_GET_ITER: {
            HANDLER(GET_ITER);
            SYNC();
            mn_value_t iterator = mn_iter(runtime, &sp[-1]);
            RELOAD();
            CHECK(iterator);
            sp[-1] = iterator;
            NEXT();
        }
        case MN_OP_FOR_ITER: {
            HANDLER(FOR_ITER);
            int offset = mn_code_read_jump(&ip);
            SYNC();
            mn_value_t item = mn_next(runtime, &sp[-1]);
            RELOAD();
            CHECK(item);
            if (item == MN_NULL) {
                sp--;
                ip += offset;
            } else {
                PUSH(item);
            }
            NEXT();
        }
        case MN_OP_JUMP: {
            HANDLER(JUMP);
            int offset = mn_code_read_jump(&ip);
            if (offset < 0 && runtime->interrupt_pending) { // a loop: the interrupt's check
                SYNC();
                (void)raise_interrupt(runtime);
                goto error;
            }
            BUDGET_AT_JUMP(offset);
            ip += offset;
            NEXT();
        }
        case MN_OP_POP_JUMP_IF_FALSE:
            HANDLER(POP_JUMP_IF_FALSE);
        case MN_OP_POP_JUMP_IF_TRUE:
            HANDLER(POP_JUMP_IF_TRUE);
        case MN_OP_JUMP_IF_FALSE_OR_POP:
            HANDLER(JUMP_IF_FALSE_OR_POP);
        case MN_OP_JUMP_IF_TRUE_OR_POP: {
            HANDLER(JUMP_IF_TRUE_OR_POP);
            int offset = mn_code_read_jump(&ip);
            mn_value_t value = sp[-1];
            mn_value_t truth;
            if (value == MN_TRUE || value == MN_FALSE) {
                truth = value;
            } else {
                SYNC();
                truth = mn_truth(runtime, &sp[-1]);
                RELOAD();
                CHECK(truth);
            }
            bool jump_if = op == MN_OP_POP_JUMP_IF_TRUE || op == MN_OP_JUMP_IF_TRUE_OR_POP;
            bool jumps = (truth == MN_TRUE) == jump_if;
            if (op == MN_OP_POP_JUMP_IF_FALSE || op == MN_OP_POP_JUMP_IF_TRUE || !jumps) {
                sp--;
            }
            if (jumps) {
                BUDGET_AT_JUMP(offset);
                ip += offset;
            }
            NEXT();
        }
        case MN_OP_JUMP_IF_NOT_EXC_MATCH: {
            HANDLER(JUMP_IF_NOT_EXC_MATCH);
            int offset = mn_code_read_jump(&ip);
            mn_value_t types = sp[-1];
            mn_value_t exception = sp[-2];
            sp -= 2;
            if (!exception_matches(exception, types)) {
                ip += offset;
            }
            NEXT();
        }
        case MN_OP_SETUP_EXCEPT:
            HANDLER(SETUP_EXCEPT);
        case MN_OP_SETUP_FINALLY: {
            HANDLER(SETUP_FINALLY);
            int offset = mn_code_read_jump(&ip);
            block_push(frame, op == MN_OP_SETUP_EXCEPT ? BLOCK_EXCEPT : BLOCK_FINALLY,
                       (size_t)(ip + offset - base), sp);
            NEXT();
        }
        case MN_OP_POP_BLOCK:
            HANDLER(POP_BLOCK);
            frame[F_BLOCKS] = mn_small_int(mn_small_int_value(frame[F_BLOCKS]) - 1);
            NEXT();
        case MN_OP_BEGIN_FINALLY:
            HANDLER(BEGIN_FINALLY);
            sp = enter_finally(frame, sp, 0, MN_NONE, MN_NONE);
            NEXT();
        case MN_OP_POP_EXCEPT: {
            HANDLER(POP_EXCEPT);
            int kind;
            size_t handler;
            sp = block_pop(runtime, frame, &kind, &handler); // restores the handled exception
            NEXT();
        }
        case MN_OP_END_FINALLY: {
            HANDLER(END_FINALLY);
            int kind;
            size_t handler;
            mn_value_t *saved = block_pop(runtime, frame, &kind, &handler);
            mn_value_t value = saved[0], marker = saved[1];
            sp = saved;
            if (marker == MN_NONE) {
                break;
            }
            if (marker == RETURN_MARKER) {
                result = value;
                goto do_return;
            }
            if (mn_is_small_int(marker)) {
                size_t jump = (size_t)mn_small_int_value(marker);
                ip = base + (jump >> 5);
                result = mn_small_int((mn_small_int_t)(jump & 31));
                goto do_unwind;
            }
            runtime->roots[MN_ROOT_EXCEPTION] = marker; // block_pop restored the handled one
            add_traceback = false;
            goto error;
        }
        case MN_OP_UNWIND_JUMP: {
            HANDLER(UNWIND_JUMP);
            int offset = mn_code_read_jump(&ip);
            BUDGET_AT_JUMP(offset);
            const uint8_t *target = ip + offset; // relative to the jump's own end
            size_t count = mn_code_read_var(&ip);
            ip = target;
            result = mn_small_int((mn_small_int_t)count);
            goto do_unwind;
        }
        case MN_OP_RERAISE:
            HANDLER(RERAISE);
            runtime->roots[MN_ROOT_EXCEPTION] = POP();
            add_traceback = false;
            goto error;
        case MN_OP_RAISE: {
            HANDLER(RAISE);
            size_t count = mn_code_read_var(&ip);
            SYNC();
            if (count == 0) {
                mn_value_t handled = runtime->roots[MN_ROOT_HANDLED];
                if (handled == MN_NULL || handled == MN_NONE) {
                    (void)mn_raise(runtime, &mn_type_RuntimeError,
                                   "No active exception to reraise");
                } else {
                    runtime->roots[MN_ROOT_EXCEPTION] = handled;
                    add_traceback = false;
                }
                goto error;
            }
            mn_value_t *slot = sp - count;
            mn_value_t exception = exception_instance(runtime, slot);
            RELOAD();
            CHECK(exception);
            slot[0] = exception;
            if (count == 2) {
                // The cause word is MN_NONE for `from None` (exception.h).
                mn_value_t cause = slot[1];
                if (cause != MN_NONE) {
                    cause = mn_is_tagged(cause, MN_TAG_EXCEPTION) ||
                                    (mn_class_is_type(cause) &&
                                     (mn_class_builtin(cause)->flags & MN_TYPE_EXCEPTION))
                                ? exception_instance(runtime, &slot[1])
                                : mn_raise(runtime, &mn_type_TypeError,
                                           "exception causes must derive from BaseException");
                    RELOAD();
                    CHECK(cause);
                }
                ((mn_exception_t *)mn_object(slot[0]))->cause = cause;
            }
            sp = slot;
            ((mn_exception_t *)mn_object(slot[0]))->traceback = MN_NULL;
            (void)mn_raise_object(runtime, slot[0]);
            goto error;
        }
        case MN_OP_LOAD_ASSERTION_ERROR:
            HANDLER(LOAD_ASSERTION_ERROR);
            PUSH(mn_object_value(&mn_type_AssertionError));
            NEXT();
        case MN_OP_MAKE_FUNCTION: {
            HANDLER(MAKE_FUNCTION);
            size_t argument = mn_code_read_var(&ip);
            SYNC();
            // The code in a GC reference: the operand stack has no room beyond its depth.
            mn_gc_ref_t code_ref;
            *mn_root_push(&runtime->heap, &code_ref) = code_constant(frame, argument >> 1);
            mn_value_t none = MN_NULL;
            mn_value_t function = mn_function_new(runtime, &code_ref.value, &frame[F_GLOBALS],
                                                  (argument & 1) ? &sp[-1] : &none);
            mn_root_pop(&runtime->heap, &code_ref);
            RELOAD();
            CHECK(function);
            if (argument & 1) {
                sp[-1] = function;
            } else {
                PUSH(function);
            }
            NEXT();
        }
        case MN_OP_CALL: {
            HANDLER(CALL);
            size_t argument = mn_code_read_var(&ip);
            size_t count = argument >> 2;
            bool has_keywords = (argument & 2) != 0;
            bool method = (argument & 1) != 0;
            mn_value_t keywords = has_keywords ? sp[-1] : MN_NULL;
            mn_value_t *args = sp - count - (has_keywords ? 1 : 0);
            count -= mn_native_keyword_count(keywords);
            mn_value_t *callable = args - 1;
            if (method) {
                // (function, self): self is the first argument; (attribute, NULL): a plain
                // call of the attribute.
                callable--;
                if (args[-1] != MN_NULL) {
                    args--;
                    count++;
                }
            }
            mn_gc_ref_t function_ref;
            mn_value_t *function = mn_root_push(&runtime->heap, &function_ref);
            *function = *callable;
            if (mn_is_tagged(*callable, MN_TAG_BOUND)) {
                // A bound Python method: self goes in the slot before the arguments (the
                // callable's own, or the NULL of a method call), which the result replaces.
                const mn_bound_t *bound = mn_object(*callable);
                if (mn_is_tagged(bound->function, MN_TAG_FUNCTION)) {
                    *function = bound->function;
                    args[-1] = bound->self;
                    args--;
                    count++;
                }
            }
            SYNC();
            frame[F_DEPTH] = mn_small_int(callable - frame_stack(frame));
            bool constructing = false;
            if (mn_is_tagged(*function, MN_TAG_CLASS) &&
                mn_class_python_init(*function) != MN_NULL) {
                // A class whose __init__ is a Python function: the new instance goes in the
                // slot before the arguments, and __init__ runs in this loop.
                mn_gc_ref_t keywords_ref;
                *mn_root_push(&runtime->heap, &keywords_ref) = keywords;
                mn_value_t instance = mn_class_new_instance(runtime, function, args, count);
                mn_root_pop(&runtime->heap, &keywords_ref);
                keywords = keywords_ref.value;
                if (instance == MN_EXCEPTION) {
                    mn_root_pop(&runtime->heap, &function_ref);
                    RELOAD();
                    goto error;
                }
                *function = mn_class_python_init(*function);
                args[-1] = instance;
                args--;
                count++;
                constructing = true;
            }
            if (mn_is_tagged(*function, MN_TAG_FUNCTION)) {
                mn_value_t *callee = call_setup(runtime, function, args, count, keywords);
                mn_root_pop(&runtime->heap, &function_ref);
                if (callee == NULL) {
                    RELOAD();
                    goto error;
                }
                if (constructing) {
                    callee[F_LOCALS] = args[0];
                }
                frame = callee;
                sp = frame_stack(frame);
                RELOAD();
                break;
            }
            mn_value_t value = mn_call(runtime, function, args, count, keywords);
            mn_root_pop(&runtime->heap, &function_ref);
            RELOAD();
            CHECK(value);
            sp = frame_stack(frame) + mn_small_int_value(frame[F_DEPTH]);
            PUSH(value);
            NEXT();
        }
        case MN_OP_CALL_EX: {
            HANDLER(CALL_EX);
            // f(*args, **kwargs): the arguments spread on the VM stack top for the call; a
            // Python function's frame then takes their place.
            bool has_keywords = (mn_code_read_var(&ip) & 1) != 0;
            mn_value_t *callable = sp - (has_keywords ? 3 : 2);
            SYNC();
            frame[F_DEPTH] = mn_small_int(callable - frame_stack(frame));
            size_t words, count;
            mn_value_t *area = spread_arguments(runtime, callable, has_keywords, &words, &count);
            if (area == NULL) {
                RELOAD();
                goto error;
            }
            if (mn_is_tagged(area[1], MN_TAG_FUNCTION)) {
                mn_value_t *callee = call_setup(runtime, &area[1], &area[2], count, area[0]);
                if (callee == NULL) {
                    mn_heap_release_top(&runtime->heap, words);
                    RELOAD();
                    goto error;
                }
                frame = frame_lift(runtime, callee, words);
                sp = frame_stack(frame);
                RELOAD();
                break;
            }
            mn_value_t value = mn_call(runtime, &area[1], &area[2], count, area[0]);
            mn_heap_release_top(&runtime->heap, words);
            RELOAD();
            CHECK(value);
            sp = frame_stack(frame) + mn_small_int_value(frame[F_DEPTH]);
            PUSH(value);
            NEXT();
        }
        case MN_OP_RETURN_VALUE:
            HANDLER(RETURN_VALUE);
            result = POP();
            goto do_return;
        default:
            SYNC();
            (void)mn_raise(runtime, &mn_type_SystemError, "bad opcode %d", (int)op);
            goto error;
        }
        continue;

    do_return:
        // Leave every block of the frame; a finally body runs first, with the result saved.
        while (has_blocks(frame)) {
            int kind;
            size_t handler;
            mn_value_t *saved = block_pop(runtime, frame, &kind, &handler);
            if (kind == BLOCK_FINALLY) {
                sp = enter_finally(frame, saved, handler, result, RETURN_MARKER);
                ip = base + handler;
                goto next;
            }
        }
        if (frame[F_LOCALS] != MN_NULL && mn_code_kind(frame_code(frame)) == MN_CODE_FUNCTION) {
            // The __init__ of a class call: the call's result is the instance.
            if (result != MN_NONE) {
                mn_value_t *caller = frame_previous(runtime, frame);
                frame_pop(runtime, frame);
                frame = caller;
                RELOAD();
                (void)mn_raise(runtime, &mn_type_TypeError,
                               "__init__() should return None, not '%T'", result);
                goto error;
            }
            result = frame[F_LOCALS];
        }
        if (frame == entry) {
            frame_pop(runtime, frame);
            return result;
        }
        {
            mn_value_t *caller = frame_previous(runtime, frame);
            frame_pop(runtime, frame);
            frame = caller;
            sp = frame_stack(frame) + mn_small_int_value(frame[F_DEPTH]);
            PUSH(result);
            RELOAD();
        }
        continue;

    do_unwind:
        // break / continue out of `result` blocks to ip, through finally bodies.
        {
            size_t remaining = (size_t)mn_small_int_value(result);
            size_t target = (size_t)(ip - base);
            while (remaining > 0) {
                int kind;
                size_t handler;
                sp = block_pop(runtime, frame, &kind, &handler);
                remaining--;
                if (kind == BLOCK_FINALLY) {
                    sp = enter_finally(frame, sp, handler, MN_NONE,
                                       mn_small_int((mn_small_int_t)(target << 5 | remaining)));
                    ip = base + handler;
                    goto next;
                }
            }
            ip = base + target;
        }
        continue;

    error:
        // The exception unwinds to the innermost handler, frame by frame.
        for (;;) {
            if (add_traceback) {
                mn_code_t *code = frame_code(frame);
                size_t offset = (size_t)mn_small_int_value(frame[F_OFFSET]);
                uint32_t line = mn_code_line(code, offset > 0 ? offset - 1 : 0);
                mn_exception_add_traceback(runtime, &frame[F_CODE], line);
            }
            add_traceback = true;
            while (has_blocks(frame)) {
                int kind;
                size_t handler;
                mn_value_t *saved = block_pop(runtime, frame, &kind, &handler);
                if (kind == BLOCK_EXCEPT || kind == BLOCK_FINALLY) {
                    mn_value_t exception = runtime->roots[MN_ROOT_EXCEPTION];
                    mn_exception_clear(runtime);
                    block_push(frame,
                               kind == BLOCK_EXCEPT ? BLOCK_EXCEPT_ACTIVE : BLOCK_FINALLY_ACTIVE,
                               handler, saved);
                    saved[0] = runtime->roots[MN_ROOT_HANDLED];
                    saved[1] = exception;
                    sp = saved + 2;
                    runtime->roots[MN_ROOT_HANDLED] = exception;
                    RELOAD();
                    ip = base + handler;
                    goto next;
                }
            }
            if (frame == entry) {
                frame_pop(runtime, frame);
                return MN_EXCEPTION;
            }
            mn_value_t *caller = frame_previous(runtime, frame);
            frame_pop(runtime, frame);
            frame = caller;
        }
    next:;
    }
#undef SYNC
#undef RELOAD
#undef PUSH
#undef POP
#undef CHECK
}

bool mn_vm_frame_self(mn_runtime_t *runtime, mn_value_t *code, mn_value_t *first) {
    mn_value_t *frame = runtime->frame;
    if (frame == NULL) {
        return false;
    }
    const mn_code_t *object = frame_code(frame);
    if (mn_code_kind(object) != MN_CODE_FUNCTION || mn_code_parameter_count(object) == 0) {
        return false;
    }
    *code = frame[F_CODE];
    *first = frame_locals(frame)[0];
    return *first != MN_NULL;
}

mn_value_t mn_vm_run_code(mn_runtime_t *runtime, const mn_value_t *code, const mn_value_t *globals,
                          const mn_value_t *locals) {
    if (runtime->call_depth >= MN_MAX_CALL_DEPTH) {
        return raise_recursion(runtime);
    }
    mn_value_t *frame = frame_push(runtime, code, globals, locals);
    if (frame == NULL) {
        return MN_EXCEPTION;
    }
    runtime->call_depth++;
    mn_value_t result = run(runtime, frame);
    runtime->call_depth--;
    return result;
}

mn_value_t mn_vm_call_function(mn_runtime_t *runtime, const mn_value_t *function, mn_value_t *args,
                               size_t count, mn_value_t keywords) {
    if (runtime->call_depth >= MN_MAX_CALL_DEPTH) {
        return raise_recursion(runtime);
    }
    mn_value_t *frame = call_setup(runtime, function, args, count, keywords);
    if (frame == NULL) {
        return MN_EXCEPTION;
    }
    runtime->call_depth++;
    mn_value_t result = run(runtime, frame);
    runtime->call_depth--;
    return result;
}

mn_value_t mn_vm_globals(const mn_runtime_t *runtime) {
    return runtime->frame != NULL ? runtime->frame[F_GLOBALS] : MN_NULL;
}

mn_value_t mn_vm_locals(mn_runtime_t *runtime) {
    mn_value_t *frame = runtime->frame;
    if (frame == NULL) {
        return MN_NULL;
    }
    if (frame[F_LOCALS] != MN_NULL) {
        return frame[F_LOCALS];
    }
    // A function: a new dict of its bound local slots (the frame never moves; the code's
    // names are re-read after each allocation).
    mn_gc_ref_t refs[2];
    mn_value_t *dict = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *name = mn_root_push(&runtime->heap, &refs[1]);
    *dict = mn_dict_new(runtime, 4);
    for (size_t i = 0; *dict != MN_EXCEPTION && i < mn_code_name_count(frame_code(frame)); i++) {
        mn_value_t *slot = &frame_locals(frame)[i];
        if (*slot != MN_NULL) {
            *name = code_name(frame, i);
            if (!mn_dict_set(runtime, dict, name, slot)) {
                *dict = MN_EXCEPTION;
            }
        }
    }
    mn_value_t result = *dict;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}
