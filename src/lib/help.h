// help(), the REPL's built-in guide (lib/help.c).
#ifndef MN_LIB_HELP_H
#define MN_LIB_HELP_H

#include "obj/native.h"

extern const mn_native_t mn_builtin_help;

#endif
