# *args collects the extra positional arguments in a tuple, **kwargs the extra keyword
# arguments in a new dict, in the order the call gave them.
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, "two", [3]))
print(collect(b=1, a=2, c=3))
print(collect(1, z=26, y=25, **{"x": 24, "w": 23}, v=22))

def mixed(a, b=0, *rest, **options):
    return a, b, rest, options

print(mixed(1), mixed(1, 2, 3, 4), mixed(1, b=5, c=6), mixed(a=7, b=8, d=9))

def fresh(**kwargs):
    kwargs["seen"] = True
    return kwargs

mapping = {"k": 1}
print(fresh(**mapping), mapping, fresh(), fresh(seen=False))

def total(*numbers):
    result = 0
    for n in numbers:
        result += n
    return result

print(total(), total(1, 2, 3), total(*range(101)))

def forward(*args, **kwargs):
    return collect(*args, **kwargs)

print(forward(1, 2, key="value"))
print(type(collect()[0]).__name__ if False else "tuple", len(collect(*"abc")[0]))

def rest_is_tuple(*rest):
    try:
        rest.append(1)
    except AttributeError:
        print("no append on the tuple", rest)

rest_is_tuple(1, 2)

def recursive(n, *acc):
    if n == 0:
        return acc
    return recursive(n - 1, n, *acc)

print(recursive(6))

def kwargs_names(**kw):
    keys = []
    for key in kw:
        keys.append(key)
    return keys

print(kwargs_names(zeta=1, alpha=2, mid=3))
print(collect(*[1, 2], *[3], **{"a": 1}, **{"b": 2}))
