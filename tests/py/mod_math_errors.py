# math's errors: argument types and counts, domain and range errors, with CPython's messages.
import math

def error(function, *args):
    try:
        print(repr(function(*args)))
    except Exception as e:
        print(type(e).__name__, e)

error(math.sqrt, -1)
error(math.sqrt, 'x')
error(math.sqrt, None)
error(math.sqrt, 10 ** 400)
for args in [(), (1, 2)]:
    try:
        math.sqrt(*args)
    except TypeError:
        print('TypeError')
error(math.exp, 1000)
error(math.exp, -1000)
error(math.log, 0)
error(math.log, -1)
error(math.log, 0.0)
error(math.log, -(10 ** 400))
error(math.log, 10, 1)
error(math.log, 10, 0)
error(math.log, 'x')
error(math.log2, 0)
error(math.log10, -5)
error(math.log1p, -1)
error(math.log1p, -2)
error(math.sin, math.inf)
error(math.cos, -math.inf)
error(math.tan, math.inf)
error(math.asin, 1.5)
error(math.acos, -2)
error(math.acosh, 0.5)
error(math.atanh, 1)
error(math.atanh, -1)
error(math.atanh, 2)
error(math.sinh, 1000)
error(math.cosh, -1000)
error(math.expm1, 1000)
error(math.pow, 0, -1)
error(math.pow, 0.0, -2.5)
error(math.pow, -8, 1 / 3)
error(math.pow, 10.0, 400)
error(math.pow, -10.0, 401)
error(math.pow, 'a', 2)
error(math.fmod, 1, 0)
error(math.fmod, math.inf, 2)
error(math.fmod, 5, math.inf)
error(math.ldexp, 1.0, 1.5)
error(math.ldexp, 1.0, 1024)
error(math.ldexp, 1.0, 10 ** 30)
error(math.gamma, 0)
error(math.gamma, -0.0)
error(math.gamma, -2)
error(math.gamma, -math.inf)
error(math.gamma, 172)
print('%.12g' % math.gamma(171))
error(math.lgamma, 0)
error(math.lgamma, -3)
error(math.lgamma, 1e308)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
try:
    math.isclose(1, 2, abs_tol=-1)
except ValueError as e:
    print('ValueError', e)
error(math.isclose, 1, 'x')
error(math.copysign, 1, 'x')
error(math.atan2, 'x', 1)
error(math.hypot, 'x')
error(math.frexp, 'x')
error(math.isinf, 10 ** 400)
error(math.degrees, 1e308)
try:
    math.isclose(1, 2, tol=3)
except TypeError:
    print('TypeError')
print(issubclass(OverflowError, ArithmeticError), isinstance(ValueError('math domain error'), Exception))
