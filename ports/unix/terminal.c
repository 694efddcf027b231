#define _POSIX_C_SOURCE 200809L // sigaction, termios

#include "terminal.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

static mn_runtime_t *interrupted_runtime;

static void on_interrupt(int signal_number) {
    mn_runtime_t *runtime = interrupted_runtime;
    if (runtime == NULL || runtime->interrupt_pending) {
        // Nothing runs that could see it (code stuck in C): the default action, ending the
        // process as Ctrl-C ends other programs.
        signal(signal_number, SIG_DFL);
        raise(signal_number);
        return;
    }
    runtime->interrupt_pending = 1;
}

void mn_unix_interrupt_install(mn_runtime_t *runtime) {
    interrupted_runtime = runtime;
    struct sigaction action = {0};
    action.sa_handler = on_interrupt;
    action.sa_flags = SA_RESTART; // input() and reads go on; the VM raises at its next check
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}

// The terminal's settings when the REPL started, restored while code runs and at exit.
static struct termios original;
static enum { UNKNOWN, TERMINAL, NOT_TERMINAL } input_kind = UNKNOWN;

static void restore(void) {
    if (input_kind == TERMINAL) {
        tcsetattr(STDIN_FILENO, TCSANOW, &original);
    }
}

static void set_editing(void *context, bool editing) {
    (void)context;
    if (input_kind == UNKNOWN) {
        input_kind = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &original) == 0 ? TERMINAL
                                                                                     : NOT_TERMINAL;
        if (input_kind == TERMINAL) {
            atexit(restore);
        }
    }
    fflush(stdout);
    if (input_kind != TERMINAL) {
        return;
    }
    if (!editing) {
        restore();
        return;
    }
    // Bytes as typed: no line discipline, echo, signals or output processing (the REPL sends
    // "\r\n" itself). TCSANOW, not TCSAFLUSH: what a tool has already sent is kept.
    struct termios raw = original;
    raw.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INLCR | IGNCR | INPCK | ISTRIP | IXON);
    raw.c_oflag &= ~(tcflag_t)OPOST;
    raw.c_cflag = (raw.c_cflag & ~(tcflag_t)(CSIZE | PARENB)) | CS8;
    raw.c_lflag &= ~(tcflag_t)(ECHO | ICANON | ISIG | IEXTEN);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    clearerr(stdin); // an end of input seen by input() in the terminal's mode is over
}

static int read_byte(void *context) {
    (void)context;
    fflush(stdout);
    int c = getchar();
    return c == EOF ? -1 : c;
}

static void write_bytes(void *context, const char *bytes, size_t length) {
    (void)context;
    fwrite(bytes, 1, length, stdout);
    fflush(stdout);
}

const mn_terminal_t mn_unix_terminal = {
    .read_byte = read_byte,
    .write = write_bytes,
    .set_editing = set_editing,
};
