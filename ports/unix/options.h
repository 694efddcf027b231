// The command line of the unix port, as the MicroPython unix port reads it:
//   minnow [options] [script.py | -c CMD | -m MODULE] [args...]
// Options: -X heapsize=N[w][k|K|m|M] (w: N words), -X budget=N, -X emit=bytecode, -c, -m, -i, -h, -v,
// and "--" to end the options. Everything after the script, the command or the module is
// the program's (sys.argv).
#ifndef MN_UNIX_OPTIONS_H
#define MN_UNIX_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum mn_run_mode {
    MN_RUN_REPL,    // no program: the REPL (or standard input when it is not a terminal)
    MN_RUN_SCRIPT,  // a file
    MN_RUN_COMMAND, // -c CMD
    MN_RUN_MODULE,  // -m MODULE
} mn_run_mode_t;

typedef struct mn_options {
    mn_run_mode_t mode;
    const char *program; // the script path, command text or module name
    size_t heap_bytes;   // -X heapsize; 0 when not given
    size_t budget;       // -X budget=N: backward jumps and calls allowed; 0 when not given
    bool inspect;        // -i: the REPL after the program
    bool help;           // -h
    int verbose;         // -v, repeated
    // The program's arguments, from the script, the command text or the module name on;
    // sys.argv[0] is the script, "-c", or the module name.
    int program_argc;
    char **program_argv;
} mn_options_t;

// Parses argv. Returns NULL, or a message for a bad command line ("unknown option -q",
// "invalid heapsize", ...). no allocation is done
const char *mn_options_parse(int argc, char **argv, mn_options_t *options);

// Parses a size: digits, then an optional 'w' (words of `word_bytes`), then an optional
// k/K (1024) or m/M (1024 * 1024). Returns false for anything else or an overflow.
bool mn_options_parse_size(const char *text, size_t word_bytes, size_t *bytes);

#endif
