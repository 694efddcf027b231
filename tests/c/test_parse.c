// The parser: expressions to trees, written out as S-expressions and compared; errors with
// CPython's messages; nesting bounds; out of memory.
#include <stdarg.h>
#include <string.h>

#include "compile/parse.h"
#include "obj/exception.h"
#include "obj/qstr.h"
#include "testing.h"

static mn_runtime_t runtime;
static mn_word_t arena[512 * 1024 / sizeof(mn_word_t)];

typedef struct text {
    char data[4096];
    size_t length;
} text_t;

static void put(text_t *text, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    size_t room = sizeof text->data - text->length;
    int written = vsnprintf(text->data + text->length, room, format, arguments);
    va_end(arguments);
    if (written > 0) {
        text->length += (size_t)written < room ? (size_t)written : room - 1;
    }
}

static const char *const kind_names[MN_NODE_KIND_COUNT] = {
    [MN_NODE_STR] = "str",
    [MN_NODE_BYTES] = "bytes",
    [MN_NODE_NUMBER] = "number",
    [MN_NODE_FSTRING] = "fstring",
    [MN_NODE_FORMATTED] = "field",
    [MN_NODE_TUPLE] = "tuple",
    [MN_NODE_LIST] = "list",
    [MN_NODE_SET] = "set",
    [MN_NODE_DICT] = "dict",
    [MN_NODE_STARRED] = "starred",
    [MN_NODE_LISTCOMP] = "listcomp",
    [MN_NODE_SETCOMP] = "setcomp",
    [MN_NODE_GENEXP] = "genexp",
    [MN_NODE_DICTCOMP] = "dictcomp",
    [MN_NODE_COMP_FOR] = "for",
    [MN_NODE_COMP_IF] = "if",
    [MN_NODE_BINARY] = "binary",
    [MN_NODE_UNARY] = "unary",
    [MN_NODE_NOT] = "not",
    [MN_NODE_AND] = "and",
    [MN_NODE_OR] = "or",
    [MN_NODE_COMPARE] = "compare",
    [MN_NODE_IF_ELSE] = "ifelse",
    [MN_NODE_NAMED] = "named",
    [MN_NODE_LAMBDA] = "lambda",
    [MN_NODE_YIELD] = "yield",
    [MN_NODE_YIELD_FROM] = "yieldfrom",
    [MN_NODE_ATTRIBUTE] = "attr",
    [MN_NODE_SUBSCRIPT] = "subscript",
    [MN_NODE_SLICE] = "slice",
    [MN_NODE_CALL] = "call",
    [MN_NODE_KEYWORD] = "keyword",
    [MN_NODE_DOUBLESTAR] = "dstar",
    [MN_NODE_PARAMETERS] = "params",
    [MN_NODE_PARAMETER] = "param",
    [MN_NODE_EXPRESSION_STATEMENT] = "expr",
    [MN_NODE_ASSIGN] = "assign",
    [MN_NODE_AUGMENTED_ASSIGN] = "augassign",
    [MN_NODE_ANNOTATED_ASSIGN] = "annassign",
    [MN_NODE_PASS] = "pass",
    [MN_NODE_BREAK] = "break",
    [MN_NODE_CONTINUE] = "continue",
    [MN_NODE_RETURN] = "return",
    [MN_NODE_RAISE] = "raise",
    [MN_NODE_GLOBAL] = "global",
    [MN_NODE_NONLOCAL] = "nonlocal",
    [MN_NODE_DELETE] = "del",
    [MN_NODE_ASSERT] = "assert",
    [MN_NODE_IMPORT] = "import",
    [MN_NODE_IMPORT_FROM] = "from",
    [MN_NODE_ALIAS] = "alias",
    [MN_NODE_IF] = "IF",
    [MN_NODE_ELIF] = "ELIF",
    [MN_NODE_ELSE] = "ELSE",
    [MN_NODE_WHILE] = "WHILE",
    [MN_NODE_FOR] = "FOR",
    [MN_NODE_TRY] = "TRY",
    [MN_NODE_EXCEPT] = "EXCEPT",
    [MN_NODE_FINALLY] = "FINALLY",
    [MN_NODE_WITH] = "WITH",
    [MN_NODE_DEF] = "DEF",
    [MN_NODE_CLASS] = "CLASS",
    [MN_NODE_DECORATOR] = "decorator",
};

