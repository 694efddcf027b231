# heap_lock(): any allocation raises MemoryError; the runtime stays usable afterwards.
import micropython
import gc

# Globals made first: storing a new global may need to grow the module's dict.
depth = error = message = items = text = table = i = big = e = None
items = [1, 2]
table = {'a': 1}

print(micropython.heap_locked())
micropython.heap_lock()
depth = micropython.heap_locked()
try:
    items = [1, 2, 3]
except MemoryError as e:
    error = e
micropython.heap_unlock()
print(depth, type(error).__name__, error)

for i in range(3):
    micropython.heap_lock()
    try:
        if i == 0:
            items.append(i)
            items.append(i)
            items.append(i)
        elif i == 1:
            text = 'a' + str(i)
        else:
            table['new key'] = i
        message = 'no error'
    except MemoryError as e:
        message = e
    micropython.heap_unlock()
    print(i, message)

# Nesting: the depth counts down.
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_unlock(), micropython.heap_unlock(), micropython.heap_unlock())
print(micropython.heap_locked())

# Small ints, existing objects and natives without allocation work while locked.
micropython.heap_lock()
depth = micropython.heap_locked() + len(items) + table['a']
micropython.heap_unlock()
print(depth)

# After all that, the heap is whole and allocation works.
gc.collect()
big = bytearray(gc.mem_free() // 2)
print(len(big) > 0, items, table)

# A MemoryError from exhaustion is clean too.
big = None
try:
    big = bytearray(10 ** 9)
except MemoryError as e:
    print('MemoryError:', e)
print(sum(range(10)))
