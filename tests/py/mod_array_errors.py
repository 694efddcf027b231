# array: conversions, range errors with CPython's messages, typecodes, and methods.
import array

for tc, values in [('b', (-129, 128, -40000, 40000)), ('B', (-1, 256)), ('h', (-32769, 32768)),
                   ('H', (-1, 65536, -2**31 - 1, 2**31)), ('i', (-2**31 - 1, 2**31)),
                   ('I', (-1, 2**32, 2**64)), ('L', (-1, 2**64)), ('q', (2**63, -2**63 - 1)),
                   ('Q', (-1, 2**64))]:
    for v in values:
        try:
            array.array(tc, [v])
            print(tc, v, 'ok')
        except OverflowError as e:
            print(tc, v, 'OverflowError', e)
for tc, v in [('B', 1.5), ('H', 'a'), ('i', None), ('f', 'x'), ('d', None)]:
    try:
        array.array(tc, [v])
    except TypeError as e:
        print(tc, repr(v), 'TypeError', e)
for args in [('z',), ('HH',), (1,), ('H', 'abc')]:
    try:
        array.array(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)

for tc in 'bBhHiIqQ':
    a = array.array(tc, [0, 1, 100])
    print(tc, a, a.tolist(), a[1], a[-1], list(a))
print(array.array('q', [-2**63, 2**63 - 1]), array.array('Q', [2**64 - 1]))
print(array.array('I', [2**32 - 1]), array.array('i', [-2**31]))
print(array.array('f', [1.5, -0.25]), array.array('d', [1e300, -0.0]))
print(array.array('f', [0.1])[0] == 0.1, array.array('d', [0.1])[0] == 0.1)

a = array.array('i', range(10))
print(a.pop(), a.pop(0), a, a.index(5), a.count(3))
a.insert(0, 42)
a.insert(-1, 43)
a.insert(100, 44)
a.remove(5)
print(a)
a.reverse()
print(a)


def attempt(function, *args):
    try:
        function(*args)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)


attempt(a.index, 99)
attempt(a.remove, 99)
attempt(array.array('b').pop)
attempt(a.pop, 100)
try:
    a[100]
except IndexError as e:
    print(e)
try:
    a[100] = 1
except IndexError as e:
    print(e)
try:
    a['x']
except TypeError as e:
    print(e)

b = array.array('h', [1, 2, 3, 4, 5, 6])
b[1] = -7
b[-1] = 9
del b[0]
print(b)
b[::2] = array.array('h', [0, 0, 0])
print(b)
del b[1:3]
print(b, len(b))
b[1:1] = array.array('h', [8, 8])
print(b)
try:
    b[0:2] = [1, 2]
except TypeError as e:
    print(e)
try:
    b[::2] = array.array('h', [1])
except ValueError as e:
    print(e)
try:
    b + array.array('i', [1])
except TypeError as e:
    print(e)
try:
    b + [1]
except TypeError as e:
    print(e)
attempt(b.extend, array.array('b'))
b.extend(array.array('h', [7]))
b.extend((6, 5))
b.fromlist([1, 2])
b.frombytes(b'\x01\x00')
print(b, b.tobytes())
try:
    b.frombytes(b'\x01')
except ValueError as e:
    print(e)
c = b * 0
print(c, len(c), b * 1 == b, b < b + array.array('h', [0]), array.array('b', [1]) == array.array('h', [1]))
c *= 3
c += array.array('h', [1])
c *= 3
print(c)
print(array.array('B', b'abc'), array.array('H', array.array('b', [1, -1][:1])), 'H' in array.typecodes)
# growth past the first block, with other objects allocated in between
d = array.array('I')
keep = []
for i in range(300):
    d.append(i * 7)
    keep.append([i])
print(len(d), d[299], sum(d), d[::50])
print(bytes(array.array('H', [0x4142])), bytearray(array.array('b', [65, 66])))
