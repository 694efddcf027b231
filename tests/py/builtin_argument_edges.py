# Builtins: argument checks and edge cases with CPython's messages (constructors, min/max,
# sum, sorted, iter/next, ord/chr, hex/oct/bin, round of halves, divmod, pow with a modulus,
# attributes, format, all/any, callable).
def lambda_neg(x):
    return -x


try:
    print('int(1,2,3)', "->", repr(int(1,2,3)))
except Exception as e:
    print('int(1,2,3)', "->", type(e).__name__, e)
try:
    print('int(x=5)', "->", repr(int(x=5)))
except Exception as e:
    print('int(x=5)', "->", type(e).__name__, e)
try:
    print('int(1.5,10)', "->", repr(int(1.5,10)))
except Exception as e:
    print('int(1.5,10)', "->", type(e).__name__, e)
try:
    print('int(None)', "->", repr(int(None)))
except Exception as e:
    print('int(None)', "->", type(e).__name__, e)
try:
    print("int('1',base='a')", "->", repr(int('1',base='a')))
except Exception as e:
    print("int('1',base='a')", "->", type(e).__name__, e)
try:
    print('float(1,2)', "->", repr(float(1,2)))
except Exception as e:
    print('float(1,2)', "->", type(e).__name__, e)
try:
    print('float(x=1)', "->", repr(float(x=1)))
except Exception as e:
    print('float(x=1)', "->", type(e).__name__, e)
try:
    print('float([1])', "->", repr(float([1])))
except Exception as e:
    print('float([1])', "->", type(e).__name__, e)
try:
    print("float(b'ab')", "->", repr(float(b'ab')))
except Exception as e:
    print("float(b'ab')", "->", type(e).__name__, e)
try:
    print('bool(1,2)', "->", repr(bool(1,2)))
except Exception as e:
    print('bool(1,2)', "->", type(e).__name__, e)
try:
    print('bool(x=1)', "->", repr(bool(x=1)))
except Exception as e:
    print('bool(x=1)', "->", type(e).__name__, e)
try:
    print("int(b'x')", "->", repr(int(b'x')))
except Exception as e:
    print("int(b'x')", "->", type(e).__name__, e)
try:
    print("int('5', 2, base=3)", "->", repr(int('5', 2, base=3)))
except Exception as e:
    print("int('5', 2, base=3)", "->", type(e).__name__, e)
try:
    print('int(base=3)', "->", repr(int(base=3)))
except Exception as e:
    print('int(base=3)', "->", type(e).__name__, e)
try:
    print("float(bytearray(b'1.5'))", "->", repr(float(bytearray(b'1.5'))))
except Exception as e:
    print("float(bytearray(b'1.5'))", "->", type(e).__name__, e)
try:
    print("int(bytearray(b'15'))", "->", repr(int(bytearray(b'15'))))
except Exception as e:
    print("int(bytearray(b'15'))", "->", type(e).__name__, e)
try:
    print("int('1', 99)", "->", repr(int('1', 99)))
except Exception as e:
    print("int('1', 99)", "->", type(e).__name__, e)
try:
    print("int('ff', 16)", "->", repr(int('ff', 16)))
except Exception as e:
    print("int('ff', 16)", "->", type(e).__name__, e)
try:
    print("int(b' 12 ')", "->", repr(int(b' 12 ')))
except Exception as e:
    print("int(b' 12 ')", "->", type(e).__name__, e)
try:
    print("float(' 1_0.5 ')", "->", repr(float(' 1_0.5 ')))
except Exception as e:
    print("float(' 1_0.5 ')", "->", type(e).__name__, e)
try:
    print("float('-inf')", "->", repr(float('-inf')))
except Exception as e:
    print("float('-inf')", "->", type(e).__name__, e)
try:
    print('int(-3.9)', "->", repr(int(-3.9)))
except Exception as e:
    print('int(-3.9)', "->", type(e).__name__, e)
try:
    print('bool([])', "->", repr(bool([])))
except Exception as e:
    print('bool([])', "->", type(e).__name__, e)
try:
    print("int('12', base=0)", "->", repr(int('12', base=0)))
