# micropython.const(): folded at compile time; `_` names are not kept in globals.
from micropython import const
import micropython

ROWS = const(33)
_COLS = const(0x10)
_BIT = const(3)
_MASK = const(1 << _BIT)
_MIXED = const((_COLS * 2 + 1) // 3 - ~_BIT)
_BIG = const(1 << 70)
_NEG = const(-_COLS)
_FLOAT = const(2.5 * _BIT)
_TEXT = const("text")
_DATA = const(b"\x01\x02")
_TUPLE = const((1, "two", (_BIT, None), b"4", True))
VIA_MODULE = micropython.const(_BIT + 1)
print(ROWS, _COLS, _BIT, _MASK, _MIXED, _BIG, _NEG, _FLOAT)
print(_TEXT, _DATA, _TUPLE, VIA_MODULE)
names = globals()
print('ROWS' in names, 'VIA_MODULE' in names)
print('_COLS' in names, '_MASK' in names, '_TUPLE' in names)


def use(x):
    return x & _MASK, x + ROWS


def shadow(_BIT):
    return _BIT


def assigned():
    _COLS = 5
    return _COLS


print(use(12), shadow('param'), assigned(), _COLS)

# A call that is not `NAME = const(...)` is an ordinary call returning its argument.
print(const(5), micropython.const('x'), [const(1)])

# Folding elsewhere: operators on small ints, and errors left for run time.
print(1 << 4, -(2 ** 5), ~7, 7 // 2, -7 % 3, 2 ** 10, (3 - 5) * 4, 1 << 100)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError:', e)

# The argument must be a constant expression.
x = 3
for source in ("_Y = const(x)", "_Y = const([1])", "_Y = const(len('a'))", "_Y = const(1 / 0)"):
    try:
        exec(source)
        print('no error for', source)
    except SyntaxError as e:
        print('SyntaxError:', e)
exec("_Z = const(7)\nprint(_Z * 2, '_Z' in globals())")
