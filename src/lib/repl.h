// The REPL: interactive Python as MicroPython users know it, and the raw REPL that their tools
// (pyboard.py, mpremote, Thonny) speak, byte for byte (docs/repl.md).
//
// The REPL knows nothing of the machine: it reads bytes from and writes bytes to a terminal
// (a port's console: a tty on the host, a UART on a board) through mn_terminal_t, and leaves
// to the port what a soft reset or the end of the session means. Its C state (the line being
// edited, the history) is a fixed block in mn_repl_t; statements, pasted blocks and raw-REPL
// programs are collected in the heap, compiled there and dropped.
#ifndef MN_LIB_REPL_H
#define MN_LIB_REPL_H

#include "obj/runtime.h"

// Bytes of one line being edited (longer input is refused, the rest of the line ignored).
#ifndef MN_REPL_LINE_BYTES
#define MN_REPL_LINE_BYTES 256
#endif
// Bytes of history: the most recent lines that fit, each with a terminator.
#ifndef MN_REPL_HISTORY_BYTES
#define MN_REPL_HISTORY_BYTES 512
#endif
// Minnow's version, as sys.implementation.version gives it (lib/sys.c).
#define MN_VERSION_TEXT "0.1.0"

// The port's console.
typedef struct mn_terminal {
    // The next byte typed, waiting for it; -1 at the end of input. no allocation is done
    int (*read_byte)(void *context);
    // Writes the bytes as they are: the REPL sends "\r\n" itself. no allocation is done
    void (*write)(void *context, const char *bytes, size_t length);
    // Editing (true): bytes come as typed, unechoed, Ctrl-C among them. Running code
    // (false): Ctrl-C sets runtime->interrupt_pending, and a '\n' the program prints reaches
    // the terminal as "\r\n". May be NULL. no allocation is done
    void (*set_editing)(void *context, bool editing);
    void *context;
} mn_terminal_t;

typedef enum mn_repl_end {
    MN_REPL_END_OF_INPUT, // the terminal has no more input
    MN_REPL_LEAVE,        // Ctrl-D on an empty line of the friendly REPL: exit, or soft reset
    MN_REPL_SOFT_RESET,   // Ctrl-D with no program in the raw REPL, or SystemExit in it;
                          // "MPY: soft reboot" is printed, the port starts a new runtime
    MN_REPL_SYSTEM_EXIT,  // SystemExit in the friendly REPL: the exception is pending
} mn_repl_end_t;

typedef struct mn_repl {
    const mn_terminal_t *terminal;
    bool raw;    // in the raw REPL (kept across a soft reset, as on MicroPython's boards)
    bool banner; // print the banner when the friendly REPL starts
    int previous_byte;
    // The line editor (lib/readline.c): the line, its length and the cursor, in bytes.
    char line[MN_REPL_LINE_BYTES];
    size_t length;
    size_t cursor;
    const char *prompt;
    int history_position; // while editing: -1 for the new line, else the entry shown
    size_t history_used;
    char history[MN_REPL_HISTORY_BYTES]; // NUL-terminated lines, the most recent first
} mn_repl_t;

// Sets up a REPL on the terminal, in the friendly mode with its banner.
void mn_repl_init(mn_repl_t *repl, const mn_terminal_t *terminal);

// Runs the REPL in the globals of the module __main__ (made when sys.modules has none) until
// the session ends; says why. may trigger a gc
mn_repl_end_t mn_repl_run(mn_runtime_t *runtime, mn_repl_t *repl);

// Writes text to the REPL's terminal with each '\n' sent as "\r\n". no allocation is done
void mn_repl_write_text(void *repl, const char *text, size_t length);

#endif