except Exception as e:
    print("int('12', base=0)", "->", type(e).__name__, e)
try:
    print('min()', "->", repr(min()))
except Exception as e:
    print('min()', "->", type(e).__name__, e)
try:
    print('min(1)', "->", repr(min(1)))
except Exception as e:
    print('min(1)', "->", type(e).__name__, e)
try:
    print('min([])', "->", repr(min([])))
except Exception as e:
    print('min([])', "->", type(e).__name__, e)
try:
    print('max([],default=5)', "->", repr(max([],default=5)))
except Exception as e:
    print('max([],default=5)', "->", type(e).__name__, e)
try:
    print('min(1,2,default=3)', "->", repr(min(1,2,default=3)))
except Exception as e:
    print('min(1,2,default=3)', "->", type(e).__name__, e)
try:
    print('min(1,2,foo=3)', "->", repr(min(1,2,foo=3)))
except Exception as e:
    print('min(1,2,foo=3)', "->", type(e).__name__, e)
try:
    print('max(1,2,key=None)', "->", repr(max(1,2,key=None)))
except Exception as e:
    print('max(1,2,key=None)', "->", type(e).__name__, e)
try:
    print('min([3,1,2],key=lambda_neg)', "->", repr(min([3,1,2],key=lambda_neg)))
except Exception as e:
    print('min([3,1,2],key=lambda_neg)', "->", type(e).__name__, e)
try:
    print("max('apple','fig','kiwi',key=len)", "->", repr(max('apple','fig','kiwi',key=len)))
except Exception as e:
    print("max('apple','fig','kiwi',key=len)", "->", type(e).__name__, e)
try:
    print("min([1,'a'])", "->", repr(min([1,'a'])))
except Exception as e:
    print("min([1,'a'])", "->", type(e).__name__, e)
try:
    print('max(1,None)', "->", repr(max(1,None)))
except Exception as e:
    print('max(1,None)', "->", type(e).__name__, e)
try:
    print('sum()', "->", repr(sum()))
except Exception as e:
    print('sum()', "->", type(e).__name__, e)
try:
    print('sum(1,2,3)', "->", repr(sum(1,2,3)))
except Exception as e:
    print('sum(1,2,3)', "->", type(e).__name__, e)
try:
    print("sum('abc')", "->", repr(sum('abc')))
except Exception as e:
    print("sum('abc')", "->", type(e).__name__, e)
try:
    print("sum([],'a')", "->", repr(sum([],'a')))
except Exception as e:
    print("sum([],'a')", "->", type(e).__name__, e)
try:
    print("sum([b'a'],b'')", "->", repr(sum([b'a'],b'')))
except Exception as e:
    print("sum([b'a'],b'')", "->", type(e).__name__, e)
try:
    print('sum([],bytearray())', "->", repr(sum([],bytearray())))
except Exception as e:
    print('sum([],bytearray())', "->", type(e).__name__, e)
try:
    print('sum([1],start=2)', "->", repr(sum([1],start=2)))
except Exception as e:
    print('sum([1],start=2)', "->", type(e).__name__, e)
try:
    print('sum(iterable=[1])', "->", repr(sum(iterable=[1])))
except Exception as e:
    print('sum(iterable=[1])', "->", type(e).__name__, e)
try:
    print('sum([0.1]*10)', "->", repr(sum([0.1]*10)))
except Exception as e:
    print('sum([0.1]*10)', "->", type(e).__name__, e)
try:
    print('sum([2**62,2**62,-2**63])', "->", repr(sum([2**62,2**62,-2**63])))
except Exception as e:
    print('sum([2**62,2**62,-2**63])', "->", type(e).__name__, e)
try:
    print('sorted()', "->", repr(sorted()))
except Exception as e:
    print('sorted()', "->", type(e).__name__, e)
try:
    print("sorted([3,1],reverse='x')", "->", repr(sorted([3,1],reverse='x')))
except Exception as e:
    print("sorted([3,1],reverse='x')", "->", type(e).__name__, e)
try:
    print('sorted([1],[2])', "->", repr(sorted([1],[2])))
