// The compiler: source text to a code object (vm/code.h), one statement tree at a time
// (docs/interpreter.md, "Compiling"). Everything it builds lives in the heap: its buffers
// and lists wait in slots on the reserved top of the arena, so they are roots while it
// allocates, and everything but the code object is garbage when it returns.
#ifndef MN_COMPILE_COMPILE_H
#define MN_COMPILE_COMPILE_H

#include "obj/runtime.h"

typedef enum mn_compile_mode {
    MN_COMPILE_MODULE, // a file or exec(): statements
    MN_COMPILE_EVAL,   // eval(): one expression list, whose value the code returns
    MN_COMPILE_SINGLE, // the REPL: statements; expression statements print their value
} mn_compile_mode_t;

// Nested blocks (loops, try statements) in one function, as CPython limits them.
#define MN_COMPILE_MAX_BLOCKS 20

// Compiles the str in *source (rooted) with the file name in *filename (a str value,
// rooted). Returns the code object, or MN_EXCEPTION (SyntaxError and its subclasses, with
// the line in the exception's `lineno`; MemoryError). may trigger a gc
MN_MUST_CHECK mn_value_t mn_compile(mn_runtime_t *runtime, const mn_value_t *source,
                                    const mn_value_t *filename, mn_compile_mode_t mode);

#endif
