# array: every typecode, indexing, slicing, concatenation, comparison and the buffer protocol.
import array
a = array.array('H', [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize)
a.append(7)
print(a, a.tolist(), a.tobytes())
for tc in 'bBhHiIlLqQfd':
    b = array.array(tc, [1, 2])
    b.extend([5, 6, 7, 8, 9, 10, 11])
    print(tc, b, b[2:5], b[::-2], sum(b), 3 in b, 4 in b, bytes(b[:1]) == b[:1].tobytes())
c = array.array('b')
print(c, repr(c), bool(c))
for i in range(100): c.append(i)
print(c[::10], len(c))
del c[::2]
print(c[:5], len(c))
c[0:2] = array.array('b', [9,9,9])
print(c[:6])
print(a + a, a * 2, 2 * a)
a += array.array('H', [4])
print(a, a == array.array('H', [1, 2, 3, 7, 4]), a != a)
print(bytearray(array.array('h', [1, -1])))
x = array.array('d', b'\x00' * 16)
print(x)