except Exception as e:
    print('sorted([1],[2])', "->", type(e).__name__, e)
try:
    print('sorted([1],foo=1)', "->", repr(sorted([1],foo=1)))
except Exception as e:
    print('sorted([1],foo=1)', "->", type(e).__name__, e)
try:
    print("sorted('bca',reverse=True)", "->", repr(sorted('bca',reverse=True)))
except Exception as e:
    print("sorted('bca',reverse=True)", "->", type(e).__name__, e)
try:
    print('iter()', "->", repr(iter()))
except Exception as e:
    print('iter()', "->", type(e).__name__, e)
try:
    print('iter(1)', "->", repr(iter(1)))
except Exception as e:
    print('iter(1)', "->", type(e).__name__, e)
try:
    print('iter(1,2)', "->", repr(iter(1,2)))
except Exception as e:
    print('iter(1,2)', "->", type(e).__name__, e)
try:
    print('next(1)', "->", repr(next(1)))
except Exception as e:
    print('next(1)', "->", type(e).__name__, e)
try:
    print('next(iter([]),5)', "->", repr(next(iter([]),5)))
except Exception as e:
    print('next(iter([]),5)', "->", type(e).__name__, e)
try:
    print('next(1,2,3)', "->", repr(next(1,2,3)))
except Exception as e:
    print('next(1,2,3)', "->", type(e).__name__, e)
try:
    print("ord('ab')", "->", repr(ord('ab')))
except Exception as e:
    print("ord('ab')", "->", type(e).__name__, e)
try:
    print('ord(1)', "->", repr(ord(1)))
except Exception as e:
    print('ord(1)', "->", type(e).__name__, e)
try:
    print("ord('')", "->", repr(ord('')))
except Exception as e:
    print("ord('')", "->", type(e).__name__, e)
try:
    print("ord(b'a')", "->", repr(ord(b'a')))
except Exception as e:
    print("ord(b'a')", "->", type(e).__name__, e)
try:
    print("ord('€')", "->", repr(ord('€')))
except Exception as e:
    print("ord('€')", "->", type(e).__name__, e)
try:
    print('chr(-1)', "->", repr(chr(-1)))
except Exception as e:
    print('chr(-1)', "->", type(e).__name__, e)
try:
    print('chr(0x110000)', "->", repr(chr(0x110000)))
except Exception as e:
    print('chr(0x110000)', "->", type(e).__name__, e)
try:
    print("chr('a')", "->", repr(chr('a')))
except Exception as e:
    print("chr('a')", "->", type(e).__name__, e)
try:
    print('chr(1.5)', "->", repr(chr(1.5)))
except Exception as e:
    print('chr(1.5)', "->", type(e).__name__, e)
try:
    print('chr(8364)', "->", repr(chr(8364)))
except Exception as e:
    print('chr(8364)', "->", type(e).__name__, e)
try:
    print('hex(1.5)', "->", repr(hex(1.5)))
except Exception as e:
    print('hex(1.5)', "->", type(e).__name__, e)
try:
    print("oct('a')", "->", repr(oct('a')))
except Exception as e:
    print("oct('a')", "->", type(e).__name__, e)
try:
    print('bin(None)', "->", repr(bin(None)))
except Exception as e:
    print('bin(None)', "->", type(e).__name__, e)
try:
    print('hex(-255)', "->", repr(hex(-255)))
except Exception as e:
    print('hex(-255)', "->", type(e).__name__, e)
try:
    print('oct(8)', "->", repr(oct(8)))
except Exception as e:
    print('oct(8)', "->", type(e).__name__, e)
try:
    print('bin(-5)', "->", repr(bin(-5)))
except Exception as e:
    print('bin(-5)', "->", type(e).__name__, e)
try:
    print('hex(2**70)', "->", repr(hex(2**70)))
except Exception as e:
    print('hex(2**70)', "->", type(e).__name__, e)
try:
    print('round()', "->", repr(round()))
except Exception as e:
    print('round()', "->", type(e).__name__, e)
try:
    print('round(1,2,3)', "->", repr(round(1,2,3)))
