# json: dump to and load from a file made by open().
import json

f = open('mod_json_file.tmp', 'w')
json.dump({'sensor': 'temp', 'values': [20.5, 21.0, None], 'ok': True}, f, separators=(',', ':'))
f.close()
f = open('mod_json_file.tmp')
print(f.read())
f.close()
f = open('mod_json_file.tmp')
print(json.load(f))
f.close()
f = open('mod_json_file.tmp', 'rb')
print(json.load(f)['values'])
f.close()
