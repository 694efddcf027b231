# heapsize: 32k
# gc: collect, enable/disable, the figures, threshold, and disable's MicroPython meaning.
import gc
# Every global is made first: a new global can grow the module's dict between two figures.
freed = junk = free0 = alloc0 = free1 = alloc1 = largest = buf = keep = big = failed = i = None

freed = gc.collect()
print(type(freed) is int, freed >= 0)
junk = None
gc.disable()  # no collection while the garbage is made (the stress build's neither)
for i in range(20):
    junk = bytearray(100)
junk = None
gc.enable()
print(gc.collect() >= 19)

gc.collect()
free0 = gc.mem_free()
alloc0 = gc.mem_alloc()
largest = gc.mem_largest_free()
print(free0 > 20000, alloc0 > 0, free0 + alloc0 <= 32768)
# Packed after a collection: the free memory is one run (the stress build keeps a pad below
# the blocks, which the next collection removes), so nearly all of it is one block.
print(0 < largest <= free0)
buf = bytearray(free0 - 256)
print(len(buf) == free0 - 256)
buf = None
gc.collect()
free0 = gc.mem_free()
alloc0 = gc.mem_alloc()
buf = bytearray(1000)
free1 = gc.mem_free()
alloc1 = gc.mem_alloc()
print(1000 <= free0 - free1 <= 1100, 1000 <= alloc1 - alloc0 <= 1100)
buf = None
gc.collect()
free1 = gc.mem_free()
alloc1 = gc.mem_alloc()
print(free1 == free0, alloc1 == alloc0)

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(gc.mem_free() // 4 + gc.mem_alloc())
print(gc.threshold() > 4096)
gc.threshold(-1)
print(gc.threshold())
gc.threshold(-5)
print(gc.threshold())
gc.threshold(0)
print(gc.threshold())
gc.threshold(-1)
try:
    gc.threshold('x')
except TypeError as e:
    print('TypeError:', e)
try:
    gc.collect(1)
except TypeError as e:
    print('TypeError')

# With collection disabled, a request that does not fit raises MemoryError even though
# the garbage would make room; enabled again, the same request succeeds.
keep = None
gc.collect()
big = gc.mem_free() // 2
gc.disable()
failed = False
try:
    for i in range(10):
        keep = bytearray(big)
except MemoryError:
    failed = True
print('disabled: MemoryError', failed)
gc.enable()
keep = None
keep = bytearray(big)
print('enabled: allocated', len(keep) == big)