except Exception as e:
    print('round(1,2,3)', "->", type(e).__name__, e)
try:
    print("round('a')", "->", repr(round('a')))
except Exception as e:
    print("round('a')", "->", type(e).__name__, e)
try:
    print("round(1.5,'a')", "->", repr(round(1.5,'a')))
except Exception as e:
    print("round(1.5,'a')", "->", type(e).__name__, e)
try:
    print('round(0.5)', "->", repr(round(0.5)))
except Exception as e:
    print('round(0.5)', "->", type(e).__name__, e)
try:
    print('round(1.5)', "->", repr(round(1.5)))
except Exception as e:
    print('round(1.5)', "->", type(e).__name__, e)
try:
    print('round(2.5)', "->", repr(round(2.5)))
except Exception as e:
    print('round(2.5)', "->", type(e).__name__, e)
try:
    print('round(-2.5)', "->", repr(round(-2.5)))
except Exception as e:
    print('round(-2.5)', "->", type(e).__name__, e)
try:
    print('round(0.125,2)', "->", repr(round(0.125,2)))
except Exception as e:
    print('round(0.125,2)', "->", type(e).__name__, e)
try:
    print('round(0.375,2)', "->", repr(round(0.375,2)))
except Exception as e:
    print('round(0.375,2)', "->", type(e).__name__, e)
try:
    print('round(2.675,2)', "->", repr(round(2.675,2)))
except Exception as e:
    print('round(2.675,2)', "->", type(e).__name__, e)
try:
    print('round(x=1)', "->", repr(round(x=1)))
except Exception as e:
    print('round(x=1)', "->", type(e).__name__, e)
try:
    print('round(number=2.675,ndigits=2)', "->", repr(round(number=2.675,ndigits=2)))
except Exception as e:
    print('round(number=2.675,ndigits=2)', "->", type(e).__name__, e)
try:
    print('round(1234,-2)', "->", repr(round(1234,-2)))
except Exception as e:
    print('round(1234,-2)', "->", type(e).__name__, e)
try:
    print('round(1250,-2)', "->", repr(round(1250,-2)))
except Exception as e:
    print('round(1250,-2)', "->", type(e).__name__, e)
try:
    print('round(1350,-2)', "->", repr(round(1350,-2)))
except Exception as e:
    print('round(1350,-2)', "->", type(e).__name__, e)
try:
    print('round(-1250,-2)', "->", repr(round(-1250,-2)))
except Exception as e:
    print('round(-1250,-2)', "->", type(e).__name__, e)
try:
    print('round(2**70+5,-1)', "->", repr(round(2**70+5,-1)))
except Exception as e:
    print('round(2**70+5,-1)', "->", type(e).__name__, e)
try:
    print('round(1.5,None)', "->", repr(round(1.5,None)))
except Exception as e:
    print('round(1.5,None)', "->", type(e).__name__, e)
try:
    print('round(5e-324,400)', "->", repr(round(5e-324,400)))
except Exception as e:
    print('round(5e-324,400)', "->", type(e).__name__, e)
try:
    print('round(1e300,-300)', "->", repr(round(1e300,-300)))
except Exception as e:
    print('round(1e300,-300)', "->", type(e).__name__, e)
try:
    print("round(float('inf'))", "->", repr(round(float('inf'))))
except Exception as e:
    print("round(float('inf'))", "->", type(e).__name__, e)
try:
    print("round(float('nan'))", "->", repr(round(float('nan'))))
except Exception as e:
    print("round(float('nan'))", "->", type(e).__name__, e)
try:
    print("round(float('inf'),2)", "->", repr(round(float('inf'),2)))
except Exception as e:
    print("round(float('inf'),2)", "->", type(e).__name__, e)
try:
    print('divmod(1)', "->", repr(divmod(1)))
except Exception as e:
    print('divmod(1)', "->", type(e).__name__, e)
try:
    print("divmod('a',1)", "->", repr(divmod('a',1)))
except Exception as e:
    print("divmod('a',1)", "->", type(e).__name__, e)
try:
    print('divmod(1,0)', "->", repr(divmod(1,0)))
