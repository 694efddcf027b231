// The unix port's driver: reads the MicroPython-style command line and runs the program.
#include <stdio.h>

#include "options.h"
#include "run.h"

static const char usage[] =
    "usage: minnow [options] [script.py | -c cmd | -m module | -] [args...]\n"
    "Options:\n"
    "  -c cmd         program passed in as a string\n"
    "  -m module      run a module found on sys.path as __main__\n"
    "  -i             inspect interactively after running the program\n"
    "  -h             print this help and exit\n"
    "  -v             verbose\n"
    "  -X heapsize=N  the heap's size in bytes; suffixes w (words), k/K, m/M\n"
    "  -X budget=N    stop the program with RuntimeError after N loop iterations and calls\n"
    "  -X emit=bytecode  the code emitter (the only one)\n"
    "Environment:\n"
    "  MINNOWPATH     folders searched by import after the script's, separated by ':'\n"
    "Without a program, the REPL runs (standard input as a script when it is not a "
    "terminal).\n";

int main(int argc, char **argv) {
    mn_options_t options;
    const char *error = mn_options_parse(argc, argv, &options);
    if (error != NULL) {
        fprintf(stderr, "minnow: %s\n%s", error, usage);
        return 2;
    }
    if (options.help) {
        fputs(usage, stdout);
        return 0;
    }
    return mn_unix_run(&options);
}
