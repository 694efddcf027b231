// The host's files for open() (obj/port.h), over the C library's stdio.
#ifndef MN_UNIX_FILE_H
#define MN_UNIX_FILE_H

#include "obj/file.h"

extern const mn_file_port_t mn_unix_files;

#endif
