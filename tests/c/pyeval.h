// A small evaluator of Python expressions over the object protocol, so that the tests of the
// object layer can be tables of Python source and CPython's output (tests/c/pyexpect.py
// computes the expectations with python3). Until the compiler and the VM run code, it is the
// shortest honest route from a line of Python to the C functions under test.
//
// The language: literals (ints of any size, floats, str and bytes literals with CPython's
// escapes, tuples, lists, and dict displays, which make a read-only test mapping), the names
// None, True, False, str, bytes, bytearray, the functions len, repr, ascii, format, list,
// hash, bool, iter, next and slice, one variable x; attribute loads, method calls with
// positional and keyword arguments (on an object or unbound on a type), calls of the types,
// subscripts and slices, unary minus, + - * / // % ** and the comparisons, in, not in, is.
// A case is statements separated by "; ": "x = ...", "x += ...", "x *= ...", "x[...] = ...",
// "del x[...]" and expressions; its result is the last expression's value.
//
// Every value lives in a root region (the evaluator's stack), so the code under test sees
// rooted operands, as the VM will give them, and the GC-stress build moves them all the time.
#ifndef MN_TEST_PYEVAL_H
#define MN_TEST_PYEVAL_H

#include <stdbool.h>
#include <stddef.h>

#include "obj/runtime.h"

extern mn_runtime_t pyeval_runtime;

// A fresh runtime over an arena of `bytes` (at most 256 KB). Returns false if it cannot start.
bool pyeval_setup(size_t bytes);

// Evaluates `source` and writes into out the repr of its result as CPython prints it, or
// "!Type: message" for an exception (the message is args[0]: a KeyError shows its key
// unquoted), "!MemoryError" for a MemoryError, or "?syntax at N" when the evaluator cannot
// parse the source. The pending exception is cleared.
void pyeval(const char *source, char *out, size_t capacity);

// The number of GC references pushed and not popped since the last pyeval_setup (0 when the
// code under test pairs its pushes and pops).
size_t pyeval_open_refs(void);

// A table entry: Python source and the expected output of pyeval().
typedef struct pyeval_case {
    const char *source;
    const char *expected;
} pyeval_case_t;

// Runs each case in a fresh runtime of `arena_bytes`, printing every mismatch and every case
// that leaves a GC reference pushed, the heap unsound (mn_heap_verify) or the runtime unable
// to evaluate the next expression; returns the number of such failures.
size_t pyeval_run_cases(const pyeval_case_t *cases, size_t count, size_t arena_bytes);

#endif
