// The compiler and the VM end to end: programs compiled and run in a small arena, their
// output and uncaught exceptions checked (the full Python suite is tests/py).
#include <string.h>

#include "compile/compile.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/str.h"
#include "testing.h"
#include "vm/traceback.h"
#include "vm/vm.h"

static mn_runtime_t runtime;
static mn_word_t arena[256 * 1024 / sizeof(mn_word_t)];

typedef struct {
    char data[4096];
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

// Runs `source` compiled in `mode`; returns its output, then the traceback of an uncaught
// exception.
static const char *run_mode(const char *source, size_t heap_bytes, mn_compile_mode_t mode) {
    output.length = 0;
    output.data[0] = '\0';
    if (!mn_runtime_init(&runtime, arena, heap_bytes)) {
        return "<no runtime>";
    }
    runtime.write_out = capture;
    runtime.write_context = &output;
    mn_value_t *slots = mn_heap_reserve_top(&runtime.heap, 4);
    mn_str_t *text = mn_str_new(&runtime, source, strlen(source));
    slots[0] = mn_object_value(text);
    slots[1] = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
    bool ok = text != NULL && (slots[3] = mn_dict_new(&runtime, 4)) != MN_EXCEPTION &&
              (slots[2] = mn_compile(&runtime, &slots[0], &slots[1], mode)) != MN_EXCEPTION &&
              mn_vm_run_code(&runtime, &slots[2], &slots[3], &slots[3]) != MN_EXCEPTION;
    if (!ok) {
        slots[0] = mn_exception_pending(&runtime);
        mn_exception_clear(&runtime);
        mn_traceback_print(&runtime, &slots[0], capture, &output);
    }
    if (runtime.frame != NULL || runtime.frame_depth != 0) {
        return "<frames left on the VM stack>";
    }
    if (mn_heap_verify(&runtime.heap, NULL) != NULL) {
        return "<heap verification failed>";
    }
    mn_heap_release_top(&runtime.heap, 4);
    if (runtime.heap.end != runtime.heap.arena_end) {
        return "<VM stack not empty>";
    }
    return output.data;
}

static const char *run(const char *source, size_t heap_bytes) {
    return run_mode(source, heap_bytes, MN_COMPILE_MODULE);
}

#define CHECK_RUN(source, expected) CHECK_STRING(run(source, sizeof arena), expected, "%s", source)

static void expressions(void) {
    CHECK_RUN("print(1 + 2, 7 // 2, -7 % 3, 2 ** 64, 1.5 * 2, 'a' < 'b')",
              "3 3 2 18446744073709551616 3.0 True\n");
    CHECK_RUN("x = 5\nprint(1 < x < 10, 1 < x > 10, x and 0, x or 0, not x, 3 if x else 4)",
              "True False 0 5 False 3\n");
    CHECK_RUN("print(repr('it\\'s'), None, True, -(3), ~5, abs(-2))",
              "\"it's\" None True -3 -6 2\n");
    CHECK_RUN("print('a', 'b', sep='-', end='!\\n')", "a-b!\n");
}

static void functions(void) {
    CHECK_RUN("def f(a, b=10):\n    return a * b + 1\nprint(f(3), f(2, b=5), f(b=1, a=4))",
              "31 11 5\n");
    CHECK_RUN("def g(n):\n    if n == 0:\n        return 0\n    return n + g(n - 1)\nprint(g(300))",
              "45150\n");
    CHECK_RUN("def f(a):\n    pass\nf()",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "TypeError: f() missing 1 required positional argument: 'a'\n");
    CHECK_RUN("def f(a):\n    pass\nf(1, 2)",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "TypeError: f() takes 1 positional argument but 2 were given\n");
    CHECK_RUN("def f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n"
              "    print(isinstance(e, RuntimeError), e)",
              "True maximum recursion depth exceeded\n");
}

static void parameters(void) {
    CHECK_RUN("def f(a, b=2, *args, c, d=4, **kw):\n    print(a, b, args, c, d, kw)\n"
              "f(1, c=3)\nf(1, 2, 3, c=5, e=6, d=7)",
              "1 2 () 3 4 {}\n1 2 (3,) 5 7 {'e': 6}\n");
    CHECK_RUN("def f(a, /, b, *, c):\n    return a + b + c\nprint(f(1, b=2, c=3))", "6\n");
    CHECK_RUN("def f(a, b, *, c, d):\n    pass\nf(1)",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "TypeError: f() missing 1 required positional argument: 'b'\n");
    CHECK_RUN("def f(a, b=1, *, c, d):\n    pass\nf(1, 2, 3, c=0)",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "TypeError: f() takes from 1 to 2 positional arguments but 3 positional arguments "
              "(and 1 keyword-only argument) were given\n");
    CHECK_RUN("def f(*, a, b):\n    pass\nf()",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "TypeError: f() missing 2 required keyword-only arguments: 'a' and 'b'\n");
    CHECK_RUN("def f(*, **k):\n    pass",
              "  File \"<stdin>\", line 1\nSyntaxError: named arguments must follow bare *\n");
}

static void spread_calls(void) {
    CHECK_RUN("def f(*a, **k):\n    return a, k\n"
              "print(f(*[1, 2], **{'x': 3}), f(0, *range(2), y=1, **{'z': 2}))",
              "((1, 2), {'x': 3}) ((0, 0, 1), {'y': 1, 'z': 2})\n");
    // Calls through CALL_EX nest no dispatch loop: deeper than MN_MAX_CALL_DEPTH.
    CHECK_RUN("def g(n, *rest, **k):\n    if n == 0:\n        return rest, k\n"
              "    return g(n - 1, *rest, **k)\nprint(g(200, 1, 2, x=3))",
              "((1, 2), {'x': 3})\n");
    CHECK_RUN("print(*'abc', **{'sep': '-'})\nx = [].append\nx(*[1])", "a-b-c\n");
    CHECK_RUN("def f(x):\n    pass\nf(*1)",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "TypeError: f() argument after * must be an iterable, not int\n");
    CHECK_RUN("def f(**k):\n    pass\nf(x=1, **{'x': 2})",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "TypeError: f() got multiple values for keyword argument 'x'\n");
}

static void values(void) {
    CHECK_RUN("a, *b, c = 'hello'\nprint(a, b, c, 'hello'[1:4], 'hello'[::-2], [*b, *'xy'])",
              "h ['e', 'l', 'l'] o ell olh ['e', 'l', 'l', 'x', 'y']\n");
    CHECK_RUN(
        "w = 6\nprint(f'{w!r:>{w - 2}}|{3.14159:.{2}f}|{\"q\"!a}|{w}{w}', {**{'a': 1}, 'b': 2})",
        "   6|3.14|'q'|66 {'a': 1, 'b': 2}\n");
}

// The interactive echo: repr of values other than None, kept in `_`.
static void interactive(void) {
    CHECK_STRING(run_mode("1 + 1\nNone\nx = 'a'\nx\n_ * 3\n", sizeof arena, MN_COMPILE_SINGLE),
                 "2\n'a'\n'aaa'\n", "single");
}

static void loops(void) {
    CHECK_RUN("i = 0\nwhile i < 5:\n    i += 1\n    if i == 2:\n        continue\n"
              "    if i == 4:\n        break\n    print(i)\nelse:\n    print('no')",
              "1\n3\n");
    CHECK_RUN("i = 0\nwhile i < 2:\n    i += 1\nelse:\n    print('else', i)", "else 2\n");
    CHECK_RUN("j = 0\nwhile True:\n    j += 1\n    try:\n        if j > 2:\n            break\n"
              "        continue\n    finally:\n        print('f', j)\nprint('done')",
              "f 1\nf 2\nf 3\ndone\n");
}

static void exceptions(void) {
    CHECK_RUN("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n"
              "finally:\n    print('finally')",
              "caught division by zero\nfinally\n");
    CHECK_RUN("def r():\n    try:\n        return 1\n    finally:\n        print('in finally')\n"
              "print(r())",
              "in finally\n1\n");
    CHECK_RUN("try:\n    raise KeyError('k')\nexcept (ValueError, LookupError) as e:\n    "
              "print(repr(e), e)",
              "KeyError('k') 'k'\n");
    CHECK_RUN(
        "try:\n    try:\n        raise ValueError('a')\n    except ValueError:\n        raise\n"
        "except Exception as e:\n    print('outer', e)",
        "outer a\n");
    CHECK_RUN("def h():\n    raise ValueError('bad reading')\nh()",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "  File \"<stdin>\", line 2, in h\n"
              "ValueError: bad reading\n");
    CHECK_RUN("print(undefined)", "Traceback (most recent call last):\n"
                                  "  File \"<stdin>\", line 1, in <module>\n"
                                  "NameError: name 'undefined' is not defined\n");
    CHECK_RUN("assert 1 == 2, 'no'", "Traceback (most recent call last):\n"
                                     "  File \"<stdin>\", line 1, in <module>\n"
                                     "AssertionError: no\n");
    CHECK_RUN("x = (1,\n", "  File \"<stdin>\", line 1\nSyntaxError: '(' was never closed\n");
}

static void containers(void) {
    CHECK_RUN("d = {}\nfor i in range(12):\n    d['k' + str(i)] = i\nprint(d['k7'], len(d))",
              "7 12\n");
    CHECK_RUN("print([1, 'a', (2,)], {'x': [1.5]}, list(range(3)), list(zip('ab', range(2))))",
              "[1, 'a', (2,)] {'x': [1.5]} [0, 1, 2] [('a', 0), ('b', 1)]\n");
    CHECK_RUN("x, y = (1, 2)\nprint(y, x)", "2 1\n");
}

// The builtins table is searched by qstr id: it must be sorted.
static void builtins_sorted(void) {
    for (size_t i = 1; i < mn_builtins_table.count; i++) {
        CHECK(mn_builtins_table.entries[i - 1].name < mn_builtins_table.entries[i].name);
    }
}

static void small_heap(void) {
    // A program runs in a few kilobytes, and running out of memory is a MemoryError.
    CHECK_STRING(run("def f(n):\n    return n + 1\nprint(f(41))", 4096), "42\n", "4 KB");
    const char *result = run("x = 2 ** 100000", 8192);
    CHECK(strstr(result, "MemoryError: memory allocation failed") != NULL);
}

static const test_case_t cases[] = {
    {"expressions", expressions},
    {"functions", functions},
    {"loops", loops},
    {"exceptions", exceptions},
    {"containers", containers},
    {"builtins_sorted", builtins_sorted},
    {"small_heap", small_heap},
    {"parameters", parameters},
    {"spread_calls", spread_calls},
    {"values", values},
    {"interactive", interactive},
};

TEST_MAIN(cases)
