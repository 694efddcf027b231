// The unix port's console for the REPL (lib/repl.h): standard input and output, with the
// terminal switched by termios between the REPL's editing mode (raw bytes, no echo, no
// signals) and the terminal's own settings while code runs, and the SIGINT handler that
// turns Ctrl-C into a KeyboardInterrupt in the running code.
#ifndef MN_UNIX_TERMINAL_H
#define MN_UNIX_TERMINAL_H

#include "lib/repl.h"

// The console: standard input and output. Its editing mode needs a terminal on standard
// input; on a pipe it only reads and writes.
extern const mn_terminal_t mn_unix_terminal;

// From now on SIGINT sets runtime->interrupt_pending (which the VM turns into a
// KeyboardInterrupt); a second SIGINT before the first is seen ends the process.
void mn_unix_interrupt_install(mn_runtime_t *runtime);

#endif
