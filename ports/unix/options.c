#include "options.h"

#include <stdint.h>
#include <string.h>

bool mn_options_parse_size(const char *text, size_t word_bytes, size_t *bytes) {
    size_t value = 0;
    const char *c = text;
    if (*c < '0' || *c > '9') {
        return false;
    }
    for (; *c >= '0' && *c <= '9'; c++) {
        size_t digit = (size_t)(*c - '0');
        if (value > (SIZE_MAX - digit) / 10) {
            return false;
        }
        value = value * 10 + digit;
    }
    size_t multiplier = 1;
    if (*c == 'w') {
        multiplier = word_bytes;
        c++;
    }
    if (*c == 'k' || *c == 'K') {
        multiplier *= 1024;
        c++;
    } else if (*c == 'm' || *c == 'M') {
        multiplier *= 1024 * 1024;
        c++;
    }
    if (*c != '\0' || (value != 0 && multiplier > SIZE_MAX / value)) {
        return false;
    }
    *bytes = value * multiplier;
    return true;
}

static const char *parse_implementation_option(const char *option, mn_options_t *options) {
    if (strncmp(option, "heapsize=", 9) == 0) {
        if (!mn_options_parse_size(option + 9, sizeof(void *), &options->heap_bytes)) {
            return "invalid heapsize";
        }
        return NULL;
    }
    if (strncmp(option, "budget=", 7) == 0) {
        if (!mn_options_parse_size(option + 7, 1, &options->budget) || options->budget == 0) {
            return "invalid budget";
        }
        return NULL;
    }
    if (strcmp(option, "emit=bytecode") == 0) {
        return NULL; // the only emitter
    }
    if (strncmp(option, "emit=", 5) == 0) {
        return "invalid emitter: only emit=bytecode is supported";
    }
    return "unknown -X option";
}

const char *mn_options_parse(int argc, char **argv, mn_options_t *options) {
    memset(options, 0, sizeof *options);
    int index = 1;
    for (; index < argc; index++) {
        const char *arg = argv[index];
        if (arg[0] != '-' || arg[1] == '\0') {
            break; // the script ("-" alone means standard input, like a script)
        }
        if (strcmp(arg, "--") == 0) {
            index++;
            break;
        }
        if (strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0) {
            if (index + 1 >= argc) {
                return arg[1] == 'c' ? "argument expected for the -c option"
                                     : "argument expected for the -m option";
            }
            options->mode = arg[1] == 'c' ? MN_RUN_COMMAND : MN_RUN_MODULE;
            options->program = argv[index + 1];
            options->program_argc = argc - index - 1;
            options->program_argv = argv + index + 1;
            return NULL;
        }
        if (strncmp(arg, "-X", 2) == 0) { // "-X option" or "-Xoption"
            const char *option =
                arg[2] != '\0' ? arg + 2 : (index + 1 < argc ? argv[++index] : NULL);
            if (option == NULL) {
                return "argument expected for the -X option";
            }
            const char *error = parse_implementation_option(option, options);
            if (error != NULL) {
                return error;
            }
            continue;
        }
        if (strcmp(arg, "-i") == 0) {
            options->inspect = true;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            options->help = true;
        } else if (strcmp(arg, "-v") == 0) {
            options->verbose++;
        } else {
            return "unknown option";
        }
    }
    if (index < argc) {
        options->mode = MN_RUN_SCRIPT;
        options->program = argv[index];
        options->program_argc = argc - index;
        options->program_argv = argv + index;
    }
    return NULL;
}
