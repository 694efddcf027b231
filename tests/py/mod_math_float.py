# math's functions of floats: results as CPython gives them, special values, ints as
# arguments. Results are printed to 14 digits: C libraries differ in the last bit (32-bit
# x86's does from 64-bit's).
import math

def text(value):
    if type(value).__name__ == 'float':
        return '%.14g' % value
    if type(value).__name__ == 'tuple':
        return '(' + text(value[0]) + ', ' + text(value[1]) + ')'
    return repr(value)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.pi == 3.141592653589793, math.isnan(math.nan))

def show(name, function, values):
    out = []
    for x in values:
        try:
            out.append(text(function(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

values = [0.0, -0.0, 0.5, 1, 2, -1.5, 10, 1e-300, 1e300, math.inf, -math.inf, math.nan]
show('sqrt', math.sqrt, values)
show('exp', math.exp, values)
show('expm1', math.expm1, values)
show('log1p', math.log1p, values)
show('sin', math.sin, values)
show('cos', math.cos, values)
show('tan', math.tan, values)
show('asin', math.asin, values)
show('acos', math.acos, values)
show('atan', math.atan, values)
show('sinh', math.sinh, values)
show('cosh', math.cosh, values)
show('tanh', math.tanh, values)
show('asinh', math.asinh, values)
show('acosh', math.acosh, values)
show('atanh', math.atanh, values)
show('erf', math.erf, values)
show('erfc', math.erfc, values)
show('fabs', math.fabs, values)
show('degrees', math.degrees, values)
show('radians', math.radians, values)
show('log', math.log, values)
show('log2', math.log2, values)
show('log10', math.log10, values)
show('isfinite', math.isfinite, values)
show('isinf', math.isinf, values)
show('isnan', math.isnan, values)
show('frexp', math.frexp, values)
show('modf', math.modf, values)

pairs = [(2, 3), (2.0, 0.5), (-8, 1 / 3), (0, -1), (0.0, 0.0), (-2, 3), (10, 400), (math.inf, -1),
         (math.nan, 0), (1, math.nan), (-1, math.inf), (0.5, -math.inf), (-math.inf, 3),
         (-math.inf, 2), (5.5, 2), (-5.5, 2), (5, math.inf), (math.inf, 2), (3, 0)]

def show2(name, function):
    out = []
    for pair in pairs:
        try:
            out.append(text(function(pair[0], pair[1])))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

show2('pow', math.pow)
show2('atan2', math.atan2)
show2('copysign', math.copysign)
show2('fmod', math.fmod)
show2('hypot', math.hypot)
show2('log', math.log)

print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -2000), math.ldexp(-0.0, 5))
print(math.ldexp(1.0, 10 ** 30 * -1), math.ldexp(math.inf, -5))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(3, math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(5, 5))
print(math.sqrt(16), math.exp(0), math.log(1), math.sqrt(True), math.fabs(-7))
print(math.log(2 ** 1000) == 1000 * math.log(2), round(math.log(10 ** 400), 9))
print(round(math.log2(2 ** 2000)), round(math.log10(10 ** 500)), math.log2(2 ** 60), math.log10(10 ** 20))
print(math.log(100, 10), math.log(8, 2), math.log(2, 0.5))
print('%.12g %.12g %.12g' % (math.gamma(0.5), math.gamma(-0.5), math.gamma(4.5)))
print(text(math.gamma(1)), text(math.gamma(5)), text(math.gamma(10)), math.gamma(math.inf), math.gamma(math.nan))
print('%.12g %.12g %.12g' % (math.lgamma(0.5), math.lgamma(100), math.lgamma(-0.5)))
print(text(math.lgamma(1)), text(math.lgamma(2)), math.lgamma(math.inf), math.lgamma(-math.inf))
print(math.log(2 ** 1023 * 3 // 2), math.log(2 ** 1024 - 1), math.log(2 ** 1024 + 12345), math.log10(7 ** 500))
print(math.log2(3 ** 1000 + 1), math.log(2 ** 3000 - 1, 2), math.log(10 ** 300, 10 ** 400))