static const char *const compare_names[] = {"<",  "<=", "==",     "!=", ">",
                                            ">=", "in", "not in", "is", "is not"};

static void dump(text_t *text, mn_value_t value) {
    if (value == MN_NULL) {
        put(text, "_");
    } else if (mn_is_small_int(value)) {
        put(text, "%ld", (long)mn_small_int_value(value));
    } else if (value == MN_NONE || value == MN_TRUE || value == MN_FALSE || value == MN_ELLIPSIS) {
        put(text, value == MN_NONE    ? "None"
                  : value == MN_TRUE  ? "True"
                  : value == MN_FALSE ? "False"
                                      : "...");
    } else if (mn_is_qstr(value) || mn_is_tagged(value, MN_TAG_STR)) {
        const mn_str_t *str = mn_qstr_str(value);
        put(text, "%.*s", (int)mn_str_length(str), str->bytes);
    } else if (mn_is_node(value)) {
        mn_node_kind_t kind = mn_node_kind(value);
        put(text, "(%s", kind_names[kind]);
        unsigned op = mn_node_op(value);
        if (kind == MN_NODE_BINARY || kind == MN_NODE_UNARY || kind == MN_NODE_AUGMENTED_ASSIGN ||
            (kind == MN_NODE_PARAMETER && op)) {
            put(text, " %s", mn_lexer_kind_name((mn_token_kind_t)op));
        } else if (kind == MN_NODE_FORMATTED && op != 0) {
            put(text, " !%c", op);
        } else if (kind == MN_NODE_NUMBER) {
            put(text, " %u/%u", op & 15, op >> 4);
        } else if (kind == MN_NODE_IMPORT_FROM && op != 0) {
            put(text, " %u", op);
        }
        for (size_t i = 0; i < mn_node_child_count(value); i++) {
            mn_value_t child = mn_node_child(value, i);
            put(text, " ");
            if (kind == MN_NODE_COMPARE && i % 2 == 1) {
                put(text, "%s", compare_names[mn_small_int_value(child)]);
            } else if ((kind == MN_NODE_STR || kind == MN_NODE_BYTES || kind == MN_NODE_NUMBER) &&
                       i == 0) {
                const mn_str_t *str = mn_object(child);
                put(text, "'%.*s'", (int)mn_str_length(str), str->bytes);
            } else {
                dump(text, child);
            }
        }
        put(text, ")");
    } else {
        put(text, "?");
    }
}

// Writes the pending exception as "Type: message".
static void put_exception(text_t *text) {
    mn_value_t exception = mn_exception_pending(&runtime);
    const mn_str_t *name = mn_type_name(mn_exception_type(exception));
    const mn_str_t *message = mn_exception_message(exception);
    put(text, "%.*s: %.*s", (int)mn_str_length(name), name->bytes,
        message ? (int)mn_str_length(message) : 0, message ? message->bytes : "");
}

// Parses `source` as eval input; the dump of the tree, or "Type: message".
static const char *parse(const char *source) {
    static text_t text;
    text.length = 0;
    text.data[0] = '\0';
    mn_exception_clear(&runtime);
    mn_gc_ref_t source_ref;
    mn_value_t *source_value = mn_root_push(&runtime.heap, &source_ref);
    *source_value = mn_object_value(mn_str_new(&runtime, source, strlen(source)));
    mn_parser_t parser;
    mn_value_t tree = MN_EXCEPTION;
    if (mn_parser_init(&parser, &runtime, source_value)) {
        tree = mn_parse_eval_input(&parser);
    }
    if (tree == MN_EXCEPTION) {
        put_exception(&text);
        mn_parser_release(&parser);
    } else {
        dump(&text, tree);
        if (parser.pushed != 0 || runtime.heap.end != runtime.heap.arena_end) {
            put(&text, " [parse stack not empty]");
        }
    }
    mn_root_pop(&runtime.heap, &source_ref);
    return text.data;
}

// Checks what `parse_function` makes of `source`.
#define EXPECT_OUTPUT(parse_function, source, expected)                                            \
    do {                                                                                           \
        const char *actual_ = parse_function(source);                                              \
        if (strcmp(actual_, expected) != 0) {                                                      \
            char message_[8192];                                                                   \
            snprintf(message_, sizeof message_, "%.200s\n  gives    %.3000s\n  expected %.3000s",  \
                     source, actual_, expected);                                                   \
            test_fail(__FILE__, __LINE__, message_);                                               \
            return;                                                                                \
        }                                                                                          \
    } while (0)
