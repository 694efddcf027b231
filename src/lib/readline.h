// The REPL's line editor (readline.c) and tab completion (repl_complete.c): VT100 keys as
// MicroPython's readline reads them, over the terminal of lib/repl.h.
#ifndef MN_LIB_READLINE_H
#define MN_LIB_READLINE_H

#include "lib/repl.h"

#define MN_CTRL_A 1
#define MN_CTRL_B 2
#define MN_CTRL_C 3
#define MN_CTRL_D 4
#define MN_CTRL_E 5

#define MN_READLINE_ENTER 0 // the line was entered: repl->line[0 .. repl->length)
#define MN_READLINE_EOF (-1)

// Edits a line after `prompt`, starting with `indent` spaces (the automatic indent). Returns
// MN_READLINE_ENTER, Ctrl-A/B/D/E typed on a line holding nothing but spaces, Ctrl-C, or
// MN_READLINE_EOF. Tab completes names from the globals dict in *globals (rooted) and the
// builtins. may trigger a gc (completion looks attributes up)
int mn_readline(mn_runtime_t *runtime, mn_repl_t *repl, const char *prompt, size_t indent,
                const mn_value_t *globals);

// Writes bytes to the terminal. no allocation is done
void mn_readline_write(const mn_repl_t *repl, const char *bytes, size_t length);
static inline void mn_readline_puts(const mn_repl_t *repl, const char *text) {
    size_t length = 0;
    while (text[length] != '\0') {
        length++;
    }
    mn_readline_write(repl, text, length);
}

// Tab: completes the name before the cursor (a.b.c chains too). One match, or a longer
// common prefix, is inserted; several matches are listed below the line, which is drawn
// again. may trigger a gc
void mn_repl_complete(mn_runtime_t *runtime, mn_repl_t *repl, const mn_value_t *globals);

// Inserts bytes at the cursor and redraws the line. Returns false when the line is full.
// no allocation is done
bool mn_readline_insert(mn_repl_t *repl, const char *bytes, size_t length);

// Draws the prompt and the line again, the cursor where it was. no allocation is done
void mn_readline_redraw(mn_repl_t *repl);

#endif
