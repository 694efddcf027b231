# os: files and directories (scratch names mod_os*.tmp, removed at the end), stat's
# 10 fields, getcwd/chdir, urandom, and CPython's OSError subclasses and messages.
import os

FILE = 'mod_os_file.tmp'
OTHER = 'mod_os_other.tmp'
DIR = 'mod_os_dir.tmp'

def clean():
    for name in [DIR + '/inner.tmp', DIR + '/sub', FILE, OTHER, DIR]:
        try:
            os.remove(name)
        except OSError:
            try:
                os.rmdir(name)
            except OSError:
                pass

clean()
print(os.sep, FILE in os.listdir(), FILE in os.listdir('.'))
f = open(FILE, 'w')
f.write('hello\n')
f.close()
names = os.listdir()
print(FILE in names, type(names).__name__, type(names[0]).__name__)
st = os.stat(FILE)
print(len(st), st[6], st[0] & 0o170000 == 0o100000, st[3], type(st[8]).__name__)
for i in range(10):
    if type(st[i]).__name__ != 'int':
        print('field', i, 'is not an int')
os.rename(FILE, OTHER)
print(FILE in os.listdir(), OTHER in os.listdir())
os.mkdir(DIR)
print(os.stat(DIR)[0] & 0o170000 == 0o040000, os.listdir(DIR))
os.rename(OTHER, DIR + '/inner.tmp')
os.mkdir(DIR + '/sub', 0o755)
print(sorted(os.listdir(DIR)))

def error(function, *args):
    try:
        function(*args)
        print('no error')
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)
    except Exception as e:
        print(type(e).__name__, e)

error(os.remove, 'mod_os_missing.tmp')
error(os.stat, 'mod_os_missing.tmp')
error(os.listdir, 'mod_os_missing.tmp')
error(os.rmdir, 'mod_os_missing.tmp')
error(os.chdir, 'mod_os_missing.tmp')
error(os.mkdir, DIR)
error(os.rmdir, DIR)
error(os.listdir, DIR + '/inner.tmp')
error(os.remove, DIR)
error(os.stat, 'a\0b')
error(os.remove, None)
try:
    os.stat('x' * 5000)
except OSError as e:
    print(type(e).__name__, e.errno, len(e.filename))
error(os.urandom, -1)
error(os.urandom, 'x')
try:
    os.rename('mod_os_missing.tmp', 'mod_os_x.tmp')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)

here = os.getcwd()
os.chdir(DIR)
print(os.getcwd() == here + os.sep + DIR, sorted(os.listdir()))
os.chdir('..')
print(os.getcwd() == here)
os.remove(DIR + '/inner.tmp')
os.rmdir(DIR + '/sub')
os.rmdir(DIR)
print(DIR in os.listdir())

data = os.urandom(16)
print(type(data).__name__, len(data), len(os.urandom(0)), os.urandom(32) != os.urandom(32))
clean()