#define EXPECT_PARSE(source, expected) EXPECT_OUTPUT(parse, source, expected)
#define EXPECT_MODULE(source, expected) EXPECT_OUTPUT(parse_module, source, expected)

static void setup(void) {
    mn_runtime_init(&runtime, arena, sizeof arena);
}

static void atoms(void) {
    setup();
    EXPECT_PARSE("x", "x");
    EXPECT_PARSE("42", "42");
    EXPECT_PARSE("0x_ff", "255");
    EXPECT_PARSE("0o17 ", "15");
    EXPECT_PARSE("0b101", "5");
    EXPECT_PARSE("1_000_000", "1000000");
    EXPECT_PARSE("None", "None");
    EXPECT_PARSE("True", "True");
    EXPECT_PARSE("False", "False");
    EXPECT_PARSE("...", "...");
    EXPECT_PARSE("123456789012345678901234567890",
                 "(number 0/10 '123456789012345678901234567890')");
    EXPECT_PARSE("0xFFFF_FFFF_FFFF_FFFF_FF", "(number 0/16 'FFFFFFFFFFFFFFFFFF')");
    EXPECT_PARSE("1.5e3", "(number 1/10 '1.5e3')");
    EXPECT_PARSE("1_0.0_1", "(number 1/10 '10.01')");
    EXPECT_PARSE("2j", "(number 2/10 '2')");
    EXPECT_PARSE("'a' \"b\" '''c'''", "(str 'abc')");
    EXPECT_PARSE("'tab\\there'", "(str 'tab\there')");
    EXPECT_PARSE("r'\\n'", "(str '\\n')");
    EXPECT_PARSE("b'\\x41' b'B'", "(bytes 'AB')");
    EXPECT_PARSE("''", "(str '')");
}

static void fstrings(void) {
    setup();
    EXPECT_PARSE("f'a{x}b'", "(fstring (str 'a') (field x _) (str 'b'))");
    EXPECT_PARSE("f'{x!r:>{width}}'", "(fstring (field !r x (fstring (str '>') (field width _))))");
    EXPECT_PARSE("f'{x=}'", "(fstring (str 'x=') (field !r x _))");
    EXPECT_PARSE("'a' f'{1+2}' 'c'", "(fstring (str 'a') (field (binary + 1 2) _) (str 'c'))");
    EXPECT_PARSE("f'{{}}'", "(fstring (str '{}'))");
    EXPECT_PARSE("f'{a, b}'", "(fstring (field (tuple a b) _))");
    EXPECT_PARSE("f'{}'", "SyntaxError: f-string: empty expression not allowed");
    EXPECT_PARSE("b'x' 'y'", "SyntaxError: cannot mix bytes and nonbytes literals");
}

static void displays(void) {
    setup();
    EXPECT_PARSE("()", "(tuple)");
    EXPECT_PARSE("(1)", "1");
    EXPECT_PARSE("(1,)", "(tuple 1)");
    EXPECT_PARSE("1, 2", "(tuple 1 2)");
    EXPECT_PARSE("1,", "(tuple 1)");
    EXPECT_PARSE("[]", "(list)");
    EXPECT_PARSE("[1, *a, 3,]", "(list 1 (starred a) 3)");
    EXPECT_PARSE("{}", "(dict)");
    EXPECT_PARSE("{1: 2, 'k': v}", "(dict 1 2 (str 'k') v)");
    EXPECT_PARSE("{**a, 1: 2, **b}", "(dict _ a 1 2 _ b)");
    EXPECT_PARSE("{1, 2}", "(set 1 2)");
    EXPECT_PARSE("{*a, b}", "(set (starred a) b)");
    EXPECT_PARSE("[x for x in y]", "(listcomp x (for x y))");
    EXPECT_PARSE(
        "[x * y for x in a if x for y in b if y > 1 if z]",
        "(listcomp (binary * x y) (for x a) (if x) (for y b) (if (compare y > 1)) (if z))");
    EXPECT_PARSE("{k: v for k, v in items}", "(dictcomp k v (for (tuple k v) items))");
    EXPECT_PARSE("{x for x in s}", "(setcomp x (for x s))");
    EXPECT_PARSE("(x for x in s)", "(genexp x (for x s))");
    EXPECT_PARSE("[*a for a in b]",
                 "SyntaxError: iterable unpacking cannot be used in comprehension");
    EXPECT_PARSE("*a", "SyntaxError: can't use starred expression here");
    EXPECT_PARSE("(yield)", "(yield _)");
    EXPECT_PARSE("(yield 1, 2)", "(yield (tuple 1 2))");
    EXPECT_PARSE("(yield from g)", "(yieldfrom g)");
}

