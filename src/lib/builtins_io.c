// The builtins that reach the port: input() (its read_input hook) and open() (its files,
// obj/file.h).
#include "lib/builtins.h"
#include "obj/bytes.h"
#include "obj/file.h"
#include "obj/port.h"
#include "obj/text.h"

// Bytes read from standard input at a time.
#define LINE_CHUNK 128

// input(prompt=''): the prompt to standard output, then a line of standard input without its
// newline; EOFError "EOF when reading a line" at the end of the input.
static mn_value_t input_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)keywords;
    if (!mn_builtin_check_count(runtime, "input", count, 0, 1)) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_value_t result = MN_NONE;
    if (count == 1) {
        result = *slot = mn_str(runtime, &args[0]);
        if (result != MN_EXCEPTION && runtime->write_out != NULL) {
            size_t length;
            const char *prompt = mn_text_data(*slot, &length);
            runtime->write_out(runtime->write_context, prompt, length);
        }
    }
    mn_buffer_t buffer;
    if (result != MN_EXCEPTION && !mn_text_buffer_init(runtime, &buffer, slot, LINE_CHUNK)) {
        result = MN_EXCEPTION;
    }
    bool newline = false;
    while (result != MN_EXCEPTION && !newline) {
        size_t before = mn_buffer_length(&buffer);
        char *room = mn_text_extend(runtime, &buffer, LINE_CHUNK);
        if (room == NULL) {
            result = MN_EXCEPTION;
            break;
        }
        const mn_port_t *port = runtime->port;
        size_t got = port != NULL && port->read_input != NULL
                         ? port->read_input(port->context, room, LINE_CHUNK, true)
                         : 0;
        newline = got > 0 && room[got - 1] == '\n';
        mn_buffer_truncate(&buffer, before + got - (newline ? 1 : 0));
        if (got == 0) {
            break;
        }
    }
    if (result != MN_EXCEPTION) {
        if (!newline && mn_buffer_length(&buffer) == 0) {
            result = mn_raise(runtime, &mn_type_EOFError, "EOF when reading a line");
        } else {
            result = *slot = mn_text_finish(runtime, MN_TEXT_BYTES, &buffer);
            if (result != MN_EXCEPTION) {
                result = mn_bytes_decode(runtime, slot, MN_NULL, MN_NULL);
            }
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

MN_NATIVE(mn_builtin_input, MN_QSTR_input, 0, MN_ARGS_ANY, 0, input_native);
MN_NATIVE(mn_builtin_open, MN_QSTR_open, 0, MN_ARGS_ANY, MN_NATIVE_KEYWORDS, mn_file_open);
