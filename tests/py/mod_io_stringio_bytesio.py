# io: StringIO and BytesIO reading, writing, seeking, iteration, closing and errors.
import io
s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\nlast'), s.tell() > 0)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print(repr(line))
s.seek(0)
print(repr(s.read()), repr(s.read()))
t = io.StringIO('abc\ndef')
print(t.read(2), t.tell(), t.readline(1), t.readline(), t.readable(), t.writable(), t.seekable())
t.seek(1)
t.write('XY')
print(repr(t.getvalue()), t.tell(), t.closed)
print(t.__enter__() is t)
t.__exit__(None, None, None)
print(t.closed)
for f in (t.read, t.getvalue, t.tell):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
b = io.BytesIO(b'\x00\x01line\nnext')
print(b.read(2), b.readline(), b.read(), b.read(), b.tell())
b.seek(2)
print(b.write(b'LI'), b.getvalue())
b.seek(20)
b.write(bytearray(b'!'))
print(b.getvalue(), b.seek(-1, 2), b.read(), b.seek(0, 1))
try:
    b.write('s')
except TypeError as e:
    print(e)
try:
    b.seek(-1)
except ValueError as e:
    print(e)
print(io.BytesIO().getvalue(), io.StringIO(initial_value='kw').getvalue(), list(io.BytesIO(b'a\nb\n')))
print(io.open is open)