static void operators(void) {
    setup();
    EXPECT_PARSE("1 + 2 * 3", "(binary + 1 (binary * 2 3))");
    EXPECT_PARSE("1 - 2 - 3", "(binary - (binary - 1 2) 3)");
    EXPECT_PARSE("2 ** 3 ** 2", "(binary ** 2 (binary ** 3 2))");
    EXPECT_PARSE("-2 ** 2", "(unary - (binary ** 2 2))");
    EXPECT_PARSE("~-+x", "(unary ~ (unary - (unary + x)))");
    EXPECT_PARSE(
        "a | b ^ c & d << e + f // g",
        "(binary | a (binary ^ b (binary & c (binary << d (binary + e (binary // f g))))))");
    EXPECT_PARSE("a % b @ c / d", "(binary / (binary @ (binary % a b) c) d)");
    EXPECT_PARSE("a < b == c", "(compare a < b == c)");
    EXPECT_PARSE("a not in b is not c in d is e", "(compare a not in b is not c in d is e)");
    EXPECT_PARSE("not a", "(not a)");
    EXPECT_PARSE("not not a == b", "(not (not (compare a == b)))");
    EXPECT_PARSE("a and b and c or d", "(or (and a b c) d)");
    EXPECT_PARSE("a or b and not c", "(or a (and b (not c)))");
    EXPECT_PARSE("a if b else c if d else e", "(ifelse a b (ifelse c d e))");
    EXPECT_PARSE("(y := f(x))", "(named y (call f x))");
    EXPECT_PARSE("lambda: 0", "(lambda (params) 0)");
    EXPECT_PARSE("lambda a, b=1, *c, d, **e: a",
                 "(lambda (params (param a _ _) (param b 1 _) (param * c _ _) (param d _ _) (param "
                 "** e _ _)) a)");
    EXPECT_PARSE("lambda a, /, b, *, c: 0", "(lambda (params (param a _ _) (param / _ _ _) (param "
                                            "b _ _) (param * _ _ _) (param c _ _)) 0)");
    EXPECT_PARSE("lambda a=1, b: 0", "SyntaxError: non-default argument follows default argument");
}

static void trailers(void) {
    setup();
    EXPECT_PARSE("a.b.c", "(attr (attr a b) c)");
    EXPECT_PARSE("f()", "(call f)");
    EXPECT_PARSE("f(1, *a, k=2, **m)", "(call f 1 (starred a) (keyword k 2) (dstar m))");
    EXPECT_PARSE("f(a=1, *b)", "(call f (keyword a 1) (starred b))");
    EXPECT_PARSE("f(x for x in y)", "(call f (genexp x (for x y)))");
    EXPECT_PARSE("f(k=1, 2)", "SyntaxError: positional argument follows keyword argument");
    EXPECT_PARSE("f(a.b=1)",
                 "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?");
    EXPECT_PARSE("f(1, x for x in y)", "SyntaxError: Generator expression must be parenthesized");
    EXPECT_PARSE("a[1]", "(subscript a 1)");
    EXPECT_PARSE("a[1:2]", "(subscript a (slice 1 2 _))");
    EXPECT_PARSE("a[::2]", "(subscript a (slice _ _ 2))");
    EXPECT_PARSE("a[:]", "(subscript a (slice _ _ _))");
    EXPECT_PARSE("a[1:]", "(subscript a (slice 1 _ _))");
    EXPECT_PARSE("a[:, 1]", "(subscript a (tuple (slice _ _ _) 1))");
    EXPECT_PARSE("a[1,]", "(subscript a (tuple 1))");
    EXPECT_PARSE("a[b][c](d).e", "(attr (call (subscript (subscript a b) c) d) e)");
    EXPECT_PARSE("self.checkin", "(attr self checkin)");
}

