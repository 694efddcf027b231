// The REPL's modes (docs/repl.md): the friendly REPL (prompts, line editing, statements that
// continue over several lines, paste mode) and the raw REPL with its raw-paste mode, as
// MicroPython's pyexec does them, so that its users and their tools find what they know.
//
// Everything typed that is to be compiled (a statement of several lines, a pasted block, a
// raw-REPL program) is collected in a heap buffer in a slot on the reserved top of the arena,
// compiled in the globals of __main__ and dropped; the C side keeps only the line being edited.
#include "lib/repl.h"

#include <string.h>

#include "compile/compile.h"
#include "lib/readline.h"
#include "obj/buffer.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/port.h"
#include "obj/qstr.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/traceback.h"
#include "vm/vm.h"

// The rooted slots of a session.
enum { SLOT_TEXT, SLOT_GLOBALS, SLOT_WORK, SLOT_COUNT };

// What a mode's loop ends with, beyond mn_repl_end_t: the other mode was asked for.
#define SWITCH_MODE ((mn_repl_end_t)-1)

// The window of raw-paste mode: the host may send this many bytes beyond those the REPL has
// acknowledged (MicroPython's 128).
#define RAW_PASTE_WINDOW 128

void mn_repl_init(mn_repl_t *repl, const mn_terminal_t *terminal) {
    memset(repl, 0, sizeof *repl);
    repl->terminal = terminal;
    repl->banner = true;
}

void mn_repl_write_text(void *context, const char *text, size_t length) {
    const mn_repl_t *repl = context;
    size_t start = 0;
    for (size_t i = 0; i < length; i++) {
        if (text[i] == '\n') {
            mn_readline_write(repl, text + start, i - start);
            mn_readline_write(repl, "\r\n", 2);
            start = i + 1;
        }
    }
    mn_readline_write(repl, text + start, length - start);
}

static void set_editing(const mn_repl_t *repl, bool editing) {
    if (repl->terminal->set_editing != NULL) {
        repl->terminal->set_editing(repl->terminal->context, editing);
    }
}

// "Minnow 0.1.0 on 2025-01-31; linux": the build's date from __DATE__ ("Jan 31 2025").
static void print_banner(const mn_repl_t *repl, const mn_runtime_t *runtime) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char *date = __DATE__;
    int month = 0;
    while (month < 12 && memcmp(months + 3 * month, date, 3) != 0) {
        month++;
    }
    char iso[11] = {date[7],
                    date[8],
                    date[9],
                    date[10],
                    '-',
                    (char)('0' + (month + 1) / 10),
                    (char)('0' + (month + 1) % 10),
                    '-',
                    date[4] == ' ' ? '0' : date[4],
                    date[5],
                    '\0'};
    mn_readline_puts(repl, "Minnow " MN_VERSION_TEXT " on ");
    mn_readline_puts(repl, iso);
    mn_value_t platform = runtime->port != NULL ? runtime->port->platform : MN_NULL;
    if (platform != MN_NULL) {
        const mn_str_t *name = mn_qstr_str(platform);
        mn_readline_write(repl, "; ", 2);
        mn_readline_write(repl, name->bytes, mn_str_length(name));
    }
    mn_readline_puts(repl, "\r\nType \"help()\" for more information.\r\n");
}

// The globals of __main__ into slots[SLOT_GLOBALS], the module made (empty) when sys.modules
// has none. False with the exception pending. may trigger a gc
static bool find_main(mn_runtime_t *runtime, mn_value_t *slots) {
    mn_value_t main_name = mn_qstr_value(MN_QSTR___main__);
    mn_value_t modules = runtime->roots[MN_ROOT_MODULES];
    mn_value_t module = mn_dict_is(modules) ? mn_dict_get_str(modules, main_name) : MN_NULL;
    if (module == MN_NULL) {
        slots[SLOT_TEXT] = mn_qstr_value(MN_QSTR__empty_);
        slots[SLOT_WORK] = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
        if (mn_import_run_main(runtime, &slots[SLOT_TEXT], &slots[SLOT_WORK], false) ==
            MN_EXCEPTION) {
            return false;
        }
        slots[SLOT_TEXT] = slots[SLOT_WORK] = MN_NULL;
        modules = runtime->roots[MN_ROOT_MODULES];
        module = mn_dict_is(modules) ? mn_dict_get_str(modules, main_name) : MN_NULL;
    }
    if (module == MN_NULL || !mn_module_is(module) || mn_module_is_rom(module)) {
        (void)mn_raise(runtime, &mn_type_RuntimeError, "no module __main__");
        return false;
    }
    slots[SLOT_GLOBALS] = mn_module_globals(module);
    return true;
}