except Exception as e:
    print('divmod(1,0)', "->", type(e).__name__, e)
try:
    print('divmod(1.0,0)', "->", repr(divmod(1.0,0)))
except Exception as e:
    print('divmod(1.0,0)', "->", type(e).__name__, e)
try:
    print('divmod(-7,2)', "->", repr(divmod(-7,2)))
except Exception as e:
    print('divmod(-7,2)', "->", type(e).__name__, e)
try:
    print('divmod(7.5,-2)', "->", repr(divmod(7.5,-2)))
except Exception as e:
    print('divmod(7.5,-2)', "->", type(e).__name__, e)
try:
    print('divmod(2**70,-3)', "->", repr(divmod(2**70,-3)))
except Exception as e:
    print('divmod(2**70,-3)', "->", type(e).__name__, e)
try:
    print('pow(1)', "->", repr(pow(1)))
except Exception as e:
    print('pow(1)', "->", type(e).__name__, e)
try:
    print('pow(2,-1)', "->", repr(pow(2,-1)))
except Exception as e:
    print('pow(2,-1)', "->", type(e).__name__, e)
try:
    print('pow(2,3,0)', "->", repr(pow(2,3,0)))
except Exception as e:
    print('pow(2,3,0)', "->", type(e).__name__, e)
try:
    print('pow(2,-1,7)', "->", repr(pow(2,-1,7)))
except Exception as e:
    print('pow(2,-1,7)', "->", type(e).__name__, e)
try:
    print('pow(2.0,3,4)', "->", repr(pow(2.0,3,4)))
except Exception as e:
    print('pow(2.0,3,4)', "->", type(e).__name__, e)
try:
    print('pow(2,1.5,3)', "->", repr(pow(2,1.5,3)))
except Exception as e:
    print('pow(2,1.5,3)', "->", type(e).__name__, e)
try:
    print("pow('a',2)", "->", repr(pow('a',2)))
except Exception as e:
    print("pow('a',2)", "->", type(e).__name__, e)
try:
    print('pow(base=2,exp=3)', "->", repr(pow(base=2,exp=3)))
except Exception as e:
    print('pow(base=2,exp=3)', "->", type(e).__name__, e)
try:
    print('pow(2,3,mod=5)', "->", repr(pow(2,3,mod=5)))
except Exception as e:
    print('pow(2,3,mod=5)', "->", type(e).__name__, e)
try:
    print('pow(3,200,10**9+7)', "->", repr(pow(3,200,10**9+7)))
except Exception as e:
    print('pow(3,200,10**9+7)', "->", type(e).__name__, e)
try:
    print('pow(-3,3,7)', "->", repr(pow(-3,3,7)))
except Exception as e:
    print('pow(-3,3,7)', "->", type(e).__name__, e)
try:
    print('pow(3,3,-7)', "->", repr(pow(3,3,-7)))
except Exception as e:
    print('pow(3,3,-7)', "->", type(e).__name__, e)
try:
    print('pow(2,-1,4)', "->", repr(pow(2,-1,4)))
except Exception as e:
    print('pow(2,-1,4)', "->", type(e).__name__, e)
try:
    print('pow(2,10,None)', "->", repr(pow(2,10,None)))
except Exception as e:
    print('pow(2,10,None)', "->", type(e).__name__, e)
try:
    print('pow(0,0)', "->", repr(pow(0,0)))
except Exception as e:
    print('pow(0,0)', "->", type(e).__name__, e)
try:
    print('pow(2,1,exp=3)', "->", repr(pow(2,1,exp=3)))
except Exception as e:
    print('pow(2,1,exp=3)', "->", type(e).__name__, e)
try:
    print('getattr(1)', "->", repr(getattr(1)))
except Exception as e:
    print('getattr(1)', "->", type(e).__name__, e)
try:
    print('getattr(1,2)', "->", repr(getattr(1,2)))
except Exception as e:
    print('getattr(1,2)', "->", type(e).__name__, e)
try:
    print("getattr(1,'x')", "->", repr(getattr(1,'x')))
except Exception as e:
    print("getattr(1,'x')", "->", type(e).__name__, e)
