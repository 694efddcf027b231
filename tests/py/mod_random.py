# random: the generator is not CPython's, so only properties are printed: ranges, types,
# determinism after seed(), and CPython's errors.
import random

def stream(seed):
    random.seed(seed)
    out = []
    i = 0
    while i < 20:
        out.append(random.randrange(1000))
        out.append(random.getrandbits(70))
        out.append(random.random())
        i += 1
    return out

print(stream(42) == stream(42), stream(42) == stream(43), stream('text') == stream('text'))
print(stream(2 ** 100) == stream(2 ** 100), stream(2 ** 100) == stream(2 ** 100 + 1), stream(-7) == stream(-7))
print(stream(1.5) == stream(1.5), stream(b'abc') == stream(b'abc'))
random.seed()
random.seed(None)

def check(name, function, low, high, kind, times=300):
    ok = True
    seen = []
    i = 0
    while i < times:
        value = function()
        if type(value).__name__ != kind or not (low <= value <= high):
            ok = False
            print('bad', name, value)
        if value not in seen:
            seen.append(value)
        i += 1
    print(name, ok, len(seen) > 1)
    return seen

def f1():
    return random.randrange(10)
def f2():
    return random.randrange(5, 10)
def f3():
    return random.randrange(0, 100, 7)
def f4():
    return random.randrange(100, 0, -7)
def f5():
    return random.randint(-3, 3)
def f6():
    return random.random()
def f7():
    return random.uniform(2, 5)
def f8():
    return random.getrandbits(8)
def f9():
    return random.choice('abc')
def f10():
    return random.randrange(10 ** 30, 10 ** 30 + 5)
def f11():
    return random.getrandbits(200)
def f12():
    return random.randrange(-(2 ** 80), 2 ** 80, 2 ** 40)

print(sorted(check('randrange(10)', f1, 0, 9, 'int')))
print(sorted(check('randrange(5, 10)', f2, 5, 9, 'int')))
seen = check('randrange(0, 100, 7)', f3, 0, 99, 'int', 600)
bad = 0
for x in seen:
    if x % 7:
        bad += 1
print(bad, len(seen))
seen = check('randrange(100, 0, -7)', f4, 1, 100, 'int', 600)
bad = 0
for x in seen:
    if (100 - x) % 7:
        bad += 1
print(bad, len(seen))
print(sorted(check('randint(-3, 3)', f5, -3, 3, 'int')))
check('random()', f6, 0.0, 0.9999999999999999, 'float')
check('uniform(2, 5)', f7, 2.0, 5.0, 'float')
check('getrandbits(8)', f8, 0, 255, 'int')
print(sorted(check('choice', f9, 'a', 'c', 'str')))
check('randrange(10**30, 10**30 + 5)', f10, 10 ** 30, 10 ** 30 + 4, 'int')
check('getrandbits(200)', f11, 0, 2 ** 200 - 1, 'int')
seen = check('randrange(-2**80, 2**80, 2**40)', f12, -(2 ** 80), 2 ** 80 - 1, 'int')
bad = 0
for x in seen:
    if x % (2 ** 40):
        bad += 1
print(bad)
print(random.getrandbits(0), random.randrange(1), random.randint(7, 7), random.choice([9]), random.uniform(3, 3))
big = 0
i = 0
while i < 50:
    if random.getrandbits(64) >= 2 ** 63:
        big += 1
    i += 1
print(0 < big < 50)
print(random.choice((1, 2, 3)) in (1, 2, 3), random.choice(range(5, 8)) in (5, 6, 7))

items = list(range(30))
random.shuffle(items)
print(sorted(items) == list(range(30)), items != list(range(30)))
empty = []
random.shuffle(empty)
one = [1]
random.shuffle(one)
print(empty, one)

def error(function, *args):
    try:
        function(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

error(random.randrange, 0)
error(random.randrange, -5)
error(random.randrange, 5, 2)
error(random.randrange, 0, 0)
error(random.randrange, 1, 10, 0)
error(random.randrange, 10, 1, 1)
error(random.randrange, 1, 10, -1)
error(random.randint, 5, 2)
error(random.choice, [])
error(random.choice, '')
error(random.choice, 5)
error(random.getrandbits, -1)
error(random.getrandbits, 'x')
error(random.uniform, 'a', 1)
error(random.seed, [1])
error(random.shuffle, 5)
error(random.shuffle, (1, 2, 3))
