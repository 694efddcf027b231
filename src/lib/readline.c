// The REPL's line editor: the keys of MicroPython's readline (VT100 arrows, Home/End,
// Delete, backspace, the Emacs control keys, up/down through the history, Tab to complete)
// over a line in a fixed C buffer. The display is updated in place: the cursor moves back
// with "\b" or ESC[nD and the rest of the line is drawn again, ESC[K erasing what is left
// over. Text is UTF-8: the cursor moves over whole characters (a continuation byte takes
// no column).
#include "lib/readline.h"

#include <stdio.h>
#include <string.h>

void mn_readline_write(const mn_repl_t *repl, const char *bytes, size_t length) {
    if (length > 0) {
        repl->terminal->write(repl->terminal->context, bytes, length);
    }
}

static bool is_continuation(char byte) {
    return ((unsigned char)byte & 0xc0) == 0x80;
}

// Columns taken by the bytes [from, to) of the line.
static size_t columns(const mn_repl_t *repl, size_t from, size_t to) {
    size_t count = 0;
    for (size_t i = from; i < to; i++) {
        count += !is_continuation(repl->line[i]);
    }
    return count;
}

static void cursor_back(const mn_repl_t *repl, size_t count) {
    if (count == 1) {
        mn_readline_write(repl, "\b", 1);
    } else if (count > 1) {
        char text[24];
        int length = snprintf(text, sizeof text, "\x1b[%zuD", count);
        mn_readline_write(repl, text, (size_t)length);
    }
}

// Shows the line from byte `from` on, after an edit that left the terminal's cursor at
// `shown_cursor` and the line `shown_columns` wide, and puts the cursor at repl->cursor.
static void redraw_from(mn_repl_t *repl, size_t from, size_t shown_cursor, size_t shown_columns) {
    size_t start_column = columns(repl, 0, from);
    cursor_back(repl, columns(repl, 0, shown_cursor) - start_column);
    mn_readline_write(repl, repl->line + from, repl->length - from);
    if (columns(repl, 0, repl->length) < shown_columns) {
        mn_readline_write(repl, "\x1b[K", 3);
    }
    cursor_back(repl, columns(repl, repl->cursor, repl->length));
}

void mn_readline_redraw(mn_repl_t *repl) {
    mn_readline_puts(repl, repl->prompt);
    mn_readline_write(repl, repl->line, repl->length);
    cursor_back(repl, columns(repl, repl->cursor, repl->length));
}

bool mn_readline_insert(mn_repl_t *repl, const char *bytes, size_t length) {
    if (repl->length + length > MN_REPL_LINE_BYTES) {
        return false;
    }
    size_t shown_cursor = repl->cursor, shown_columns = columns(repl, 0, repl->length);
    memmove(repl->line + repl->cursor + length, repl->line + repl->cursor,
            repl->length - repl->cursor);
    memcpy(repl->line + repl->cursor, bytes, length);
    repl->length += length;
    repl->cursor += length;
    redraw_from(repl, shown_cursor, shown_cursor, shown_columns);
    return true;
}

// Removes the bytes [from, to) and redraws.
static void cut(mn_repl_t *repl, size_t from, size_t to) {
    if (from >= to) {
        return;
    }
    size_t shown_cursor = repl->cursor, shown_columns = columns(repl, 0, repl->length);
    memmove(repl->line + from, repl->line + to, repl->length - to);
    repl->length -= to - from;
    repl->cursor = from;
    redraw_from(repl, from, shown_cursor, shown_columns);
}

// Replaces the whole line (a history entry) and puts the cursor at its end.
static void replace_line(mn_repl_t *repl, const char *text, size_t length) {
    size_t shown_cursor = repl->cursor, shown_columns = columns(repl, 0, repl->length);
    if (length > MN_REPL_LINE_BYTES) {
        length = MN_REPL_LINE_BYTES;
    }
    memcpy(repl->line, text, length);
    repl->length = length;
    repl->cursor = length;
    redraw_from(repl, 0, shown_cursor, shown_columns);
}

static size_t next_character(const mn_repl_t *repl, size_t position) {
    if (position >= repl->length) {
        return position;
    }
    position++;
    while (position < repl->length && is_continuation(repl->line[position])) {
        position++;
    }
    return position;
}

static size_t previous_character(const mn_repl_t *repl, size_t position) {
    while (position > 0 && is_continuation(repl->line[--position])) {
    }
    return position;
}

static void move_to(mn_repl_t *repl, size_t position) {
    if (position < repl->cursor) {
        cursor_back(repl, columns(repl, position, repl->cursor));
    } else {
        mn_readline_write(repl, repl->line + repl->cursor, position - repl->cursor);
    }
    repl->cursor = position;
}

static bool only_spaces(const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        if (text[i] != ' ') {
            return false;
        }
    }
    return true;
}

// ---- History ------------------------------------------------------------------------------
//
// repl->history holds NUL-terminated lines, the most recent first, in history_used bytes;
// a new line pushes the older ones along and the oldest that no longer fit are dropped.

static const char *history_entry(const mn_repl_t *repl, int index) {
    size_t offset = 0;
    for (int i = 0; offset < repl->history_used; i++) {
        if (i == index) {
            return repl->history + offset;
        }
        offset += strlen(repl->history + offset) + 1;
    }
    return NULL;
}

