# Big ints, floats, formatting and compiling source at run time while allocations fail:
# each step is retried after a MemoryError, so the output is the normal run's.


def attempt(step, argument):
    for tries in range(3):
        try:
            return step(argument)
        except MemoryError:
            pass
    return "gave up"


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def digits(n):
    return str(factorial(n))[-12:] + " " + hex(factorial(n))[:12]


def floats(n):
    out = []
    for i in range(n):
        out.append("%.3e" % (i / 3.0))
    for i in range(3):
        out.append(repr(1 / (i + 1)))
    return out


namespace = {}


def run_source(n):
    source = "def f(x):\n    out = []\n    for i in range(%d):\n        out.append(x * i)\n" \
             "    return out\nresult = f(3)\n" % n
    exec(source, namespace)
    return namespace["result"]


print(attempt(digits, 60))
print(attempt(floats, 5))
print(attempt(run_source, 8))
print(attempt(eval, "2 ** 100 // 3 + int('123456789' * 3)"))
print(divmod(attempt(factorial, 30), 10 ** 20))
