// Modules and import end to end, over an in-memory file system given to the runtime as its
// port (obj/port.h): packages, relative and star imports, circular imports, failures and
// MemoryError during an import; the sys module; exec, eval, globals and locals.
#include <string.h>

#include "compile/compile.h"
#include "lib/modules.h"
#include "obj/exception.h"
#include "obj/port.h"
#include "obj/str.h"
#include "testing.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/traceback.h"
#include "vm/vm.h"

static mn_runtime_t runtime;
static mn_word_t arena[256 * 1024 / sizeof(mn_word_t)];

// ---- An in-memory file system ------------------------------------------------------------

typedef struct {
    const char *path;
    const char *text;
} file_t;

static const file_t files[] = {
    {"lib/simple.py", "print('simple loads')\nNAME = 'simple'\ndef double(x):\n    return 2 * x\n"},
    {"lib/pkg/__init__.py", "print('pkg loads')\nVERSION = 1\n"},
    {"lib/pkg/mod.py",
     "from . import sibling\nfrom .sibling import VALUE as V\nWHERE = __name__\n"},
    {"lib/pkg/sibling.py", "VALUE = 'sibling'\n"},
    {"lib/pkg/sub/__init__.py", ""},
    {"lib/pkg/sub/deep.py", "from .. import sibling\nfrom ..sibling import VALUE\n"},
    {"lib/pkg/up.py", "from ... import simple\n"},
    {"lib/circle_a.py", "X = 'a.X'\nimport circle_b\nY = 'a.Y'\n"},
    {"lib/circle_b.py",
     "import circle_a\nprint('b sees', circle_a.X)\ntry:\n    from circle_a import Y\n"
     "except ImportError as e:\n    print('ImportError', e)\n"},
    {"lib/fails.py", "print('fails runs')\nSTATE = 1\nraise ValueError('load failed')\n"},
    {"lib/bad_syntax.py", "x = (1,\n"},
    {"lib/star_all.py", "__all__ = ['a', 'b']\na = 1\nb = 2\nc = 3\n"},
    {"lib/star_plain.py", "p = 1\n_q = 2\n"},
    {"lib/star_missing.py", "__all__ = ['there', 'absent']\nthere = 1\n"},
    {"lib/big.py", NULL}, // a large source, made below
    {"other/extra.py", "WHERE = 'other'\n"},
};

static char big_source[40000];

static const file_t *find_file(const char *path) {
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        if (strcmp(files[i].path, path) == 0) {
            return &files[i];
        }
    }
    return NULL;
}

static mn_path_kind_t fake_stat(void *context, const char *path) {
    (void)context;
    if (find_file(path) != NULL) {
        return MN_PATH_FILE;
    }
    size_t length = strlen(path);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        if (strncmp(files[i].path, path, length) == 0 && files[i].path[length] == '/') {
            return MN_PATH_DIRECTORY;
        }
    }
    return MN_PATH_NONE;
}

static mn_value_t fake_read_file(mn_runtime_t *runtime_, void *context, const char *path) {
    (void)context;
    const file_t *file = find_file(path);
    if (file == NULL) {
        return MN_NULL;
    }
    const char *text = file->text != NULL ? file->text : big_source;
    mn_str_t *str = mn_str_new(runtime_, text, strlen(text));
    return str != NULL ? mn_object_value(str) : mn_raise_memory_error(runtime_);
}

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

static const mn_port_t fake_port = {
    .platform = MN_QSTR_VALUE(MN_QSTR_linux),
    .stat = fake_stat,
    .read_file = fake_read_file,
    .write_error = capture,
    .context = &output,
};