static void history_push(mn_repl_t *repl) {
    size_t length = repl->length;
    if (only_spaces(repl->line, length) || length + 1 > MN_REPL_HISTORY_BYTES ||
        memchr(repl->line, '\0', length) != NULL) {
        return;
    }
    if (repl->history_used > 0 && strlen(repl->history) == length &&
        memcmp(repl->history, repl->line, length) == 0) {
        return; // the same as the last one
    }
    size_t kept = repl->history_used;
    if (kept + length + 1 > MN_REPL_HISTORY_BYTES) {
        kept = MN_REPL_HISTORY_BYTES - length - 1;
        while (kept > 0 && repl->history[kept - 1] != '\0') {
            kept--; // a line cut short is dropped whole
        }
    }
    memmove(repl->history + length + 1, repl->history, kept);
    memcpy(repl->history, repl->line, length);
    repl->history[length] = '\0';
    repl->history_used = kept + length + 1;
}

static void history_move(mn_repl_t *repl, int step) {
    int position = repl->history_position + step;
    if (position < -1) {
        return;
    }
    const char *entry = position < 0 ? "" : history_entry(repl, position);
    if (entry == NULL) {
        return;
    }
    repl->history_position = position;
    replace_line(repl, entry, strlen(entry));
}

// ---- Keys ---------------------------------------------------------------------------------

enum { ESCAPE_NONE, ESCAPE_START, ESCAPE_BRACKET, ESCAPE_DIGIT, ESCAPE_O };

int mn_readline(mn_runtime_t *runtime, mn_repl_t *repl, const char *prompt, size_t indent,
                const mn_value_t *globals) {
    repl->prompt = prompt;
    repl->length = 0;
    repl->cursor = 0;
    repl->history_position = -1;
    mn_readline_puts(repl, prompt);
    while (indent > 0 && repl->length < MN_REPL_LINE_BYTES) {
        repl->line[repl->length++] = ' ';
        indent--;
    }
    mn_readline_write(repl, repl->line, repl->length);
    repl->cursor = repl->length;
    int escape = ESCAPE_NONE;
    char escape_digit = 0;
    for (;;) {
        int c = repl->terminal->read_byte(repl->terminal->context);
        int previous = repl->previous_byte;
        repl->previous_byte = c;
        if (c < 0) {
            return MN_READLINE_EOF;
        }
        if (escape == ESCAPE_START) {
            escape = c == '[' ? ESCAPE_BRACKET : c == 'O' ? ESCAPE_O : ESCAPE_NONE;
            continue;
        }
        if (escape == ESCAPE_BRACKET && c >= '0' && c <= '9') {
            escape = ESCAPE_DIGIT;
            escape_digit = (char)c;
            continue;
        }
        int key = c; // the key as a control character: arrows become Ctrl-B/F/N/P
        if (escape == ESCAPE_BRACKET || escape == ESCAPE_O) {
            key = c == 'A'   ? 'P' - '@'
                  : c == 'B' ? 'N' - '@'
                  : c == 'C' ? 'F' - '@'
                  : c == 'D' ? 'B' - '@'
                  : c == 'H' ? 'A' - '@'
                  : c == 'F' ? 'E' - '@'
                             : -1;
            escape = ESCAPE_NONE;
            if (key < 0) {
                continue;
            }
        } else if (escape == ESCAPE_DIGIT) {
            escape = ESCAPE_NONE;
            if (c != '~') {
                continue;
            }
            key = escape_digit == '1' || escape_digit == '7'   ? 'A' - '@'
                  : escape_digit == '4' || escape_digit == '8' ? 'E' - '@'
                  : escape_digit == '3'                        ? 'D' - '@'
                                                               : -1;
            if (key < 0) {
                continue;
            }
        } else if (c >= MN_CTRL_A && c <= MN_CTRL_E && only_spaces(repl->line, repl->length)) {
            return c; // a command: raw REPL, friendly REPL, clear, exit, paste mode
        } else if (c == MN_CTRL_C) {
            return c;
        }
        switch (key) {
        case '\n':
            if (previous == '\r') {
                break; // the second half of "\r\n"
            }
            // fall through
        case '\r':
            mn_readline_write(repl, "\r\n", 2);
            history_push(repl);
            return MN_READLINE_ENTER;
        case 27:
            escape = ESCAPE_START;
            break;
        case 'A' - '@': // Home
            move_to(repl, 0);
            break;
        case 'E' - '@': // End
            move_to(repl, repl->length);
            break;
        case 'B' - '@': // left
            move_to(repl, previous_character(repl, repl->cursor));
            break;
        case 'F' - '@': // right
            move_to(repl, next_character(repl, repl->cursor));
            break;
        case 'D' - '@': // Delete
            cut(repl, repl->cursor, next_character(repl, repl->cursor));
            break;
        case 'P' - '@': // up: older history
            history_move(repl, 1);
            break;
        case 'N' - '@': // down: newer history
            history_move(repl, -1);
            break;
        case 'K' - '@': // kill to the end of the line
            cut(repl, repl->cursor, repl->length);
            break;
        case 'U' - '@': // kill to the start of the line
            cut(repl, 0, repl->cursor);
            break;
        case 8:
        case 127: {
            // Backspace; in the indentation it removes a level (4 spaces), as
            // MicroPython's auto-indent does.
            size_t from = previous_character(repl, repl->cursor);
            if (repl->cursor >= 4 && only_spaces(repl->line, repl->cursor)) {
                from = repl->cursor - 4;
            }
            cut(repl, from, repl->cursor);
            break;
        }
        case '\t':
            mn_repl_complete(runtime, repl, globals);
            break;
        default:
            if (key >= 32 && key != 127) {
                char byte = (char)key;
                (void)mn_readline_insert(repl, &byte, 1);
            }
            break;
        }
    }
}
