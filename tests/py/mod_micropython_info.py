# heapsize: 16k
# The reports: mem_info (summary, heap map), qstr_info, stack_use, opt_level, and the rest.
import micropython
import gc

depth0 = depth1 = level = None


def nested(n):
    if n == 0:
        return micropython.stack_use()
    return nested(n - 1)


gc.collect()
micropython.mem_info()
micropython.mem_info(1)
micropython.mem_info(0)  # any argument adds the map, as in MicroPython
micropython.qstr_info()
a_name_interned_here = 1
micropython.qstr_info(1)
depth0 = nested(0)
depth1 = nested(20)
print(depth0 > 0, depth1 > depth0)
print(micropython.alloc_emergency_exception_buf(256))
try:
    micropython.alloc_emergency_exception_buf('x')
except TypeError as e:
    print('TypeError:', e)
level = micropython.opt_level()
print(level)
micropython.opt_level(1)
print(micropython.opt_level())
exec("assert False, 'compiled out'")
print('assert left out')
micropython.opt_level(0)
try:
    exec("assert False, 'kept'")
except AssertionError as e:
    print('AssertionError:', e)
