// The standard modules (time, math, random, os, errno) end to end over fake ports: a clock
// the test controls, a time zone, a file system of many entries, and no port at all; every
// module's table sorted; MemoryError at every heap size leaving the heap sound.
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "lib/modules.h"
#include "obj/exception.h"
#include "obj/port.h"
#include "obj/str.h"
#include "testing.h"
#include "vm/import.h"
#include "vm/traceback.h"

static mn_runtime_t runtime;
static mn_word_t arena[256 * 1024 / sizeof(mn_word_t)];

typedef struct {
    char data[8192];
    size_t length;
} text_t;

static text_t output;

static void capture(void *context, const char *text, size_t length) {
    text_t *out = context;
    if (out->length + length < sizeof out->data) {
        memcpy(out->data + out->length, text, length);
        out->length += length;
        out->data[out->length] = '\0';
    }
}

// ---- A fake port --------------------------------------------------------------------------

static uint64_t fake_clock; // nanoseconds, advanced by sleeping

static uint64_t fake_clock_ns(void *context, mn_clock_t clock) {
    (void)context, (void)clock;
    return fake_clock;
}

static int64_t fake_time_ns(void *context) {
    (void)context;
    return 1000000000 * (int64_t)1700000000 + (int64_t)fake_clock;
}

static int32_t fake_utc_offset(void *context, int64_t seconds) {
    (void)context, (void)seconds;
    return 3600;
}

static void fake_sleep_ns(void *context, uint64_t nanoseconds) {
    (void)context;
    fake_clock += nanoseconds;
}

// A directory "big" of 200 entries; everything else does not exist.
static int fake_listdir(void *context, const char *path,
                        bool (*each)(void *each_context, const char *name), void *each_context) {
    (void)context;
    if (strcmp(path, "big") != 0) {
        return -ENOENT;
    }
    for (int i = 0; i < 200; i++) {
        char name[32];
        snprintf(name, sizeof name, "entry-%03d", i);
        if (!each(each_context, name)) {
            break;
        }
    }
    return 0;
}

static int fake_stat(void *context, const char *path, int64_t fields[MN_STAT_FIELDS]) {
    (void)context;
    if (strcmp(path, "big") != 0) {
        return -ENOENT;
    }
    for (int i = 0; i < MN_STAT_FIELDS; i++) {
        fields[i] = (int64_t)1 << (10 * (i % 7)); // beyond small ints on 32-bit builds too
    }
    return 0;
}

static int fake_urandom(void *context, void *buffer, size_t length) {
    (void)context;
    memset(buffer, 0x5a, length);
    return 0;
}

static const char *fake_error_text(void *context, int error) {
    (void)context;
    return error == ENOENT ? "No such file or directory" : "Some error";
}

static const mn_os_port_t fake_os = {
    .stat = fake_stat,
    .listdir = fake_listdir,
    .urandom = fake_urandom,
    .error_text = fake_error_text,
};

static const mn_port_t fake_port = {
    .clock_ns = fake_clock_ns,
    .time_ns = fake_time_ns,
    .utc_offset = fake_utc_offset,
    .sleep_ns = fake_sleep_ns,
    .os = &fake_os,
};

// Runs `source` as __main__ in an arena of `heap_bytes` over `port`; returns its output, then
// the traceback of an uncaught exception.
static const char *run_with(const char *source, size_t heap_bytes, const mn_port_t *port) {
    output.length = 0;
    output.data[0] = '\0';
    if (!mn_runtime_init(&runtime, arena, heap_bytes)) {
        return "<no runtime>";
    }
    runtime.write_out = capture;
    runtime.write_context = &output;
    runtime.port = port;
    mn_value_t *slots = mn_heap_reserve_top(&runtime.heap, 2);
    bool ok = slots != NULL;
    if (ok) {
        slots[0] = mn_object_value(mn_str_new(&runtime, source, strlen(source)));
        slots[1] = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
        ok = slots[0] != MN_NULL &&
             mn_import_run_main(&runtime, &slots[0], &slots[1], false) != MN_EXCEPTION;
    }
    if (!ok) {
        if (slots == NULL || mn_exception_pending(&runtime) == MN_NULL) {
            return "<failed without an exception>";
        }
        slots[0] = mn_exception_pending(&runtime);
        mn_exception_clear(&runtime);
        mn_traceback_print(&runtime, &slots[0], capture, &output);
    }
    if (mn_heap_verify(&runtime.heap, NULL) != NULL) {
        return "<heap verification failed>";
    }
    mn_heap_release_top(&runtime.heap, 2);
    if (runtime.heap.refs != NULL) {
        return "<GC references left pushed>";
    }
    return output.data;
}

#define CHECK_RUN(port, source, expected)                                                          \
    CHECK_STRING(run_with(source, sizeof arena, port), expected, "%.200s", source)

// ---- Cases --------------------------------------------------------------------------------

// Every built-in module's table, and the table of modules, sorted by qstr id.
static void tables_sorted(void) {
    for (size_t i = 1; i < mn_builtin_modules.count; i++) {
        CHECK(mn_builtin_modules.entries[i - 1].name < mn_builtin_modules.entries[i].name);
    }
    for (size_t m = 0; m < mn_builtin_modules.count; m++) {
        const mn_rom_module_t *module = mn_object(mn_builtin_modules.entries[m].value);
        const mn_attr_table_t *table = module->attrs;
        for (size_t i = 1; i < table->count; i++) {
            CHECK(table->entries[i - 1].name < table->entries[i].name);
        }
    }
}