static void syntax_errors(void) {
    setup();
    EXPECT_PARSE("", "SyntaxError: invalid syntax");
    EXPECT_PARSE("1 +", "SyntaxError: invalid syntax");
    EXPECT_PARSE("(1", "SyntaxError: '(' was never closed");
    EXPECT_PARSE("a b", "SyntaxError: invalid syntax");
    EXPECT_PARSE("a.1", "SyntaxError: invalid syntax");
    EXPECT_PARSE("1 if 2", "SyntaxError: expected 'else'");
    EXPECT_PARSE("'abc", "SyntaxError: unterminated string literal (detected at line 1)");
    EXPECT_PARSE("0777", "SyntaxError: leading zeros in decimal integer literals are not "
                         "permitted; use an 0o prefix for octal integers");
    EXPECT_PARSE("'\\xZZ'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes "
                            "in position 0-1: truncated \\xXX escape");
}

static void nesting_is_bounded(void) {
    setup();
    // 150 brackets parse; 10,000 give an error, not a crash.
    static char source[20010];
    size_t length = 0;
    for (int i = 0; i < 150; i++) {
        source[length++] = '(';
    }
    source[length++] = '1';
    for (int i = 0; i < 150; i++) {
        source[length++] = ')';
    }
    source[length] = '\0';
    EXPECT_PARSE(source, "1");
    length = 0;
    for (int i = 0; i < 10000; i++) {
        source[length++] = '(';
    }
    source[length] = '\0';
    const char *result = parse(source);
    CHECK(strncmp(result, "SyntaxError: too many nested parentheses", 40) == 0 ||
          strncmp(result, "MemoryError", 11) == 0);
    length = 0;
    for (int i = 0; i < 10000; i++) {
        source[length++] = '-';
    }
    source[length++] = '1';
    source[length] = '\0';
    EXPECT_PARSE(source, "MemoryError: expression nested too deeply to parse");
    CHECK(runtime.heap.end == runtime.heap.arena_end); // the parse stack is given back
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static void out_of_memory_is_clean(void) {
    // Parse a sizeable expression in heaps too small for it: MemoryError or the tree, and
    // the heap sound afterwards.
    const char *source = "[f(x, y=[1, 2, 3], *z) for x in range(10) if x % 2 == 0] + "
                         "{'a': 1, 'b': (2, 3)}['a'] * 'string' 'literal'";
    size_t sizes[] = {600, 700, 800, 900, 1000, 1200, 1500, 2000, 3000, 8000};
    bool parsed = false;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        CHECK(mn_runtime_init(&runtime, arena, sizes[i]));
        const char *result = parse(source);
        CHECK(strncmp(result, "MemoryError", 11) == 0 || result[0] == '(');
        parsed = parsed || result[0] == '(';
        CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
        CHECK(runtime.heap.end == runtime.heap.arena_end);
    }
    CHECK(parsed);
}

// Parses `source` as a module: each statement dumped, "{" and "}" around indented blocks,
// ":" before a body on the header's line and ";" after it; or "Type: message (line N)".
static const char *parse_module(const char *source) {
    static text_t text;
    text.length = 0;
    text.data[0] = '\0';
    mn_exception_clear(&runtime);
    mn_gc_ref_t source_ref;
    mn_value_t *source_value = mn_root_push(&runtime.heap, &source_ref);
    *source_value = mn_object_value(mn_str_new(&runtime, source, strlen(source)));
    mn_parser_t parser;
    bool ok = mn_parser_init(&parser, &runtime, source_value);
    int depth = 0;
    bool inline_body = false;
    while (ok) {
        mn_value_t statement = mn_parse_statement(&parser);
        if (statement == MN_EXCEPTION) {
            ok = false;
            break;
        }
        if (statement == MN_NULL) {
            if (depth == 0) {
                break;
            }
            depth--;
            put(&text, " }");
            continue;
        }
        put(&text, text.length > 0 ? " " : "");
        dump(&text, statement);
        mn_node_kind_t kind = mn_node_kind(statement);
        if (kind >= MN_NODE_IF && kind <= MN_NODE_CLASS) {
            bool indented;
            ok = mn_parse_block_start(&parser, "the header", mn_node_line(statement), &indented);
            if (ok && indented) {
                depth++;
                put(&text, " {");
            } else if (ok) {
                put(&text, " :");
                inline_body = true;
            }
        } else if (inline_body && mn_parser_line_ended(&parser)) {
            inline_body = false;
            put(&text, " ;");
        }
    }
    if (!ok) {
        text.length = 0;
        put_exception(&text);
        put(&text, " (line %u)", (unsigned)parser.error_line);
        mn_parser_release(&parser);
    } else if (parser.pushed != 0 || runtime.heap.end != runtime.heap.arena_end) {
        put(&text, " [parse stack not empty]");
    }
    mn_root_pop(&runtime.heap, &source_ref);
    return text.data;
}

