// A small test harness for the C suites. Each test file lists its cases in a table and ends
// with TEST_MAIN(cases); each case prints "ok NAME" or "FAIL NAME: file:line: what", and the
// program ends with "N passed, N failed" (tests/run.sh adds those up).
#ifndef MN_TESTING_H
#define MN_TESTING_H

#include <stdbool.h>
#include <stdio.h>

typedef struct test_case {
    const char *name;
    void (*run)(void);
} test_case_t;

// Records a failure of the running case; the CHECK macros return from the case after it.
void test_fail(const char *file, int line, const char *what);
// Arguments after the program name, for cases that take options (seeds, counts).
extern int test_argc;
extern char **test_argv;

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            test_fail(__FILE__, __LINE__, #condition);                                             \
            return;                                                                                \
        }                                                                                          \
    } while (0)

#define CHECK_EQ(actual, expected)                                                                 \
    do {                                                                                           \
        long long actual_value_ = (long long)(actual);                                             \
        long long expected_value_ = (long long)(expected);                                         \
        if (actual_value_ != expected_value_) {                                                    \
            char message_[1024];                                                                   \
            snprintf(message_, sizeof message_, "%s == %lld, expected %s == %lld", #actual,        \
                     actual_value_, #expected, expected_value_);                                   \
            test_fail(__FILE__, __LINE__, message_);                                               \
            return;                                                                                \
        }                                                                                          \
    } while (0)

#define CHECK_PTR_EQ(actual, expected)                                                             \
    do {                                                                                           \
        const void *actual_value_ = (const void *)(actual);                                        \
        const void *expected_value_ = (const void *)(expected);                                    \
        if (actual_value_ != expected_value_) {                                                    \
            char message_[1024];                                                                   \
            snprintf(message_, sizeof message_, "%s == %p, expected %s == %p", #actual,            \
                     actual_value_, #expected, expected_value_);                                   \
            test_fail(__FILE__, __LINE__, message_);                                               \
            return;                                                                                \
        }                                                                                          \
    } while (0)

// Whether two strings are equal; records a failure at `file`:`line` naming `context` if not.
bool test_same_string(const char *actual, const char *expected, const char *file, int line,
                      const char *context);

// Checks that the string `actual` is `expected`; the printf arguments after it say what was
// checked, in the failure message.
#define CHECK_STRING(actual, expected, ...)                                                        \
    do {                                                                                           \
        char context_[256];                                                                        \
        snprintf(context_, sizeof context_, __VA_ARGS__);                                          \
        if (!test_same_string(actual, expected, __FILE__, __LINE__, context_)) {                   \
            return;                                                                                \
        }                                                                                          \
    } while (0)

int test_main(int argc, char **argv, const test_case_t *cases, size_t count);

#define TEST_MAIN(cases)                                                                           \
    int main(int argc, char **argv) {                                                              \
        return test_main(argc, argv, cases, sizeof(cases) / sizeof(cases[0]));                     \
    }

#endif
