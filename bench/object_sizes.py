# Heap bytes per object, run by Minnow (or MicroPython): for each kind, 100 objects are kept
# in a preallocated list and the growth of gc.mem_alloc() after gc.collect() is divided by
# 100. Kinds whose type (or syntax) this build does not have print "n/a".
#
#     build32/minnow bench/object_sizes.py        (the 32-bit figures, docs/memory.md)
import gc

COUNT = 100
keep = [None] * COUNT
before = after = i = maker = name = target = micropython_figure = result = None
makers = []


class Empty:
    pass


class Three:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

    def method(self):
        return self.a


three = Three()


def make_float(i):
    return i + 0.5


def make_str(i):
    return 'abcdefghi' + str(i % 10)


def make_bytes(i):
    return bytes(10)


def make_list(i):
    return [i, i, i]


def make_tuple(i):
    return (i, i, i)


def make_dict(i):
    return {'a': i, 'b': i, 'c': i}


def make_empty(i):
    return Empty()


def make_three(i):
    return Three()


def make_bound(i):
    return three.method


def make_function(i):
    def function():
        return 1
    return function


def optional(source, name):
    # A maker that needs a type or syntax the build may lack: None when it is missing.
    scope = {}
    try:
        exec(source, scope)
        scope[name](0)
        return scope[name]
    except Exception:
        return None


make_set = optional("def make_set(i):\n    return set((i, i + 1, i + 2))\n", 'make_set')
make_closure = optional("def make_closure(i):\n    def inner():\n        return i\n"
                        "    return inner\n"
                        "if make_closure(7)() != 7:\n    raise ValueError\n", 'make_closure')
make_array = optional("import array\ndef make_array(i):\n    return array.array('H', [0, 0, 0])\n",
                      'make_array')

# (kind, maker, MicroPython v1.29 32-bit, the target for Minnow)
kinds = [
    ('float', make_float, 16, 12),
    ('10-character str', make_str, 32, 20),
    ('bytes(10)', make_bytes, 32, 20),
    ('list of 3', make_list, 32, 28),
    ('tuple of 3', make_tuple, 32, 16),
    ('dict of 3 str keys', make_dict, 48, 40),
    ('set of 3 ints', make_set, 32, 32),
    ('empty instance', make_empty, 16, 12),
    ('instance with 3 attributes', make_three, 48, 24),
    ('bound method', make_bound, 16, 12),
    ('closure over one variable', make_closure, 48, 24),
    ("array.array('H', [0, 0, 0])", make_array, 32, 24),
    ('def function object', make_function, 16, 16),
]


def measure(maker):
    for i in range(COUNT):
        keep[i] = None
    gc.collect()
    start = gc.mem_alloc()
    for i in range(COUNT):
        keep[i] = maker(i)
    gc.collect()
    grown = gc.mem_alloc() - start
    for i in range(COUNT):
        keep[i] = None
    return grown / COUNT


import sys
print('heap bytes per object, %d-bit build; MicroPython v1.29 and the target: 32-bit' %
      (64 if sys.maxsize > 2 ** 32 else 32))
print('%-30s %8s %12s %8s' % ('object', 'bytes', 'MicroPython', 'target'))
for name, maker, micropython_figure, target in kinds:
    if maker is None:
        result = 'n/a'
    else:
        result = '%.1f' % measure(maker)
    print('%-30s %8s %12d %8d' % (name, result, micropython_figure, target))