// Prints the pending exception's traceback on the terminal and clears it. may trigger a gc
static void print_exception(mn_runtime_t *runtime, mn_repl_t *repl, mn_value_t *slots) {
    slots[SLOT_WORK] = mn_exception_pending(runtime);
    mn_exception_clear(runtime);
    mn_traceback_print(runtime, &slots[SLOT_WORK], mn_repl_write_text, repl);
    slots[SLOT_WORK] = MN_NULL;
    mn_exception_clear(runtime); // printing may have failed for memory
}

// Raises KeyboardInterrupt() (no arguments). may trigger a gc
static void raise_keyboard_interrupt(mn_runtime_t *runtime) {
    (void)mn_raise_empty(runtime, &mn_type_KeyboardInterrupt);
}

static bool pending_system_exit(const mn_runtime_t *runtime) {
    return mn_type_is_subtype(mn_type_of(mn_exception_pending(runtime)), &mn_type_SystemExit);
}

// Compiles the text collected in the buffer over slots[SLOT_TEXT] and runs it in __main__,
// the terminal out of its editing mode meanwhile. False with the exception pending.
// may trigger a gc
static bool execute(mn_runtime_t *runtime, mn_repl_t *repl, mn_value_t *slots, mn_buffer_t *buffer,
                    mn_compile_mode_t mode) {
    (void)mn_buffer_finish_str(runtime, buffer);
    mn_value_t filename = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
    runtime->interrupt_pending = 0; // before the terminal can interrupt
    set_editing(repl, false);
    slots[SLOT_WORK] = mn_compile(runtime, &slots[SLOT_TEXT], &filename, mode);
    slots[SLOT_TEXT] = MN_NULL;
    bool ok = slots[SLOT_WORK] != MN_EXCEPTION &&
              mn_vm_run_code(runtime, &slots[SLOT_WORK], &slots[SLOT_GLOBALS],
                             &slots[SLOT_GLOBALS]) != MN_EXCEPTION;
    slots[SLOT_WORK] = MN_NULL;
    runtime->interrupt_pending = 0;
    set_editing(repl, true);
    return ok;
}

// ---- The friendly REPL ----------------------------------------------------------------------

static bool is_space_only(const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        if (text[i] != ' ') {
            return false;
        }
    }
    return true;
}

static bool starts_with_word(const char *text, size_t length, const char *word) {
    size_t word_length = strlen(word);
    if (length < word_length || memcmp(text, word, word_length) != 0) {
        return false;
    }
    char next = length > word_length ? text[word_length] : '\n';
    return !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
             (next >= '0' && next <= '9') || next == '_');
}

// Whether the statement collected so far (lines each ending in '\n') needs more lines, as
// MicroPython decides it: an open bracket or triple-quoted string, a backslash at the end, or
// a compound statement not yet ended by an empty line.
static bool needs_more(const char *text, size_t length) {
    int depth = 0;
    char quote = 0;
    bool triple = false;
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (quote != 0) {
            if (c == '\\') {
                i++;
            } else if (c == quote && !triple) {
                quote = 0;
            } else if (c == quote && i + 2 < length && text[i + 1] == quote &&
                       text[i + 2] == quote) {
                quote = 0;
                i += 2;
            } else if (c == '\n' && !triple) {
                quote = 0; // an unterminated string: the compiler says so
            }
        } else if (c == '#') {
            while (i + 1 < length && text[i + 1] != '\n') {
                i++;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < length && text[i + 1] == c && text[i + 2] == c;
            i += triple ? 2 : 0;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        }
    }
    if ((quote != 0 && triple) || depth > 0 || (length >= 2 && text[length - 2] == '\\')) {
        return true;
    }
    size_t start = 0;
    while (start < length && text[start] == ' ') {
        start++;
    }
    static const char *const compound[] = {"if",   "while", "for",   "try",
                                           "with", "def",   "class", "async"};
    bool is_compound = start < length && text[start] == '@';
    for (size_t i = 0; i < sizeof compound / sizeof compound[0]; i++) {
        is_compound = is_compound || starts_with_word(text + start, length - start, compound[i]);
    }
    bool ended = length >= 2 && text[length - 1] == '\n' && text[length - 2] == '\n';
    return is_compound && !ended;
}

