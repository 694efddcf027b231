// The unix port's command line.
#include <string.h>

#include "../../ports/unix/options.h"
#include "testing.h"

#define ARGV(...)                                                                                  \
    char *argv[] = {"minnow", __VA_ARGS__};                                                        \
    int argc = (int)(sizeof argv / sizeof argv[0])

static void sizes_with_suffixes(void) {
    size_t bytes = 0;
    CHECK(mn_options_parse_size("32000", 4, &bytes));
    CHECK_EQ(bytes, 32000);
    CHECK(mn_options_parse_size("32k", 4, &bytes));
    CHECK_EQ(bytes, 32 * 1024);
    CHECK(mn_options_parse_size("2K", 4, &bytes));
    CHECK_EQ(bytes, 2048);
    CHECK(mn_options_parse_size("3m", 4, &bytes));
    CHECK_EQ(bytes, 3 * 1024 * 1024);
    CHECK(mn_options_parse_size("1M", 8, &bytes));
    CHECK_EQ(bytes, 1024 * 1024);
    CHECK(mn_options_parse_size("100w", 4, &bytes));
    CHECK_EQ(bytes, 400);
    CHECK(mn_options_parse_size("2wk", 8, &bytes));
    CHECK_EQ(bytes, 2 * 8 * 1024);
    CHECK(!mn_options_parse_size("", 4, &bytes));
    CHECK(!mn_options_parse_size("k", 4, &bytes));
    CHECK(!mn_options_parse_size("12q", 4, &bytes));
    CHECK(!mn_options_parse_size("12kk", 4, &bytes));
    CHECK(!mn_options_parse_size("-5", 4, &bytes));
    CHECK(!mn_options_parse_size("99999999999999999999999", 4, &bytes));
    CHECK(!mn_options_parse_size("18446744073709551615m", 4, &bytes));
}

static void script_and_its_arguments(void) {
    ARGV("-X", "heapsize=32k", "-i", "prog.py", "-c", "x");
    mn_options_t options;
    CHECK(mn_options_parse(argc, argv, &options) == NULL);
    CHECK_EQ(options.mode, MN_RUN_SCRIPT);
    CHECK(strcmp(options.program, "prog.py") == 0);
    CHECK_EQ(options.heap_bytes, 32 * 1024);
    CHECK(options.inspect);
    CHECK_EQ(options.program_argc, 3); // prog.py -c x: the options after it are its own
    CHECK(strcmp(options.program_argv[1], "-c") == 0);
}

static void command_and_module(void) {
    {
        ARGV("-c", "print(1)", "a", "b");
        mn_options_t options;
        CHECK(mn_options_parse(argc, argv, &options) == NULL);
        CHECK_EQ(options.mode, MN_RUN_COMMAND);
        CHECK(strcmp(options.program, "print(1)") == 0);
        CHECK_EQ(options.program_argc, 3);
        CHECK(strcmp(options.program_argv[2], "b") == 0);
    }
    {
        ARGV("-Xheapsize=1m", "-Xemit=bytecode", "-m", "pkg.mod", "-v");
        mn_options_t options;
        CHECK(mn_options_parse(argc, argv, &options) == NULL);
        CHECK_EQ(options.mode, MN_RUN_MODULE);
        CHECK(strcmp(options.program, "pkg.mod") == 0);
        CHECK_EQ(options.heap_bytes, 1024 * 1024);
        CHECK_EQ(options.verbose, 0); // -v after the module belongs to it
        CHECK_EQ(options.program_argc, 2);
    }
}

static void no_program_and_flags(void) {
    {
        char *argv[] = {"minnow"};
        mn_options_t options;
        CHECK(mn_options_parse(1, argv, &options) == NULL);
        CHECK_EQ(options.mode, MN_RUN_REPL);
        CHECK_EQ(options.heap_bytes, 0);
    }
    {
        ARGV("-h", "-v", "-v", "--", "-weird-name.py");
        mn_options_t options;
        CHECK(mn_options_parse(argc, argv, &options) == NULL);
        CHECK(options.help);
        CHECK_EQ(options.verbose, 2);
        CHECK_EQ(options.mode, MN_RUN_SCRIPT);
        CHECK(strcmp(options.program, "-weird-name.py") == 0);
    }
}

static void bad_command_lines(void) {
    mn_options_t options;
    {
        ARGV("-q");
        CHECK(mn_options_parse(argc, argv, &options) != NULL);
    }
    {
        ARGV("-c");
        CHECK(mn_options_parse(argc, argv, &options) != NULL);
    }
    {
        ARGV("-m");
        CHECK(mn_options_parse(argc, argv, &options) != NULL);
    }
    {
        ARGV("-X");
        CHECK(mn_options_parse(argc, argv, &options) != NULL);
    }
    {
        ARGV("-X", "heapsize=lots");
        CHECK(strcmp(mn_options_parse(argc, argv, &options), "invalid heapsize") == 0);
    }
    {
        ARGV("-X", "emit=native");
        CHECK(mn_options_parse(argc, argv, &options) != NULL);
    }
    {
        ARGV("-X", "frobnicate");
        CHECK(mn_options_parse(argc, argv, &options) != NULL);
    }
}

static const test_case_t cases[] = {
    {"sizes_with_suffixes", sizes_with_suffixes},
    {"script_and_its_arguments", script_and_its_arguments},
    {"command_and_module", command_and_module},
    {"no_program_and_flags", no_program_and_flags},
    {"bad_command_lines", bad_command_lines},
};

TEST_MAIN(cases)
