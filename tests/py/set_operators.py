# | & - ^ and their in-place forms, comparisons, and mixes of set and frozenset.
a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
f = frozenset([2, 3])
print(type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(f - a).__name__)
print(sorted(f ^ a), f & a == {2, 3})
c = a
c |= {9}
print(c is a, sorted(a))
c &= {1, 2, 9, 10}
print(c is a, sorted(a))
c -= {9}
print(c is a, sorted(a))
c ^= {2, 5}
print(c is a, sorted(a))
g = frozenset([1])
h = g
g |= {2}
print(g is h, sorted(g), sorted(h), type(g).__name__)
g &= {2}
g -= {5}
g ^= {7}
print(sorted(g), type(g).__name__)
print({1, 2} == {2, 1}, {1} != {1}, {1} == {2}, {1, 2} == frozenset([1, 2]))
print({1} <= {1, 2}, {1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2})
print({1, 2} >= {1}, {1, 2} > {1}, {1} > {1}, {3} >= {1})
print({1} < {2}, {2} > {1}, set() < {1}, set() <= set())
print({1} == [1], {1} != [1], frozenset() == set(), set() == frozenset())
print(frozenset([1, 2]) < {1, 2, 3}, {1} < frozenset([1, 2]))
x = {1, 2}
x -= x
print(x)
y = {1, 2}
y ^= y
print(y)
z = {1, 2}
z |= z
z &= z
print(sorted(z))
print(sorted({1, 2, 3} - {2} | {7} & {7, 8} ^ {8}))