// Whether a line ends with ':' (before a comment and trailing spaces).
static bool ends_with_colon(const char *line, size_t length) {
    char last = 0, quote = 0;
    for (size_t i = 0; i < length; i++) {
        char c = line[i];
        if (quote != 0) {
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                quote = 0;
            }
            last = c;
        } else if (c == '#') {
            break;
        } else if (c != ' ' && c != '\t') {
            quote = c == '\'' || c == '"' ? c : 0;
            last = c;
        }
    }
    return last == ':' && quote == 0;
}

// The automatic indent of the line after `line`: one level more after a line ending in ':',
// one less after a line of nothing but spaces, else the same.
static size_t next_indent(const char *line, size_t length) {
    if (length > 0 && is_space_only(line, length)) {
        return (length - 1) / 4 * 4;
    }
    size_t spaces = 0;
    while (spaces < length && line[spaces] == ' ') {
        spaces++;
    }
    return spaces + (ends_with_colon(line, length) ? 4 : 0);
}

// Appends the line being edited and a '\n' to the buffer. may trigger a gc
static bool append_line(mn_runtime_t *runtime, mn_repl_t *repl, mn_buffer_t *buffer) {
    return mn_buffer_append(runtime, buffer, repl->line, repl->length) &&
           mn_buffer_append(runtime, buffer, "\n", 1);
}

// Paste mode: bytes as they come, echoed, each line behind "=== ", until Ctrl-D (true: run
// it) or Ctrl-C (false, nothing collected); false with *end_of_input set when input ends.
// may trigger a gc
static bool paste_mode(mn_runtime_t *runtime, mn_repl_t *repl, mn_buffer_t *buffer, bool *ok,
                       bool *end_of_input) {
    mn_readline_puts(repl, "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    for (;;) {
        int c = repl->terminal->read_byte(repl->terminal->context);
        int previous = repl->previous_byte;
        repl->previous_byte = c;
        if (c < 0) {
            *end_of_input = true;
            return false;
        }
        if (c == MN_CTRL_C || c == MN_CTRL_D) {
            mn_readline_write(repl, "\r\n", 2);
            return c == MN_CTRL_D;
        }
        if (c == '\n' && previous == '\r') {
            continue;
        }
        char byte = c == '\r' ? '\n' : (char)c;
        *ok = *ok && mn_buffer_append(runtime, buffer, &byte, 1);
        if (byte == '\n') {
            mn_readline_write(repl, "\r\n=== ", 6);
        } else {
            mn_readline_write(repl, &byte, 1);
        }
    }
}

// The friendly REPL until it leaves, ends, or switches to the raw REPL (SWITCH_MODE).
// may trigger a gc
static mn_repl_end_t friendly_repl(mn_runtime_t *runtime, mn_repl_t *repl, mn_value_t *slots) {
    if (repl->banner) {
        print_banner(repl, runtime);
        repl->banner = false;
    }
    for (;;) {
        int got = mn_readline(runtime, repl, ">>> ", 0, &slots[SLOT_GLOBALS]);
        mn_buffer_t buffer;
        if (got == MN_READLINE_EOF) {
            return MN_REPL_END_OF_INPUT;
        } else if (got == MN_CTRL_A) {
            mn_readline_write(repl, "\r\n", 2);
            repl->raw = true;
            return SWITCH_MODE;
        } else if (got == MN_CTRL_B) {
            mn_readline_write(repl, "\r\n", 2);
            print_banner(repl, runtime);
            continue;
        } else if (got == MN_CTRL_C) {
            mn_readline_write(repl, "\r\n", 2);
            continue;
        } else if (got == MN_CTRL_D) {
            mn_readline_write(repl, "\r\n", 2);
            return MN_REPL_LEAVE;
        }
        bool ok = mn_buffer_init(runtime, &buffer, &slots[SLOT_TEXT], 64);
        mn_compile_mode_t mode = MN_COMPILE_SINGLE;
        if (got == MN_CTRL_E) {
            bool end_of_input = false;
            bool run = paste_mode(runtime, repl, &buffer, &ok, &end_of_input);
            if (end_of_input) {
                return MN_REPL_END_OF_INPUT;
            }
            if (!run) {
                slots[SLOT_TEXT] = MN_NULL;
                continue;
            }
            mode = MN_COMPILE_MODULE;
        } else if (is_space_only(repl->line, repl->length)) {
            slots[SLOT_TEXT] = MN_NULL;
            continue;
        } else {
            ok = ok && append_line(runtime, repl, &buffer);
            bool cancelled = false;
            while (ok && needs_more(mn_buffer_bytes(&buffer), mn_buffer_length(&buffer))) {
                size_t indent = next_indent(repl->line, repl->length);
                got = mn_readline(runtime, repl, "... ", indent, &slots[SLOT_GLOBALS]);
                if (got == MN_CTRL_C) {
                    mn_readline_write(repl, "\r\n", 2);
                    cancelled = true;
                    break;
                } else if (got == MN_CTRL_D || got == MN_READLINE_EOF) {
                    mn_readline_write(repl, "\r\n", 2);
                    break; // the statement ends here
                } else if (got == MN_READLINE_ENTER) {
                    ok = append_line(runtime, repl, &buffer);
                }
            }
            if (cancelled) {
                slots[SLOT_TEXT] = MN_NULL;
                continue;
            }
        }
        if (!ok) {
            (void)mn_raise_memory_error(runtime);
        } else {
            ok = execute(runtime, repl, slots, &buffer, mode);
        }
        slots[SLOT_TEXT] = MN_NULL;
        if (!ok) {
            if (pending_system_exit(runtime)) {
                return MN_REPL_SYSTEM_EXIT;
            }
            print_exception(runtime, repl, slots);
        }
    }
}

