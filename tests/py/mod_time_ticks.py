# MicroPython's ticks: ticks_ms/us/cpu count modulo TICKS_PERIOD (2**30), ticks_add and
# ticks_diff wrap around it. CPython has no ticks: there the script runs a model of
# MicroPython's definitions, so both must print the same.
import time

PERIOD = 2 ** 30

def model_ticks_add(ticks, delta):
    if not -PERIOD // 2 < delta < PERIOD // 2:
        raise OverflowError('ticks interval overflow')
    return (ticks + delta) % PERIOD

def model_ticks_diff(end, start):
    return (end - start + PERIOD // 2) % PERIOD - PERIOD // 2

def model_ticks_ms():
    return time.monotonic_ns() // 1000000 % PERIOD

def model_ticks_us():
    return time.monotonic_ns() // 1000 % PERIOD

ticks_add = getattr(time, 'ticks_add', model_ticks_add)
ticks_diff = getattr(time, 'ticks_diff', model_ticks_diff)
ticks_ms = getattr(time, 'ticks_ms', model_ticks_ms)
ticks_us = getattr(time, 'ticks_us', model_ticks_us)
ticks_cpu = getattr(time, 'ticks_cpu', model_ticks_us)
sleep_ms = getattr(time, 'sleep_ms', None)
sleep_us = getattr(time, 'sleep_us', None)
if sleep_ms is None:
    def sleep_ms(ms):
        if ms > 0:
            time.sleep(ms / 1000)
    def sleep_us(us):
        if us > 0:
            time.sleep(us / 1000000)

for pair in [(0, 0), (5, 3), (3, 5), (0, PERIOD - 1), (PERIOD - 1, 0), (PERIOD // 2, 0),
             (0, PERIOD // 2), (PERIOD // 2 - 1, 0), (100, PERIOD - 100), (-5, 5), (PERIOD, 0)]:
    print(pair, ticks_diff(pair[0], pair[1]))
for pair in [(0, 1), (0, -1), (PERIOD - 1, 1), (5, -10), (100, PERIOD // 2 - 1),
             (100, -(PERIOD // 2) + 1), (PERIOD - 1, PERIOD // 2 - 1)]:
    result = ticks_add(pair[0], pair[1])
    print(pair, result, ticks_diff(result, pair[0]) == pair[1], ticks_diff(pair[0], result) == -pair[1])
for delta in [PERIOD // 2, -(PERIOD // 2), PERIOD, 10 ** 12]:
    try:
        ticks_add(0, delta)
    except OverflowError as e:
        print('OverflowError', e)

start = ticks_ms()
start_us = ticks_us()
cpu = ticks_cpu()
sleep_ms(20)
sleep_us(5000)
sleep_ms(-5)
sleep_us(0)
elapsed = ticks_diff(ticks_ms(), start)
elapsed_us = ticks_diff(ticks_us(), start_us)
print(elapsed >= 24, elapsed < 5000, elapsed_us >= 24000)
print(0 <= start < PERIOD, 0 <= cpu < PERIOD, type(start).__name__, type(cpu).__name__)
deadline = ticks_add(ticks_ms(), 30)
count = 0
while ticks_diff(deadline, ticks_ms()) > 0:
    count += 1
print(ticks_diff(ticks_ms(), deadline) >= 0, count > 0)
for args in [('a', 1), (None, 2)]:
    try:
        ticks_diff(*args)
    except TypeError:
        print('TypeError')
