#include "testing.h"

#include <string.h>

int test_argc;
char **test_argv;
static bool case_failed;
static const char *case_name;

void test_fail(const char *file, int line, const char *what) {
    if (!case_failed) {
        printf("FAIL %s: %s:%d: %s\n", case_name, file, line, what);
    }
    case_failed = true;
}

bool test_same_string(const char *actual, const char *expected, const char *file, int line,
                      const char *context) {
    if (strcmp(actual, expected) == 0) {
        return true;
    }
    char message[1200];
    snprintf(message, sizeof message, "%.250s: got %.400s, expected %.400s", context, actual,
             expected);
    test_fail(file, line, message);
    return false;
}

// Runs every case, or only those named on the command line before any "--" options.
int test_main(int argc, char **argv, const test_case_t *cases, size_t count) {
    test_argc = argc;
    test_argv = argv;
    size_t passed = 0;
    size_t failed = 0;
    for (size_t i = 0; i < count; i++) {
        bool selected = true;
        for (int a = 1; a < argc && argv[a][0] != '-'; a++) {
            selected = strcmp(argv[a], cases[i].name) == 0;
            if (selected) {
                break;
            }
        }
        if (!selected) {
            continue;
        }
        case_name = cases[i].name;
        case_failed = false;
        cases[i].run();
        fflush(stdout);
        if (case_failed) {
            failed++;
        } else {
            passed++;
            printf("ok %s\n", case_name);
        }
    }
    printf("%zu passed, %zu failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
