// Files: the port's interface to the files of its host, and the file objects open() returns.
//
// The runtime never calls the C library's file functions: a port that has files (the unix
// port: ports/unix/file.c) hands it a mn_file_port_t in its port's `files` (obj/port.h); a board
// without files leaves it NULL, and open() raises OSError. Handles are small non-negative ints
// chosen by the port.
//
// A file object is [header][type][handle: small int, or None once closed][name][mode str]
// [flags: small int] (obj/iterator.h's layout). Its type is TextIOWrapper for a text file, and
// BufferedReader, BufferedWriter or BufferedRandom for a binary one, as in CPython. Text is
// UTF-8, written and read as it is (no newline translation). A file object that becomes
// garbage without close() keeps its handle open until the process ends (there are no
// finalizers); the port flushes it then.
#ifndef MN_OBJ_FILE_H
#define MN_OBJ_FILE_H

#include "obj/iterator.h"
#include "obj/port.h"

extern const mn_type_t mn_type_text_io_wrapper, mn_type_buffered_reader, mn_type_buffered_writer,
    mn_type_buffered_random;

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
// the native convention (obj/native.h). ValueError "invalid mode: 'z'" and CPython's other
// mode errors; FileNotFoundError "[Errno 2] No such file or directory: 'x'" and OSError for
// the port's other errors. may trigger a gc
MN_MUST_CHECK mn_value_t mn_file_open(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                      mn_value_t keywords);

#endif
