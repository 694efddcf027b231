// The REPL's core (lib/repl.c) over a scripted terminal: what a port sees byte for byte,
// with the heap verified after every session (and every collection in test builds).
#include <string.h>

#include "lib/repl.h"
#include "obj/exception.h"
#include "obj/port.h"
#include "testing.h"

static mn_runtime_t runtime;
static mn_word_t arena[256 * 1024 / sizeof(mn_word_t)];

// The terminal: input from a string, output (the REPL's and the program's) into one buffer.
static struct {
    const char *input;
    size_t length;
    size_t position;
    char output[16384];
    size_t output_length;
    int editing;              // editing-mode switches seen: +1 on, -1 off
    const char *interrupt_at; // when the program prints this, Ctrl-C comes
} terminal_state;

static int read_byte(void *context) {
    (void)context;
    if (terminal_state.position >= terminal_state.length) {
        return -1;
    }
    return (unsigned char)terminal_state.input[terminal_state.position++];
}

static void write_bytes(void *context, const char *bytes, size_t length) {
    (void)context;
    size_t room = sizeof terminal_state.output - 1 - terminal_state.output_length;
    length = length < room ? length : room;
    memcpy(terminal_state.output + terminal_state.output_length, bytes, length);
    terminal_state.output_length += length;
    terminal_state.output[terminal_state.output_length] = '\0';
}

static void write_program(void *context, const char *bytes, size_t length) {
    write_bytes(context, bytes, length);
    if (terminal_state.interrupt_at != NULL &&
        strstr(terminal_state.output, terminal_state.interrupt_at) != NULL) {
        runtime.interrupt_pending = 1;
        terminal_state.interrupt_at = NULL;
    }
}

static void set_editing(void *context, bool editing) {
    (void)context;
    terminal_state.editing += editing ? 1 : -1;
}

static const mn_terminal_t terminal = {read_byte, write_bytes, set_editing, NULL};

static const mn_port_t port = {.platform = MN_QSTR_VALUE(MN_QSTR_linux)};

static mn_repl_end_t end;

// Runs a REPL session (no banner) on `input` in a heap of `heap_bytes`; returns what the
// terminal showed, or a description of what went wrong with the runtime.
static const char *session_in(const char *input, size_t heap_bytes, bool raw) {
    terminal_state.input = input;
    terminal_state.length = strlen(input);
    terminal_state.position = 0;
    terminal_state.output_length = 0;
    terminal_state.output[0] = '\0';
    terminal_state.editing = 0;
    if (!mn_runtime_init(&runtime, arena, heap_bytes)) {
        return "<no runtime>";
    }
    runtime.write_out = write_program;
    runtime.port = &port;
    static mn_repl_t repl;
    mn_repl_init(&repl, &terminal);
    repl.banner = false;
    repl.raw = raw;
    end = mn_repl_run(&runtime, &repl);
    if (end == MN_REPL_SYSTEM_EXIT) {
        mn_exception_clear(&runtime);
    }
    if (terminal_state.editing != 0) {
        return "<terminal left in the editing mode>";
    }
    if (mn_exception_pending(&runtime) != MN_NULL) {
        return "<exception left pending>";
    }
    if (runtime.frame != NULL || runtime.heap.end != runtime.heap.arena_end ||
        runtime.heap.refs != NULL) {
        return "<VM stack or GC references left>";
    }
    if (mn_heap_verify(&runtime.heap, NULL) != NULL) {
        return "<heap verification failed>";
    }
    return terminal_state.output;
}

static const char *session(const char *input) {
    return session_in(input, sizeof arena, false);
}

static void friendly(void) {
    CHECK_STRING(session("1+2\r\x04"), ">>> 1+2\r\n3\n>>> \r\n", "echo");
    CHECK_EQ(end, MN_REPL_LEAVE);
    CHECK_STRING(session("x = 'a'\rx * 2\r_\r"),
                 ">>> x = 'a'\r\n>>> x * 2\r\n'aa'\n>>> _\r\n'aa'\n>>> ", "the last value in _");
    CHECK_EQ(end, MN_REPL_END_OF_INPUT);
    CHECK_STRING(session("if 1:\rprint(2)\r\r\r"),
                 ">>> if 1:\r\n...     print(2)\r\n...     \r\n... \r\n2\n>>> ", "auto-indent");
    CHECK_STRING(session("1/0\r"),
                 ">>> 1/0\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in "
                 "<module>\r\nZeroDivisionError: division by zero\r\n>>> ",
                 "traceback");
    CHECK_STRING(session("(1,\r2)\r"), ">>> (1,\r\n... 2)\r\n(1, 2)\n>>> ", "brackets");
    CHECK_STRING(session("ab\x03\r"), ">>> ab\r\n>>> \r\n>>> ", "ctrl-c clears");
    CHECK_STRING(session("import sys\rsys.exit(4)\r"), ">>> import sys\r\n>>> sys.exit(4)\r\n",
                 "system exit");
    CHECK_EQ(end, MN_REPL_SYSTEM_EXIT);
}

