// Tests of formatting (obj/str_format.c): format(value, spec) for str, int, bool, float and
// the rest, str.format() and str.format_map(), and printf-style '%' for str, bytes and
// bytearray; Python expressions evaluated through the object protocol (tests/c/pyeval.h)
// against CPython 3.11's results, as tests/c/pyexpect.py computes them.
#include <string.h>

#include "obj/exception.h"
#include "obj/qstr.h"
#include "obj/str_format.h"
#include "pyeval.h"
#include "testing.h"

// clang-format off
static const pyeval_case_t cases[] = {
    // BEGIN CASES
    // format(value, spec): str
    {"format('abc')", "'abc'"},
    {"format('abc', '')", "'abc'"},
    {"format('abc', '>5')", "'  abc'"},
    {"format('abc', '<5')", "'abc  '"},
    {"format('abc', '^7')", "'  abc  '"},
    {"format('abc', '*^8')", "'**abc***'"},
    {"format('abc', '.2')", "'ab'"},
    {"format('abc', '5.1')", "'a    '"},
    {"format('abc', 's')", "'abc'"},
    {"format('\\xe9', '>3')", "'  \303\251'"},
    {"format('a', '\\xe9^5')", "'\303\251\303\251a\303\251\303\251'"},
    {"format('abc', 'd')", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {"format('a', ',s')", "!ValueError: Cannot specify ',' with 's'."},
    {"format('a', '=5')", "!ValueError: '=' alignment not allowed in string format specifier"},
    {"format('a', '+')", "!ValueError: Sign not allowed in string format specifier"},
    {"format('a', ' ')", "!ValueError: Space not allowed in string format specifier"},
    {"format('a', '#')", "!ValueError: Alternate form (#) not allowed in string format specifier"},
    {"format('a', 'z')", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"format('a', '.')", "!ValueError: Format specifier missing precision"},
    {"format('a', 'xx')", "!ValueError: Invalid format specifier 'xx' for object of type 'str'"},
    {"format('a', '{}')", "!ValueError: Invalid format specifier '{}' for object of type 'str'"},
    // int
    {"format(5)", "'5'"},
    {"format(5, '')", "'5'"},
    {"format(5, 'd')", "'5'"},
    {"format(-5, '5')", "'   -5'"},
    {"format(-5, '05')", "'-0005'"},
    {"format(-5, '=5')", "'-   5'"},
    {"format(-5, '>05')", "'000-5'"},
    {"format(-5, '0=10')", "'-000000005'"},
    {"format(5, '+')", "'+5'"},
    {"format(5, ' ')", "' 5'"},
    {"format(255, 'x')", "'ff'"},
    {"format(255, 'X')", "'FF'"},
    {"format(255, '#x')", "'0xff'"},
    {"format(255, '#X')", "'0XFF'"},
    {"format(255, 'o')", "'377'"},
    {"format(255, '#o')", "'0o377'"},
    {"format(5, 'b')", "'101'"},
    {"format(5, '#b')", "'0b101'"},
    {"format(-255, 'x')", "'-ff'"},
    {"format(1234567, ',')", "'1,234,567'"},
    {"format(1234567, '_')", "'1_234_567'"},
    {"format(65535, '_x')", "'ffff'"},
    {"format(1234, '08,')", "'0,001,234'"},
    {"format(1234, 'n')", "'1234'"},
    {"format(65, 'c')", "'A'"},
    {"format(233, 'c')", "'\303\251'"},
    {"format(-1, 'c')", "!OverflowError: %c arg not in range(0x110000)"},
    {"format(10**30, 'c')", "!OverflowError: Python int too large to convert to C long"},
    {"format(1114112, 'c')", "!OverflowError: %c arg not in range(0x110000)"},
    {"format(65, '+c')", "!ValueError: Sign not allowed with integer format specifier 'c'"},
    {"format(65, '#c')", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"format(5, 'e')", "'5.000000e+00'"},
    {"format(5, '.2f')", "'5.00'"},
    {"format(5, '%')", "'500.000000%'"},
    {"format(5, 'g')", "'5'"},
    {"format(10, 'g')", "'10'"},
    {"format(5, '.3')", "!ValueError: Precision not allowed in integer format specifier"},
    {"format(5, 's')", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {"format(5, 'z')", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"format(5, ',x')", "!ValueError: Cannot specify ',' with 'x'."},
    {"format(10**30)", "'1000000000000000000000000000000'"},
    {"format(10**30, 'x')", "'c9f2c9cd04674edea40000000'"},
    {"format(-10**30, ',')", "'-1,000,000,000,000,000,000,000,000,000,000'"},
    {"format(10**30, '>40')", "'         1000000000000000000000000000000'"},
    {"format(10**400, '.2f')", "!OverflowError: int too large to convert to float"},
    {"format(10**5000, 'd')", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
    {"format(2**64, 'b')", "'10000000000000000000000000000000000000000000000000000000000000000'"},
    // bool
    {"format(True)", "'True'"},
    {"format(False, '')", "'False'"},
    {"format(True, 'd')", "'1'"},
    {"format(True, '>5')", "'    1'"},
    {"format(True, '10')", "'         1'"},
    {"format(True, 's')", "!ValueError: Unknown format code 's' for object of type 'bool'"},
    {"format(False, 'x')", "'0'"},
    // float
    {"format(1.5)", "'1.5'"},
    {"format(1.5, '')", "'1.5'"},
    {"format(1.5, '10')", "'       1.5'"},
    {"format(1.5, '<10')", "'1.5       '"},
    {"format(1.5, '.3f')", "'1.500'"},
    {"format(1.5, 'e')", "'1.500000e+00'"},
    {"format(1.5, 'E')", "'1.500000E+00'"},
    {"format(1.5e300, 'g')", "'1.5e+300'"},
    {"format(0.25, '%')", "'25.000000%'"},
    {"format(1e100, '')", "'1e+100'"},
    {"format(3.0, '')", "'3.0'"},
    {"format(3.0, 'g')", "'3'"},
    {"format(-0.0, 'z')", "'0.0'"},
    {"format(-0.0, 'z.1f')", "'0.0'"},
    {"format(1234.5678, ',.2f')", "'1,234.57'"},
    {"format(3.14159, '*<10.2f')", "'3.14******'"},
    {"format(1.5, 'x')", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {"format(1.5, 'd')", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {"format(1.5, 'c')", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {"format(1.5, 's')", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {"format(1.5, ',x')", "!ValueError: Cannot specify ',' with 'x'."},
    {"format(1.5, '.2147483648f')", "!ValueError: precision too big"},
    // others
    {"format(None)", "'None'"},
    {"format(None, '')", "'None'"},
    {"format(None, 'x')", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {"format(None, '>5')", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {"format([], '5')", "!TypeError: unsupported format string passed to list.__format__"},
    {"format(b'a', '5')", "!TypeError: unsupported format string passed to bytes.__format__"},
    {"format(b'a')", "\"b'a'\""},
    {"format((1, 2), 'x')", "!TypeError: unsupported format string passed to tuple.__format__"},
    // str.format
    {"'{}'.format(1)", "'1'"},
    {"'{} {}'.format(1, 'a')", "'1 a'"},
    {"'{0}{1}{0}'.format('a', 'b')", "'aba'"},
    {"'{x}'.format(x=1)", "'1'"},
    {"'{x} {y}'.format(x=1, y='b')", "'1 b'"},
    {"'{0} {x}'.format(1, x=2)", "'1 2'"},
    {"'{{}} {}'.format(1)", "'{} 1'"},
    {"'{{'.format()", "'{'"},
    {"'}}'.format()", "'}'"},
    {"'a{{b}}c'.format()", "'a{b}c'"},
    {"'{}'.format()", "!IndexError: Replacement index 0 out of range for positional args tuple"},
    {"'{0}'.format()", "!IndexError: Replacement index 0 out of range for positional args tuple"},
    {"'{1}'.format(1)", "!IndexError: Replacement index 1 out of range for positional args tuple"},
    {"'{x}'.format()", "!KeyError: x"},
    {"'{x}'.format(y=1)", "!KeyError: x"},
    {"'}'.format()", "!ValueError: Single '}' encountered in format string"},
    {"'{'.format()", "!ValueError: Single '{' encountered in format string"},
    {"'a}b'.format()", "!ValueError: Single '}' encountered in format string"},
    {"'a{'.format()", "!ValueError: Single '{' encountered in format string"},
    {"'{0'.format()", "!ValueError: expected '}' before end of string"},
    {"'{0:'.format(1)", "!ValueError: unmatched '{' in format spec"},
    {"'{0!'.format(1)", "!ValueError: end of string while looking for conversion specifier"},
    {"'{0!}'.format(1)", "!ValueError: unmatched '{' in format spec"},
    {"'{0!x}'.format(1)", "!ValueError: Unknown conversion specifier x"},
    {"'{0!\\xe9}'.format(1)", "!ValueError: Unknown conversion specifier \\xe9"},
    {"'{0!\\x01}'.format(1)", "!ValueError: Unknown conversion specifier \\x1"},
    {"'{0!rr}'.format(1)", "!ValueError: expected ':' after conversion specifier"},
    {"'{0!r:}'.format(1)", "'1'"},
    {"'{0!r'.format(1)", "!ValueError: unmatched '{' in format spec"},
    {"'{0!r}'.format('a')", "\"'a'\""},
    {"'{0!s}'.format('a')", "'a'"},
    {"'{0!a}'.format('\\xe9')", "\"'\\\\xe9'\""},
    {"'{!r:>10}'.format('a')", "\"       'a'\""},
    {"'{!s:5}'.format(1)", "'1    '"},
    {"'{!r}'.format(1.5)", "'1.5'"},
    {"'{!r}'.format(None)", "'None'"},
    {"'{}{0}'.format(1)", "!ValueError: cannot switch from automatic field numbering to manual field specification"},
    {"'{0}{}'.format(1)", "!ValueError: cannot switch from manual field specification to automatic field numbering"},
    {"'{0.}'.format(1)", "!ValueError: Empty attribute in format string"},
    {"'{0[}'.format(1)", "!ValueError: expected '}' before end of string"},
    {"'{0[0]x}'.format('a')", "!ValueError: Only '.' or '[' may follow ']' in format field specifier"},
    {"'{0.upper.}'.format('a')", "!ValueError: Empty attribute in format string"},
    {"'{0.foo}'.format(1)", "!AttributeError: 'int' object has no attribute 'foo'"},
    {"'{0.a.b}'.format(1)", "!AttributeError: 'int' object has no attribute 'a'"},
    {"'{[}'.format(1)", "!ValueError: expected '}' before end of string"},
    {"'{0]}'.format(1)", "!KeyError: 0]"},
    {"'{0[ab}'.format(1)", "!ValueError: expected '}' before end of string"},
    {"'{0[0]}{0[1]}'.format('ab')", "'ab'"},
    {"'{[1]}'.format('ab')", "'b'"},
    {"'{0[5]}'.format('ab')", "!IndexError: string index out of range"},
    {"'{0[-1]}'.format('ab')", "!TypeError: string indices must be integers, not 'str'"},
    {"'{0[1]}'.format(b'ab')", "'98'"},
    {"'{0[a]}'.format({'a': 5})", "'5'"},
    {"'{0[-1]}'.format({'-1': 5})", "'5'"},
    {"'{0[10]}'.format({10: 5})", "'5'"},
    {"'{0[ 1]}'.format({' 1': 5})", "'5'"},
    {"'{0[x]}'.format({})", "!KeyError: x"},
    {"'{a[x]}'.format(a={'x': 5})", "'5'"},
    {"'{0[x]!r:>5}'.format({'x': 'y'})", "\"  'y'\""},
    {"'{0[x][1]}'.format({'x': 'yz'})", "'z'"},
    {"'{:{}}'.format('a', 5)", "'a    '"},
    {"'{:{}.{}}'.format(3.14159, 10, 3)", "'      3.14'"},
    {"'{0:{1}}'.format(1, 'x')", "'1'"},
    {"'{0:{1}{2}}'.format(1, '>', 5)", "'    1'"},
    {"'{:{}}'.format('a', '{}')", "!ValueError: Invalid format specifier '{}' for object of type 'str'"},
    {"'{0:{a}}'.format(1, a=3)", "'  1'"},
    {"'{:{}}'.format(1)", "!IndexError: Replacement index 1 out of range for positional args tuple"},
    {"'{:>{}}'.format(1)", "!IndexError: Replacement index 1 out of range for positional args tuple"},
    {"'{!r:{}}'.format(1)", "!IndexError: Replacement index 1 out of range for positional args tuple"},
    {"'{:{:{}}}'.format(1, 2, 3)", "!ValueError: Max string recursion exceeded"},
    {"'{0:{0:{0}}}'.format(1)", "!ValueError: Max string recursion exceeded"},
    {"'{0:{}}'.format(1, 2)", "!ValueError: cannot switch from manual field specification to automatic field numbering"},
    {"'{:{0}}'.format(1, 2)", "!ValueError: cannot switch from automatic field numbering to manual field specification"},
    {"'{:d}'.format('a')", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {"'{:x}'.format(1.5)", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {"'{:s}'.format(1)", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {"'{:>5}'.format(None)", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {"'{:5}'.format([])", "!TypeError: unsupported format string passed to list.__format__"},
    {"'{:,s}'.format('a')", "!ValueError: Cannot specify ',' with 's'."},
    {"'{:c}'.format(1.5)", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {"'{:5}'.format(b'a')", "!TypeError: unsupported format string passed to bytes.__format__"},
    {"'{}'.format(b'a')", "\"b'a'\""},
    {"'{:>5}'.format('\\xe9')", "'    \303\251'"},
    {"'{:\\xe9^5}'.format('a')", "'\303\251\303\251a\303\251\303\251'"},
    {"'\\xe9{}\\xe9'.format('\\u1234')", "'\303\251\341\210\264\303\251'"},
    {"'{}'.format(10**30)", "'1000000000000000000000000000000'"},
    {"'{:,}'.format(10**30)", "'1,000,000,000,000,000,000,000,000,000,000'"},
    {"'{}'.format(True)", "'True'"},
    {"'{:d}'.format(True)", "'1'"},
    {"'{:10}'.format(True)", "'         1'"},
    {"'{}'.format(1e100)", "'1e+100'"},
    {"'{:10}'.format(1.5)", "'       1.5'"},
    {"'{:%}'.format(0.25)", "'25.000000%'"},
    {"'{:e}'.format(5)", "'5.000000e+00'"},
    {"'{:c}'.format(65)", "'A'"},
    {"'{:#b}'.format(5)", "'0b101'"},
    {"'{}'.format('a', 'b')", "'a'"},
    {"'{0}'.format(1, 2)", "'1'"},
    {"'{99999999999999999999}'.format(1)", "!ValueError: Too many decimal digits in format string"},
    {"'{0[99999999999999999999]}'.format('a')", "!ValueError: Too many decimal digits in format string"},
    {"'a{}b'.format('')", "'ab'"},
    {"''.format()", "''"},
    {"str.format('{}', 1)", "'1'"},
    // format_map
    {"'{a}'.format_map({'a': 1})", "'1'"},
    {"'{a} {b}'.format_map({'a': 1, 'b': 2})", "'1 2'"},
    {"'{0}'.format_map({'a': 1})", "!ValueError: Format string contains positional fields"},
    {"'{}'.format_map({'a': 1})", "!ValueError: Format string contains positional fields"},
    {"'{c}'.format_map({'a': 1})", "!KeyError: c"},
    {"'a'.format_map(1)", "'a'"},
    {"'{a}'.format_map(1)", "!TypeError: 'int' object is not subscriptable"},
    {"'{a[0]}'.format_map({'a': 'xy'})", "'x'"},
    // printf-style %
    {"'%s' % 'x'", "'x'"},
    {"'%s' % ('x',)", "'x'"},
    {"'%s %s' % ('a', 1)", "'a 1'"},
    {"'%s' % 1", "'1'"},
    {"'%s' % 1.0", "'1.0'"},
    {"'%s' % None", "'None'"},
    {"'%s' % True", "'True'"},
    {"'%r' % 'x'", "\"'x'\""},
    {"'%r' % 1.0", "'1.0'"},
    {"'%r' % '\\xe9'", "\"'\303\251'\""},
    {"'%a' % '\\xe9'", "\"'\\\\xe9'\""},
    {"'%a' % 'x'", "\"'x'\""},
    {"'%s' % b'a'", "\"b'a'\""},
    {"'%s' % bytearray(b'x')", "\"bytearray(b'x')\""},
    {"'%d' % 5", "'5'"},
    {"'%d' % -5", "'-5'"},
    {"'%d' % 3.9", "'3'"},
    {"'%d' % True", "'1'"},
    {"'%d' % 10**30", "'1000000000000000000000000000000'"},
    {"'%i %u' % (1.9, -2.5)", "'1 -2'"},
    {"'%x' % 255", "'ff'"},
    {"'%X' % 255", "'FF'"},
    {"'%o' % 8", "'10'"},
    {"'%#o %#x %#X' % (8, 255, 255)", "'0o10 0xff 0XFF'"},
    {"'%#x %#o' % (0, 0)", "'0x0 0o0'"},
    {"'%x' % -255", "'-ff'"},
    {"'%x' % True", "'1'"},
    {"'%05d' % -42", "'-0042'"},
    {"'%+05d' % 42", "'+0042'"},
    {"'%+d' % 5", "'+5'"},
    {"'% d' % 5", "' 5'"},
    {"'%.3d' % 5", "'005'"},
    {"'%5d|' % 42", "'   42|'"},
    {"'%-5d|' % 42", "'42   |'"},
    {"'%e %E' % (1.5, 1.5)", "'1.500000e+00 1.500000E+00'"},
    {"'%f %F' % (1.5, 1.5)", "'1.500000 1.500000'"},
    {"'%g %G' % (1.5e20, 1.5e-10)", "'1.5e+20 1.5E-10'"},
    {"'%.0f' % 2.5", "'2'"},
    {"'% .3f' % 2.0", "' 2.000'"},
    {"'%5.1f|%-8.3e|%+d|% d' % (3.14159, 1234.5, 5, 5)", "'  3.1|1.234e+03|+5| 5'"},
    {"'%f' % 5", "'5.000000'"},
    {"'%f' % 10**400", "!OverflowError: int too large to convert to float"},
    {"'%c' % 65", "'A'"},
    {"'%c' % 233", "'\303\251'"},
    {"'%c' % 'x'", "'x'"},
    {"'%c' % '\\xe9'", "'\303\251'"},
    {"'%c%c' % (72, 'i')", "'Hi'"},
    {"'%-5c|' % 'x'", "'x    |'"},
    {"'%5.2s|' % 'abc'", "'   ab|'"},
    {"'%10.4s|' % 'abcdef'", "'      abcd|'"},
    {"'%.3s' % '\\xe9\\xe9abc'", "'\303\251\303\251a'"},
    {"'%-5s|' % 'x'", "'x    |'"},
    {"'%*s' % (3, 'x')", "'  x'"},
    {"'%-*d|' % (-5, 1)", "'1    |'"},
    {"'%*.*f' % (8, 3, 1.5)", "'   1.500'"},
    {"'%.*f' % (2, 3.14159)", "'3.14'"},
    {"'%ld %hd %Ld' % (5, 5, 5)", "'5 5 5'"},
    {"'%%' % ()", "'%'"},
    {"'%%s' % ()", "'%s'"},
    {"'%s%%' % 5", "'5%'"},
    {"'100%%' % ()", "'100%'"},
    {"'%(a)s' % {'a': 1}", "'1'"},
    {"'%(a)s %(a)r' % {'a': 'x'}", "\"x 'x'\""},
    {"'%(x)d %(y)s' % {'x': 1, 'y': 'z'}", "'1 z'"},
    {"'%(a)5s|' % {'a': 'x'}", "'    x|'"},
    {"'%(a)s' % 5", "!TypeError: format requires a mapping"},
    {"'%(a)s' % {}", "!KeyError: a"},
    {"'%(a' % {}", "!ValueError: incomplete format key"},
    {"'%(a)' % {'a': 1}", "!ValueError: incomplete format"},
    {"'%(a)*d' % {'a': 1}", "!TypeError: not enough arguments for format string"},
    {"'%(a)s' % ('x',)", "!TypeError: format requires a mapping"},
    {"'%(a)s' % 'x'", "!TypeError: format requires a mapping"},
    {"'abc' % 5", "!TypeError: not all arguments converted during string formatting"},
    {"'abc' % ()", "'abc'"},
    {"'abc' % {}", "'abc'"},
    {"'abc' % ''", "!TypeError: not all arguments converted during string formatting"},
    {"'abc' % 'x'", "!TypeError: not all arguments converted during string formatting"},
    {"'%s' % ()", "!TypeError: not enough arguments for format string"},
    {"'%s %s' % (1,)", "!TypeError: not enough arguments for format string"},
    {"'%s' % (1, 2)", "!TypeError: not all arguments converted during string formatting"},
    {"'%' % ()", "!ValueError: incomplete format"},
    {"'%' % 1", "!ValueError: incomplete format"},
    {"'% ' % 1", "!ValueError: incomplete format"},
    {"'%s%' % 1", "!ValueError: incomplete format"},
    {"'%5' % 1", "!ValueError: incomplete format"},
    {"'%.5' % 1", "!ValueError: incomplete format"},
    {"'%y' % 1", "!ValueError: unsupported format character 'y' (0x79) at index 1"},
    {"'%y' % ()", "!TypeError: not enough arguments for format string"},
    {"'%s %y' % (1, 2)", "!ValueError: unsupported format character 'y' (0x79) at index 4"},
    {"'%\\xe9' % 1", "!ValueError: unsupported format character '\?' (0xe9) at index 1"},
    {"'%lld' % 5", "!ValueError: unsupported format character 'l' (0x6c) at index 2"},
    {"'%d' % 'a'", "!TypeError: %d format: a real number is required, not str"},
    {"'%x' % 1.5", "!TypeError: %x format: an integer is required, not float"},
    {"'%o' % 'a'", "!TypeError: %o format: an integer is required, not str"},
    {"'%f' % 'a'", "!TypeError: must be real number, not str"},
    {"'%c' % 'ab'", "!TypeError: %c requires int or char"},
    {"'%c' % 1.5", "!TypeError: %c requires int or char"},
    {"'%c' % -1", "!OverflowError: %c arg not in range(0x110000)"},
    {"'%c' % 1114112", "!OverflowError: %c arg not in range(0x110000)"},
    {"'%c' % 10**30", "!OverflowError: %c arg not in range(0x110000)"},
    {"'%*d' % ('a', 1)", "!TypeError: * wants int"},
    {"'%.*d' % ('a', 1)", "!TypeError: * wants int"},
    {"'%*d' % (10**30, 1)", "!OverflowError: Python int too large to convert to C ssize_t"},
    {"'%.*f' % (10**30, 1.0)", "!OverflowError: Python int too large to convert to C int"},
    {"'%d' % 1e400", "!OverflowError: cannot convert float infinity to integer"},
    {"'%d%%' % 5", "'5%'"},
    // bytes %
    {"b'%s' % b'x'", "b'x'"},
    {"b'%b' % b'x'", "b'x'"},
    {"b'%s' % bytearray(b'x')", "b'x'"},
    {"b'%s %s' % (b'a', bytearray(b'b'))", "b'a b'"},
    {"b'%5s|%-5s' % (b'x', b'y')", "b'    x|y    '"},
    {"b'%.2s' % b'abc'", "b'ab'"},
    {"b'%s' % 1", "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'"},
    {"b'%s' % 'a'", "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"},
    {"b'%s' % [b'a']", "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'list'"},
    {"b'%r' % b'a'", "b\"b'a'\""},
    {"b'%a' % b'x'", "b\"b'x'\""},
    {"b'%r' % 'x'", "b\"'x'\""},
    {"b'%a' % '\\xe9'", "b\"'\\\\xe9'\""},
    {"b'%d' % 5", "b'5'"},
    {"b'%x' % 255", "b'ff'"},
    {"b'%5.1f' % 1.25", "b'  1.2'"},
    {"b'%d' % b'a'", "!TypeError: %d format: a real number is required, not bytes"},
    {"b'%c' % 97", "b'a'"},
    {"b'%c' % b'a'", "b'a'"},
    {"b'%c' % bytearray(b'a')", "b'a'"},
    {"b'%c' % 256", "!OverflowError: %c arg not in range(256)"},
    {"b'%c' % -1", "!OverflowError: %c arg not in range(256)"},
    {"b'%c' % 10**30", "!OverflowError: %c arg not in range(256)"},
    {"b'%c' % b'ab'", "!TypeError: %c requires an integer in range(256) or a single byte"},
    {"b'%c' % 'a'", "!TypeError: %c requires an integer in range(256) or a single byte"},
    {"b'%c' % 1.5", "!TypeError: %c requires an integer in range(256) or a single byte"},
    {"b'%3c|' % 97", "b'  a|'"},
    {"b'%y' % 1", "!ValueError: unsupported format character 'y' (0x79) at index 1"},
    {"b'%\\xe9' % 1", "!OverflowError: character argument not in range(0x110000)"},
    {"b'%(a)s' % {b'a': b'x'}", "b'x'"},
    {"b'%(a)s' % {'a': b'x'}", "!KeyError: b'a'"},
    {"b'abc' % 5", "!TypeError: not all arguments converted during bytes formatting"},
    {"b'%s' % ()", "!TypeError: not enough arguments for format string"},
    {"b'%%' % ()", "b'%'"},
    {"b'\\xff%s\\xfe' % b'\\x00'", "b'\\xff\\x00\\xfe'"},
    {"bytearray(b'%s-%d') % (b'x', 5)", "bytearray(b'x-5')"},
    {"bytearray(b'%s') % bytearray(b'y')", "bytearray(b'y')"},
    // END CASES
};
// clang-format on

// Out of memory is an ordinary MemoryError, in a 16 KB heap.
// clang-format off
static const pyeval_case_t memory_cases[] = {
    {"len(format('a', '>100000'))", "!MemoryError"},
    {"len(format(5, '100000'))", "!MemoryError"},
    {"len(format(1.5, '100000'))", "!MemoryError"},
    {"len(format(1.5, '.100000f'))", "!MemoryError"},
    {"len(format(65, '>100000c'))", "!MemoryError"},
    {"len(format(5, '9223372036854775807'))", "!MemoryError"},
    {"len('{:>100000}'.format('x'))", "!MemoryError"},
    {"len(('{0}' * 3000).format('abcd'))", "!MemoryError"},
    {"len('%100000s' % 'x')", "!MemoryError"},
    {"len('%100000d' % 5)", "!MemoryError"},
    {"len('%.100000f' % 1.5)", "!MemoryError"},
    {"len('%-100000c' % 'x')", "!MemoryError"},
    {"len('%s' % ('x' * 9000) + 'y' * 9000)", "!MemoryError"},
    // Smaller ones fit.
    {"len('%1000s' % 'x')", "1000"},
    {"len(format(10**4000, ''))", "4001"},
    {"len(format(5, '1000'))", "1000"},
};
// clang-format on

// The test mapping of tests/c/pyeval.h has its keys as attributes too, so "{0.name}" finds
// something (a dict has no such attributes in CPython: these are Minnow's expectations).
// clang-format off
static const pyeval_case_t attribute_cases[] = {
    {"'{0.a}'.format({'a': 5})", "'5'"},
    {"'{0.a[1]}'.format({'a': 'xy'})", "'y'"},
    {"'{0.a.b}'.format({'a': {'b': 'z'}})", "'z'"},
    {"'{m.a!r:>4}'.format(m={'a': 'x'})", "\" 'x'\""},
    {"'{0.b}'.format({'a': 5})", "!AttributeError: 'object' object has no attribute 'b'"},
};
// clang-format on

static void test_cases(void) {
    CHECK_EQ(pyeval_run_cases(cases, sizeof cases / sizeof cases[0], 64 * 1024), 0);
}

static void test_attributes(void) {
    CHECK_EQ(pyeval_run_cases(attribute_cases, sizeof attribute_cases / sizeof attribute_cases[0],
                              64 * 1024),
             0);
}

// The entry points the VM calls, on rooted slots.
static mn_value_t slots[4];
static size_t slot_count = 4;

static void test_entry_points(void) {
    mn_runtime_t *runtime = &pyeval_runtime;
    memset(slots, 0, sizeof slots);
    CHECK(pyeval_setup(64 * 1024) && mn_root_add_region(&runtime->heap, slots, &slot_count));
    // format(42, '>5') and format(None, '') into one buffer.
    slots[0] = mn_small_int(42);
    slots[1] = mn_object_value(mn_str_new(runtime, ">5", 2));
    mn_buffer_t buffer;
    CHECK(mn_text_buffer_init(runtime, &buffer, &slots[2], 4));
    CHECK(mn_format_value(runtime, &buffer, &slots[0], &slots[1]));
    slots[0] = MN_NONE;
    slots[1] = mn_qstr_value(MN_QSTR__empty_);
    CHECK(mn_format_value(runtime, &buffer, &slots[0], &slots[1]));
    slots[3] = mn_text_finish(runtime, MN_TEXT_STR, &buffer);
    size_t length;
    const char *text = mn_text_data(slots[3], &length);
    CHECK_EQ(length, 9);
    CHECK(memcmp(text, "   42None", 9) == 0);
    // A spec on a type without format support.
    slots[1] = mn_object_value(mn_str_new(runtime, "x", 1));
    CHECK(mn_text_buffer_init(runtime, &buffer, &slots[2], 4));
    CHECK(!mn_format_value(runtime, &buffer, &slots[0], &slots[1]));
    const mn_str_t *message = mn_exception_message(mn_exception_pending(runtime));
    CHECK(message != NULL && mn_str_equal_bytes(message,
                                                "unsupported format string passed to "
                                                "NoneType.__format__",
                                                55));
    mn_exception_clear(runtime);
    // '%d-%s' % (7, 'x')
    slots[0] = mn_object_value(mn_str_new(runtime, "%d-%s", 5));
    mn_tuple_t *args = mn_tuple_new(runtime, 2);
    CHECK(args != NULL);
    args->items[0] = mn_small_int(7);
    args->items[1] = mn_qstr_value(MN_QSTR__empty_);
    slots[1] = mn_object_value(args);
    slots[3] = mn_str_percent(runtime, &slots[0], &slots[1]);
    text = mn_text_data(slots[3], &length);
    CHECK_EQ(length, 2);
    CHECK(memcmp(text, "7-", 2) == 0);
    CHECK_EQ(pyeval_open_refs(), 0);
}

static void test_out_of_memory(void) {
    CHECK_EQ(
        pyeval_run_cases(memory_cases, sizeof memory_cases / sizeof memory_cases[0], 16 * 1024), 0);
}

static const test_case_t tests[] = {
    {"cases", test_cases},
    {"attributes", test_attributes},
    {"entry_points", test_entry_points},
    {"out_of_memory", test_out_of_memory},
};

TEST_MAIN(tests)
