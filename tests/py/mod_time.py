# time: the clocks' types and order, sleeping, and the calendar of gmtime, localtime and
# mktime (the first eight fields, which MicroPython's tuples and CPython's struct_time share).
import time

now = time.time()
now_ns = time.time_ns()
print(type(now).__name__, type(now_ns).__name__, now > 1.6e9, abs(now_ns / 1e9 - now) < 5)
m1 = time.monotonic()
m1_ns = time.monotonic_ns()
time.sleep(0.03)
m2 = time.monotonic()
m2_ns = time.monotonic_ns()
print(type(m1).__name__, type(m1_ns).__name__, m2 - m1 >= 0.025, m2_ns - m1_ns >= 25000000)
time.sleep(0)
time.sleep(1 / 1000)
print(time.sleep(0.001))

def fields(t):
    return tuple(t)[:8]

for seconds in [0, 1, -1, 59, 86399, 86400, 951782400, 951868800, 1e9 + 0.75, -0.5, 1700000000,
                2 ** 31, 4102444800, -2208988800, 253402300799, -62135596800, 915148800]:
    print(seconds, fields(time.gmtime(seconds)))
print(fields(time.gmtime(0.0)), fields(time.gmtime(True)))

for seconds in [0, 1000000000, 1700000000, 1720000000, 86400 * 365 * 30]:
    local = fields(time.localtime(seconds))
    print(local, int(time.mktime(local + (-1,))) == seconds)
print(len(fields(time.localtime())), len(fields(time.gmtime())), abs(int(time.mktime(tuple(time.localtime())[:8] + (-1,))) - now) < 5)
print(fields(time.localtime(None))[0] >= 2024, fields(time.gmtime(None))[0] >= 2024)

# mktime carries fields that are out of range, as C's mktime does.
base = int(time.mktime((2000, 1, 1, 12, 0, 0, 0, 0, -1)))
print(int(time.mktime((2000, 13, 1, 12, 0, 0, 0, 0, -1))) - base)
print(int(time.mktime((2000, 1, 32, 12, 0, 0, 0, 0, -1))) - base)
print(int(time.mktime((2000, 1, 0, 12, 0, 0, 0, 0, -1))) - base)
print(int(time.mktime((2000, 1, 1, 12, 0, 3600, 0, 0, -1))) - base)
print(int(time.mktime((2000, 0, 1, 12, 0, 0, 0, 0, -1))) - base)

def error(function, *args):
    try:
        function(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

error(time.sleep, -1)
error(time.sleep, -0.5)
error(time.sleep, float('nan'))
error(time.sleep, 'x')
error(time.sleep, None)
error(time.gmtime, 'x')
error(time.localtime, [])
error(time.gmtime, float('nan'))
error(time.mktime, (1, 2))
error(time.mktime, 5)