static void simple_statements(void) {
    setup();
    EXPECT_MODULE("x = 1\n", "(assign x 1)");
    EXPECT_MODULE("a = b = c, d\n", "(assign a b (tuple c d))");
    EXPECT_MODULE("a, *b = c\n", "(assign (tuple a (starred b)) c)");
    EXPECT_MODULE("[a, (b, c)] = d\n", "(assign (list a (tuple b c)) d)");
    EXPECT_MODULE("self.x[i] = v", "(assign (subscript (attr self x) i) v)");
    EXPECT_MODULE("x += 1; y //= 2\n", "(augassign += x 1) (augassign //= y 2)");
    EXPECT_MODULE("x: int = 5\ny: str", "(annassign x int 5) (annassign y str _)");
    EXPECT_MODULE("f(x)\n", "(expr (call f x))");
    EXPECT_MODULE("x = yield\n", "(assign x (yield _))");
    EXPECT_MODULE("pass; break; continue", "(pass) (break) (continue)");
    EXPECT_MODULE("return\nreturn 1, 2", "(return _) (return (tuple 1 2))");
    EXPECT_MODULE("raise\nraise E\nraise E from F", "(raise _ _) (raise E _) (raise E F)");
    EXPECT_MODULE("global a, b\nnonlocal c", "(global a b) (nonlocal c)");
    EXPECT_MODULE("del a, b.c, d[0]\ndel (a, b), [c]",
                  "(del a (attr b c) (subscript d 0)) (del (tuple a b) (list c))");
    EXPECT_MODULE("assert x\nassert x, 'm'", "(assert x _) (assert x (str 'm'))");
    EXPECT_MODULE("import a, b.c as d", "(import (alias a _) (alias b.c d))");
    EXPECT_MODULE("import a . b", "(import (alias a.b _))");
    EXPECT_MODULE("from m import a, b as c", "(from m (alias a _) (alias b c))");
    EXPECT_MODULE("from . import (a, b,)", "(from 1 _ (alias a _) (alias b _))");
    EXPECT_MODULE("from ..p.q import *", "(from 2 p.q)");
    EXPECT_MODULE("from ... import x", "(from 3 _ (alias x _))");
    EXPECT_MODULE("\n\n# comment\n\nx = 1 # trailing\n\n", "(assign x 1)");
}

static void compound_statements(void) {
    setup();
    EXPECT_MODULE("if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
                  "(IF a) { (expr b) } (ELIF c) { (expr d) } (ELSE) { (expr e) }");
    EXPECT_MODULE("if a: b; c\nd", "(IF a) : (expr b) (expr c) ; (expr d)");
    EXPECT_MODULE("while (n := n - 1) > 0:\n    pass",
                  "(WHILE (compare (named n (binary - n 1)) > 0)) { (pass) }");
    EXPECT_MODULE("for i, x in enumerate(xs):\n    for y in x:\n        f(y)\n    g()\n",
                  "(FOR (tuple i x) (call enumerate xs)) { (FOR y x) { (expr (call f y)) } "
                  "(expr (call g)) }");
    EXPECT_MODULE("try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nfinally:\n    d",
                  "(TRY) { (expr a) } (EXCEPT E e) { (expr b) } (EXCEPT _ _) { (expr c) } "
                  "(FINALLY) { (expr d) }");
    EXPECT_MODULE("with open(p) as f, g():\n    pass",
                  "(WITH (call open p) f (call g) _) { (pass) }");
    EXPECT_MODULE("@dec\n@dec2(1)\ndef f(a, b=2, *args, c, **kw) -> int:\n    return a",
                  "(decorator dec) (decorator (call dec2 1)) (DEF f (params (param a _ _) "
                  "(param b 2 _) (param * args _ _) (param c _ _) (param ** kw _ _)) int) { "
                  "(return a) }");
    EXPECT_MODULE("class A:\n    x = 1\nclass B(A, metaclass=M): pass",
                  "(CLASS A) { (assign x 1) } (CLASS B A (keyword metaclass M)) : (pass) ;");
    EXPECT_MODULE("def f():\n    def g():\n        return 1\n    return g\n",
                  "(DEF f (params) _) { (DEF g (params) _) { (return 1) } (return g) }");
}

