# Keyword-only parameters (after * or *args), positional-only ones (before /), their
# defaults, and CPython's errors when a call does not fit them.
def connect(host, port=80, *, timeout, retries=3):
    return (host, port, timeout, retries)

print(connect("a", timeout=5))
print(connect("b", 8080, timeout=1, retries=0))
print(connect(timeout=2, host="c"))

def only(*, a, b=2, c):
    return a, b, c

print(only(a=1, c=3), only(c=1, b=0, a=9))

def after_args(first, *rest, flag=False, **extra):
    return first, rest, flag, extra

print(after_args(1), after_args(1, 2, 3, flag=True), after_args(1, x=1, flag=None, y=2))

def positional_only(a, b=2, /, c=3, *, d=4):
    return a, b, c, d

print(positional_only(1), positional_only(1, 5, 6, d=7), positional_only(1, c=0))

def names_in_kwargs(a, /, **kw):
    return a, kw

print(names_in_kwargs(1, a=2))

def defaults_evaluated_once(*, bucket=[]):
    bucket.append(len(bucket))
    return bucket

defaults_evaluated_once()
print(defaults_evaluated_once())

def failing(call):
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError", e)

def missing_keyword_only():
    connect("a")
def missing_two_keyword_only():
    only()
def missing_one_keyword_only():
    only(a=1)
def keyword_only_positionally():
    only(1, 2)
def too_many_with_keyword_only():
    connect("a", 1, 2, timeout=3)
def too_many_keyword_only_given():
    only(1, a=1, c=3)
def positional_only_as_keyword():
    positional_only(a=1)
def missing_positional():
    positional_only()
def three(x, y, z, *, w):
    pass
def missing_three():
    three()
def unexpected():
    only(a=1, c=2, e=3)
def twice():
    connect("h", host="h", timeout=1)

for call in [missing_keyword_only, missing_two_keyword_only, missing_one_keyword_only,
             keyword_only_positionally, too_many_with_keyword_only, too_many_keyword_only_given,
             positional_only_as_keyword, missing_positional, missing_three, unexpected, twice]:
    failing(call)
