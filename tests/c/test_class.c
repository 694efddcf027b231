// User classes end to end: the memory layout of instances (vm/class.h), and programs whose
// classes raise, recurse or run out of memory.
#include <string.h>

#include "compile/compile.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/str.h"
#include "testing.h"
#include "vm/class.h"
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

// Runs `source` in a fresh runtime of `heap_bytes`; returns its output, then the traceback
// of an uncaught exception. The module's globals stay in *globals (a slot on the VM stack)
// until the next run.
static mn_value_t *globals;

static const char *run(const char *source, size_t heap_bytes) {
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
              (slots[2] = mn_compile(&runtime, &slots[0], &slots[1], MN_COMPILE_MODULE)) !=
                  MN_EXCEPTION &&
              mn_vm_run_code(&runtime, &slots[2], &slots[3], &slots[3]) != MN_EXCEPTION;
    if (!ok) {
        slots[0] = mn_exception_pending(&runtime);
        mn_exception_clear(&runtime);
        mn_traceback_print(&runtime, &slots[0], capture, &output);
    }
    if (runtime.frame != NULL || runtime.frame_depth != 0 || runtime.call_depth != 0) {
        return "<frames left on the VM stack>";
    }
    if (mn_heap_verify(&runtime.heap, NULL) != NULL) {
        return "<heap verification failed>";
    }
    globals = &slots[3];
    return output.data;
}

#define CHECK_RUN(source, expected) CHECK_STRING(run(source, sizeof arena), expected, "%s", source)

// The words of the block of the global `name`. no allocation is done
static size_t global_words(const char *name) {
    mn_value_t key = mn_qstr_find(&runtime, name, strlen(name));
    mn_value_t value = key == MN_NULL ? MN_NULL : mn_dict_get_str(*globals, key);
    return mn_is_object(value) ? mn_block_words(mn_object(value)) : 0;
}

// An instance is [header][class][overflow dict][one slot per attribute its class's methods
// store on self]: 3 words empty, 6 words with 3 attributes set in __init__ (12 and 24 bytes
// on a 32-bit target), whatever the word size.
static void layout(void) {
    CHECK_RUN("class Empty:\n    pass\n"
              "class Point:\n    def __init__(self, x, y, z):\n"
              "        self.x = x\n        self.y = y\n        self.z = z\n"
              "e = Empty()\np = Point(1, 2, 3)\nprint(p.x + p.y + p.z)",
              "6\n");
    CHECK(global_words("e") == 3);
    CHECK(global_words("p") == 6);
    CHECK(mn_is_tagged(mn_dict_get_str(*globals, mn_qstr_find(&runtime, "p", 1)), MN_TAG_INSTANCE));

    // A subclass keeps its base's slots first and adds its own; an attribute stored from
    // outside the methods goes to the overflow dict and leaves the block as it is.
    CHECK_RUN("class A:\n    def __init__(self):\n        self.a = 1\n"
              "class B(A):\n    def __init__(self):\n        A.__init__(self)\n"
              "        self.b = 2\n    def set(self):\n        self.a = 3\n"
              "b = B()\nb.extra = 4\nb.set()\nprint(b.a, b.b, b.extra)",
              "3 2 4\n");
    CHECK(global_words("b") == 5);
}

static void errors(void) {
    CHECK_RUN("class AppError(Exception):\n    pass\nclass Missing(AppError):\n"
              "    def __init__(self, key):\n        AppError.__init__(self, 'no ' + key)\n"
              "        self.key = key\n"
              "def get():\n    raise Missing('host')\nget()",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 9, in <module>\n"
              "  File \"<stdin>\", line 8, in get\n"
              "Missing: no host\n");
    CHECK_RUN("class R:\n    def __init__(self):\n        return 1\nR()",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 4, in <module>\n"
              "TypeError: __init__() should return None, not 'int'\n");
    CHECK_RUN("class P:\n    def f(self, n):\n        pass\nP().f()",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 4, in <module>\n"
              "TypeError: P.f() missing 1 required positional argument: 'n'\n");
    // Special methods called from C nest dispatch loops, a bounded number of them.
    CHECK_RUN("class R:\n    def __repr__(self):\n        return repr(self)\n"
              "try:\n    repr(R())\nexcept RecursionError as e:\n    print('caught', e)",
              "caught maximum recursion depth exceeded\n");
    // A constructor's __init__ runs in the VM's own loop: deep recursion through it is
    // bounded by the frame limit, not the nesting of C calls.
    CHECK_RUN("class Node:\n    def __init__(self, n):\n"
              "        self.next = Node(n - 1) if n > 0 else None\n"
              "n = Node(500)\ncount = 0\nwhile n:\n    count += 1\n    n = n.next\nprint(count)",
              "501\n");
}

static void small_heap(void) {
    // Classes and instances in a few kilobytes; running out of memory is a MemoryError, and
    // the runtime goes on.
    CHECK_STRING(run("class C:\n    def __init__(self, v):\n        self.v = v\n"
                     "print(C(41).v + 1)",
                     4096),
                 "42\n", "4 KB");
    const char *result = run("class C:\n    def __init__(self, n):\n        self.n = n\n"
                             "items = []\nwhile True:\n    items.append(C(len(items)))",
                             8192);
    CHECK(strstr(result, "MemoryError: memory allocation failed") != NULL);
    CHECK_STRING(run("class C:\n    def __init__(self, n):\n        self.n = n\n"
                     "items = []\ntry:\n    while True:\n        items.append(C(len(items)))\n"
                     "except MemoryError:\n    items = None\nprint(C(7).n)",
                     8192),
                 "7\n", "after MemoryError");
}

static const test_case_t cases[] = {
    {"layout", layout},
    {"errors", errors},
    {"small_heap", small_heap},
};

TEST_MAIN(cases)
