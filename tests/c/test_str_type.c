// Tests of the str type (obj/str_type.c, obj/text.c, obj/text_methods.c): Python expressions
// evaluated through the object protocol (tests/c/pyeval.h), against CPython 3.11's results.
#include <string.h>

#include "obj/qstr.h"
#include "obj/str_type.h"
#include "pyeval.h"
#include "testing.h"

// clang-format off
static const pyeval_case_t cases[] = {
    // BEGIN CASES (tests/c/pyexpect.py fills in the expectations from python3)
    // construction and conversion
    {"str()", "''"},
    {"str('abc')", "'abc'"},
    {"str(b'abc')", "\"b'abc'\""},
    {"str(b'abc', 'utf-8')", "'abc'"},
    {"str(b'\\xc3\\xa9', 'utf-8')", "'\303\251'"},
    {"str(b'\\xe9', 'latin-1')", "'\303\251'"},
    {"str(b'a', errors='strict')", "'a'"},
    {"str(object='x')", "'x'"},
    {"str(b'a', encoding='latin-1')", "'a'"},
    {"str(bytearray(b'ab'), 'utf-8')", "'ab'"},
    {"str(b'ab', 'utf-8', 'ignore')", "'ab'"},
    {"str(b'\\xff', 'utf-8')", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
    {"str(b'\\xff', 'foo')", "!LookupError: unknown encoding: foo"},
    {"str(b'\\xff', 'utf-8', 'replace')", "'\357\277\275'"},
    {"str(b'a', 1)", "!TypeError: str() argument 'encoding' must be str, not int"},
    {"str(b'a', 'utf-8', 1)", "!TypeError: str() argument 'errors' must be str, not int"},
    {"str(b'ab', None)", "!TypeError: str() argument 'encoding' must be str, not None"},
    {"str(1, 'utf-8')", "!TypeError: decoding to str: need a bytes-like object, int found"},
    {"str('a', 'utf-8')", "!TypeError: decoding str is not supported"},
    {"str(5, foo=1)", "!TypeError: 'foo' is an invalid keyword argument for str()"},
    {"str(1, object=1)", "!TypeError: argument for str() given by name ('object') and position (1)"},
    {"str(b'a', 'utf-8', encoding='utf-8')", "!TypeError: argument for str() given by name ('encoding') and position (2)"},
    {"str(errors='strict')", "''"},
    {"str(encoding='utf-8')", "''"},
    {"str(1, 2, 3, 4)", "!TypeError: str() takes at most 3 arguments (4 given)"},
    {"str(5)", "'5'"},
    {"str(-12345678901234567890123)", "'-12345678901234567890123'"},
    {"str(1.5)", "'1.5'"},
    {"str(None)", "'None'"},
    {"str(True)", "'True'"},
    {"str(bytearray(b'x'))", "\"bytearray(b'x')\""},
    // repr
    {"repr('abc')", "\"'abc'\""},
    {"repr(\"it's\")", "'\"it\\'s\"'"},
    {"repr('say \"hi\"')", "'\\'say \"hi\"\\''"},
    {"repr('both \\' and \"')", "'\\'both \\\\\\' and \"\\''"},
    {"repr('\\\\')", "\"'\\\\\\\\'\""},
    {"repr('a\\nb\\tc\\rd')", "\"'a\\\\nb\\\\tc\\\\rd'\""},
    {"repr('\\x00\\x1f\\x7f\\x80\\x9f\\xa0\\xad\\xff')", "\"'\\\\x00\\\\x1f\\\\x7f\\\\x80\\\\x9f\\\\xa0\\\\xad\303\277'\""},
    {"repr('\\xe9\\u1234\\U0001f600')", "\"'\303\251\341\210\264\360\237\230\200'\""},
    {"repr('\\u2028\\ud800\\ufeff\\U000e0000\\U000e0100\\uffff\\ufffd')", "\"'\\\\u2028\\\\ud800\\\\ufeff\\\\U000e0000\363\240\204\200\\\\uffff\357\277\275'\""},
    {"repr('\\u061c\\u180e\\u0890\\U0001d173\\U000e0001')", "\"'\\\\u061c\\\\u180e\\\\u0890\\\\U0001d173\\\\U000e0001'\""},
    {"ascii('\\xe9\\u1234\\U0001f600\\n')", "\"'\\\\xe9\\\\u1234\\\\U0001f600\\\\n'\""},
    {"ascii('abc')", "\"'abc'\""},
    {"ascii(b'\\xff')", "\"b'\\\\xff'\""},
    // len, bool, hash
    {"len('')", "0"},
    {"len('abc')", "3"},
    {"len('a\\xe9\\U0001f600')", "3"},
    {"bool('')", "False"},
    {"bool('a')", "True"},
    {"hash('abc') == hash(b'abc')", "True"},
    {"hash('') == hash(b'')", "True"},
    // operators
    {"'ab' + 'cd'", "'abcd'"},
    {"'' + 'cd'", "'cd'"},
    {"'ab' + ''", "'ab'"},
    {"'a' + 1", "!TypeError: can only concatenate str (not \"int\") to str"},
    {"'a' + b'a'", "!TypeError: can only concatenate str (not \"bytes\") to str"},
    {"1 + 'a'", "!TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
    {"'ab' * 3", "'ababab'"},
    {"3 * 'ab'", "'ababab'"},
    {"'ab' * 0", "''"},
    {"'ab' * -1", "''"},
    {"'a' * True", "'a'"},
    {"'ab' * 1", "'ab'"},
    {"'ab' * 1.5", "!TypeError: can't multiply sequence by non-int of type 'float'"},
    {"'ab' * 'cd'", "!TypeError: can't multiply sequence by non-int of type 'str'"},
    {"'ab' * 10**20", "!OverflowError: cannot fit 'int' into an index-sized integer"},
    {"'' * 10**20", "!OverflowError: cannot fit 'int' into an index-sized integer"},
    {"'ab' * 2**62", "!OverflowError: repeated string is too long"},
    {"'ab' * (2**63 - 1)", "!OverflowError: repeated string is too long"},
    {"'abc' == 'abc'", "True"},
    {"'abc' == 'abd'", "False"},
    {"'abc' != 'abc'", "False"},
    {"'a' == 1", "False"},
    {"'a' != 1", "True"},
    {"'abc' < 'abd'", "True"},
    {"'ab' < 'abc'", "True"},
    {"'b' > 'abc'", "True"},
    {"'abc' <= 'abc'", "True"},
    {"'abc' >= 'abd'", "False"},
    {"'\\xe9' > 'z'", "True"},
    {"'\\U0001f600' > '\\uffff'", "True"},
    {"'a' < 1", "!TypeError: '<' not supported between instances of 'str' and 'int'"},
    {"1 < 'a'", "!TypeError: '<' not supported between instances of 'int' and 'str'"},
    {"'b' in 'abc'", "True"},
    {"'bc' in 'abc'", "True"},
    {"'' in 'abc'", "True"},
    {"'d' in 'abc'", "False"},
    {"'d' not in 'abc'", "True"},
    {"'\\xe9' in 'caf\\xe9'", "True"},
    {"1 in 'abc'", "!TypeError: 'in <string>' requires string as left operand, not int"},
    // indexing and slicing
    {"'abc'[0]", "'a'"},
    {"'abc'[-1]", "'c'"},
    {"'abc'[2]", "'c'"},
    {"'abc'[3]", "!IndexError: string index out of range"},
    {"'abc'[-4]", "!IndexError: string index out of range"},
    {"'abc'[True]", "'b'"},
    {"'abc'[1.5]", "!TypeError: string indices must be integers, not 'float'"},
    {"'abc'['x']", "!TypeError: string indices must be integers, not 'str'"},
    {"'abc'[10**30]", "!IndexError: cannot fit 'int' into an index-sized integer"},
    {"'abc'[-10**30]", "!IndexError: cannot fit 'int' into an index-sized integer"},
    {"'\\xe9abc'[0]", "'\303\251'"},
    {"'\\xe9abc'[1]", "'a'"},
    {"'\\xe9abc'[-1]", "'c'"},
    {"'a\\U0001f600b'[1]", "'\360\237\230\200'"},
    {"'abc'[:2]", "'ab'"},
    {"'abc'[1:]", "'bc'"},
    {"'abc'[:]", "'abc'"},
    {"'abc'[::-1]", "'cba'"},
    {"'abcdef'[::2]", "'ace'"},
    {"'abcdef'[1::2]", "'bdf'"},
    {"'abcdef'[-1:-7:-2]", "'fdb'"},
    {"'abcdef'[4:1:-1]", "'edc'"},
    {"'abc'[1:10:2]", "'b'"},
    {"'abc'[10**30:]", "''"},
    {"'abc'[::-10**30]", "'c'"},
    {"'abc'[5:]", "''"},
    {"'abc'[2:1]", "''"},
    {"'abc'[::0]", "!ValueError: slice step cannot be zero"},
    {"'abc'['a':]", "!TypeError: slice indices must be integers or None or have an __index__ method"},
    {"'\\xe9abc'[1:]", "'abc'"},
    {"'\\xe9abc'[:2]", "'\303\251a'"},
    {"'\\xe9abc'[::-1]", "'cba\303\251'"},
    {"'a\\xe9b\\U0001f600c'[::2]", "'abc'"},
    {"'a\\xe9b\\U0001f600c'[::-2]", "'cba'"},
    {"'a\\xe9b\\U0001f600c'[1:4]", "'\303\251b\360\237\230\200'"},
    {"list('abc')", "['a', 'b', 'c']"},
    {"list('a\\xe9b')", "['a', '\303\251', 'b']"},
    {"list('')", "[]"},
    {"x = iter('ab'); next(x); next(x); next(x)", "!StopIteration: "},
    // find, rfind, index, rindex, count
    {"'abc'.find('b')", "1"},
    {"'abc'.find('d')", "-1"},
    {"'abcabc'.find('c', 3)", "5"},
    {"'abcabc'.find('c', -2)", "5"},
    {"'abcabc'.find('c', 0, 2)", "-1"},
    {"'abc'.find('', 3)", "3"},
    {"'abc'.find('', 4)", "-1"},
    {"'abc'.find('a', -10**30)", "0"},
    {"'abc'.find('a', None, None)", "0"},
    {"'abc'.find('c', True)", "2"},
    {"'abc'.find(1)", "!TypeError: must be str, not int"},
    {"'abc'.find('a', 'x')", "!TypeError: slice indices must be integers or None or have an __index__ method"},
    {"'abc'.find(1, 'x')", "!TypeError: slice indices must be integers or None or have an __index__ method"},
    {"'abc'.find('c', 1.5)", "!TypeError: slice indices must be integers or None or have an __index__ method"},
    {"'\\xe9abc'.find('b')", "2"},
    {"'\\xe9abc'.find('b', 2)", "2"},
    {"'\\xe9a\\xe9b'.find('\\xe9', 1)", "2"},
    {"'abcabc'.rfind('b')", "4"},
    {"'abcabc'.rfind('b', 0, 4)", "1"},
    {"'abc'.rfind('')", "3"},
    {"'abc'.rfind('', 1, 2)", "2"},
    {"'\\xe9abc'.rfind('c', 0, -1)", "-1"},
    {"'\\xe9a\\xe9b'.rfind('\\xe9')", "2"},
    {"'abc'.index('b')", "1"},
    {"'abc'.index('d')", "!ValueError: substring not found"},
    {"'abc'.index('a', 10**30)", "!ValueError: substring not found"},
    {"'abc'.rindex('c', -1)", "2"},
    {"'abc'.rindex('d')", "!ValueError: substring not found"},
    {"'\\xe9abc'.index('a')", "1"},
    {"'abcabc'.count('b')", "2"},
    {"'aaa'.count('aa')", "1"},
    {"'abc'.count('')", "4"},
    {"'abc'.count('', 1)", "3"},
    {"'abc'.count('', 5)", "0"},
    {"'abc'.count('', 3)", "1"},
    {"'\\xe9\\xe9'.count('')", "3"},
    {"'abcabc'.count('b', 2)", "1"},
    {"'abcabc'.count('b', 2, 4)", "0"},
    {"'abc'.count(1)", "!TypeError: must be str, not int"},
    // startswith, endswith
    {"'abc'.startswith('a')", "True"},
    {"'abc'.startswith('b')", "False"},
    {"'abc'.startswith('b', 1)", "True"},
    {"'abc'.startswith(('x', 'b'), 1, 2)", "True"},
    {"'abc'.startswith(('x', 'y'))", "False"},
    {"'abc'.startswith(())", "False"},
    {"'abc'.startswith('', 3)", "True"},
    {"'abc'.startswith('', 4)", "False"},
    {"'abc'.startswith('a', None, None)", "True"},
    {"'abc'.startswith('a', 10**30)", "False"},
    {"'abc'.startswith(('a', 1))", "True"},
    {"'abc'.startswith((1, 'a'))", "!TypeError: tuple for startswith must only contain str, not int"},
    {"'abc'.startswith(1)", "!TypeError: startswith first arg must be str or a tuple of str, not int"},
    {"'abc'.startswith(b'a')", "!TypeError: startswith first arg must be str or a tuple of str, not bytes"},
    {"'abc'.startswith(1, 'x')", "!TypeError: slice indices must be integers or None or have an __index__ method"},
    {"'abc'.endswith('c')", "True"},
    {"'abc'.endswith('b', 0, 2)", "True"},
    {"'abc'.endswith('', 5)", "False"},
    {"'abc'.endswith(('x', 'bc'))", "True"},
    {"'abc'.endswith(1)", "!TypeError: endswith first arg must be str or a tuple of str, not int"},
    {"'caf\\xe9'.endswith('\\xe9')", "True"},
    {"'caf\\xe9'.endswith('f', 0, 3)", "True"},
    {"'\\xe9t\\xe9'.startswith('t\\xe9', 1)", "True"},
    // removeprefix, removesuffix
    {"'abc'.removeprefix('ab')", "'c'"},
    {"'abc'.removeprefix('x')", "'abc'"},
    {"'abc'.removeprefix('')", "'abc'"},
    {"'abc'.removesuffix('bc')", "'a'"},
    {"'abc'.removesuffix('abcd')", "'abc'"},
    {"'a'.removeprefix(1)", "!TypeError: removeprefix() argument must be str, not int"},
    {"'a'.removesuffix(1)", "!TypeError: removesuffix() argument must be str, not int"},
    // split, rsplit
    {"'a,b,,c'.split(',')", "['a', 'b', '', 'c']"},
    {"'a,b,,c'.split(',', 1)", "['a', 'b,,c']"},
    {"'a,b,,c'.rsplit(',', 1)", "['a,b,', 'c']"},
    {"'a,b,,c'.split(',', 0)", "['a,b,,c']"},
    {"'a,b,,c'.split(',', -5)", "['a', 'b', '', 'c']"},
    {"'a--b--c'.split('--')", "['a', 'b', 'c']"},
    {"'a--b--c'.rsplit('--')", "['a', 'b', 'c']"},
    {"'  a  b  '.split()", "['a', 'b']"},
    {"'  a  b  '.split(None, 1)", "['a', 'b  ']"},
    {"'  a  b  '.rsplit(None, 1)", "['  a', 'b']"},
    {"'  a  b  '.split(maxsplit=0)", "['a  b  ']"},
    {"'  a  b  '.rsplit(maxsplit=0)", "['  a  b']"},
    {"'a b c'.split(maxsplit=1)", "['a', 'b c']"},
    {"'a b c'.rsplit(maxsplit=1)", "['a b', 'c']"},
    {"'a,b'.split(sep=',')", "['a', 'b']"},
    {"'a,b'.split(sep=',', maxsplit=0)", "['a,b']"},
    {"''.split()", "[]"},
    {"''.split(',')", "['']"},
    {"'   '.split()", "[]"},
    {"'   '.rsplit()", "[]"},
    {"'abc'.split(',')", "['abc']"},
    {"'a\\x1cb\\x1dc\\x1ed\\x1fe'.split()", "['a', 'b', 'c', 'd', 'e']"},
    {"'\\x1c\\x1d a\\x85b'.split()", "['a', 'b']"},
    {"'a\\xa0b\\u2000c\\u3000d\\u2028e'.split()", "['a', 'b', 'c', 'd', 'e']"},
    {"'a\\xa0b\\u2000c\\u3000d\\u2028e'.rsplit(None, 2)", "['a\\xa0b\\u2000c', 'd', 'e']"},
    {"'\\u2000a\\u3000'.strip()", "'a'"},
    {"'a\\xe9b\\xe9c'.split('\\xe9')", "['a', 'b', 'c']"},
    {"'a\\xe9b\\xe9c'.rsplit('\\xe9', 1)", "['a\303\251b', 'c']"},
    {"'a'.split('')", "!ValueError: empty separator"},
    {"'a'.rsplit('')", "!ValueError: empty separator"},
    {"'a'.split(1)", "!TypeError: must be str or None, not int"},
    {"'a'.split(b'a')", "!TypeError: must be str or None, not bytes"},
    {"'a'.split(maxsplit='x')", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'abc'.split(None, 'a')", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'a'.split(',', sep=',')", "!TypeError: argument for split() given by name ('sep') and position (1)"},
    {"'a'.split(foo=1)", "!TypeError: 'foo' is an invalid keyword argument for split()"},
    {"'ab'.split('b', 10**30)", "!OverflowError: Python int too large to convert to C ssize_t"},
    // splitlines
    {"'a\\nb\\r\\nc\\r'.splitlines()", "['a', 'b', 'c']"},
    {"'a\\nb\\r\\nc\\r'.splitlines(True)", "['a\\n', 'b\\r\\n', 'c\\r']"},
    {"'a\\nb\\r\\nc\\r'.splitlines(keepends=True)", "['a\\n', 'b\\r\\n', 'c\\r']"},
    {"''.splitlines()", "[]"},
    {"'a'.splitlines()", "['a']"},
    {"'\\n'.splitlines()", "['']"},
    {"'a\\n\\nb'.splitlines()", "['a', '', 'b']"},
    {"'a\\x1cb\\x1dc\\x1ed\\x85e\\u2028f\\u2029g\\x0bh\\x0ci'.splitlines()", "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']"},
    {"'ab\\u2028cd'.splitlines(True)", "['ab\\u2028', 'cd']"},
    {"'a\\x1fb'.splitlines()", "['a\\x1fb']"},
    {"'a\\r\\r\\nb'.splitlines(True)", "['a\\r', '\\r\\n', 'b']"},
    {"'abc'.splitlines('a')", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'a'.splitlines(10**30)", "!OverflowError: Python int too large to convert to C int"},
    // strip, lstrip, rstrip
    {"'  abc  '.strip()", "'abc'"},
    {"'  abc  '.lstrip()", "'abc  '"},
    {"'  abc  '.rstrip()", "'  abc'"},
    {"'\\t\\n abc\\x0b\\x0c\\r'.strip()", "'abc'"},
    {"'xxaxx'.strip('x')", "'a'"},
    {"'xyaxy'.lstrip('yx')", "'axy'"},
    {"'xyaxy'.rstrip('yx')", "'xya'"},
    {"'abc'.strip('')", "'abc'"},
    {"'abc'.strip(None)", "'abc'"},
    {"'aaa'.strip('a')", "''"},
    {"'\\xe9a\\xe9'.strip('\\xe9')", "'a'"},
    {"'\\xe9a\\xe9'.strip('\\xe8')", "'\303\251a\303\251'"},
    {"'\\xe9\\u1234a\\u1234\\xe9'.strip('\\u1234\\xe9')", "'a'"},
    {"'\\xa0a\\u2000'.strip()", "'a'"},
    {"'a\\u2000\\u2000'.rstrip()", "'a'"},
    {"'\\U0001f600a\\U0001f600'.strip('\\U0001f600')", "'a'"},
    {"'a'.strip(1)", "!TypeError: strip arg must be None or str"},
    {"'a'.lstrip(1)", "!TypeError: lstrip arg must be None or str"},
    {"'a'.rstrip(1)", "!TypeError: rstrip arg must be None or str"},
    // replace
    {"'abc'.replace('b', 'x')", "'axc'"},
    {"'aaaa'.replace('aa', 'b')", "'bb'"},
    {"'abc'.replace('', '-')", "'-a-b-c-'"},
    {"'abc'.replace('', '-', 2)", "'-a-bc'"},
    {"'abc'.replace('b', 'x', 0)", "'abc'"},
    {"'abc'.replace('b', 'x', -1)", "'axc'"},
    {"'ababab'.replace('ab', 'x', 2)", "'xxab'"},
    {"''.replace('', 'x')", "'x'"},
    {"''.replace('a', 'x')", "''"},
    {"'abc'.replace('d', 'x')", "'abc'"},
    {"'a\\xe9b'.replace('', '.')", "'.a.\303\251.b.'"},
    {"'a\\xe9b'.replace('\\xe9', 'e')", "'aeb'"},
    {"'abc'.replace('abc', '')", "''"},
    {"'aaa'.replace('a', 'bb')", "'bbbbbb'"},
    {"'a'.replace(1, '')", "!TypeError: replace() argument 1 must be str, not int"},
    {"'a'.replace('a', 1)", "!TypeError: replace() argument 2 must be str, not int"},
    {"'a'.replace('a', 'b', 'x')", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'a'.replace('a', 'b', 1.5)", "!TypeError: 'float' object cannot be interpreted as an integer"},
    {"'abc'.replace('', 'x', 10**30)", "!OverflowError: Python int too large to convert to C ssize_t"},
    {"'a'.replace(b'a', 'b')", "!TypeError: replace() argument 1 must be str, not bytes"},
    // partition, rpartition
    {"'a,b,c'.partition(',')", "('a', ',', 'b,c')"},
    {"'a,b,c'.rpartition(',')", "('a,b', ',', 'c')"},
    {"'abc'.partition(',')", "('abc', '', '')"},
    {"'abc'.rpartition(',')", "('', '', 'abc')"},
    {"'a\\xe9b'.partition('\\xe9')", "('a', '\303\251', 'b')"},
    {"'a'.partition('')", "!ValueError: empty separator"},
    {"'a'.rpartition('')", "!ValueError: empty separator"},
    {"'a'.partition(1)", "!TypeError: must be str, not int"},
    {"'a'.partition(b'a')", "!TypeError: must be str, not bytes"},
    // join
    {"','.join(['a', 'b', 'c'])", "'a,b,c'"},
    {"','.join(('a', 'b'))", "'a,b'"},
    {"','.join([])", "''"},
    {"','.join(['a'])", "'a'"},
    {"''.join('abc')", "'abc'"},
    {"'-'.join('a\\xe9b')", "'a-\303\251-b'"},
    {"'  '.join(['a', 'b'])", "'a  b'"},
    {"'a'.join(['b', 1])", "!TypeError: sequence item 1: expected str instance, int found"},
    {"'a'.join([1])", "!TypeError: sequence item 0: expected str instance, int found"},
    {"'a'.join(5)", "!TypeError: can only join an iterable"},
    {"'x'.join([b'a'])", "!TypeError: sequence item 0: expected str instance, bytes found"},
    {"'\\xe9'.join(['a', 'b'])", "'a\303\251b'"},
    // case
    {"'Hello World'.upper()", "'HELLO WORLD'"},
    {"'Hello World'.lower()", "'hello world'"},
    {"'hELLO wORLD'.capitalize()", "'Hello world'"},
    {"'hello world'.title()", "'Hello World'"},
    {"'HELLO WORLD'.title()", "'Hello World'"},
    {"\"they're bill's\".title()", "\"They'Re Bill'S\""},
    {"'h3llo w0rld'.title()", "'H3Llo W0Rld'"},
    {"'a_b'.title()", "'A_B'"},
    {"'Hello World'.swapcase()", "'hELLO wORLD'"},
    {"'aB'.swapcase()", "'Ab'"},
    {"''.upper()", "''"},
    {"'abc'.casefold()", "'abc'"},
    {"'ABC'.casefold()", "'abc'"},
    {"'123'.upper()", "'123'"},
    {"'hello'.capitalize()", "'Hello'"},
    {"''.capitalize()", "''"},
    {"'1abc'.capitalize()", "'1abc'"},
    // padding
    {"'abc'.center(7)", "'  abc  '"},
    {"'abc'.center(6)", "' abc  '"},
    {"'ab'.center(5)", "'  ab '"},
    {"'ab'.center(6, '-')", "'--ab--'"},
    {"'a'.center(4)", "' a  '"},
    {"'abc'.center(2)", "'abc'"},
    {"'abc'.center(-1)", "'abc'"},
    {"'abc'.ljust(6, '*')", "'abc***'"},
    {"'abc'.ljust(2)", "'abc'"},
    {"'abc'.rjust(6)", "'   abc'"},
    {"'abc'.rjust(6, '\\xe9')", "'\303\251\303\251\303\251abc'"},
    {"'x'.center(6, '\\xe9')", "'\303\251\303\251x\303\251\303\251\303\251'"},
    {"'\\xe9'.center(4)", "' \303\251  '"},
    {"'abc'.center(5, 'ab')", "!TypeError: The fill character must be exactly one character long"},
    {"'abc'.center(5, 1)", "!TypeError: The fill character must be a unicode character, not int"},
    {"'abc'.center('a')", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'abc'.center('x', 1)", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'abc'.ljust(5, 1)", "!TypeError: The fill character must be a unicode character, not int"},
    {"'abc'.ljust(5, '')", "!TypeError: The fill character must be exactly one character long"},
    {"'a'.ljust(True, 'x')", "'a'"},
    {"'a'.ljust(2**62)", "!MemoryError"},
    {"'12'.zfill(5)", "'00012'"},
    {"'-12'.zfill(5)", "'-0012'"},
    {"'+12'.zfill(5)", "'+0012'"},
    {"'abc'.zfill(2)", "'abc'"},
    {"''.zfill(3)", "'000'"},
    {"'-'.zfill(3)", "'-00'"},
    {"'\\xe9'.zfill(3)", "'00\303\251'"},
    {"'-\\xe9'.zfill(4)", "'-00\303\251'"},
    {"'a'.zfill(-1)", "'a'"},
    {"'a'.zfill('a')", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'a'.zfill(1.5)", "!TypeError: 'float' object cannot be interpreted as an integer"},
    // expandtabs
    {"'a\\tb'.expandtabs()", "'a       b'"},
    {"'a\\tb'.expandtabs(4)", "'a   b'"},
    {"'a\\tb'.expandtabs(tabsize=2)", "'a b'"},
    {"'a\\tb'.expandtabs(0)", "'ab'"},
    {"'a\\tb'.expandtabs(-1)", "'ab'"},
    {"'\\t'.expandtabs(0)", "''"},
    {"'abc'.expandtabs()", "'abc'"},
    {"'a\\tb\\xe9\\tc'.expandtabs()", "'a       b\303\251      c'"},
    {"'a\\tb\\xe9\\tc\\nx\\ty'.expandtabs(4)", "'a   b\303\251  c\\nx   y'"},
    {"'ab\\r\\tc'.expandtabs(4)", "'ab\\r    c'"},
    {"'a\\tb'.expandtabs(10**30)", "!OverflowError: Python int too large to convert to C int"},
    {"'a'.expandtabs(2**31)", "!OverflowError: Python int too large to convert to C int"},
    {"'a'.expandtabs(-2**31-1)", "!OverflowError: Python int too large to convert to C int"},
    {"'abc'.expandtabs('a')", "!TypeError: 'str' object cannot be interpreted as an integer"},
    {"'a'.expandtabs(1.5)", "!TypeError: 'float' object cannot be interpreted as an integer"},
    // predicates
    {"'abc'.isalpha()", "True"},
    {"'ab1'.isalpha()", "False"},
    {"''.isalpha()", "False"},
    {"'ab1'.isalnum()", "True"},
    {"'ab_'.isalnum()", "False"},
    {"'123'.isdigit()", "True"},
    {"'12a'.isdigit()", "False"},
    {"''.isdigit()", "False"},
    {"'123'.isdecimal()", "True"},
    {"'123'.isnumeric()", "True"},
    {"' \\t\\n'.isspace()", "True"},
    {"''.isspace()", "False"},
    {"'\\x1c'.isspace()", "True"},
    {"'\\xa0\\u3000'.isspace()", "True"},
    {"' a'.isspace()", "False"},
    {"'abc'.islower()", "True"},
    {"'abc1'.islower()", "True"},
    {"'aBc'.islower()", "False"},
    {"'123'.islower()", "False"},
    {"''.islower()", "False"},
    {"'ABC'.isupper()", "True"},
    {"'ABC1'.isupper()", "True"},
    {"'A B'.isupper()", "True"},
    {"' '.isupper()", "False"},
    {"'Hello World'.istitle()", "True"},
    {"'Hello world'.istitle()", "False"},
    {"'A1 B'.istitle()", "True"},
    {"'AbC'.istitle()", "False"},
    {"'ABC'.istitle()", "False"},
    {"''.istitle()", "False"},
    {"'1'.istitle()", "False"},
    {"'abc'.isascii()", "True"},
    {"''.isascii()", "True"},
    {"'\\xe9'.isascii()", "False"},
    {"'_a1'.isidentifier()", "True"},
    {"'1a'.isidentifier()", "False"},
    {"'a b'.isidentifier()", "False"},
    {"'def'.isidentifier()", "True"},
    {"''.isidentifier()", "False"},
    {"'\\xe9t\\xe9'.isidentifier()", "True"},
    {"'a\\xa0'.isidentifier()", "False"},
    {"'abc'.isprintable()", "True"},
    {"''.isprintable()", "True"},
    {"'\\n'.isprintable()", "False"},
    {"'\\xe9'.isprintable()", "True"},
    {"'\\xa0'.isprintable()", "False"},
    // encode
    {"'abc'.encode()", "b'abc'"},
    {"'\\xe9'.encode()", "b'\\xc3\\xa9'"},
    {"'\\xe9'.encode('latin-1')", "b'\\xe9'"},
    {"'\\xe9'.encode('Latin1')", "b'\\xe9'"},
    {"'\\xe9'.encode('iso-8859-1')", "b'\\xe9'"},
    {"'\\xe9'.encode('UTF8')", "b'\\xc3\\xa9'"},
    {"'\\xe9'.encode('utf_8')", "b'\\xc3\\xa9'"},
    {"'\\xe9'.encode('u8')", "b'\\xc3\\xa9'"},
    {"'\\xe9'.encode(' Utf-8 ')", "b'\\xc3\\xa9'"},
    {"'abc'.encode('ascii')", "b'abc'"},
    {"'abc'.encode(encoding='latin-1', errors='strict')", "b'abc'"},
    {"'\\xe9'.encode('ascii')", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
    {"'\\xe9\\xe9'.encode('ascii')", "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
    {"'\\xe9a\\xe9'.encode('ascii')", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
    {"'\\u0100'.encode('latin-1')", "!UnicodeEncodeError: 'latin-1' codec can't encode character '\\u0100' in position 0: ordinal not in range(256)"},
    {"'\\U0001f600'.encode('ascii')", "!UnicodeEncodeError: 'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)"},
    {"'\\ud800'.encode()", "!UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"},
    {"'a\\ud800\\udc00b'.encode()", "!UnicodeEncodeError: 'utf-8' codec can't encode characters in position 1-2: surrogates not allowed"},
    {"'\\xe9a'.encode('ascii', 'replace')", "b'\?a'"},
    {"'\\xe9a'.encode('ascii', 'ignore')", "b'a'"},
    {"'\\xe9'.encode('ascii', 'foo')", "!LookupError: unknown error handler name 'foo'"},
    {"'a'.encode('ascii', 'foo')", "b'a'"},
    {"'a'.encode('foo')", "!LookupError: unknown encoding: foo"},
    {"'a'.encode(1)", "!TypeError: encode() argument 'encoding' must be str, not int"},
    {"'a'.encode(errors=1)", "!TypeError: encode() argument 'errors' must be str, not int"},
    {"'a'.encode('utf-8', encoding='utf-8')", "!TypeError: argument for encode() given by name ('encoding') and position (1)"},
    // Unicode case mapping and character classes (obj/unicode.c)
    {"'\\xe9'.upper()", "'\303\211'"},
    {"'\\xc9t\\xc9'.lower()", "'\303\251t\303\251'"},
    {"'\\xe9t\\xe9'.title()", "'\303\211t\303\251'"},
    {"'\\xe9'.isalpha()", "True"},
    {"'\\xe9'.islower()", "True"},
    {"'\\xb2'.isdigit()", "True"},
    {"'\\u0660'.isdecimal()", "True"},
    {"'\\u00bd'.isnumeric()", "True"},
    {"'\\u0378'.isprintable()", "False"},
    {"'\\xdf'.casefold()", "'ss'"},
    // END CASES
};
// clang-format on

// Where Minnow means to differ from CPython (the expectations are Minnow's).
// clang-format off
static const pyeval_case_t differences[] = {
    // One hash for the same UTF-8 bytes, str or bytes (CPython hashes code points).
    {"hash('a\\xe9') == hash('a\\xe9'.encode())", "True"},
};

// Out of memory is an ordinary MemoryError, in a 16 KB heap.
static const pyeval_case_t memory_cases[] = {
    {"len('ab' * 100000)", "!MemoryError"},
    {"len('x' * 7000 + 'y' * 7000)", "!MemoryError"},
    {"len('a'.join('b' * 10000))", "!MemoryError"},
    {"len((' a' * 3000).split())", "!MemoryError"},
    {"len(('a,' * 3000).split(','))", "!MemoryError"},
    {"len(('a\\n' * 3000).splitlines())", "!MemoryError"},
    {"len('abc'.center(100000))", "!MemoryError"},
    {"len('abc'.zfill(100000))", "!MemoryError"},
    {"len('a\\tb'.expandtabs(100000))", "!MemoryError"},
    {"len(('a' * 6000).replace('a', 'bcd'))", "!MemoryError"},
    {"len(('a' * 6000).replace('', '-'))", "!MemoryError"},
    {"len(('a' * 9000).upper())", "!MemoryError"},
    {"len(('\\xe9' * 5000).upper())", "!MemoryError"},
    {"len(('\\xdf' * 5000).upper())", "!MemoryError"},
    {"len(('a' * 9000)[::-1])", "!MemoryError"},
    {"len(('a\\xe9' * 3000)[::-1])", "!MemoryError"},
    {"len(list('a\\xe9' * 2000))", "!MemoryError"},
    {"len(('\\xe9' * 6000).encode('latin-1'))", "!MemoryError"},
    {"len(str(b'\\xc3\\xa9' * 4000, 'latin-1'))", "!MemoryError"},
    {"len(repr('\\x00' * 4000))", "!MemoryError"},
    {"len(ascii('\\xe9' * 3000))", "!MemoryError"},
    {"len('ab' * 2**40)", "!MemoryError"},
    {"len('abc'.center(2**62))", "!MemoryError"},
    // Smaller results fit: the same operations work.
    {"len(('a' * 3000).upper())", "3000"},
    {"len(('a' * 8000)[::-1])", "8000"},
};
// clang-format on

static void test_cases(void) {
    CHECK_EQ(pyeval_run_cases(cases, sizeof cases / sizeof cases[0], 64 * 1024), 0);
}

static void test_differences(void) {
    CHECK_EQ(pyeval_run_cases(differences, sizeof differences / sizeof differences[0], 64 * 1024),
             0);
}

static void test_out_of_memory(void) {
    CHECK_EQ(
        pyeval_run_cases(memory_cases, sizeof memory_cases / sizeof memory_cases[0], 16 * 1024), 0);
}

// The attribute table is sorted by qstr id (a binary search reads it), each name that of its
// native.
static void test_attribute_table(void) {
    const mn_attr_table_t *table = mn_type_str.attrs;
    CHECK(table != NULL && table->count > 40);
    for (size_t i = 0; i < table->count; i++) {
        const mn_native_t *native = mn_object(table->entries[i].value);
        CHECK_EQ(mn_qstr_value(native->name), table->entries[i].name);
        if (i > 0) {
            CHECK(table->entries[i - 1].name < table->entries[i].name);
        }
    }
}

// Values of a test kept in a root region of their own.
static mn_value_t slots[6];
static size_t slot_count = 6;

static bool setup_slots(void) {
    memset(slots, 0, sizeof slots);
    return pyeval_setup(64 * 1024) && mn_root_add_region(&pyeval_runtime.heap, slots, &slot_count);
}

// One-character results are the interned string when there is one: no allocation.
static void test_interned_characters(void) {
    mn_runtime_t *runtime = &pyeval_runtime;
    CHECK(setup_slots());
    slots[0] = mn_qstr_intern(runtime, "q", 1);
    CHECK(slots[0] != MN_NULL && !mn_is_qstr(slots[0]));
    slots[1] = mn_object_value(mn_str_new(runtime, "aq\xc3\xa9", 4));
    slots[2] = mn_small_int(1);
    mn_value_t character = mn_subscript(runtime, &slots[1], &slots[2], NULL);
    CHECK_EQ(character, slots[0]);
    slots[3] = mn_text_iter(runtime, &slots[1]);
    CHECK(slots[3] != MN_EXCEPTION);
    slots[4] = mn_next(runtime, &slots[3]); // 'a': not interned, a new str
    CHECK(mn_is_tagged(slots[4], MN_TAG_STR) && slots[4] != slots[0]);
    CHECK_EQ(mn_next(runtime, &slots[3]), slots[0]);
    slots[4] = mn_next(runtime, &slots[3]); // 'é'
    CHECK(mn_is_tagged(slots[4], MN_TAG_STR) && mn_str_length(mn_object(slots[4])) == 2);
    CHECK_EQ(mn_next(runtime, &slots[3]), MN_NULL);
    CHECK_EQ(mn_next(runtime, &slots[3]), MN_NULL); // exhausted stays exhausted
    // The empty str is the ROM one.
    CHECK_EQ(mn_text_new(runtime, MN_TEXT_STR, "", 0), mn_qstr_value(MN_QSTR__empty_));
    CHECK_EQ(mn_text_new(runtime, MN_TEXT_STR, "q", 1), slots[0]);
    CHECK_EQ(pyeval_open_refs(), 0);
}

// A str in ROM and the same text in the heap are equal and hash alike; two interned strings
// are equal exactly when they are the same value.
static void test_rom_and_heap(void) {
    mn_runtime_t *runtime = &pyeval_runtime;
    CHECK(setup_slots());
    slots[0] = mn_qstr_value(MN_QSTR_find);
    slots[1] = mn_object_value(mn_str_new(runtime, "find", 4));
    CHECK(!mn_str_is_interned(mn_object(slots[1])));
    CHECK_EQ(mn_equal(runtime, &slots[0], &slots[1]), MN_TRUE);
    CHECK_EQ(mn_compare(runtime, MN_COMPARE_LESS_EQUAL, &slots[1], &slots[0]), MN_TRUE);
    slots[2] = mn_hash(runtime, &slots[0]);
    slots[3] = mn_hash(runtime, &slots[1]);
    CHECK(mn_is_small_int(slots[2]));
    CHECK_EQ(slots[2], slots[3]);
    slots[4] = mn_qstr_value(MN_QSTR_join);
    CHECK_EQ(mn_equal(runtime, &slots[0], &slots[4]), MN_FALSE);
    CHECK_EQ(mn_len(runtime, &slots[0]), mn_small_int(4));
    CHECK_EQ(pyeval_open_refs(), 0);
}

static const test_case_t tests[] = {
    {"cases", test_cases},
    {"differences", test_differences},
    {"out_of_memory", test_out_of_memory},
    {"attribute_table", test_attribute_table},
    {"interned_characters", test_interned_characters},
    {"rom_and_heap", test_rom_and_heap},
};

TEST_MAIN(tests)
