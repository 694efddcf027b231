import struct
print(struct.calcsize('@bi'), struct.calcsize('@ib'), struct.calcsize('@bq0i'), struct.calcsize('=bq'), struct.calcsize('<3s2xH'))
for fmt, vals in [('<bBhHiIlLqQ', (-1, 2, -3, 4, -5, 6, -7, 8, -9, 10)), ('>hHiI', (-300, 65535, -2**31, 2**32-1)),
                  ('<qQ', (-2**63, 2**64-1)), ('<?c', (True, b'x')), ('<efd', (1.5, 0.1, 0.1)), ('>e', (65504.0,)),
                  ('<3s', (b'abcdef',)), ('<5p', (b'ab',)), ('<3x2h', (1, 2)), ('@bhiq', (1, 2, 3, 4)), ('!I', (0xdeadbeef,))]:
    b = struct.pack(fmt, *vals)
    print(fmt, b, struct.unpack(fmt, b))
for fmt, vals in [('<b', (128,)), ('<B', (-1,)), ('<h', (40000,)), ('<H', (-1,)), ('<i', (2**31,)), ('<I', (2**32,)), ('<I', (-1,)),
                  ('<q', (2**63,)), ('<Q', (-1,)), ('<b', (1.5,)), ('<f', ('x',)), ('<i', ()), ('<i', (1, 2)), ('z', ()), ('3', ()),
                  ('<n', (1,)), ('s', (1,)), ('c', (b'ab',)), ('<e', (1e10,)), ('<f', (1e300,)), ('<l', (2**31,))]:
    try:
        print(struct.pack(fmt, *vals))
    except Exception as e:
        print(fmt, type(e).__name__, e, isinstance(e, struct.error))
for fmt, buf in [('<i', b'abc'), ('<i', b'abcdefgh'), ('2s', b'a')]:
    try: print(struct.unpack(fmt, buf))
    except struct.error as e: print('error', e)
try: struct.unpack('i', 'abcd')
except TypeError as e: print(e)
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', 2), struct.unpack_from('<h', b'\x01\x02\x03\x04', offset=1), struct.unpack_from('<h', b'\x01\x02\x03\x04', -2))
for off in (4, -10):
    try: struct.unpack_from('<i', b'abcdef', off)
    except struct.error as e: print(e)
ba = bytearray(8)
struct.pack_into('<hi', ba, 1, -2, 3)
print(ba)
for args in [(bytearray(3), 0), (bytearray(6), 4), (bytearray(6), -10)]:
    try: struct.pack_into('<i', args[0], args[1], 1)
    except struct.error as e: print(e)
try: struct.pack_into('<i', b'123456', 0, 1)
except TypeError as e: print(e)
import array
a = array.array('h', [0, 0, 0])
struct.pack_into('<h', a, 2, 513)
print(a, struct.unpack_from('<hh', a, 0), struct.unpack('<3h', a))
print(struct.pack('<e', float('inf')), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'))
print(struct.pack(b'<H', 5), struct.pack('< h h', 1, 2), struct.unpack('<0s', b''))
print(struct.pack('<?', []), struct.pack('<?', [0]), struct.error.__name__, issubclass(struct.error, Exception))
