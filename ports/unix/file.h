// The host's files and standard input for the runtime (obj/file.h, obj/runtime.h), over the
// C library's stdio.
#ifndef MN_UNIX_FILE_H
#define MN_UNIX_FILE_H

#include "obj/file.h"

extern const mn_file_port_t mn_unix_files;

// The runtime's read_line hook over a FILE * (the context: stdin).
size_t mn_unix_read_line(void *context, char *buffer, size_t capacity);

#endif