// ---- The raw REPL ---------------------------------------------------------------------------

// Runs a raw-REPL program (ok false: the exception pending instead) and answers as pyboard.py
// expects: the output, \x04, the exception's text if any, \x04. SystemExit ends the session
// with a soft reset, as on MicroPython's boards. may trigger a gc
static bool run_raw(mn_runtime_t *runtime, mn_repl_t *repl, mn_value_t *slots, mn_buffer_t *buffer,
                    bool ok) {
    ok = ok && execute(runtime, repl, slots, buffer, MN_COMPILE_MODULE);
    slots[SLOT_TEXT] = MN_NULL;
    mn_readline_write(repl, "\x04", 1);
    if (!ok) {
        if (pending_system_exit(runtime)) {
            mn_exception_clear(runtime);
            mn_readline_write(repl, "\x04", 1);
            return false;
        }
        print_exception(runtime, repl, slots);
    }
    mn_readline_write(repl, "\x04", 1);
    return true;
}

// Raw-paste mode, entered by \x05 `command` \x01. The program comes under flow control: the
// REPL grants RAW_PASTE_WINDOW bytes at a time with \x01, and acknowledges the final \x04
// (or a Ctrl-C, which interrupts) with \x04 before running it. Returns false to end the
// session (a soft reset, or *end set to the end of input). may trigger a gc
static bool raw_paste(mn_runtime_t *runtime, mn_repl_t *repl, mn_value_t *slots, int command,
                      mn_repl_end_t *end) {
    if (command != 'A') {
        mn_readline_write(repl, "R\x00", 2); // understood, not supported
        return true;
    }
    static const char reply[] = {'R', 1, (char)(RAW_PASTE_WINDOW & 0xff),
                                 (char)(RAW_PASTE_WINDOW >> 8), 1};
    mn_readline_write(repl, reply, sizeof reply);
    mn_buffer_t buffer;
    bool ok = mn_buffer_init(runtime, &buffer, &slots[SLOT_TEXT], 256);
    if (!ok) {
        (void)mn_raise_memory_error(runtime);
    }
    size_t window = RAW_PASTE_WINDOW;
    bool draining = !ok; // after a failure, the rest is read and dropped
    if (draining) {
        mn_readline_write(repl, "\x04", 1); // no more, please
    }
    bool interrupted = false;
    for (;;) {
        int c = repl->terminal->read_byte(repl->terminal->context);
        if (c < 0) {
            *end = MN_REPL_END_OF_INPUT;
            slots[SLOT_TEXT] = MN_NULL;
            mn_exception_clear(runtime);
            return false;
        }
        if (c == MN_CTRL_C || c == MN_CTRL_D) {
            if (!draining) {
                mn_readline_write(repl, "\x04", 1);
            }
            interrupted = c == MN_CTRL_C;
            break;
        }
        if (draining) {
            continue;
        }
        char byte = (char)c;
        if (!mn_buffer_append(runtime, &buffer, &byte, 1)) {
            ok = false;
            draining = true;
            (void)mn_raise_memory_error(runtime);
            mn_readline_write(repl, "\x04", 1);
        } else if (--window == 0) {
            mn_readline_write(repl, "\x01", 1);
            window = RAW_PASTE_WINDOW;
        }
    }
    if (interrupted && ok) {
        // Ctrl-C while the program came: KeyboardInterrupt, and the program does not run.
        raise_keyboard_interrupt(runtime);
        ok = false;
    }
    if (!run_raw(runtime, repl, slots, &buffer, ok)) {
        *end = MN_REPL_SOFT_RESET;
        return false;
    }
    return true;
}