static void statement_errors(void) {
    setup();
    EXPECT_MODULE("1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' "
                           "instead of '='? (line 1)");
    EXPECT_MODULE("f() = 1", "SyntaxError: cannot assign to function call here. Maybe you "
                             "meant '==' instead of '='? (line 1)");
    EXPECT_MODULE("a + b = 1", "SyntaxError: cannot assign to expression here. Maybe you meant "
                               "'==' instead of '='? (line 1)");
    EXPECT_MODULE("1 += 1", "SyntaxError: 'literal' is an illegal expression for augmented "
                            "assignment (line 1)");
    EXPECT_MODULE("(a, b) += 1", "SyntaxError: 'tuple' is an illegal expression for augmented "
                                 "assignment (line 1)");
    EXPECT_MODULE("del 1", "SyntaxError: cannot delete literal (line 1)");
    EXPECT_MODULE("del f()", "SyntaxError: cannot delete function call (line 1)");
    EXPECT_MODULE("for 1 in x: pass", "SyntaxError: cannot assign to literal (line 1)");
    EXPECT_MODULE("[a, 1] = x", "SyntaxError: cannot assign to literal (line 1)");
    EXPECT_MODULE("a, *b, *c = d", "SyntaxError: multiple starred expressions in assignment "
                                   "(line 1)");
    EXPECT_MODULE("*a = b", "SyntaxError: starred assignment target must be in a list or tuple "
                            "(line 1)");
    EXPECT_MODULE("None = 1", "SyntaxError: cannot assign to None (line 1)");
    EXPECT_MODULE("x = *a", "SyntaxError: can't use starred expression here (line 1)");
    EXPECT_MODULE("*a", "SyntaxError: can't use starred expression here (line 1)");
    EXPECT_MODULE("x = *a, b", "(assign x (tuple (starred a) b))");
    EXPECT_MODULE("a == b = c", "SyntaxError: cannot assign to comparison (line 1)");
    EXPECT_MODULE("a if b else c = 1", "SyntaxError: cannot assign to conditional expression "
                                       "(line 1)");
    EXPECT_MODULE("lambda: 1 = 2", "SyntaxError: cannot assign to lambda (line 1)");
    EXPECT_MODULE("{} = 1", "SyntaxError: cannot assign to dict literal here. Maybe you meant "
                            "'==' instead of '='? (line 1)");
    EXPECT_MODULE("x = 1\n  y = 2", "IndentationError: unexpected indent (line 2)");
    EXPECT_MODULE("if x:\npass", "IndentationError: expected an indented block after the "
                                 "header on line 1 (line 2)");
    EXPECT_MODULE("if x:\n    a\n  b", "IndentationError: unindent does not match any outer "
                                       "indentation level (line 3)");
    EXPECT_MODULE("x = (1,\n2", "SyntaxError: '(' was never closed (line 1)");
    EXPECT_MODULE("from m import a,", "SyntaxError: trailing comma not allowed without "
                                      "surrounding parentheses (line 1)");
    EXPECT_MODULE("if x: if y: pass", "SyntaxError: invalid syntax (line 1)");
    EXPECT_MODULE("x = 1 2", "SyntaxError: invalid syntax (line 1)");
    EXPECT_MODULE("def f(a=1, b): pass", "SyntaxError: non-default argument follows default "
                                         "argument (line 1)");
}

static const test_case_t cases[] = {
    {"simple_statements", simple_statements},
    {"compound_statements", compound_statements},
    {"statement_errors", statement_errors},
    {"atoms", atoms},
    {"fstrings", fstrings},
    {"displays", displays},
    {"operators", operators},
    {"trailers", trailers},
    {"syntax_errors", syntax_errors},
    {"nesting_is_bounded", nesting_is_bounded},
    {"out_of_memory_is_clean", out_of_memory_is_clean},
};

TEST_MAIN(cases)
