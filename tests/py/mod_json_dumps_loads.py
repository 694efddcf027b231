# json: dumps with separators, indent and sort_keys, loads of the full grammar, errors, depth bounds, dump and load on streams.
import json
import io
data = {'name': 'minnow', 'list': [1, 2.5, -3, True, False, None], 'nested': {'a': [], 'b': {}},
        'text': 'quote " backslash \\ tab \t nl \n é ☃ 😀', 'big': 2**70, 'f': 1e100, 't': (1, 2)}
s = json.dumps(data)
print(s)
print(json.loads(s) == {'name': 'minnow', 'list': [1, 2.5, -3, True, False, None], 'nested': {'a': [], 'b': {}},
        'text': 'quote " backslash \\ tab \t nl \n é ☃ 😀', 'big': 2**70, 'f': 1e100, 't': [1, 2]})
print(json.dumps([1, {'b': 2, 'a': 1}], separators=(',', ':')))
print(json.dumps({'b': 2, 'a': [1, 2], 'c': {}}, sort_keys=True, indent=2))
print(json.dumps([1, [2, 3]], indent='--'))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', None: 'n'}))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')), json.dumps('x'), json.dumps(None))
for v in [b'x', {(1, 2): 3}, object]:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError', str(e)[:40])
print(json.loads('  [1, 2.0, -0, 1e3, 1E-2, -1.5e+2, "a\\u00e9\\ud83d\\ude00\\n\\"", true, false, null, {}, []]  '))
print(json.loads('{"a": {"b": [1, {"c": "d"}]}, "a2": 1, "a2": 2}'))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"x": 1}')), json.loads('123'), json.loads('"s"'))
print(json.loads('NaN') != json.loads('NaN'), json.loads('-Infinity'), json.loads('Infinity'), json.loads('12345678901234567890'))
for bad in ['', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '"abc', '"a\\x"', '[1 2]', 'tru', '01', '1 2', '"\x01"',
            '[-]', '{"a":1}}', '\n\n  @']:
    try:
        json.loads(bad)
        print(repr(bad), 'parsed')
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except (RecursionError, ValueError) as e:
    print('deep input refused')
nested = []
for i in range(3000):
    nested = [nested]
try:
    json.dumps(nested)
except (RecursionError, ValueError) as e:
    print('deep output refused')
f = io.StringIO()
json.dump({'k': [1, 2]}, f)
json.dump([3], f, separators=(',', ':'))
print(f.getvalue())
print(json.load(io.StringIO('{"z": [true]}')))
print(isinstance(json.JSONDecodeError('m', 'd', 0) if False else ValueError(), ValueError), issubclass(json.JSONDecodeError, ValueError))