try:
    print("getattr(1,'x',5)", "->", repr(getattr(1,'x',5)))
except Exception as e:
    print("getattr(1,'x',5)", "->", type(e).__name__, e)
try:
    print("setattr(1,'x',2)", "->", repr(setattr(1,'x',2)))
except Exception as e:
    print("setattr(1,'x',2)", "->", type(e).__name__, e)
try:
    print('setattr(1,2,3)', "->", repr(setattr(1,2,3)))
except Exception as e:
    print('setattr(1,2,3)', "->", type(e).__name__, e)
try:
    print('hasattr(1,2)', "->", repr(hasattr(1,2)))
except Exception as e:
    print('hasattr(1,2)', "->", type(e).__name__, e)
try:
    print("delattr(1,'x')", "->", repr(delattr(1,'x')))
except Exception as e:
    print("delattr(1,'x')", "->", type(e).__name__, e)
try:
    print('delattr(1,2)', "->", repr(delattr(1,2)))
except Exception as e:
    print('delattr(1,2)', "->", type(e).__name__, e)
try:
    print("hasattr('a','upper')", "->", repr(hasattr('a','upper')))
except Exception as e:
    print("hasattr('a','upper')", "->", type(e).__name__, e)
try:
    print("format(1.5,'x')", "->", repr(format(1.5,'x')))
except Exception as e:
    print("format(1.5,'x')", "->", type(e).__name__, e)
try:
    print('format(1,2)', "->", repr(format(1,2)))
except Exception as e:
    print('format(1,2)', "->", type(e).__name__, e)
try:
    print('format()', "->", repr(format()))
except Exception as e:
    print('format()', "->", type(e).__name__, e)
try:
    print("format(255,'x')", "->", repr(format(255,'x')))
except Exception as e:
    print("format(255,'x')", "->", type(e).__name__, e)
try:
    print("format([1],'')", "->", repr(format([1],'')))
except Exception as e:
    print("format([1],'')", "->", type(e).__name__, e)
try:
    print("format([1],'x')", "->", repr(format([1],'x')))
except Exception as e:
    print("format([1],'x')", "->", type(e).__name__, e)
try:
    print("format(3.14159,'.2f')", "->", repr(format(3.14159,'.2f')))
except Exception as e:
    print("format(3.14159,'.2f')", "->", type(e).__name__, e)
try:
    print("format('ab','>5')", "->", repr(format('ab','>5')))
except Exception as e:
    print("format('ab','>5')", "->", type(e).__name__, e)
try:
    print('format(True)', "->", repr(format(True)))
except Exception as e:
    print('format(True)', "->", type(e).__name__, e)
try:
    print('all(1)', "->", repr(all(1)))
except Exception as e:
    print('all(1)', "->", type(e).__name__, e)
try:
    print('all([])', "->", repr(all([])))
except Exception as e:
    print('all([])', "->", type(e).__name__, e)
try:
    print('any([])', "->", repr(any([])))
except Exception as e:
    print('any([])', "->", type(e).__name__, e)
try:
    print('all([1,0])', "->", repr(all([1,0])))
except Exception as e:
    print('all([1,0])', "->", type(e).__name__, e)
try:
    print("any([0,'',None,3])", "->", repr(any([0,'',None,3])))
except Exception as e:
    print("any([0,'',None,3])", "->", type(e).__name__, e)
try:
    print('callable(len)', "->", repr(callable(len)))
except Exception as e:
    print('callable(len)', "->", type(e).__name__, e)
try:
    print('callable(1)', "->", repr(callable(1)))
except Exception as e:
    print('callable(1)', "->", type(e).__name__, e)
try:
    print('callable(int)', "->", repr(callable(int)))
except Exception as e:
    print('callable(int)', "->", type(e).__name__, e)
try:
    print('callable([].append)', "->", repr(callable([].append)))
except Exception as e:
    print('callable([].append)', "->", type(e).__name__, e)
try:
    print("callable('x')", "->", repr(callable('x')))
except Exception as e:
    print("callable('x')", "->", type(e).__name__, e)