// The clock is the port's: sleeping advances it exactly, the ticks wrap at 2**30.
static void fake_clock_case(void) {
    fake_clock = ((uint64_t)1 << 30) * 1000000 - 5000000; // ticks_ms() == 2**30 - 5
    CHECK_RUN(
        &fake_port,
        "import time\nt = time.ticks_ms()\nprint(t, time.monotonic_ns())\n"
        "time.sleep_ms(10)\nprint(time.ticks_ms(), time.ticks_diff(time.ticks_ms(), t))\n"
        "time.sleep(1.5)\ntime.sleep_us(250)\nprint(time.ticks_ms(), time.monotonic_ns())\n"
        "print(time.time_ns() % 10 ** 12, int(time.time()))",
        "1073741819 1073741819000000\n5 10\n1505 1073743329250000\n743329250000 1701073743\n");
    CHECK_RUN(
        &fake_port,
        "import time\nprint(time.localtime(0), time.gmtime(0))\n"
        "print(time.mktime((1970, 1, 1, 1, 0, 0, 0, 0)), time.mktime(time.localtime(10 ** 9)))",
        "(1970, 1, 1, 1, 0, 0, 3, 1) (1970, 1, 1, 0, 0, 0, 3, 1)\n0 1000000000\n");
}

// Without a port: the clocks stand at 0, sleeping returns, os raises ENOSYS, random works.
static void no_port(void) {
    CHECK_RUN(NULL,
              "import time, os, random, errno\n"
              "print(time.time(), time.ticks_ms(), time.monotonic(), time.sleep(2))\n"
              "print(time.localtime(0))\n"
              "try:\n    os.listdir()\nexcept OSError as e:\n    print(e.errno == errno.ENOSYS)\n"
              "try:\n    os.urandom(4)\nexcept OSError as e:\n    print(e)\n"
              "print(0 <= random.random() < 1, random.randrange(5) in range(5))",
              "0.0 0 0.0 None\n(1970, 1, 1, 0, 0, 0, 3, 1)\nTrue\n"
              "[Errno 38] Function not implemented\nTrue True\n");
}

static void fake_os_case(void) {
    CHECK_RUN(
        &fake_port,
        "import os\nnames = os.listdir('big')\nprint(len(names), names[0], names[199])\n"
        "print(os.stat('big'))\nprint(os.urandom(3))\n"
        "try:\n    os.listdir('nothing')\nexcept OSError as e:\n    print(type(e).__name__, e)\n"
        "try:\n    os.remove('nothing')\nexcept OSError as e:\n    print(e)",
        "200 entry-000 entry-199\n"
        "(1, 1024, 1048576, 1073741824, 1099511627776, 1125899906842624, "
        "1152921504606846976, 1, 1024, 1048576)\nb'ZZZ'\n"
        "FileNotFoundError [Errno 2] No such file or directory: 'nothing'\n"
        "[Errno 38] Function not implemented\n");
}

// Every heap size from too small to enough: the program completes or ends with a
// MemoryError, and the heap stays sound.
static void memory_errors(void) {
    const char *program =
        "import math, random, os, errno, time\n"
        "print(math.factorial(60) % 1000003, math.isqrt(10 ** 40), math.gcd(2 ** 90, 6 ** 40))\n"
        "print(math.comb(80, 40) % 1000003, math.perm(30, 10) % 1000003, math.lcm(2 ** 70, 3))\n"
        "print(math.frexp(3.0), math.modf(2.5), math.log(10 ** 400) > 921, math.floor(1e30) > 0)\n"
        "random.seed(5)\nprint(random.getrandbits(200) >= 0, random.randrange(10 ** 30) >= 0)\n"
        "items = list(range(20))\nrandom.shuffle(items)\nprint(sorted(items) == list(range(20)))\n"
        "print(len(os.listdir('big')), len(os.stat('big')), len(errno.errorcode) > 40)\n"
        "print(time.localtime(0), time.gmtime(10 ** 9))\n";
    const char *complete = "874045 100000000000000000000 1099511627776\n"
                           "429006 350931 3541774862152233910272\n"
                           "(0.75, 2) (0.5, 2.0) True True\nTrue True\nTrue\n200 10 True\n"
                           "(1970, 1, 1, 1, 0, 0, 3, 1) (2001, 9, 9, 1, 46, 40, 6, 252)\n";
    CHECK_STRING(run_with(program, sizeof arena, &fake_port), complete, "the whole program");
    bool completed = false;
    for (size_t bytes = 4096; bytes <= 64 * 1024; bytes += 256) {
        const char *result = run_with(program, bytes, &fake_port);
        if (strcmp(result, complete) == 0) {
            completed = true;
            continue;
        }
        CHECK_STRING(strstr(result, "MemoryError") != NULL ? "MemoryError" : result, "MemoryError",
                     "heap of %zu bytes", bytes);
    }
    CHECK(completed);
}

static const test_case_t cases[] = {
    {"tables_sorted", tables_sorted}, {"fake_clock", fake_clock_case},  {"no_port", no_port},
    {"fake_os", fake_os_case},        {"memory_errors", memory_errors},
};

TEST_MAIN(cases)
