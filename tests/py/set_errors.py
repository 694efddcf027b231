# Errors of sets: unhashable items, KeyError, type errors, changes during iteration.
try:
    print({[1], 2})
except TypeError as e:
    print("TypeError", e)
try:
    {1}.add({2})
except TypeError as e:
    print("TypeError", e)
try:
    set([1, [2]])
except TypeError as e:
    print("TypeError", e)
try:
    print([1] in {1})
except TypeError as e:
    print("TypeError", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e, e.args)
try:
    {1}.remove("k")
except KeyError as e:
    print("KeyError", repr(e))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
s = {1}
s.pop()
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
try:
    set(5)
except TypeError as e:
    print("TypeError", e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError", e)
try:
    set(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    frozenset(3)
except TypeError as e:
    print("TypeError", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
try:
    s = {1}
    s -= [1]
except TypeError as e:
    print("TypeError", e)
try:
    {1}.union(5)
except TypeError as e:
    print("TypeError", e)
try:
    {1}.issubset(5)
except TypeError as e:
    print("TypeError", e)
try:
    s = {1}
    s[0]
except TypeError as e:
    print("TypeError", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError", e)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print("TypeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
print({frozenset([1])} == {frozenset([1])}, {1} in {frozenset([1])}, frozenset([1]) in [{1}])
s = {frozenset([1, 2]), frozenset()}
s.remove({2, 1})
s.discard(set())
print(s)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
d = {frozenset("ab"): 1}
print(d[frozenset("ba")])
