# collections: namedtuple, OrderedDict and deque.
from collections import namedtuple, OrderedDict, deque
import collections
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), Point._fields)
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), p < Point(1, 3), 2 in p, hash(p) == hash((1, 2)))
q = Point(y=5, x=4)
print(q, q._asdict(), q._replace(y=9), q)
P3 = namedtuple('P3', ['a', 'b', 'c'])
r = P3(1, b=[2], c='s')
print(r, P3._fields, Point.__name__)
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {'x': 3}), ((1, 2), {'z': 3}), ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
for spec in ['a a', 'a _b', 'a 1b']:
    try:
        namedtuple('T', spec)
    except ValueError as e:
        print('ValueError', e)
Pc = namedtuple('Pc', 'x, y')
print(Pc(3, 4), {p: 'point'}[Point(1, 2)])

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, len(od), list(od), list(od.keys()), list(od.values()), list(od.items()), 'a' in od, od['a'], od.get('z', 0))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update({'x': 1, 'y': 2})
od.setdefault('z', 3)
print(od, od.pop('x'), od)
del od['y']
print(od, od == OrderedDict([('a', 2), ('z', 3)]), od == OrderedDict([('z', 3), ('a', 2)]), od == {'z': 3, 'a': 2})
print(OrderedDict(), OrderedDict([(1, 2)]), OrderedDict(a=1), od.copy(), bool(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
od.clear()
print(od)

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.extend([3, 4])
d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], list(d), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d[0] = 'first'
print(d, d.maxlen)
m = deque([1, 2, 3], 3)
m.append(4)
print(m, m.maxlen)
m.appendleft(0)
print(m)
m.extend(range(10))
print(m, deque(maxlen=2), deque(range(3)) == deque([0, 1, 2]))
z = deque((), 0)
z.append(1)
print(z, bool(z), bool(m))
for f in (deque().pop, deque().popleft):
    try:
        f()
    except IndexError as e:
        print('IndexError', e)
try:
    d[10]
except IndexError as e:
    print('IndexError', e)
try:
    deque([], -1)
except ValueError as e:
    print('ValueError', e)
d.clear()
print(d, collections.deque is deque)