static void editing(void) {
    CHECK_STRING(session("12\x1b[D3\r"), ">>> 12\b32\b\r\n132\n>>> ", "insert after left");
    CHECK_STRING(session("1+1\r\x1b[A\r"), ">>> 1+1\r\n2\n>>> 1+1\r\n2\n>>> ", "history");
    CHECK_STRING(session("abc\x7f\x7f\x7f"
                         "7\r"),
                 ">>> abc\b\x1b[K\b\x1b[K\b\x1b[K7\r\n7\n>>> ", "backspace");
    CHECK_STRING(session("longname = 1\rlongn\t\r"), ">>> longname = 1\r\n>>> longname\r\n1\n>>> ",
                 "completion");
    CHECK_STRING(
        session("ab_x = 1\rab_y = 2\rab_\t\x03"),
        ">>> ab_x = 1\r\n>>> ab_y = 2\r\n>>> ab_\r\nab_x            ab_y\r\n>>> ab_\r\n>>> ",
        "several matches");
    CHECK_STRING(session("\x05x = 3\rx\r\x04x\r"),
                 ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== x = 3\r\n=== "
                 "x\r\n=== \r\n>>> x\r\n3\n>>> ",
                 "paste mode");
}

static void raw(void) {
    CHECK_STRING(session("\x01print(1)\x04\x05"
                         "A\x01print(2)\x04\x02"),
                 ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK1\n\x04\x04>R\x01\x80\x00\x01\x04"
                 "2\n\x04\x04>\r\nMinnow ",
                 "raw and raw-paste");
    CHECK_STRING(session_in("x\x04\x04", sizeof arena, true),
                 "raw REPL; CTRL-B to exit\r\n>OK\x04Traceback (most recent call last):\r\n"
                 "  File \"<stdin>\", line 1, in <module>\r\nNameError: name 'x' is not "
                 "defined\r\n\x04>OK\r\nMPY: soft reboot\r\n",
                 "error, then a soft reset");
    CHECK_EQ(end, MN_REPL_SOFT_RESET);
    // 300 bytes in raw-paste mode: two more windows granted.
    static char input[512];
    strcpy(input, "\x05"
                  "A\x01");
    for (int i = 0; i < 30; i++) {
        strcat(input, "x = 1234\n");
    }
    strcat(input, "print(x)\n\x04");
    const char *output = session_in(input, sizeof arena, true);
    CHECK_STRING(output,
                 "raw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x01\x01\x04"
                 "1234\n\x04\x04>",
                 "flow control");
}

static void interrupt(void) {
    terminal_state.interrupt_at = "spin";
    const char *output =
        session_in("print('spin')\nwhile True:\n    pass\n\x04", sizeof arena, true);
    CHECK(strstr(output, "OKspin\n\x04Traceback (most recent call last):\r\n  File "
                         "\"<stdin>\", line 3, in <module>\r\nKeyboardInterrupt\r\n\x04>") != NULL);
    terminal_state.interrupt_at = "spin";
    output = session_in("def f():\n    print('no')\nprint('spin')\nf()\n\x04", sizeof arena, true);
    CHECK(strstr(output, "OKspin\n\x04Traceback") != NULL);
    CHECK(strstr(output, "KeyboardInterrupt\r\n\x04>") != NULL);
    CHECK(strstr(output, "no") == NULL);
    terminal_state.interrupt_at = NULL;
}

static void memory(void) {
    const char *output = session_in("x = 'a' * 100000\rlen('ok')\r", 32 * 1024, false);
    CHECK(strstr(output, "MemoryError") != NULL);
    CHECK(strstr(output, "len('ok')\r\n2\n>>> ") != NULL);
}

static const test_case_t cases[] = {
    {"friendly", friendly},   {"editing", editing}, {"raw", raw},
    {"interrupt", interrupt}, {"memory", memory},
};

TEST_MAIN(cases)