// Runs `source` as __main__ with sys.path ['lib', 'other'] in an arena of `heap_bytes`;
// returns its output, then the traceback of an uncaught exception.
static const char *run(const char *source, size_t heap_bytes) {
    output.length = 0;
    output.data[0] = '\0';
    if (big_source[0] == '\0') {
        for (size_t i = 0; i + 21 < sizeof big_source; i += 20) {
            memcpy(big_source + i, "# a long comment...\n", 20);
        }
    }
    if (!mn_runtime_init(&runtime, arena, heap_bytes)) {
        return "<no runtime>";
    }
    runtime.write_out = capture;
    runtime.write_context = &output;
    runtime.port = &fake_port;
    mn_value_t *slots = mn_heap_reserve_top(&runtime.heap, 2);
    bool ok = slots != NULL && mn_import_root_append(&runtime, MN_ROOT_SYS_PATH, "lib", 3) &&
              mn_import_root_append(&runtime, MN_ROOT_SYS_PATH, "other", 5) &&
              mn_import_root_append(&runtime, MN_ROOT_SYS_ARGV, "main.py", 7);
    if (ok) {
        slots[0] = mn_object_value(mn_str_new(&runtime, source, strlen(source)));
        slots[1] = mn_qstr_value(MN_QSTR__lt_stdin_gt_);
        ok = slots[0] != MN_NULL &&
             mn_import_run_main(&runtime, &slots[0], &slots[1], false) != MN_EXCEPTION;
    }
    if (!ok) {
        if (mn_exception_pending(&runtime) == MN_NULL) {
            return "<failed without an exception>";
        }
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
    mn_heap_release_top(&runtime.heap, 2);
    if (runtime.heap.end != runtime.heap.arena_end) {
        return "<VM stack not empty>";
    }
    if (runtime.heap.refs != NULL) {
        return "<GC references left pushed>";
    }
    return output.data;
}

#define CHECK_RUN(source, expected) CHECK_STRING(run(source, sizeof arena), expected, "%s", source)

static void modules(void) {
    CHECK_RUN(
        "import simple\nimport simple as s\nprint(simple.NAME, simple.double(4), s is simple)\n"
        "print(simple)\nprint(simple.__name__, simple.__file__)",
        "simple loads\nsimple 8 True\n<module 'simple' from 'lib/simple.py'>\n"
        "simple lib/simple.py\n");
    CHECK_RUN("from simple import NAME, double as d\nprint(NAME, d(5))\nprint(simple)",
              "simple loads\nsimple 10\nTraceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "NameError: name 'simple' is not defined\n");
    CHECK_RUN("import extra\nprint(extra.WHERE)", "other\n");
    CHECK_RUN("import simple\nsimple.NAME = 'changed'\nsimple.new = 1\ndel simple.double\n"
              "import simple\nprint(simple.NAME, simple.new, simple.__dict__['new'])\n"
              "try:\n    simple.double\nexcept AttributeError as e:\n    print(e)",
              "simple loads\nchanged 1 1\nmodule 'simple' has no attribute 'double'\n");
    CHECK_RUN("import sys\nimport simple\nprint(sys.modules['simple'] is simple, "
              "sys.modules['__main__'].__name__)",
              "simple loads\nTrue __main__\n");
}

static void packages(void) {
    CHECK_RUN("import pkg.mod\nprint(pkg.VERSION, pkg.mod.WHERE, pkg.mod.V, pkg.sibling.VALUE)",
              "pkg loads\n1 pkg.mod sibling sibling\n");
    CHECK_RUN("import pkg.sub.deep as d\nprint(d.VALUE, d.sibling.VALUE)\nprint(pkg)",
              "pkg loads\nsibling sibling\nTraceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "NameError: name 'pkg' is not defined\n");
    CHECK_RUN(
        "from pkg import sibling, sub\nfrom pkg.sub import deep\nprint(deep.VALUE, sub.deep is "
        "deep)",
        "pkg loads\nsibling True\n");
    CHECK_RUN("from pkg import nothing", "pkg loads\nTraceback (most recent call last):\n"
                                         "  File \"<stdin>\", line 1, in <module>\n"
                                         "ImportError: cannot import name 'nothing' from 'pkg' "
                                         "(lib/pkg/__init__.py)\n");
    CHECK_RUN("import pkg.up", "pkg loads\nTraceback (most recent call last):\n"
                               "  File \"<stdin>\", line 1, in <module>\n"
                               "  File \"lib/pkg/up.py\", line 1, in <module>\n"
                               "ImportError: attempted relative import beyond top-level package\n");
    CHECK_RUN("from . import x", "Traceback (most recent call last):\n"
                                 "  File \"<stdin>\", line 1, in <module>\n"
                                 "ImportError: attempted relative import with no known parent "
                                 "package\n");
    CHECK_RUN("import simple.x", "simple loads\nTraceback (most recent call last):\n"
                                 "  File \"<stdin>\", line 1, in <module>\n"
                                 "ModuleNotFoundError: No module named 'simple.x'; 'simple' is "
                                 "not a package\n");
}

static void errors(void) {
    CHECK_RUN("try:\n    import nowhere\nexcept ImportError as e:\n    print(repr(e))",
              "ModuleNotFoundError(\"No module named 'nowhere'\")\n");
    CHECK_RUN("import pkg.missing", "pkg loads\nTraceback (most recent call last):\n"
                                    "  File \"<stdin>\", line 1, in <module>\n"
                                    "ModuleNotFoundError: No module named 'pkg.missing'\n");
    CHECK_RUN("from sys import nothing", "Traceback (most recent call last):\n"
                                         "  File \"<stdin>\", line 1, in <module>\n"
                                         "ImportError: cannot import name 'nothing' from 'sys' "
                                         "(unknown location)\n");
    // A module that raises leaves sys.modules, and runs again at the next import.
    CHECK_RUN("import sys\nfor i in range(2):\n    try:\n        import fails\n"
              "    except ValueError as e:\n        print(e, 'fails' in sys.modules)",
              "fails runs\nload failed False\nfails runs\nload failed False\n");
    CHECK_RUN("import bad_syntax", "Traceback (most recent call last):\n"
                                   "  File \"<stdin>\", line 1, in <module>\n"
                                   "  File \"lib/bad_syntax.py\", line 1\n"
                                   "SyntaxError: '(' was never closed\n");
}

static void circular(void) {
    CHECK_RUN("import circle_a\nprint(circle_a.Y, circle_a.circle_b.circle_a is circle_a)",
              "b sees a.X\nImportError cannot import name 'Y' from 'circle_a' (lib/circle_a.py)\n"
              "a.Y True\n");
}

static void star(void) {
    CHECK_RUN("from star_all import *\nprint(a, b)\nprint(c)",
              "1 2\nTraceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "NameError: name 'c' is not defined\n");
    CHECK_RUN("from star_plain import *\nprint(p)\nprint(_q)",
              "1\nTraceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "NameError: name '_q' is not defined\n");
    CHECK_RUN("from star_missing import *",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 1, in <module>\n"
              "AttributeError: module 'star_missing' has no attribute 'absent'\n");
    CHECK_RUN("from sys import *\nprint(maxsize > 0, byteorder in ('little', 'big'))",
              "True True\n");
}

static void sys_module(void) {
    CHECK_RUN("import sys\nprint(sys, sys.argv, sys.path, sys.platform, sys.implementation.name)",
              "<module 'sys' (built-in)> ['main.py'] ['lib', 'other'] linux minnow\n");
    CHECK_RUN("import sys\nprint(sys.maxsize in (2 ** 31 - 1, 2 ** 63 - 1), sys.version_info, "
              "sys.implementation)",
              "True (3, 4, 0) namespace(name='minnow', version=(0, 1, 0))\n");
    CHECK_RUN("import sys\nprint(sys.stdout.write('héllo\\n'))\nsys.stderr.write('e\\n')\n"
              "sys.stdout.flush()",
              "héllo\n6\ne\n");
    CHECK_RUN("import sys\ntry:\n    sys.stdin.write('x')\nexcept OSError as e:\n    print(e)\n"
              "print(repr(sys.stdin.readline()), repr(sys.stdin.read()))",
              "not writable\n'' ''\n");
    CHECK_RUN(
        "import sys\ntry:\n    sys.exit(4)\nexcept SystemExit as e:\n    print(e.code, e.args)\n"
        "sys.exit()",
        "4 (4,)\nTraceback (most recent call last):\n"
        "  File \"<stdin>\", line 6, in <module>\nSystemExit\n");
    CHECK_RUN("import sys\nsys.path = []", "Traceback (most recent call last):\n"
                                           "  File \"<stdin>\", line 2, in <module>\n"
                                           "AttributeError: 'module' object has no attribute "
                                           "'path'\n");
    CHECK_RUN("import sys\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n"
              "    sys.print_exception(e)",
              "Traceback (most recent call last):\n"
              "  File \"<stdin>\", line 3, in <module>\n"
              "ZeroDivisionError: division by zero\n");
}

static void exec_eval(void) {
    CHECK_RUN("exec('x = 5')\nprint(x, eval('x * 2'), eval('  x + 1'))", "5 10 6\n");
    CHECK_RUN("def f(a):\n    b = 2\n    exec('print(a + b)')\n    return eval('a * b'), locals()\n"
              "print(f(3))",
              "5\n(6, {'a': 3, 'b': 2})\n");
    CHECK_RUN("g = {}\nexec('y = 1\\nz = y + 1', g)\nprint(g['z'], 'y' in globals())\n"
              "print(eval('p + q', {'p': 1}, {'q': 2}))",
              "2 False\n3\n");
    CHECK_RUN("print(globals() is locals(), globals()['__name__'])\n"
              "def f():\n    return globals()\nprint(f() is globals())",
              "True __main__\nTrue\n");
    CHECK_RUN("try:\n    eval('x = 1')\nexcept SyntaxError:\n    print('SyntaxError')\n"
              "try:\n    exec(1)\nexcept TypeError as e:\n    print(e)\n"
              "try:\n    exec('pass', 1)\nexcept TypeError as e:\n    print(e)",
              "SyntaxError\nexec() arg 1 must be a string, bytes or code object\n"
              "exec() globals must be a dict, not int\n");
    CHECK_RUN("def f():\n    exec('import simple')\n    return 1\nprint(f())", "simple loads\n1\n");
}

// Running out of memory during an import is a MemoryError that leaves the runtime usable.
static void memory_errors(void) {
    const char *result = run("import sys\ntry:\n    import big\nexcept MemoryError:\n"
                             "    print('caught', 'big' in sys.modules)\n"
                             "import simple\nprint(simple.NAME)",
                             24 * 1024);
    CHECK_STRING(result, "caught False\nsimple loads\nsimple\n", "big import in 24 KB");
    // Every heap size from too small to enough: the program either completes or ends with
    // a MemoryError, and the heap stays sound.
    const char *program = "import pkg.mod, circle_a\nfrom star_all import *\n"
                          "print(pkg.mod.V, circle_a.Y, a)";
    const char *complete = "pkg loads\nb sees a.X\nImportError cannot import name 'Y' from "
                           "'circle_a' (lib/circle_a.py)\nsibling a.Y 1\n";
    bool completed = false;
    for (size_t bytes = 4096; bytes <= 48 * 1024; bytes += 512) {
        result = run(program, bytes);
        if (strcmp(result, complete) == 0) {
            completed = true;
            continue;
        }
        CHECK_STRING(strstr(result, "MemoryError") != NULL ? "MemoryError" : result, "MemoryError",
                     "heap of %zu bytes", bytes);
    }
    CHECK(completed);
}

static void tables_sorted(void) {
    const mn_attr_table_t *tables[] = {&mn_builtin_modules, mn_module_sys.attrs};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        for (size_t i = 1; i < tables[t]->count; i++) {
            CHECK(tables[t]->entries[i - 1].name < tables[t]->entries[i].name);
        }
    }
}

static const test_case_t cases[] = {
    {"modules", modules},
    {"packages", packages},
    {"errors", errors},
    {"circular", circular},
    {"star", star},
    {"sys_module", sys_module},
    {"exec_eval", exec_eval},
    {"memory_errors", memory_errors},
    {"tables_sorted", tables_sorted},
};

TEST_MAIN(cases)