// The raw REPL until a soft reset, the end of input, or Ctrl-B (SWITCH_MODE).
// may trigger a gc
static mn_repl_end_t raw_repl(mn_runtime_t *runtime, mn_repl_t *repl, mn_value_t *slots) {
reset:
    mn_readline_puts(repl, "raw REPL; CTRL-B to exit\r\n");
    for (;;) {
        mn_readline_write(repl, ">", 1);
        mn_buffer_t buffer;
        bool ok = mn_buffer_init(runtime, &buffer, &slots[SLOT_TEXT], 64);
        if (!ok) {
            (void)mn_raise_memory_error(runtime);
        }
        for (;;) {
            int c = repl->terminal->read_byte(repl->terminal->context);
            repl->previous_byte = c;
            if (c < 0) {
                slots[SLOT_TEXT] = MN_NULL;
                mn_exception_clear(runtime);
                return MN_REPL_END_OF_INPUT;
            } else if (c == MN_CTRL_A) {
                const char *bytes = ok ? mn_buffer_bytes(&buffer) : NULL;
                if (ok && mn_buffer_length(&buffer) == 2 && bytes[0] == MN_CTRL_E) {
                    mn_repl_end_t end = MN_REPL_SOFT_RESET;
                    if (!raw_paste(runtime, repl, slots, bytes[1], &end)) {
                        return end;
                    }
                    break; // the next prompt
                }
                slots[SLOT_TEXT] = MN_NULL;
                mn_exception_clear(runtime);
                goto reset;
            } else if (c == MN_CTRL_B) {
                mn_readline_write(repl, "\r\n", 2);
                slots[SLOT_TEXT] = MN_NULL;
                mn_exception_clear(runtime);
                repl->raw = false;
                repl->banner = true;
                return SWITCH_MODE;
            } else if (c == MN_CTRL_C) {
                if (ok) {
                    mn_buffer_truncate(&buffer, 0);
                }
            } else if (c == MN_CTRL_D) {
                mn_readline_write(repl, "OK", 2);
                if (ok && mn_buffer_length(&buffer) == 0) {
                    mn_readline_write(repl, "\r\n", 2);
                    slots[SLOT_TEXT] = MN_NULL;
                    return MN_REPL_SOFT_RESET;
                }
                if (!run_raw(runtime, repl, slots, &buffer, ok)) {
                    return MN_REPL_SOFT_RESET;
                }
                break;
            } else if (ok) {
                char byte = (char)c;
                ok = mn_buffer_append(runtime, &buffer, &byte, 1);
                if (!ok) {
                    (void)mn_raise_memory_error(runtime); // reported when the program ends
                }
            }
        }
        slots[SLOT_TEXT] = MN_NULL;
    }
}

mn_repl_end_t mn_repl_run(mn_runtime_t *runtime, mn_repl_t *repl) {
    // The session's slots, on the reserved top of the arena: below the frames of the code
    // it runs, and released when it ends.
    mn_value_t *slots = mn_heap_reserve_top(&runtime->heap, SLOT_COUNT);
    if (slots == NULL) {
        mn_readline_puts(repl, "MemoryError: no room for the REPL\r\n");
        return MN_REPL_END_OF_INPUT;
    }
    set_editing(repl, true);
    mn_repl_end_t end = SWITCH_MODE;
    if (!find_main(runtime, slots)) {
        print_exception(runtime, repl, slots);
        end = MN_REPL_END_OF_INPUT;
    }
    while (end == SWITCH_MODE) {
        end = repl->raw ? raw_repl(runtime, repl, slots) : friendly_repl(runtime, repl, slots);
    }
    if (end == MN_REPL_SOFT_RESET) {
        mn_readline_puts(repl, "MPY: soft reboot\r\n"); // pyboard.py waits for it
    }
    set_editing(repl, false);
    mn_heap_release_top(&runtime->heap, SLOT_COUNT);
    return end;
}
