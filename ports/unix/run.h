// Running a program on the host: a script file or -c text, as the unix port's main does.
#ifndef MN_UNIX_RUN_H
#define MN_UNIX_RUN_H

#include "options.h"

// The heap a program gets without -X heapsize.
#define MN_UNIX_DEFAULT_HEAP (2 * 1024 * 1024)

// Runs the program the options name. Returns the process exit status: 0, the code of
// SystemExit, 1 after an uncaught exception (its traceback printed on stderr).
int mn_unix_run(const mn_options_t *options);

#endif
